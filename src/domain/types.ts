/**
 * The domain's vocabulary (DOMAIN.md "Glossary"). Plain data, no behaviour: the store, the API
 * and the reports pass these around, and the functions of src/domain compute on them.
 */

/**
 * Which way is better: higher (sản lượng), lower (tỷ lệ hộ nghèo), yes/no (đạt chuẩn NTM), or
 * inside a band (cơ cấu kinh tế: a share of a structure is right inside its band, wrong on
 * either side of it, never "exceeded").
 */
export type Direction = "higher_better" | "lower_better" | "boolean" | "band";
export const DIRECTIONS: readonly Direction[] = ["higher_better", "lower_better", "boolean", "band"];

/**
 * How "nearly met" (cơ bản đạt) is judged for an indicator (DOMAIN.md rule 2), overridable per
 * plan: levels by percent of plan (≥ 95 %), rates, shares and growth by the gap in percentage
 * points (7,18 % against 7,5 % is 0,32 points short); a growth rate has no "percent of plan".
 */
export type NearlyMetRule =
  | { by: "percent_of_plan"; threshold: number }
  | { by: "gap_in_points"; points: number };

/**
 * What a figure measures, which decides how a term target is assessed mid-term:
 * `cumulative` sums, `annual_average` (bình quân hàng năm) averages, `avg_growth` (tốc độ tăng
 * bình quân) compounds from the base year, `level` takes the latest value.
 */
export type Measure = "level" | "rate" | "growth" | "avg_growth" | "cumulative" | "annual_average" | "count";

/** How an indicator aggregates up the hierarchy of units. */
export type Aggregation = { kind: "sum" } | { kind: "weighted_mean"; weight: string } | { kind: "none" };

/** Chỉ tiêu (what is measured). */
export interface Indicator {
  code: string;
  name: { vi: string; en: string };
  /** Unit of measure code, see units-of-measure.ts ("tấn", "tỷ đồng", "%"). */
  unit: string;
  direction: Direction;
  measure: Measure;
  aggregation: Aggregation;
  /** Decimals shown, and to which a percent of plan is rounded before its status is decided. */
  decimals: number;
  sector?: string;
  /** The nearly-met rule; without one it follows from the unit and measure (see judgement.ts). */
  nearlyMet?: NearlyMetRule;
  /** Default half-width of "khoảng" for this indicator, in its unit (see judgement.ts). */
  aboutTolerance?: number;
}

/**
 * Kinds of plan: Nghị quyết Đại hội (term resolution), kế hoạch năm (annual plan), kế hoạch tỉnh
 * giao (assigned from above), dự toán ngân sách (budget estimate).
 */
export type PlanKind = "resolution" | "annual_plan" | "assigned" | "budget_estimate";
export const PLAN_KINDS: readonly PlanKind[] = ["resolution", "annual_plan", "assigned", "budget_estimate"];

/** trên/hơn, dưới, khoảng, gần, từ … trở lên; `exact` when none is written. */
export type Qualifier = "exact" | "more_than" | "less_than" | "about" | "nearly" | "at_least";
export const QUALIFIERS: readonly Qualifier[] = [
  "exact",
  "more_than",
  "less_than",
  "about",
  "nearly",
  "at_least",
];

/** ước (estimate), sơ bộ (preliminary), chính thức (official). */
export type ObservationStage = "estimate" | "preliminary" | "official";
export const OBSERVATION_STAGES: readonly ObservationStage[] = ["estimate", "preliminary", "official"];

/**
 * What a target asks for.
 * - `gte`: at least (the usual case); `lte`: at most (lower-better); `eq`: exactly. With
 *   `strict`, the bound itself does not meet it: "trên 50%" (> 50), "dưới 4%" (< 4), where
 *   "từ 50% trở lên" and "không quá 4%" are inclusive.
 * - `band`: a share of a structure inside lo..hi (1,4-1,6 %); outside on either side misses.
 * - `count_share`: a count out of a whole ("66/112 xã", "50% (8 xã)"): `count` of `of`.
 * - `ordinal`: a rating on a scale, worst first, at least `atLeast` ("hoàn thành tốt nhiệm vụ
 *   trở lên").
 * - `range`: "9,2-10%", with an optional stretch range (phấn đấu …) whose reaching counts as
 *   exceeded.
 * - `approx`: about a value, met within ± tolerance (in the target's unit).
 * - `boolean`: "đạt chuẩn nông thôn mới".
 * - `reduce_pp`: reduce a rate by `points` percentage points from `baseline` (giảm … điểm %).
 * - `unknown`: the plan sets a target whose figure is not known here.
 */
export type TargetSpec =
  | { kind: "gte"; value: number; strict?: boolean }
  | { kind: "lte"; value: number; strict?: boolean }
  | { kind: "eq"; value: number }
  | { kind: "range"; lo: number; hi: number; stretch?: { lo: number; hi: number } }
  | { kind: "approx"; value: number; tolerance?: number }
  | { kind: "band"; lo: number; hi: number }
  | { kind: "count_share"; count: number; of: number }
  | { kind: "ordinal"; scale: string[]; atLeast: string }
  | { kind: "boolean" }
  | { kind: "reduce_pp"; points: number; baseline: number }
  | { kind: "unknown" };

