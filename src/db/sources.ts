/** Sources (a plan document, a report, an article, an import) and reported roll-ups. */
import type { Db } from "./schema.ts";

export interface SourceData {
  id: string;
  kind: "document" | "report" | "article" | "import" | "extract" | "form";
  title: string;
  issuer?: string | undefined;
  publisher?: string | undefined;
  number?: string | undefined;
  date?: string | undefined;
  url?: string | undefined;
  quote?: string | undefined;
  note?: string | undefined;
  illustrative?: boolean | undefined;
}

export async function insertSource(db: Db, s: SourceData): Promise<void> {
  await db
    .insertInto("sources")
    .values({
      id: s.id,
      kind: s.kind,
      title: s.title.normalize("NFC"),
      issuer: s.issuer ?? null,
      publisher: s.publisher ?? null,
      note: s.note ?? null,
      number: s.number ?? null,
      date: s.date ?? null,
      url: s.url ?? null,
      quote: s.quote?.normalize("NFC") ?? null,
      illustrative: s.illustrative ?? false,
    })
    .execute();
}

export async function findSources(db: Db, ids: readonly string[]): Promise<SourceData[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom("sources").selectAll().where("id", "in", ids).orderBy("id").execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as SourceData["kind"],
    title: r.title,
    ...(r.issuer ? { issuer: r.issuer } : {}),
    ...(r.publisher ? { publisher: r.publisher } : {}),
    ...(r.note ? { note: r.note } : {}),
    ...(r.number ? { number: r.number } : {}),
    ...(r.date ? { date: r.date } : {}),
    ...(r.url ? { url: r.url } : {}),
    ...(r.quote ? { quote: r.quote } : {}),
    illustrative: r.illustrative,
  }));
}

export async function sourceExists(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom("sources").select("id").where("id", "=", id).executeTakeFirst()) !== undefined;
}

/** "23/24 chỉ tiêu đạt và vượt": a roll-up as a source stated it. */
export interface ReportedRollup {
  id: string;
  planId: string;
  unitId: string;
  period: string;
  at?: string | undefined;
  met: number;
  total: number;
  /** What `met` counts: met_or_exceeded (đạt và vượt), met, exceeded, not_met. */
  status: string;
  statement?: string | undefined;
  sourceId?: string | undefined;
}

export async function insertReportedRollup(db: Db, r: ReportedRollup): Promise<void> {
  await db
    .insertInto("reported_rollups")
    .values({
      id: r.id,
      plan_id: r.planId,
      unit_id: r.unitId,
      period: r.period,
      at: r.at ?? null,
      met: r.met,
      total: r.total,
      status: r.status,
      statement: r.statement?.normalize("NFC") ?? null,
      source_id: r.sourceId ?? null,
    })
    .execute();
}

export async function listReportedRollups(db: Db, planIds: readonly string[]): Promise<ReportedRollup[]> {
  if (planIds.length === 0) return [];
  const rows = await db
    .selectFrom("reported_rollups")
    .selectAll()
    .where("plan_id", "in", planIds)
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    planId: r.plan_id,
    unitId: r.unit_id,
    period: r.period,
    ...(r.at ? { at: r.at } : {}),
    met: r.met,
    total: r.total,
    status: r.status,
    ...(r.statement ? { statement: r.statement } : {}),
    ...(r.source_id ? { sourceId: r.source_id } : {}),
  }));
}

export async function getMeta(db: Db, key: string): Promise<unknown> {
  const row = await db.selectFrom("store_meta").select("value").where("key", "=", key).executeTakeFirst();
  return row?.value;
}

export async function setMeta(db: Db, key: string, value: unknown): Promise<void> {
  await db
    .insertInto("store_meta")
    .values({ key, value: JSON.stringify(value) })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({ value: JSON.stringify(value), updated_at: new Date().toISOString() }),
    )
    .execute();
}

export async function listSources(db: Db): Promise<SourceData[]> {
  const rows = await db.selectFrom("sources").select("id").orderBy("id").execute();
  return findSources(
    db,
    rows.map((r) => r.id),
  );
}
