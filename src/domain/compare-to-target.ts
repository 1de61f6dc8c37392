/**
 * The one function that decides a status (DOMAIN.md, computation rules 1 and 2). Every status
 * shown anywhere — table, page, report, export — comes from {@link compareToTarget}.
 */
import { roundTo } from "./numbers.ts";
import type { Direction, NearlyMetRule, Status, TargetSpec } from "./types.ts";

export const DEFAULT_NEARLY_MET_THRESHOLD = 95;

export interface CompareOptions {
  direction: Direction;
  /** Decimals the percent (and, for lower-better, the actual) is rounded to before judging. */
  decimals: number;
  /** Percent from which a shortfall counts as nearly met (cơ bản đạt); default 95. */
  nearlyMetThreshold?: number;
  /**
   * How a shortfall is judged. Without one, by percent of plan with `nearlyMetThreshold`. With
   * `gap_in_points` (growth rates, shares, other rates) a shortfall within `points` is nearly
   * met, and no percent of plan is given: "% of a growth rate" means nothing.
   */
  rule?: NearlyMetRule;
  /** Half-width of "khoảng" when the spec gives none, in the target's unit. */
  aboutTolerance?: number;
}

export interface Comparison {
  status: Status;
  /** Tỷ lệ thực hiện so kế hoạch: actual / reference × 100, unrounded; null where it means nothing. */
  percent: number | null;
  /**
   * Actual minus the reference (the bound missed or reached), in the target's unit: for rates,
   * the gap in percentage points ("thấp hơn 0,32 điểm %"). Null where there is no one reference.
   */
  gap?: number | null;
  /** Whether the stretch range (phấn đấu) of a range target was reached. */
  stretchMet?: boolean;
}

const RANK: Record<Status, number> = { exceeded: 4, met: 3, nearly_met: 2, not_met: 1, no_data: 0 };

/** Orders statuses from best to worst: exceeded, met, nearly met, not met, no data. */
export function statusRank(status: Status): number {
  return RANK[status];
}

function percentOf(actual: number, reference: number): number | null {
  // No negative "% of plan": −4,13 % against 2,28 % is not "−181 % of plan".
  if (reference <= 0 || !Number.isFinite(reference) || actual < 0) return null;
  if (!Number.isFinite(actual)) return actual > 0 ? Number.POSITIVE_INFINITY : 0;
  // Twelve significant digits: enough for any stated percent, and no binary noise (100.49999…).
  return Number(((actual / reference) * 100).toPrecision(12));
}

const byPoints = (o: CompareOptions): o is CompareOptions & { rule: { by: "gap_in_points" } } =>
  o.rule?.by === "gap_in_points";
const thresholdOf = (o: CompareOptions): number =>
  o.rule?.by === "percent_of_plan"
    ? o.rule.threshold
    : (o.nearlyMetThreshold ?? DEFAULT_NEARLY_MET_THRESHOLD);

/** A shortfall of `short` (≥ 0, in the target's unit) judged by the gap in points. */
function shortByPoints(short: number, o: CompareOptions & { rule: { by: "gap_in_points" } }): Status {
  const gap = roundTo(short, o.decimals);
  return gap <= o.rule.points && o.rule.points > 0 ? "nearly_met" : "not_met";
}

/**
 * Higher-better against a floor: > 100 % exceeded, = 100 % met, ≥ threshold nearly met. With
 * `strict` ("trên 50%") the floor itself is not enough: it counts as just short of it.
 */
function atLeast(actual: number, floor: number, o: CompareOptions, strict = false): Comparison {
  const gap = roundTo(actual - floor, o.decimals);
  if (byPoints(o)) {
    const status: Status = gap > 0 ? "exceeded" : gap === 0 && !strict ? "met" : shortByPoints(-gap, o);
    return { status, percent: null, gap };
  }
  const percent = percentOf(actual, floor);
  if (strict && roundTo(actual, o.decimals) === roundTo(floor, o.decimals)) {
    return { status: 100 >= thresholdOf(o) && thresholdOf(o) < 100 ? "nearly_met" : "not_met", percent, gap };
  }
  if (percent === null || floor <= 0) {
    // A zero or negative floor (a growth rate of −2 %) has no meaningful ratio: compare values.
    const a = roundTo(actual, o.decimals);
    const status: Status = a > floor ? "exceeded" : a === floor ? "met" : "not_met";
    return { status, percent: floor <= 0 ? null : percent, gap };
  }
  const rounded = roundTo(percent, o.decimals);
  const threshold = thresholdOf(o);
  const status: Status =
    rounded > 100 ? "exceeded" : rounded === 100 ? "met" : rounded >= threshold ? "nearly_met" : "not_met";
  return { status, percent, gap };
}

/**
 * Lower-better against a ceiling: strictly below exceeded, equal met, within threshold nearly.
 * With `strict` ("dưới 4%") the ceiling itself is just over it.
 */
