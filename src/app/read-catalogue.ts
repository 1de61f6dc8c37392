/**
 * Reads of what is public by nature: the catalogue of indicators, the units, the key projects.
 * Here so that src/http reaches the store only through src/app (test/layering.test.ts).
 */
import { findIndicator, type IndicatorRecord, listIndicators } from "../db/indicators.ts";
import { findProject, type KeyProjectRecord, listProjects } from "../db/projects.ts";
import { findUnitsByIds, type ListUnitsQuery, listUnits } from "../db/units.ts";
import type { AdminUnit } from "../domain/admin-units.ts";
import { searchKey } from "../domain/text.ts";
import type { Indicator } from "../domain/types.ts";
import { notFound } from "./errors.ts";
import type { Db } from "./transaction.ts";
import { resolveUnit } from "./units.ts";

/**
 * The catalogue of indicators, by code; `query` keeps those whose code or name (vi or en) holds
 * it, without regard to case or diacritics ("san luong" finds "Sản lượng lúa").
 */
export async function readIndicators(
  db: Db,
  filter: { query?: string | undefined } = {},
): Promise<IndicatorRecord[]> {
  const all = await listIndicators(db);
  const query = filter.query;
  if (!query?.trim()) return all;
  return all.filter(({ indicator }) => indicatorMatches(indicator, query));
}

/** Whether the indicator's code or name (vi or en) holds `query`, regardless of case and diacritics. */
export function indicatorMatches(indicator: Indicator, query: string): boolean {
  const key = searchKey(query.trim());
  return searchKey(`${indicator.code} ${indicator.name.vi} ${indicator.name.en}`).includes(key);
}

export async function readIndicator(db: Db, code: string): Promise<IndicatorRecord> {
  const found = await findIndicator(db, code);
  if (!found) throw notFound("indicator", code, "code");
  return found;
}

/** Key projects, of one unit (a code read at `at`, or an id) or of all. */
export async function readProjects(
  db: Db,
  filter: { unit?: string | undefined; at: string },
): Promise<KeyProjectRecord[]> {
  const unitIds = filter.unit ? [(await resolveUnit(db, filter.unit, filter.at, "unit")).id] : undefined;
  return listProjects(db, unitIds ? { unitIds } : {});
}

export async function readProject(db: Db, id: string): Promise<KeyProjectRecord> {
  const found = await findProject(db, id);
  if (!found) throw notFound("key project", id, "id");
  return found;
}

export function readUnits(db: Db, filter: ListUnitsQuery): Promise<AdminUnit[]> {
  return listUnits(db, filter);
}

/** Units by id (the units a caller's grants name, for a form's choice). */
export function readUnitsByIds(db: Db, ids: readonly string[]): Promise<AdminUnit[]> {
  return findUnitsByIds(db, ids);
}
