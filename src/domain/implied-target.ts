/**
 * Implied target (chỉ tiêu suy ra, DOMAIN.md rule 8): from "88.800 tấn, đạt 107% kế hoạch tỉnh
 * giao" the target is 88 800 / 1,07 ≈ 82 991 t. The percent was rounded when written, so the
 * target lies in an interval: 107 % means 106,5-107,5 %, and the target 82 605-83 380 t.
 */
import type { ImpliedFrom, Observation, PlanKind, TargetSpec } from "./types.ts";
export interface ImpliedTarget {
  value: number;
  /** The interval the rounding of the stated percent allows. */
  lo: number;
  hi: number;
}

/**
 * The decimals an implied figure is printed with: it is only as precise as the percent it came
 * from, so a figure in the hundreds or more reads whole (≈ 82.991 tấn), a small one with the
 * indicator's decimals.
 */
export function impliedDecimals(value: number, indicatorDecimals: number): number {
  return Math.abs(value) >= 100 ? 0 : indicatorDecimals;
}

export function impliedTarget(actual: number, percent: number, percentDecimals = 0): ImpliedTarget {
  if (!(percent > 0)) throw new RangeError(`a target cannot be implied from ${percent}%`);
  const half = 0.5 * 10 ** -percentDecimals;
  const value = actual / (percent / 100);
  const a = actual / ((percent + half) / 100);
  const b = percent - half > 0 ? actual / ((percent - half) / 100) : Number.POSITIVE_INFINITY;
  return { value, lo: Math.min(a, b), hi: Math.max(a, b) };
}

/**
 * The target a plan of `planKind` must have had for an observation's stated percent of it to hold:
 * the spec to record (at least the implied figure) and where it came from. Undefined when the
 * observation states no percent of that plan.
 */
export function targetImpliedBy(
  observation: Observation,
  planKind: PlanKind,
): { spec: TargetSpec; implied: ImpliedFrom } | undefined {
  const stated = observation.statedPercents?.find((p) => p.planKind === planKind);
  if (!stated || typeof observation.value !== "number") return undefined;
  const decimals = stated.decimals ?? 0;
  const { value } = impliedTarget(observation.value, stated.percent, decimals);
  return {
    spec: { kind: "gte", value },
    implied: { percent: stated.percent, percentDecimals: decimals, observationValue: observation.value },
  };
}
