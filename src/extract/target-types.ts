/**
 * What reading a target's words gives (đọc chỉ tiêu): a spec, a unit, a direction and a horizon,
 * in the shape of the target lists' field conventions (../shared/eval/targets-dev.json), so that
 * the plan builder and the scorer read one format.
 */

/** How good a figure is: more is better, less is better, inside a band, or a status reached. */
export type TargetDirection = "higher_better" | "lower_better" | "band" | "qualitative";

/**
 * When the figure must hold: the plan year (annual), the term's last year (end_of_period), the
 * term's yearly average (period_average), the term's total (period_cumulative), or every year
 * of the term (each_year, "hằng năm").
 */
export type TargetHorizon = "annual" | "end_of_period" | "period_average" | "period_cumulative" | "each_year";

/** The plan's period as the caller knows it: a plan year, or a term with its first and last years. */
export interface TargetPeriod {
  type: "annual" | "term";
  from?: number | null;
  to?: number | null;
}

/** A spec with one figure, or a status (qualitative), or a whole made of parts (composite). */
export type TargetSpec =
  | { kind: "point"; value: number; stretch?: Stretch }
  | { kind: "approx"; value: number; stretch?: Stretch }
  | { kind: "range"; min: number; max: number; approx?: true; stretch?: Stretch }
  | { kind: "min"; value: number; strict: boolean }
  | { kind: "max"; value: number; strict: boolean }
  /** The size of a fall in a rate, in percentage points (mức giảm tỷ lệ hộ nghèo). */
  | { kind: "reduce_pp"; value: number }
  | { kind: "reduce_pp"; min: number; max: number }
  /** A change against a base year or period ("tăng 0,7 lần so với năm 2015"); a fall is negative. */
  | { kind: "change_vs_base"; value: number; unit: string | null; base: string | null }
  /** Two planned counts written "A/B" ("13.650/21.000 hợp tác xã"). */
  | { kind: "ratio_pair"; numerator: number; denominator: number }
  /** Set against another unit's figure ("thấp hơn mức bình quân chung cả nước"). */
  | { kind: "relative_to_benchmark"; benchmark: string; comparator: "lt" | "gt" }
  | { kind: "qualitative" }
  | { kind: "composite"; parts: TargetPart[] };

/** A higher figure the plan strives for beside the target ("và phấn đấu khoảng 7,0-7,5%"). */
export interface Stretch {
  min: number;
  max: number;
}

/** One part of a composite target: a sector's share, a sub-group, the final year of a total. */
export type TargetPart = Exclude<TargetSpec, { kind: "composite" }> & {
  label_vi: string;
  unit?: string | null;
  horizon?: TargetHorizon;
  direction?: TargetDirection;
};

/** A target read from its words. */
export interface ParsedTarget {
  target: TargetSpec;
  /** As written after the number, lower-cased; "điểm %" for a reduction in points; null with no number. */
  unit: string | null;
  direction: TargetDirection;
  horizon: TargetHorizon;
}

/** What the reader is given: the words, the indicator's name if known, and the plan's period. */
export interface TargetInput {
  text: string;
  indicator?: string | null;
  period?: TargetPeriod | null;
}