function atMost(actual: number, ceiling: number, o: CompareOptions, strict = false): Comparison {
  const percent = percentOf(actual, ceiling);
  const a = roundTo(actual, o.decimals);
  const gap = roundTo(actual - ceiling, o.decimals);
  if (a < ceiling) return { status: "exceeded", percent, gap };
  if (a === ceiling && !strict) return { status: "met", percent, gap };
  if (byPoints(o)) return { status: shortByPoints(gap, o), percent, gap };
  if (a === ceiling) return { status: thresholdOf(o) < 100 ? "nearly_met" : "not_met", percent, gap };
  const threshold = thresholdOf(o);
  const inverse = a <= 0 ? null : roundTo((ceiling / a) * 100, o.decimals);
  return { status: inverse !== null && inverse >= threshold ? "nearly_met" : "not_met", percent, gap };
}

/** Default half-width of "khoảng" without one set: 0,5 points for rates, 2 % of the value else. */
export function defaultAboutTolerance(value: number, o: CompareOptions): number {
  if (o.aboutTolerance !== undefined) return o.aboutTolerance;
  return byPoints(o) ? 0.5 : Math.abs(value) * 0.02;
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
      return atLeast(actual, spec.value, o, spec.strict);
    case "lte":
      return atMost(actual, spec.value, o, spec.strict);
    case "band":
      return inBand(actual, spec.lo, spec.hi, o);
    case "count_share": {
      // Judged on the count; the share of the whole is what the percent shows.
      const c = atLeast(actual, spec.count, {
        ...o,
        rule: { by: "percent_of_plan", threshold: thresholdOf(o) },
      });
      return { ...c, percent: percentOf(actual, spec.count) };
    }
    case "ordinal": {
      // The actual is the rating's place on the scale, worst first (see ordinalRank).
      const floor = spec.scale.indexOf(spec.atLeast);
      if (floor < 0) throw new RangeError(`"${spec.atLeast}" is not on the scale ${spec.scale.join(" < ")}`);
      const status: Status = actual > floor ? "exceeded" : actual === floor ? "met" : "not_met";
      return { status, percent: null, gap: null };
    }
    case "eq": {
      if (roundTo(actual, o.decimals) === spec.value)
        return { status: "met", percent: percentOf(actual, spec.value) };
      return lowerBetter ? atMost(actual, spec.value, o) : atLeast(actual, spec.value, o);
    }
    case "approx": {
      const a = roundTo(actual, o.decimals);
      const tolerance = spec.tolerance ?? defaultAboutTolerance(spec.value, o);
      const percent = byPoints(o) ? null : percentOf(actual, spec.value);
      const gap = roundTo(actual - spec.value, o.decimals);
      // A hair's breadth of binary noise must not push 7,5 out of "khoảng 7 ± 0,5".
      if (Math.abs(a - spec.value) <= tolerance + 1e-9) return { status: "met", percent, gap };
      if (lowerBetter) return { ...atMost(actual, spec.value + tolerance, o), percent };
      return a > spec.value
        ? { status: "exceeded", percent, gap }
        : { ...atLeast(actual, spec.value - tolerance, o), percent };
    }
    case "range": {
      if (o.direction === "band") return inBand(actual, spec.lo, spec.hi, o);
      // DOMAIN rule 1: the lower bound is the reference of the percent.
      const percent = byPoints(o) ? null : percentOf(actual, spec.lo);
      const a = roundTo(actual, o.decimals);
      const stretchMet = spec.stretch ? a >= spec.stretch.lo : undefined;
      const withStretch = (c: Comparison): Comparison => (spec.stretch ? { ...c, stretchMet } : c);
      if (lowerBetter) {
        if (a > spec.hi) return withStretch({ ...atMost(actual, spec.hi, o), percent });
        return withStretch({ status: a < spec.lo ? "exceeded" : "met", percent });
      }
      if (a < spec.lo) return withStretch({ ...atLeast(actual, spec.lo, o), percent });
      const gap = roundTo(actual - spec.lo, o.decimals);
      if (spec.stretch) return withStretch({ status: stretchMet ? "exceeded" : "met", percent, gap });
      return { status: a > spec.hi ? "exceeded" : "met", percent, gap };
    }
    case "reduce_pp": {
      // The actual is the rate now; what counts is the reduction achieved from the baseline, in
      // points: "giảm 1,1 điểm %" is never "110 % of plan".
      const achieved = spec.baseline - actual;
      return atLeast(achieved, spec.points, { ...o, rule: o.rule ?? { by: "gap_in_points", points: 0 } });
    }
  }
}

/**
 * A share of a structure against its band (cơ cấu: nông nghiệp 1,4-1,6 %): inside met, outside
 * on either side missed by the gap to the nearer bound; never "exceeded" — 1,2 against 1,4-1,6
 * is not better than planned, it is off the structure planned.
 */
function inBand(actual: number, lo: number, hi: number, o: CompareOptions): Comparison {
  const a = roundTo(actual, o.decimals);
  if (a >= lo && a <= hi) return { status: "met", percent: null, gap: 0 };
  const gap = roundTo(a < lo ? a - lo : a - hi, o.decimals);
  const allowed = o.rule?.by === "gap_in_points" ? o.rule.points : 0;
  return { status: Math.abs(gap) <= allowed && allowed > 0 ? "nearly_met" : "not_met", percent: null, gap };
}

/** Place of a rating on its scale (worst first), as compared by an `ordinal` target; −1 if absent. */
export function ordinalRank(scale: readonly string[], word: string): number {
  const key = (s: string) => s.normalize("NFC").trim().toLocaleLowerCase("vi");
  return scale.findIndex((s) => key(s) === key(word));
}