/** Where an implied target came from: "88.800 tấn, đạt 107% kế hoạch" → 88 800 / 1,07. */
export interface ImpliedFrom {
  percent: number;
  /** Decimals the percent was written with, which bound the target's interval. */
  percentDecimals: number;
  observationValue: number;
}

/**
 * When a target is judged (DOMAIN.md "horizon"): the plan's year, the term's end ("đến năm
 * 2025"), the term's yearly average ("bình quân … /năm"), the term's total ("giai đoạn
 * 2021-2025"), or each year ("hằng năm": every year must meet it).
 */
export type Horizon = "plan_year" | "term_end" | "term_average" | "term_total" | "each_year";
export const HORIZONS: readonly Horizon[] = [
  "plan_year",
  "term_end",
  "term_average",
  "term_total",
  "each_year",
];

/** A later document changes a target (Nghị quyết điều chỉnh): this one replaces `targetId`. */
export interface Amendment {
  /** The target this one supersedes. */
  targetId: string;
  /** ISO date from which this one is in force. */
  from: string;
  /** The amending document: "Nghị quyết số 103/2023/QH15". */
  document: string;
  reason?: string;
}

/** Kế hoạch/chỉ tiêu: plan × indicator × unit × period with its spec. */
export interface Target {
  id: string;
  indicatorCode: string;
  planKind: PlanKind;
  /** Unit of measure the spec is written in; defaults to the indicator's. */
  unit?: string;
  spec: TargetSpec;
  /** Set when the figure was implied from a stated percent rather than read from the plan. */
  implied?: ImpliedFrom;
  /** The status the unit's own report gave (đạt, vượt…), kept beside the computed one. */
  officialLabel?: Status;
  /** The label as published, verbatim ("Vượt", "Cơ bản đạt", "Hoàn thành"). */
  officialLabelText?: string;
  /** Per-plan threshold for nearly met, in percent (default 95). */
  nearlyMetThreshold?: number;
  /** Per-plan nearly-met rule; overrides the indicator's. */
  nearlyMet?: NearlyMetRule;
  /** Per-plan default half-width of "khoảng", in the target's unit. */
  aboutTolerance?: number;
  horizon?: Horizon;
  /** Base year (năm gốc) of a term target; a term "2021-2025" does not say it. */
  baseYear?: number;
  /** A term's average growth computed from yearly growth rates (compounded) or from levels. */
  growthFrom?: "rates" | "levels";
  /** A part of a composite target ("trong đó …"): the whole's id. Parts are not counted apart. */
  partOf?: string;
  /** Set when this target amends an earlier one. */
  amends?: Amendment;
}

/** A percent stated next to a value in a source: "đạt 107% kế hoạch tỉnh giao". */
export interface StatedPercent {
  percent: number;
  /** Decimals as written ("104,5" → 1). */
  decimals?: number;
  /** Which plan the percent is of. */
  planKind: PlanKind;
}

/** Thực hiện: a value for indicator × unit × period, one revision of it. */
export interface Observation {
  id: string;
  indicatorCode: string;
  value: number | boolean;
  /** Unit of measure of `value`; defaults to the indicator's. */
  unit?: string;
  qualifier: Qualifier;
  stage: ObservationStage;
  /** Revisions count up from 1; none is overwritten. */
  revision: number;
  /** ISO date-time the revision was recorded. */
  recordedAt: string;
  statedPercents?: StatedPercent[];
  /** Period code the value covers (see periods.ts), for term assessment by year. */
  period?: string;
  /** A result given as a range ("61-62"): `value` is its lower end, judged over the whole range. */
  range?: { lo: number; hi: number };
  /** A result given as a word ("hoàn thành tốt nhiệm vụ"), verbatim. */
  word?: string;
}

/** Vượt, đạt, cơ bản đạt, không đạt, chưa có số liệu. */
export type Status = "exceeded" | "met" | "nearly_met" | "not_met" | "no_data";
export const STATUSES: readonly Status[] = ["exceeded", "met", "nearly_met", "not_met", "no_data"];

/** Đạt hoặc vượt: the statuses a roll-up counts as achieved ("23/24 đạt, vượt"). */
export function isMetOrExceeded(status: Status): boolean {
  return status === "met" || status === "exceeded";
}

/** Mid-term state of a term target: đã đạt, đúng tiến độ, có nguy cơ, chậm tiến độ. */
export type TermState = "already_met" | "on_track" | "at_risk" | "off_track" | "no_data";

/** What a target carries beyond its spec (stored together: migration 0009). */
export type TargetForm = Pick<
  Target,
  | "officialLabelText"
  | "horizon"
  | "baseYear"
  | "growthFrom"
  | "partOf"
  | "amends"
  | "nearlyMet"
  | "aboutTolerance"
>;

/** A plan's settings for its targets: nearly-met rule, "khoảng" tolerance, base year, list. */
export interface PlanForm {
  nearlyMet?: NearlyMetRule;
  aboutTolerance?: number;
  baseYear?: number;
  /** False when the source shows only part of the plan's list of targets. */
  listComplete?: boolean;
}
