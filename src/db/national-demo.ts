/** The SQL of loading the national demo in bulk: indicators, plans and targets through a BulkSession. */
import type { Indicator, TargetSpec } from "../domain/types.ts";
import type { BulkSession, BulkValue } from "./bulk.ts";

export async function hasNationalDemo(session: BulkSession): Promise<boolean> {
  const rows = await session.query("select 1 from store_meta where key = 'national-demo'");
  return rows.length > 0;
}

export async function markNationalDemo(session: BulkSession, value: unknown): Promise<void> {
  await session.query("insert into store_meta (key, value) values ('national-demo', $1)", [
    JSON.stringify(value),
  ]);
}

export async function insertDemoSource(
  session: BulkSession,
  id: string,
  title: string,
  note: string,
): Promise<void> {
  await session.query(
    "insert into sources (id, kind, title, note, illustrative) values ($1, 'document', $2, $3, true)",
    [id, title, note],
  );
}

export async function copyIndicators(
  session: BulkSession,
  indicators: readonly Indicator[],
): Promise<number> {
  return session.copyIn(
    "indicators",
    ["code", "name_vi", "name_en", "unit", "direction", "measure", "aggregation", "decimals", "sector"],
    indicators.map((i) => [
      i.code,
      i.name.vi,
      i.name.en,
      i.unit,
      i.direction,
      i.measure,
      JSON.stringify(i.aggregation),
      i.decimals,
      i.sector ?? null,
    ]),
  );
}

export interface BulkPlan {
  id: string;
  unitId: string;
  period: string;
  title: string;
}

export async function copyPlans(
  session: BulkSession,
  plans: Iterable<BulkPlan>,
  sourceId: string,
): Promise<number> {
  function* rows(): Generator<BulkValue[]> {
    for (const p of plans) {
      yield [p.id, "annual_plan", p.unitId, p.period, p.title, "adopted", sourceId, true];
    }
  }
  return session.copyIn(
    "plans",
    ["id", "kind", "unit_id", "period", "title", "state", "source_id", "illustrative"],
    rows(),
  );
}

export interface BulkTarget {
  id: string;
  planId: string;
  indicatorCode: string;
  unitId: string;
  period: string;
  spec: TargetSpec;
  position: number;
}

export async function copyTargets(
  session: BulkSession,
  targets: Iterable<BulkTarget>,
  sourceId: string,
): Promise<number> {
  function* rows(): Generator<BulkValue[]> {
    for (const t of targets) {
      yield [
        t.id,
        t.planId,
        t.indicatorCode,
        t.unitId,
        t.period,
        JSON.stringify(t.spec),
        t.position,
        sourceId,
        true,
      ];
    }
  }
  return session.copyIn(
    "targets",
    ["id", "plan_id", "indicator_code", "unit_id", "period", "spec", "position", "source_id", "illustrative"],
    rows(),
  );
}
