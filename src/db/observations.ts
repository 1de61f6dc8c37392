/**
 * Observations (thực hiện): one series per indicator × unit × period × stage, and its revisions.
 * A correction is a new revision; the table refuses updates and deletes of revisions.
 */
import type { Observation, ObservationStage, Qualifier, StatedPercent } from "../domain/types.ts";
import type { Db } from "./schema.ts";

export interface SeriesKey {
  indicatorCode: string;
  unitId: string;
  period: string;
  stage: ObservationStage;
}

export interface RevisionData {
  value: number | boolean;
  /** A result given as a range: `value` is its lower end (0009). */
  range?: { lo: number; hi: number } | undefined;
  /** A result given as a word, verbatim (0009). */
  word?: string | undefined;
  unit?: string | undefined;
  qualifier: Qualifier;
  statedPercents?: StatedPercent[] | undefined;
  sourceId?: string | undefined;
  /** The sentence of the source the value was read from. */
  sourceText?: string | undefined;
  note?: string | undefined;
  recordedBy: string;
  /** Defaults to now. */
  recordedAt?: string | undefined;
}

export interface ObservationRecord {
  /** The domain's view: id is the series, `revision` which revision this is. */
  observation: Observation;
  unitId: string;
  sourceId?: string;
  sourceText?: string;
  note?: string;
  recordedBy: string;
  illustrative: boolean;
}

const COLUMNS = [
  "s.id",
  "s.indicator_code",
  "s.unit_id",
  "s.period",
  "s.stage",
  "s.latest_revision",
  "s.illustrative",
  "r.revision",
  "r.value_number",
  "r.value_boolean",
  "r.value_range_hi",
  "r.value_word",
  "r.unit",
  "r.qualifier",
  "r.stated_percents",
  "r.source_id",
  "r.source_text",
  "r.note",
  "r.recorded_by",
  "r.recorded_at",
] as const;

function baseQuery(db: Db) {
  return db
    .selectFrom("observation_series as s")
    .innerJoin("observation_revisions as r", "r.series_id", "s.id")
    .select(COLUMNS);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>["executeTakeFirstOrThrow"]>>;

/** The columns of a series joined to one of its revisions that make the domain's observation. */
export interface ObservationColumns {
  id: string;
  indicator_code: string;
  period: string;
  stage: string;
  revision: number;
  value_number: number | null;
  value_boolean: boolean | null;
  /** The upper end of a result given as a range ("61-62"); its lower end is value_number. */
  value_range_hi: number | null;
  /** A result given as a word ("hoàn thành"). */
  value_word: string | null;
  unit: string | null;
  qualifier: string;
  stated_percents: unknown;
  recorded_at: string;
}

/** A series and one of its revisions as the domain's observation (thực hiện). */
export function toObservation(row: ObservationColumns): Observation & { period: string } {
  const statedPercents = row.stated_percents as StatedPercent[];
  return {
    id: row.id,
    indicatorCode: row.indicator_code,
    value: row.value_boolean ?? (row.value_number as number),
    ...(row.value_range_hi !== null && row.value_number !== null
      ? { range: { lo: row.value_number, hi: row.value_range_hi } }
      : {}),
    ...(row.value_word ? { word: row.value_word } : {}),
    ...(row.unit ? { unit: row.unit } : {}),
    qualifier: row.qualifier as Qualifier,
    stage: row.stage as ObservationStage,
    revision: row.revision,
    recordedAt: row.recorded_at,
    ...(statedPercents.length > 0 ? { statedPercents } : {}),
    period: row.period,
  };
}

function toRecord(row: Row): ObservationRecord {
  return {
    observation: toObservation(row),
    unitId: row.unit_id,
    ...(row.source_id ? { sourceId: row.source_id } : {}),
    ...(row.source_text ? { sourceText: row.source_text } : {}),
    ...(row.note ? { note: row.note } : {}),
    recordedBy: row.recorded_by,
    illustrative: row.illustrative,
  };
}

export async function findSeriesByKey(db: Db, key: SeriesKey) {
  return db
    .selectFrom("observation_series")
    .selectAll()
    .where("indicator_code", "=", key.indicatorCode)
    .where("unit_id", "=", key.unitId)
    .where("period", "=", key.period)
    .where("stage", "=", key.stage)
    .executeTakeFirst();
}

export async function lockSeries(db: Db, id: string) {
  return db.selectFrom("observation_series").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
}

export async function insertSeries(db: Db, id: string, key: SeriesKey, illustrative: boolean): Promise<void> {
  await db
    .insertInto("observation_series")
    .values({
      id,
      indicator_code: key.indicatorCode,
      unit_id: key.unitId,
      period: key.period,
      stage: key.stage,
      latest_revision: 1,
      illustrative,
    })
    .execute();
}

export async function insertRevision(
  db: Db,
  seriesId: string,
  revision: number,
  data: RevisionData,
): Promise<void> {
  await db
    .insertInto("observation_revisions")
    .values({
      series_id: seriesId,
      revision,
      value_number: typeof data.value === "number" ? data.value : null,
      value_boolean: typeof data.value === "boolean" ? data.value : null,
      value_range_hi: data.range?.hi ?? null,
      value_word: data.word?.normalize("NFC") ?? null,
      unit: data.unit ?? null,
      qualifier: data.qualifier,
      stated_percents: JSON.stringify(data.statedPercents ?? []),
      source_id: data.sourceId ?? null,
      source_text: data.sourceText?.normalize("NFC") ?? null,
      note: data.note ?? null,
      recorded_by: data.recordedBy,
      ...(data.recordedAt ? { recorded_at: data.recordedAt } : {}),
    })
    .execute();
  if (revision > 1) {
    await db
      .updateTable("observation_series")
      .set({ latest_revision: revision })
      .where("id", "=", seriesId)
      .execute();
  }
}

/** The latest revision of one series. */
export async function findObservation(db: Db, seriesId: string): Promise<ObservationRecord | undefined> {
  const row = await baseQuery(db)
    .where("s.id", "=", seriesId)
    .whereRef("r.revision", "=", "s.latest_revision")
    .executeTakeFirst();
  return row && toRecord(row);
}

/** Every revision of one series, oldest first. */
export async function listRevisions(db: Db, seriesId: string): Promise<ObservationRecord[]> {
  const rows = await baseQuery(db).where("s.id", "=", seriesId).orderBy("r.revision").execute();
  return rows.map(toRecord);
}

export interface ObservationFilter {
  unitIds?: string[];
  periods?: string[];
  indicatorCodes?: string[];
  /** Every revision instead of the latest of each series. */
  allRevisions?: boolean;
}

export async function listObservations(db: Db, filter: ObservationFilter = {}): Promise<ObservationRecord[]> {
  for (const list of [filter.unitIds, filter.periods, filter.indicatorCodes]) {
    if (list && list.length === 0) return [];
  }
  let q = baseQuery(db);
  if (!filter.allRevisions) q = q.whereRef("r.revision", "=", "s.latest_revision");
  if (filter.unitIds) q = q.where("s.unit_id", "in", filter.unitIds);
  if (filter.periods) q = q.where("s.period", "in", filter.periods);
  if (filter.indicatorCodes) q = q.where("s.indicator_code", "in", filter.indicatorCodes);
  const rows = await q
    .orderBy("s.indicator_code")
    .orderBy("s.period")
    .orderBy("s.id")
    .orderBy("r.revision")
    .execute();
  return rows.map(toRecord);
}
