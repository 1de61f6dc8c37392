/**
 * The one function that decides a status (DOMAIN.md, computation rules 1 and 2). Every status
 * shown anywhere — table, page, report, export — comes from {@link compareToTarget}.
 */
import { roundTo } from "./numbers.ts";
import type { Direction, Status, TargetSpec } from "./types.ts";

export const DEFAULT_NEARLY_MET_THRESHOLD = 95;

export interface CompareOptions {
  direction: Direction;
  /** Decimals the percent (and, for lower-better, the actual) is rounded to before judging. */
  decimals: number;
  /** Percent from which a shortfall counts as nearly met (cơ bản đạt); default 95. */
  nearlyMetThreshold?: number;
}

export interface Comparison {
  status: Status;
  /** Tỷ lệ thực hiện so kế hoạch: actual / reference × 100, unrounded; null where it means nothing. */
  percent: number | null;
  /** Whether the stretch range (phấn đấu) of a range target was reached. */
  stretchMet?: boolean;
}

const RANK: Record<Status, number> = { exceeded: 4, met: 3, nearly_met: 2, not_met: 1, no_data: 0 };

/** Orders statuses from best to worst: exceeded, met, nearly met, not met, no data. */
export function statusRank(status: Status): number {
  return RANK[status];
}

function percentOf(actual: number, reference: number): number | null {
  if (reference === 0 || !Number.isFinite(reference)) return null;
  if (!Number.isFinite(actual)) return actual > 0 ? Number.POSITIVE_INFINITY : 0;
  // Twelve significant digits: enough for any stated percent, and no binary noise (100.49999…).
  return Number(((actual / reference) * 100).toPrecision(12));
}

/** Higher-better against a floor: > 100 % exceeded, = 100 % met, ≥ threshold nearly met. */
function atLeast(actual: number, floor: number, o: CompareOptions): Comparison {
  const percent = percentOf(actual, floor);
  if (percent === null || floor < 0) {
    // A zero or negative floor (a growth rate of −2 %) has no meaningful ratio: compare values.
    const a = roundTo(actual, o.decimals);
    const status: Status = a > floor ? "exceeded" : a === floor ? "met" : "not_met";
    return { status, percent };
  }
  const rounded = roundTo(percent, o.decimals);
  const threshold = o.nearlyMetThreshold ?? DEFAULT_NEARLY_MET_THRESHOLD;
  const status: Status =
    rounded > 100 ? "exceeded" : rounded === 100 ? "met" : rounded >= threshold ? "nearly_met" : "not_met";
  return { status, percent };
}

/** Lower-better against a ceiling: strictly below exceeded, equal met, within threshold nearly. */
function atMost(actual: number, ceiling: number, o: CompareOptions): Comparison {
  const percent = percentOf(actual, ceiling);
  const a = roundTo(actual, o.decimals);
  if (a < ceiling) return { status: "exceeded", percent };
  if (a === ceiling) return { status: "met", percent };
  const threshold = o.nearlyMetThreshold ?? DEFAULT_NEARLY_MET_THRESHOLD;
  const inverse = a === 0 ? null : roundTo((ceiling / a) * 100, o.decimals);
  return { status: inverse !== null && inverse >= threshold ? "nearly_met" : "not_met", percent };
}

/**
 * Compares an actual value with a target spec. `actual` is in the target's unit; booleans only
 * make sense against a boolean target.
 */
export function compareToTarget(actual: number | boolean, spec: TargetSpec, o: CompareOptions): Comparison {
  if (spec.kind === "unknown") return { status: "no_data", percent: null };
  if (spec.kind === "boolean") {
    const met = actual === true || (typeof actual === "number" && actual > 0);
    return { status: met ? "met" : "not_met", percent: null };
  }
  if (typeof actual !== "number") {
    throw new TypeError(`a yes/no result cannot be compared with a ${spec.kind} target`);
  }
  const lowerBetter = o.direction === "lower_better";
  switch (spec.kind) {
    case "gte":
      return atLeast(actual, spec.value, o);
    case "lte":
      return atMost(actual, spec.value, o);
    case "eq": {
      if (roundTo(actual, o.decimals) === spec.value)
        return { status: "met", percent: percentOf(actual, spec.value) };
      return lowerBetter ? atMost(actual, spec.value, o) : atLeast(actual, spec.value, o);
    }
    case "approx": {
      const a = roundTo(actual, o.decimals);
      const percent = percentOf(actual, spec.value);
      if (Math.abs(a - spec.value) <= spec.tolerance) return { status: "met", percent };
      if (lowerBetter) return atMost(actual, spec.value + spec.tolerance, o);
      return a > spec.value
        ? { status: "exceeded", percent }
        : { ...atLeast(actual, spec.value - spec.tolerance, o), percent };
    }
    case "range": {
      // DOMAIN rule 1: the lower bound is the reference of the percent.
      const percent = percentOf(actual, spec.lo);
      const a = roundTo(actual, o.decimals);
      const stretchMet = spec.stretch ? a >= spec.stretch.lo : undefined;
      const withStretch = (c: Comparison): Comparison => (spec.stretch ? { ...c, stretchMet } : c);
      if (lowerBetter) {
        if (a > spec.hi) return withStretch({ ...atMost(actual, spec.hi, o), percent });
        return withStretch({ status: a < spec.lo ? "exceeded" : "met", percent });
      }
      if (a < spec.lo) return withStretch({ ...atLeast(actual, spec.lo, o), percent });
      if (spec.stretch) return withStretch({ status: stretchMet ? "exceeded" : "met", percent });
      return { status: a > spec.hi ? "exceeded" : "met", percent };
    }
    case "reduce_pp": {
      // The actual is the rate now; what counts is the reduction achieved from the baseline.
      const achieved = spec.baseline - actual;
      return atLeast(achieved, spec.points, o);
    }
  }
}
