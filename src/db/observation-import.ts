/**
 * The SQL of a bulk import of observations: rows go into a temporary staging table (COPY or
 * batched INSERTs, see bulk.ts), then two set-based statements open or extend the series and add
 * their revisions. Rows of one key (indicator × unit × period × stage) are revisions in file order.
 */
import type { BulkSession, BulkValue } from "./bulk.ts";

export const STAGING_COLUMNS = [
  "line",
  "indicator_code",
  "unit_id",
  "period",
  "stage",
  "value_number",
  "value_boolean",
  "qualifier",
  "recorded_at",
] as const;

export type StagingRow = [
  line: number,
  indicatorCode: string,
  unitId: string,
  period: string,
  stage: string,
  valueNumber: number | null,
  valueBoolean: boolean | null,
  qualifier: string,
  recordedAt: string | null,
];

export async function createStaging(session: BulkSession): Promise<void> {
  await session.query(
    `create temp table import_rows (
       line bigint not null,
       indicator_code text not null,
       unit_id text not null,
       period text not null,
       stage text not null,
       value_number double precision,
       value_boolean boolean,
       qualifier text not null,
       recorded_at timestamptz
     ) on commit drop`,
  );
}

export async function copyStaging(
  session: BulkSession,
  rows: AsyncIterable<StagingRow> | Iterable<StagingRow>,
): Promise<number> {
  return session.copyIn("import_rows", STAGING_COLUMNS, rows as AsyncIterable<BulkValue[]>);
}

export interface ImportOutcome {
  series: number;
  revisions: number;
}

/**
 * Opens each new series with as many revisions as the file has rows of its key, or extends an
 * existing one by that many; then numbers the revisions after the series' previous latest.
 */
export async function applyStaging(
  session: BulkSession,
  options: { sourceId: string; actor: string; illustrative: boolean; idPrefix: string },
): Promise<ImportOutcome> {
  // A temporary table has no statistics until analysed: without them the joins below are planned
  // for a handful of rows.
  await session.query("analyze import_rows");
  // Memory for the sorts and hashes of one large statement, for this transaction only.
  await session.query("select set_config('work_mem', '256MB', true)");
  // New series get ids in key order (prefix, then a zero-padded number) and are inserted in that
  // order: the primary key and the key's unique index then grow at their right edge instead of
  // splitting pages at random, which makes this statement about a quarter faster.
  const series = await session.query<{ n: number }>(
    `with upserted as (
       insert into observation_series (id, indicator_code, unit_id, period, stage, latest_revision, illustrative)
       select $2 || lpad((row_number() over (order by indicator_code, unit_id, period, stage))::text, 10, '0'),
              indicator_code, unit_id, period, stage, n, $1
       from (select indicator_code, unit_id, period, stage, count(*) as n
             from import_rows group by indicator_code, unit_id, period, stage) as keys
       order by indicator_code, unit_id, period, stage
       on conflict (indicator_code, unit_id, period, stage)
       do update set latest_revision = observation_series.latest_revision + excluded.latest_revision
       returning 1
     )
     select count(*)::int as n from upserted`,
    [options.illustrative, options.idPrefix],
  );
  const revisions = await session.query<{ n: number }>(
    `with added as (
       insert into observation_revisions
         (series_id, revision, value_number, value_boolean, qualifier, source_id, recorded_by, recorded_at)
       select s.id,
              s.latest_revision - count(*) over k + row_number() over (k order by r.line),
              r.value_number, r.value_boolean, r.qualifier, $1, $2, coalesce(r.recorded_at, now())
       from import_rows r
       join observation_series s
         on s.indicator_code = r.indicator_code and s.unit_id = r.unit_id
        and s.period = r.period and s.stage = r.stage
       window k as (partition by s.id)
       returning 1
     )
     select count(*)::int as n from added`,
    [options.sourceId, options.actor],
  );
  return { series: Number(series[0]?.n ?? 0), revisions: Number(revisions[0]?.n ?? 0) };
}

export async function insertImportSource(
  session: BulkSession,
  source: { id: string; title: string; note: string; illustrative: boolean },
): Promise<void> {
  await session.query(
    "insert into sources (id, kind, title, note, illustrative) values ($1, 'import', $2, $3, $4)",
    [source.id, source.title.normalize("NFC"), source.note, source.illustrative],
  );
}

export async function auditImport(
  session: BulkSession,
  entry: { actor: string; sourceId: string; after: unknown },
): Promise<void> {
  await session.query(
    "insert into audit_log (actor, action, entity, entity_id, after) values ($1, 'import', 'observations', $2, $3)",
    [entry.actor, entry.sourceId, JSON.stringify(entry.after)],
  );
}

/** What validation needs in memory: every indicator's kind and every unit's code and validity. */
export async function readReferenceData(session: BulkSession) {
  const indicators = await session.query<{ code: string; direction: string }>(
    "select code, direction from indicators",
  );
  const units = await session.query<{
    id: string;
    code: string;
    valid_from: string | null;
    valid_to: string | null;
  }>("select id, code, valid_from::text, valid_to::text from admin_units");
  return { indicators, units };
}
