/**
 * Administrative units and their changes. A unit is a code plus a validity interval
 * [validFrom, validTo): codes are reused across the 2025 reform, so every lookup by code says
 * at which date.
 */
import { type Kysely, type Selectable, sql, type Transaction } from "kysely";
import { searchKey } from "../domain/text.ts";
import type { AdminChangesTable, AdminUnitsTable, Database } from "./schema.ts";

type Db = Kysely<Database> | Transaction<Database>;

/** A unit as the store gives it (the catalogue's AdminUnit). */
export interface UnitRecord {
  id: string;
  code: string;
  name: string;
  nameEn?: string | undefined;
  level: string;
  kind: string;
  parentId: string | null;
  validFrom: string;
  validTo: string | null;
}

export interface ChangeRecord {
  id: string;
  kind: string;
  date: string;
  legalBasis?: string | undefined;
  note?: string | undefined;
  before: { unitId: string; whole: boolean }[];
  after: { unitId: string; whole: boolean }[];
}

function toUnit(row: Selectable<AdminUnitsTable>): UnitRecord {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    ...(row.name_en ? { nameEn: row.name_en } : {}),
    level: row.level,
    kind: row.kind,
    parentId: row.parent_id,
    validFrom: row.valid_from,
    validTo: row.valid_to,
  };
}

const BATCH = 1_000;

export async function insertUnits(db: Db, units: readonly UnitRecord[]): Promise<void> {
  for (let i = 0; i < units.length; i += BATCH) {
    await db
      .insertInto("admin_units")
      .values(
        units.slice(i, i + BATCH).map((u) => ({
          id: u.id,
          code: u.code,
          name: u.name.normalize("NFC"),
          name_en: u.nameEn ?? null,
          name_key: searchKey(u.name),
          level: u.level,
          kind: u.kind,
          parent_id: u.parentId,
          valid_from: u.validFrom,
          valid_to: u.validTo,
        })),
      )
      .execute();
  }
}

export async function insertChanges(db: Db, changes: readonly ChangeRecord[]): Promise<void> {
  for (let i = 0; i < changes.length; i += BATCH) {
    const batch = changes.slice(i, i + BATCH);
    await db
      .insertInto("admin_changes")
      .values(
        batch.map((c) => ({
          id: c.id,
          kind: c.kind,
          date: c.date,
          legal_basis: c.legalBasis ?? null,
          note: c.note ?? null,
        })),
      )
      .execute();
    const links = batch.flatMap((c) => [
      ...c.before.map((b) => ({
        change_id: c.id,
        unit_id: b.unitId,
        role: "before" as const,
        whole: b.whole,
      })),
      ...c.after.map((a) => ({ change_id: c.id, unit_id: a.unitId, role: "after" as const, whole: a.whole })),
    ]);
    for (let j = 0; j < links.length; j += BATCH) {
      await db
        .insertInto("admin_change_units")
        .values(links.slice(j, j + BATCH))
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  }
}

export async function countUnits(db: Db): Promise<number> {
  const row = await db
    .selectFrom("admin_units")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Units valid at `at` (YYYY-MM-DD). */
function validAt(at: string) {
  return sql<boolean>`valid_from <= ${at}::date and (valid_to is null or valid_to > ${at}::date)`;
}

export async function findUnitByCode(db: Db, code: string, at: string): Promise<UnitRecord | undefined> {
  const row = await db
    .selectFrom("admin_units")
    .selectAll()
    .where("code", "=", code)
    .where(validAt(at))
    .executeTakeFirst();
  return row && toUnit(row);
}

export async function findUnitById(db: Db, id: string): Promise<UnitRecord | undefined> {
  const row = await db.selectFrom("admin_units").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toUnit(row);
}

export async function findUnitsByIds(db: Db, ids: readonly string[]): Promise<UnitRecord[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("admin_units")
    .selectAll()
    .where("id", "in", ids)
    .orderBy("code")
    .execute();
  return rows.map(toUnit);
}

export interface ListUnitsQuery {
  at: string;
  /** The parent's id; null lists the top level. */
  parentId?: string | null;
  level?: string;
  /** A search key (searchKey: no accents, đ → d) the name must contain. */
  nameKey?: string;
}

export async function listUnits(db: Db, query: ListUnitsQuery): Promise<UnitRecord[]> {
  let q = db.selectFrom("admin_units").selectAll().where(validAt(query.at));
  if (query.parentId === null) q = q.where("parent_id", "is", null);
  else if (query.parentId !== undefined) q = q.where("parent_id", "=", query.parentId);
  if (query.level) q = q.where("level", "=", query.level);
  if (query.nameKey) q = q.where("name_key", "like", `%${query.nameKey.replace(/[\\%_]/g, "\\$&")}%`);
  const rows = await q.orderBy("code").execute();
  return rows.map(toUnit);
}

function toChange(
  row: Selectable<AdminChangesTable>,
  links: { change_id: string; unit_id: string; role: string; whole: boolean }[],
): ChangeRecord {
  const mine = links.filter((l) => l.change_id === row.id);
  return {
    id: row.id,
    kind: row.kind,
    date: row.date,
    ...(row.legal_basis ? { legalBasis: row.legal_basis } : {}),
    ...(row.note ? { note: row.note } : {}),
    before: mine.filter((l) => l.role === "before").map((l) => ({ unitId: l.unit_id, whole: l.whole })),
    after: mine.filter((l) => l.role === "after").map((l) => ({ unitId: l.unit_id, whole: l.whole })),
  };
}

/** The changes a unit took part in, before or after. */
export async function changesOfUnit(db: Db, unitId: string): Promise<ChangeRecord[]> {
  const ids = db.selectFrom("admin_change_units").select("change_id").where("unit_id", "=", unitId);
  const rows = await db
    .selectFrom("admin_changes")
    .selectAll()
    .where("id", "in", ids)
    .orderBy("date")
    .execute();
  if (rows.length === 0) return [];
  const links = await db
    .selectFrom("admin_change_units")
    .selectAll()
    .where(
      "change_id",
      "in",
      rows.map((r) => r.id),
    )
    .execute();
  return rows.map((r) => toChange(r, links));
}

/** Every unit and change, for the pure functions of the catalogue that walk the whole graph. */
export async function loadCatalogue(db: Db): Promise<{ units: UnitRecord[]; changes: ChangeRecord[] }> {
  const [units, changes, links] = await Promise.all([
    db.selectFrom("admin_units").selectAll().orderBy("id").execute(),
    db.selectFrom("admin_changes").selectAll().orderBy("date").orderBy("id").execute(),
    db.selectFrom("admin_change_units").selectAll().execute(),
  ]);
  const byChange = new Map<string, typeof links>();
  for (const link of links) {
    const list = byChange.get(link.change_id);
    if (list) list.push(link);
    else byChange.set(link.change_id, [link]);
  }
  return { units: units.map(toUnit), changes: changes.map((c) => toChange(c, byChange.get(c.id) ?? [])) };
}
