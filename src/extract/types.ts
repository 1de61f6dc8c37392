/**
 * The statement an extractor reads out of Vietnamese report text. The shape is the one of
 * shared/eval/README.md (field names in snake_case, as the evaluation sets write them).
 */

/** trên/hơn → more_than, dưới → less_than, khoảng → about, gần → nearly, từ … trở lên → at_least. */
export type Qualifier = "exact" | "more_than" | "less_than" | "about" | "nearly" | "at_least";

/** What a percent is measured against (so với …). */
export type Basis =
  | "plan_year"
  | "plan_assigned"
  | "budget_estimate"
  | "resolution"
  | "same_period"
  | "previous_year"
  | "plan"
  | "other";

export type Direction = "increase" | "decrease";

export interface Comparison {
  percent: number;
  basis: Basis;
  /** The basis phrase as written ("KH tỉnh giao", "so với cùng kỳ năm 2023"), `null` when none. */
  basis_text: string | null;
  direction?: Direction;
  qualifier?: Qualifier;
  /** "gấp 3,29 lần" → 3.29 (and percent 329). */
  multiplier?: number;
  basis_value?: number;
  basis_unit?: string;
}

export interface AbsoluteChange {
  value: number;
  unit: string;
  direction: Direction;
  basis: Basis;
  basis_text: string | null;
}

export type RollupStatus = "met_or_exceeded" | "exceeded" | "met" | "not_met";

/**
 * Which words made each field, as written in the passage: a reviewer sees why the statement
 * reads as it does. Offsets are into the normalised passage.
 */
export interface Evidence {
  /** The words the indicator phrase was cut from. */
  indicator: string;
  /** The verb, qualifier, figure and unit (and basis) that gave the value. */
  value?: string;
  /** One entry per comparison, in order: the words of its percent, verb and basis. */
  comparisons?: string[];
  /** The period phrase and where it stands; `source` when the source gave it. */
  period?: { words: string; at: number } | "source";
  /** `source` when the locality came from the source, not the text. */
  locality?: "source";
}

export interface Statement {
  indicator: string;
  value: number | null;
  unit: string | null;
  qualifier: Qualifier | null;
  estimated: boolean;
  comparisons: Comparison[];
  period: string | null;
  locality: string | null;
  met?: number;
  total?: number;
  rollup_status?: RollupStatus;
  rollup_basis?: "resolution";
  /** The figure is a target (plan, resolution, budget estimate), not a result. */
  is_target?: boolean;
  plan_value?: number;
  plan_unit?: string;
  plan_range?: [number, number];
  value_range?: [number, number];
  absolute_changes?: AbsoluteChange[];
  share_percent?: number;
  rank?: { position: number; out_of: number | null };
  evidence?: Evidence;
}

export interface ExtractionResult {
  statements: Statement[];
}
