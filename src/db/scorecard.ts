/**
 * What a scorecard reads, set-based: the targets of many units for one period (with their plan's
 * kind and threshold) and the latest revision of each series of those units, period and
 * indicators. Which units: the provinces (the national scorecard) or the children of one unit.
 * Statuses are not computed here: src/app/scorecard.ts hands these to the domain.
 */
import { type Kysely, type SelectQueryBuilder, sql } from "kysely";
import type { Observation, PlanKind, Target, TargetSpec } from "../domain/types.ts";
import { toObservation } from "./observations.ts";
import type { Database, Db } from "./schema.ts";

export type ScorecardScope = { level: "province" } | { parentId: string } | { unitIds: readonly string[] };

export interface ScorecardUnitRow {
  id: string;
  code: string;
  /** Cấp: "xã", "phường", "tỉnh", "thành phố"… */
  kind: string;
  name: string;
  nameEn: string | null;
}

export interface ScorecardTarget extends Target {
  unitId: string;
}

/** The latest revision of a series of a unit in the scope, as the domain's observation. */
export type ScorecardObservation = Observation & { unitId: string; period: string };

// biome-ignore lint/suspicious/noExplicitAny: narrows any query joined to admin_units as u.
function inScope<Q extends SelectQueryBuilder<any, any, any>>(q: Q, scope: ScorecardScope): Q {
  if ("level" in scope) return q.where("u.level", "=", scope.level) as Q;
  if ("parentId" in scope) return q.where("u.parent_id", "=", scope.parentId) as Q;
  return (scope.unitIds.length === 0 ? q.where(sql.lit(false)) : q.where("u.id", "in", scope.unitIds)) as Q;
}

/**
 * What the public may see of a unit-period: with `publicOnly`, targets of draft plans and values
 * of a unit-period in the workflow and not yet published are left out (src/app/visibility.ts says
 * the same for the use-cases that filter rows one by one).
 */
export interface ScopeView {
  publicOnly: boolean;
}

export async function listScopeTargets(
  db: Db,
  scope: ScorecardScope,
  period: string,
  view: ScopeView,
): Promise<ScorecardTarget[]> {
  let q = inScope(
    db
      .selectFrom("targets as t")
      .innerJoin("plans as p", "p.id", "t.plan_id")
      .innerJoin("admin_units as u", "u.id", "t.unit_id")
      .select([
        "t.id",
        "t.unit_id",
        "t.indicator_code",
        "t.unit",
        "t.spec",
        "t.implied",
        "t.official_label",
        "p.kind",
        "p.nearly_met_threshold",
      ])
      .where("t.period", "=", period),
    scope,
  );
  if (view.publicOnly) q = q.where("p.state", "!=", "draft");
  const rows = await q.orderBy("t.unit_id").orderBy("t.position").orderBy("t.id").execute();
  return rows.map((r) => ({
    unitId: r.unit_id,
    id: r.id,
    indicatorCode: r.indicator_code,
    planKind: r.kind as PlanKind,
    ...(r.unit ? { unit: r.unit } : {}),
    spec: r.spec as TargetSpec,
    ...(r.implied ? { implied: r.implied as Target["implied"] & object } : {}),
    ...(r.official_label ? { officialLabel: r.official_label as Target["officialLabel"] & string } : {}),
    ...(r.nearly_met_threshold !== null ? { nearlyMetThreshold: r.nearly_met_threshold } : {}),
  }));
}

/**
 * The latest revision of every series of the scope's units for the period, of the indicators the
 * unit has targets on. Driven from the targets (unit → its targets → their series by the series
 * key's index), which PostgreSQL plans well at 10^7 series; a semi-join from the series made it
 * scan every target of the year.
 */
