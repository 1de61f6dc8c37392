/**
 * Reading observations as a caller may see them (visibility.ts): the values of a unit's period in
 * the workflow and not yet published exist only within the caller's scope.
 */
import {
  findObservation,
  listObservations,
  listRevisions,
  type ObservationRecord,
} from "../db/observations.ts";
import { notFound } from "./errors.ts";
import type { Db } from "./transaction.ts";
import { unitIdsFor } from "./units.ts";
import type { Visibility } from "./visibility.ts";

export async function readObservations(
  db: Db,
  who: Visibility,
  filter: {
    unit?: string | undefined;
    period?: string | undefined;
    indicator?: string | undefined;
    allRevisions: boolean;
  },
): Promise<ObservationRecord[]> {
  const unitIds = filter.unit ? await unitIdsFor(db, filter.unit, filter.period, "unit") : undefined;
  const rows = await listObservations(db, {
    ...(unitIds ? { unitIds } : {}),
    ...(filter.period ? { periods: [filter.period] } : {}),
    ...(filter.indicator ? { indicatorCodes: [filter.indicator] } : {}),
    allRevisions: filter.allRevisions,
  });
  return who.observations(rows);
}

/** The latest revision of a series, with every revision. */
export async function readObservation(
  db: Db,
  who: Visibility,
  id: string,
): Promise<{ latest: ObservationRecord; revisions: ObservationRecord[] }> {
  const latest = await findObservation(db, id);
  if (!latest || (await who.observations([latest])).length === 0) throw notFound("observation", id, "id");
  return { latest, revisions: await listRevisions(db, id) };
}
