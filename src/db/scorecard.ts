/**
 * What a scorecard reads, set-based: for each unit of a scope, its targets for one period (with
 * their plan's kind and threshold) and the latest revision of each of its series of those
 * indicators. Which units: the provinces (the national scorecard) or the children of one unit.
 * Statuses are not computed here: src/app/scorecard.ts hands these to the domain.
 */
import { type Kysely, sql, type Transaction } from "kysely";
import type {
  ObservationStage,
  PlanKind,
  Qualifier,
  StatedPercent,
  Target,
  TargetSpec,
} from "../domain/types.ts";
import type { Database } from "./schema.ts";

type Db = Kysely<Database> | Transaction<Database>;

export type ScorecardScope = { level: "province" } | { parentId: string };

export interface ScorecardUnitRow {
  id: string;
  code: string;
  /** Cấp: "xã", "phường", "tỉnh", "thành phố"… */
  kind: string;
  name: string;
  nameEn: string | null;
}

export interface ScorecardObservation {
  unitId: string;
  id: string;
  indicatorCode: string;
  value: number | boolean;
  unit?: string;
  qualifier: Qualifier;
  stage: ObservationStage;
  revision: number;
  recordedAt: string;
  statedPercents?: StatedPercent[];
  period: string;
}

/** One unit of a scorecard's scope with everything its assessment reads. */
export interface ScorecardUnitData {
  unit: ScorecardUnitRow;
  targets: Target[];
  observations: ScorecardObservation[];
}

interface UnitDataRow {
  id: string;
  code: string;
  kind: string;
  name: string;
  name_en: string | null;
  targets: {
    id: string;
    indicatorCode: string;
    unit: string | null;
    spec: TargetSpec;
    implied: Target["implied"] | null;
    officialLabel: Target["officialLabel"] | null;
    planKind: PlanKind;
    nearlyMetThreshold: number | null;
  }[];
  observations:
    | {
        id: string;
        indicatorCode: string;
        stage: ObservationStage;
        revision: number;
        valueNumber: number | null;
        valueBoolean: boolean | null;
        unit: string | null;
        qualifier: Qualifier;
        statedPercents: StatedPercent[];
        recordedAt: string;
      }[]
    | null;
}

/**
 * The scope's units that have targets for the period, each with its targets and the latest
 * revision of each of its series of those indicators: one query, one row per unit, the lists
 * built as JSON by PostgreSQL. Per unit, its series are read as one range of the series key
 * (unit, period first: migration 0005) rather than one index descent per target, and the client
 * parses one JSON value per unit instead of thousands of rows.
 */
export async function listScopeData(
  db: Db,
  scope: ScorecardScope,
  period: string,
): Promise<ScorecardUnitData[]> {
  const where = "level" in scope ? sql`u.level = ${scope.level}` : sql`u.parent_id = ${scope.parentId}`;
  const { rows } = await sql<UnitDataRow>`
    select u.id, u.code, u.kind, u.name, u.name_en, t.targets, o.observations
    from admin_units u
    cross join lateral (
      select json_agg(json_build_object(
               'id', t.id, 'indicatorCode', t.indicator_code, 'unit', t.unit, 'spec', t.spec,
               'implied', t.implied, 'officialLabel', t.official_label, 'planKind', p.kind,
               'nearlyMetThreshold', p.nearly_met_threshold) order by t.position, t.id) as targets
      from targets t join plans p on p.id = t.plan_id
      where t.unit_id = u.id and t.period = ${period}) t
    cross join lateral (
      select json_agg(json_build_object(
               'id', s.id, 'indicatorCode', s.indicator_code, 'stage', s.stage,
               'revision', r.revision, 'valueNumber', r.value_number, 'valueBoolean', r.value_boolean,
               'unit', r.unit, 'qualifier', r.qualifier, 'statedPercents', r.stated_percents,
               'recordedAt', r.recorded_at) order by s.id) as observations
      from observation_series s
      join observation_revisions r on r.series_id = s.id and r.revision = s.latest_revision
      where s.unit_id = u.id and s.period = ${period}
        and s.indicator_code in (select t2.indicator_code from targets t2
                                 where t2.unit_id = u.id and t2.period = ${period})) o
    where ${where} and t.targets is not null
    order by u.code, u.id`.execute(db);
  return rows.map((r) => {
    const unit: ScorecardUnitRow = { id: r.id, code: r.code, kind: r.kind, name: r.name, nameEn: r.name_en };
    return {
      unit,
      targets: r.targets.map((t) => ({
        id: t.id,
        indicatorCode: t.indicatorCode,
        planKind: t.planKind,
        ...(t.unit ? { unit: t.unit } : {}),
        spec: t.spec,
        ...(t.implied ? { implied: t.implied } : {}),
        ...(t.officialLabel ? { officialLabel: t.officialLabel } : {}),
        ...(t.nearlyMetThreshold !== null ? { nearlyMetThreshold: t.nearlyMetThreshold } : {}),
      })),
      observations: (r.observations ?? []).map((o) => ({
        unitId: r.id,
        id: o.id,
        indicatorCode: o.indicatorCode,
        value: o.valueBoolean ?? (o.valueNumber as number),
        ...(o.unit ? { unit: o.unit } : {}),
        qualifier: o.qualifier,
        stage: o.stage,
        revision: o.revision,
        // As the store's other reads give it: ISO in UTC with milliseconds.
        recordedAt: new Date(o.recordedAt).toISOString(),
        ...(o.statedPercents.length > 0 ? { statedPercents: o.statedPercents } : {}),
        period,
      })),
    };
  });
}
