/** Indicators (chỉ tiêu: what is measured). */
import type { Selectable } from "kysely";
import type { Aggregation, Direction, Indicator, Measure } from "../domain/types.ts";
import type { Db, IndicatorsTable } from "./schema.ts";

export interface IndicatorRecord {
  indicator: Indicator;
  version: number;
  updatedAt: string;
}

function toRecord(row: Selectable<IndicatorsTable>): IndicatorRecord {
  return {
    indicator: {
      code: row.code,
      name: { vi: row.name_vi, en: row.name_en },
      unit: row.unit,
      direction: row.direction as Direction,
      measure: row.measure as Measure,
      aggregation: row.aggregation as Aggregation,
      decimals: row.decimals,
      ...(row.sector ? { sector: row.sector } : {}),
      ...((row.judgement as Pick<Indicator, "nearlyMet" | "aboutTolerance"> | null) ?? {}),
    },
    version: row.version,
    updatedAt: row.updated_at,
  };
}

function toColumns(i: Indicator) {
  return {
    name_vi: i.name.vi.normalize("NFC"),
    name_en: i.name.en,
    unit: i.unit,
    direction: i.direction,
    measure: i.measure,
    aggregation: JSON.stringify(i.aggregation),
    decimals: i.decimals,
    sector: i.sector ?? null,
    judgement:
      i.nearlyMet || i.aboutTolerance !== undefined
        ? JSON.stringify({
            ...(i.nearlyMet ? { nearlyMet: i.nearlyMet } : {}),
            ...(i.aboutTolerance !== undefined ? { aboutTolerance: i.aboutTolerance } : {}),
          })
        : null,
  };
}

export async function findIndicator(
  db: Db,
  code: string,
  forUpdate = false,
): Promise<IndicatorRecord | undefined> {
  let q = db.selectFrom("indicators").selectAll().where("code", "=", code);
  if (forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row && toRecord(row);
}

export async function listIndicators(db: Db, codes?: readonly string[]): Promise<IndicatorRecord[]> {
  let q = db.selectFrom("indicators").selectAll();
  if (codes) {
    if (codes.length === 0) return [];
    q = q.where("code", "in", codes);
  }
  return (await q.orderBy("code").execute()).map(toRecord);
}

export async function insertIndicator(db: Db, indicator: Indicator): Promise<IndicatorRecord> {
  const row = await db
    .insertInto("indicators")
    .values({ code: indicator.code, ...toColumns(indicator) })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRecord(row);
}

export async function updateIndicator(
  db: Db,
  indicator: Indicator,
  version: number,
): Promise<IndicatorRecord> {
  const row = await db
    .updateTable("indicators")
    .set({ ...toColumns(indicator), version: version + 1, updated_at: new Date().toISOString() })
    .where("code", "=", indicator.code)
    .where("version", "=", version)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRecord(row);
}

export async function deleteIndicator(db: Db, code: string): Promise<void> {
  await db.deleteFrom("indicators").where("code", "=", code).execute();
}

export async function isIndicatorUsed(db: Db, code: string): Promise<boolean> {
  const [t, o] = await Promise.all([
    db.selectFrom("targets").select("id").where("indicator_code", "=", code).limit(1).executeTakeFirst(),
    db
      .selectFrom("observation_series")
      .select("id")
      .where("indicator_code", "=", code)
      .limit(1)
      .executeTakeFirst(),
  ]);
  return t !== undefined || o !== undefined;
}