export async function listScopeObservations(
  db: Db,
  scope: ScorecardScope,
  period: string,
  view: ScopeView,
): Promise<ScorecardObservation[]> {
  let q = inScope(
    db
      .selectFrom("targets as t")
      .innerJoin("admin_units as u", "u.id", "t.unit_id")
      .innerJoin("observation_series as s", (j) =>
        j
          .onRef("s.unit_id", "=", "t.unit_id")
          .onRef("s.period", "=", "t.period")
          .onRef("s.indicator_code", "=", "t.indicator_code"),
      )
      .innerJoin("observation_revisions as r", (j) =>
        j.onRef("r.series_id", "=", "s.id").onRef("r.revision", "=", "s.latest_revision"),
      )
      // One row per series, even when two plans of the unit target the same indicator.
      .distinctOn("s.id")
      .select([
        "s.id",
        "s.unit_id",
        "s.indicator_code",
        "s.stage",
        "r.revision",
        "r.value_number",
        "r.value_boolean",
        "r.value_range_hi",
        "r.value_word",
        "r.unit",
        "r.qualifier",
        "r.stated_percents",
        "r.recorded_at",
      ])
      .where("t.period", "=", period),
    scope,
  );
  if (view.publicOnly) {
    q = q.where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("period_workflow as w")
            .select("w.unit_id")
            .whereRef("w.unit_id", "=", "s.unit_id")
            .whereRef("w.period", "=", "s.period")
            .where("w.state", "!=", "published"),
        ),
      ),
    );
  }
  const rows = await q.orderBy("s.id").execute();
  return rows.map((r) => ({ unitId: r.unit_id, ...toObservation({ ...r, period }) }));
}

/** A unit of a scope and what migration 0007 keeps of its roll-up for the period. */
export interface ScopeUnitRollup {
  unit: ScorecardUnitRow;
  /**
   * The unit-period's generation as read, before any of its data: a roll-up computed from data
   * read after this is stored against it (storeAssessedRollups). Null when nothing was written yet.
   */
  generation: string | null;
  /** The stored roll-up when it is current; null when stale or never computed. */
  rollup: unknown;
}

export async function listScopeRollups(
  db: Db,
  scope: ScorecardScope,
  period: string,
): Promise<ScopeUnitRollup[]> {
  const rows = await inScope(
    db
      .selectFrom("admin_units as u")
      .leftJoin("assessed_rollups as a", (j) => j.onRef("a.unit_id", "=", "u.id").on("a.period", "=", period))
      .select([
        "u.id",
        "u.code",
        "u.kind",
        "u.name",
        "u.name_en",
        sql<string | null>`a.generation::text`.as("generation"),
        sql<unknown>`case when a.computed_generation = a.generation then a.rollup end`.as("rollup"),
      ]),
    scope,
  ).execute();
  return rows.map((r) => ({
    unit: { id: r.id, code: r.code, kind: r.kind, name: r.name, nameEn: r.name_en },
    generation: r.generation,
    rollup: r.rollup ?? null,
  }));
}

/** Errors that only mean "not stored this time": a writer holds the row, or the store is a replica. */
const NOT_STORED = new Set(["55P03", "40P01", "40001", "25006"]);

/**
 * Stores roll-ups computed from data read after their generation was: each only if no writer has
 * bumped the generation since, so a stale roll-up is never stored as current. Best effort: a
 * reader does not wait on writers (a short lock timeout, and a writer's row lock means the row is
 * about to be stale anyway), and a read-only replica stores nothing and recomputes. Only years
 * are kept (chitieu_rollup_kept): writers bump no other period.
 */
export async function storeAssessedRollups(
  db: Kysely<Database>,
  period: string,
  entries: readonly { unitId: string; generation: string | null; rollup: unknown }[],
): Promise<boolean> {
  if (entries.length === 0) return true;
  const rows = [...entries]
    .sort((a, b) => (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0))
    .map((e) => ({ unit_id: e.unitId, generation: e.generation ?? "0", rollup: e.rollup }));
  try {
    await db.transaction().execute(async (trx) => {
      await sql`select set_config('lock_timeout', '200ms', true)`.execute(trx);
      await sql`
        insert into assessed_rollups as a (unit_id, period, generation, computed_generation, rollup)
        select x.unit_id, ${period}, x.generation, x.generation, x.rollup
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(unit_id text, generation bigint, rollup jsonb)
        where chitieu_rollup_kept(${period})
        order by x.unit_id
        on conflict (unit_id, period) do update
          set computed_generation = excluded.computed_generation, rollup = excluded.rollup
          where a.generation = excluded.computed_generation`.execute(trx);
    });
    return true;
  } catch (error) {
    if (NOT_STORED.has(String((error as { code?: unknown }).code))) return false;
    throw error;
  }
}
