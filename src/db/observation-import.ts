/**
 * The SQL of a bulk import of observations: rows go into a temporary staging table (COPY or
 * batched INSERTs, see bulk.ts), then two set-based statements open or extend the series and add
 * their revisions. Rows of one key (indicator × unit × period × stage) are revisions in file order.
 */
import type { BulkSession, BulkValue } from "./bulk.ts";
import { CHANGE_CHANNEL } from "./migrations/0003-scale.ts";
import { bumpRollups } from "./migrations/0007-assessed-rollups.ts";

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
       indicator_code text collate "C" not null,
       unit_id text collate "C" not null,
       period text collate "C" not null,
       stage text collate "C" not null,
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
 *
 * Set-based in four statements over two temporary tables, and without ON CONFLICT: its
 * speculative insertion costs about a third more per row than a plain INSERT. A series another
 * writer opens for one of the file's new keys meanwhile makes the INSERT fail on the unique key,
 * and the whole import with it (nothing written): see importObservations.
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
  // The file's keys, each with its row count and its series: the existing one, or a new id. New
  // ids follow the key's order (prefix, then a zero-padded number), and the series are inserted
  // in that order, so the primary key and the series key (unit first, migration 0005) both grow at
  // their right edge instead of splitting pages at random.
  await session.query(
    `create temp table import_keys on commit drop as
     select k.unit_id, k.period, k.indicator_code, k.stage, k.n,
            s.id is null as is_new,
            coalesce(s.id, $1 || lpad((row_number() over (order by k.unit_id, k.period, k.indicator_code, k.stage))::text, 10, '0')) as series_id,
            0 as before
     from (select unit_id, period, indicator_code, stage, count(*)::int as n
           from import_rows group by unit_id, period, indicator_code, stage) as k
     left join observation_series s
       on s.unit_id = k.unit_id and s.period = k.period
      and s.indicator_code = k.indicator_code and s.stage = k.stage`,
    [options.idPrefix],
  );
  await session.query("analyze import_keys");
  const triggersOff = await turnRowTriggersOff(session);
  if (triggersOff) await checkReferences(session);
  // Existing series: the update locks each row until commit, and what it returns is the latest
  // revision at that moment, so revisions added meanwhile by another writer are numbered after.
  const extended = await session.query<{ n: number }>(
    `with updated as (
       update observation_series s set latest_revision = s.latest_revision + k.n
       from import_keys k
       where not k.is_new and s.id = k.series_id
       returning s.id, s.latest_revision - k.n as before
     ), noted as (
       update import_keys k set before = u.before from updated u where k.series_id = u.id
       returning 1
     )
     select count(*)::int as n from noted`,
  );
  const opened = await session.query<{ n: number }>(
    `with inserted as (
       insert into observation_series (id, indicator_code, unit_id, period, stage, latest_revision, illustrative)
       select series_id, indicator_code, unit_id, period, stage, n, $1
       from import_keys where is_new
       order by unit_id, period, indicator_code, stage
       returning 1
     )
     select count(*)::int as n from inserted`,
    [options.illustrative],
  );
  const revisions = await session.query<{ n: number }>(
    `with added as (
       insert into observation_revisions
         (series_id, revision, value_number, value_boolean, qualifier, source_id, recorded_by, recorded_at)
       select k.series_id,
              k.before + row_number() over (partition by k.series_id order by r.line) as revision,
              r.value_number, r.value_boolean, r.qualifier, $1, $2, coalesce(r.recorded_at, now())
       from import_rows r
       join import_keys k
         on k.unit_id = r.unit_id and k.period = r.period
        and k.indicator_code = r.indicator_code and k.stage = r.stage
       order by k.series_id, revision
       returning 1
     )
     select count(*)::int as n from added`,
    [options.sourceId, options.actor],
  );
  if (triggersOff) await turnRowTriggersOn(session);
  return {
    series: Number(extended[0]?.n ?? 0) + Number(opened[0]?.n ?? 0),
    revisions: Number(revisions[0]?.n ?? 0),
  };
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

/**
 * Foreign keys checked row by row cost more than everything else in a large import: two lookups
 * and a row lock per series, two per revision (measured at 10^6 rows: 15 s of a 24 s INSERT).
 * Where the role may (a superuser, or PostgreSQL 15's GRANT SET ON PARAMETER
 * session_replication_role), the inserts run with row triggers off, as pg_restore's
 * --disable-triggers does, and the same guarantee is kept set-based: the referenced tables are
 * locked against writers (readReferenceData) and checkReferences finds any missing key at once.
 * Other roles keep the row-by-row checks. Only these statements run this way: the role is put
 * back right after them.
 */
async function turnRowTriggersOff(session: BulkSession): Promise<boolean> {
  // has_parameter_privilege is new in 15: asked only there (a failed query would abort the
  // transaction).
  const [role] = await session.query<{ superuser: boolean; version: number }>(
    `select rolsuper as superuser, current_setting('server_version_num')::int as version
     from pg_roles where rolname = current_user`,
  );
  const may =
    role?.superuser ||
    (Number(role?.version) >= 150_000 &&
      (
        await session.query<{ may: boolean }>(
          "select has_parameter_privilege('session_replication_role', 'SET') as may",
        )
      )[0]?.may);
  if (!may) return false;
  await session.query("select set_config('session_replication_role', 'replica', true)");
  return true;
}

/**
 * Back to normal triggers, and what the statement triggers skipped: the kept roll-ups of the
 * file's unit-periods made stale (0007), and the change notification (0003).
 */
async function turnRowTriggersOn(session: BulkSession): Promise<void> {
  await session.query("select set_config('session_replication_role', 'origin', true)");
  await session.query(bumpRollups("select distinct unit_id, period from import_keys"));
  await session.query(
    `select pg_notify('${CHANGE_CHANNEL}', 'observation_series'), pg_notify('${CHANGE_CHANNEL}', 'observation_revisions')`,
  );
}

/** What the foreign keys of observation_series would have refused, all at once. */
async function checkReferences(session: BulkSession): Promise<void> {
  const missing = await session.query<{ field: string; value: string }>(
    `(select 'unit' as field, k.unit_id as value from import_keys k
      left join admin_units u on u.id = k.unit_id where u.id is null limit 1)
     union all
     (select 'indicator', k.indicator_code from import_keys k
      left join indicators i on i.code = k.indicator_code where i.code is null limit 1)`,
  );
  const first = missing[0];
  if (first) throw new Error(`no ${first.field} ${JSON.stringify(first.value)} in the store`);
}

/**
 * What validation needs in memory: every indicator's kind and every unit's code and validity.
 * Both tables are locked against writers (readers go on) until the import commits, so what is
 * read here stays true: no unit or indicator can go between the check and the commit.
 */
export async function readReferenceData(session: BulkSession) {
  await session.query("lock table indicators, admin_units in share mode");
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

/** The staged rows' unit-periods whose workflow is in one of `states`, with the first line of each. */
export async function listLockedOfStaging(
  session: BulkSession,
  states: readonly string[],
): Promise<{ unitId: string; period: string; state: string; line: number }[]> {
  const rows = await session.query<{ unit_id: string; period: string; state: string; line: string | number }>(
    `select w.unit_id, w.period, w.state, min(r.line) as line
       from import_rows r join period_workflow w on w.unit_id = r.unit_id and w.period = r.period
      where w.state = any($1::text[])
      group by w.unit_id, w.period, w.state
      order by min(r.line)`,
    [states],
  );
  return rows.map((r) => ({ unitId: r.unit_id, period: r.period, state: r.state, line: Number(r.line) }));
}
