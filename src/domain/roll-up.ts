/**
 * Roll-up of a plan's targets (tổng hợp, DOMAIN.md rule 4): counts per status, and "met or
 * exceeded" (đạt, vượt) over the targets that have data — the "23/24" of a report — with the
 * targets that have none listed.
 */
import type { TargetAssessment } from "./assess-target.ts";
import { STATUSES, type Status } from "./types.ts";

export interface RollUp {
  counts: Record<Status, number>;
  /** Met + exceeded. */
  metOrExceeded: number;
  /** Targets with a status other than no_data: the denominator of "23/24". */
  withData: number;
  total: number;
  /** Targets without data, by id. */
  missing: string[];
  /** Targets whose status may still change (estimates, open qualifiers), by id. */
  provisional: string[];
}

/**
 * A composite target is counted once, as its whole: its parts ("trong đó …") are shown under it,
 * never counted apart (the official table has 12 targets, not 14). A target an amendment replaced
 * is kept and shown, but only the one in force counts.
 */
export function rollUp(
  all: readonly (Pick<TargetAssessment, "targetId" | "status" | "provisional" | "uncertain"> &
    Partial<Pick<TargetAssessment, "partOf" | "inForce">>)[],
): RollUp {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const missing: string[] = [];
  const provisional: string[] = [];
  const assessments = all.filter((a) => !a.partOf && a.inForce !== false);
  for (const a of assessments) {
    counts[a.status]++;
    if (a.status === "no_data") missing.push(a.targetId);
    else if (a.provisional || a.uncertain) provisional.push(a.targetId);
  }
  return {
    counts,
    metOrExceeded: counts.met + counts.exceeded,
    withData: assessments.length - counts.no_data,
    total: assessments.length,
    missing,
    provisional,
  };
}

/**
 * The share of targets met or exceeded (tỷ lệ đạt và vượt) over the targets that have data, in
 * percent (0–100): the "23/24" as a percent, what the scorecards list and the map is coloured by.
 * Null when no target has data.
 */
export function shareMetOfWithData(rollup: Pick<RollUp, "metOrExceeded" | "withData">): number | null {
  return rollup.withData === 0 ? null : (rollup.metOrExceeded / rollup.withData) * 100;
}
