/**
 * Administrative units and their changes (the catalogue of src/domain/admin-units.ts). A unit is a
 * code plus a validity interval, both ends inclusive and null when open or unknown: codes are
 * reused across the 2025 reform, so every lookup by code says at which date.
 */
import { type Selectable, sql } from "kysely";
import {
  type AdminChange,
  type AdminChangeKind,
  type AdminLevel,
  type AdminUnit,
  type AdminUnitKind,
  type Catalogue,
  createCatalogue,
} from "../domain/admin-units.ts";
import { searchKey, textKey } from "../domain/text.ts";
import type { AdminUnitsTable, Db } from "./schema.ts";

function toUnit(row: Selectable<AdminUnitsTable>): AdminUnit {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    ...(row.name_en ? { nameEn: row.name_en } : {}),
    nameKey: row.name_key,
    level: row.level as AdminLevel,
    kind: row.kind as AdminUnitKind,
    parentId: row.parent_id,
    validFrom: row.valid_from,
    validTo: row.valid_to,
  };
}

const BATCH = 1_000;

export async function insertUnits(db: Db, units: readonly AdminUnit[]): Promise<void> {
  for (let i = 0; i < units.length; i += BATCH) {
    await db
      .insertInto("admin_units")
      .values(
        units.slice(i, i + BATCH).map((u) => ({
          id: u.id,
          code: u.code,
          name: u.name.normalize("NFC"),
          name_en: u.nameEn ?? null,
          name_key: textKey(u.name),
          search_key: searchKey(u.name),
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

async function insertBatched<T>(
  items: readonly T[],
  insert: (batch: T[]) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < items.length; i += BATCH) await insert(items.slice(i, i + BATCH));
}

export async function insertChanges(db: Db, changes: readonly AdminChange[]): Promise<void> {
  await insertBatched(changes, (batch) =>
    db
      .insertInto("admin_changes")
      .values(batch.map((c) => ({ id: c.id, kind: c.kind, date: c.date, basis: c.basis, note: null })))
      .execute(),
  );
  const members = changes.flatMap((c) => [
    ...c.before.map((unitId, position) => ({
      change_id: c.id,
      unit_id: unitId,
      role: "before" as const,
      position,
    })),
    ...c.after.map((unitId, position) => ({
      change_id: c.id,
      unit_id: unitId,
      role: "after" as const,
      position,
    })),
  ]);
  await insertBatched(members, (batch) => db.insertInto("admin_change_units").values(batch).execute());
  const links = changes.flatMap((c) =>
    c.links.map((l, position) => ({
      change_id: c.id,
      from_id: l.from,
      to_id: l.to,
      whole: l.whole,
      derived: l.derived,
      position,
    })),
  );
  await insertBatched(links, (batch) => db.insertInto("admin_change_links").values(batch).execute());
}

export async function countUnits(db: Db): Promise<number> {
  const row = await db
    .selectFrom("admin_units")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Units valid at `at` (YYYY-MM-DD): both ends inclusive, null open. */
function validAt(at: string) {
  return sql<boolean>`(valid_from is null or valid_from <= ${at}::date) and (valid_to is null or valid_to >= ${at}::date)`;
}

export async function findUnitByCode(db: Db, code: string, at: string): Promise<AdminUnit | undefined> {
  const row = await db
    .selectFrom("admin_units")
    .selectAll()
    .where("code", "=", code)
    .where(validAt(at))
    .executeTakeFirst();
  return row && toUnit(row);
}

export async function findUnitById(db: Db, id: string): Promise<AdminUnit | undefined> {
  const row = await db.selectFrom("admin_units").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toUnit(row);
}

export async function findUnitsByIds(db: Db, ids: readonly string[]): Promise<AdminUnit[]> {
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
  /** The parent's id; null lists the provinces. */
  parentId?: string | null;
  level?: AdminLevel;
  /** A search key (searchKey: no accents, đ → d) the name must contain. */
  search?: string;
}

export async function listUnits(db: Db, query: ListUnitsQuery): Promise<AdminUnit[]> {
  let q = db.selectFrom("admin_units").selectAll().where(validAt(query.at));
  if (query.parentId === null) q = q.where("parent_id", "is", null);
  else if (query.parentId !== undefined) q = q.where("parent_id", "=", query.parentId);
  if (query.level) q = q.where("level", "=", query.level);
  if (query.search) q = q.where("search_key", "like", `%${query.search.replace(/[\\%_]/g, "\\$&")}%`);
  const rows = await q.orderBy("code").execute();
  return rows.map(toUnit);
}

/** Every unit and change, as the domain's catalogue, for the functions that walk the whole graph. */
export async function readCatalogue(db: Db): Promise<Catalogue> {
  const [units, changes, members, links] = await Promise.all([
    db.selectFrom("admin_units").selectAll().orderBy("id").execute(),
    db.selectFrom("admin_changes").selectAll().orderBy("date").orderBy("id").execute(),
    db
      .selectFrom("admin_change_units")
      .selectAll()
      .orderBy("change_id")
      .orderBy("role")
      .orderBy("position")
      .execute(),
    db.selectFrom("admin_change_links").selectAll().orderBy("change_id").orderBy("position").execute(),
  ]);
  const byId = new Map<string, AdminChange>(
    changes.map((c) => [
      c.id,
      {
        id: c.id,
        date: c.date,
        kind: c.kind as AdminChangeKind,
        basis: c.basis,
        before: [],
        after: [],
        links: [],
      },
    ]),
  );
  for (const m of members) byId.get(m.change_id)?.[m.role].push(m.unit_id);
  for (const l of links)
    byId.get(l.change_id)?.links.push({ from: l.from_id, to: l.to_id, whole: l.whole, derived: l.derived });
  return createCatalogue(units.map(toUnit), byId.values());
}

/** Every unit that ever bore a code (80: Long An until 2025, Tây Ninh since). */
export async function findUnitsByCode(db: Db, code: string): Promise<AdminUnit[]> {
  const rows = await db
    .selectFrom("admin_units")
    .selectAll()
    .where("code", "=", code)
    .orderBy("id")
    .execute();
  return rows.map(toUnit);
}
