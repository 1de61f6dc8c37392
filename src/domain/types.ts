/**
 * The domain's vocabulary (DOMAIN.md "Glossary"). Plain data, no behaviour: the store, the API
 * and the reports pass these around, and the functions of src/domain compute on them.
 */

/** Which way is better: higher (sản lượng), lower (tỷ lệ hộ nghèo), or yes/no (đạt chuẩn NTM). */
export type Direction = "higher_better" | "lower_better" | "boolean";

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
 * - `gte`: at least (the usual case); `lte`: at most (lower-better); `eq`: exactly.
 * - `range`: "9,2-10%", with an optional stretch range (phấn đấu …) whose reaching counts as
 *   exceeded.
 * - `approx`: about a value, met within ± tolerance (in the target's unit).
 * - `boolean`: "đạt chuẩn nông thôn mới".
 * - `reduce_pp`: reduce a rate by `points` percentage points from `baseline` (giảm … điểm %).
 * - `unknown`: the plan sets a target whose figure is not known here.
 */
export type TargetSpec =
  | { kind: "gte"; value: number }
  | { kind: "lte"; value: number }
  | { kind: "eq"; value: number }
  | { kind: "range"; lo: number; hi: number; stretch?: { lo: number; hi: number } }
  | { kind: "approx"; value: number; tolerance: number }
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
  /** Per-plan threshold for nearly met, in percent (default 95). */
  nearlyMetThreshold?: number;
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
}

/** Vượt, đạt, cơ bản đạt, không đạt, chưa có số liệu. */
export type Status = "exceeded" | "met" | "nearly_met" | "not_met" | "no_data";
export const STATUSES: readonly Status[] = ["exceeded", "met", "nearly_met", "not_met", "no_data"];

/** Mid-term state of a term target: đã đạt, đúng tiến độ, có nguy cơ, chậm tiến độ. */
export type TermState = "already_met" | "on_track" | "at_risk" | "off_track" | "no_data";
export const TERM_STATES: readonly TermState[] = [
  "already_met",
  "on_track",
  "at_risk",
  "off_track",
  "no_data",
];
