/**
 * Assessment of one target against its observations (đánh giá thực hiện chỉ tiêu): which
 * observation counts, the percent of plan, the status (from {@link compareToTarget}), whether it
 * is provisional or uncertain, the official label beside it, and the consistency of any percent
 * the source stated.
 */
import { type Comparison, compareToTarget, statusRank } from "./compare-to-target.ts";
import { type ConsistencyFlag, checkStatedPercent } from "./consistency.ts";
import { type ImpliedTarget, impliedTarget } from "./implied-target.ts";
import { aboutToleranceFor, nearlyMetRuleFor } from "./judgement.ts";
import { comparisonUnit } from "./target-unit.ts";
import type {
  Amendment,
  Indicator,
  Observation,
  ObservationStage,
  PlanKind,
  Qualifier,
  Status,
  Target,
} from "./types.ts";
import { convert } from "./units-of-measure.ts";

const STAGE_RANK: Record<ObservationStage, number> = { official: 3, preliminary: 2, estimate: 1 };

/**
 * Which observation counts (DOMAIN.md rule 3): official over preliminary over estimate, then the
 * latest revision, then the latest recorded.
 */
export function chooseObservation(observations: readonly Observation[]): Observation | undefined {
  let best: Observation | undefined;
  for (const o of observations) {
    if (
      !best ||
      STAGE_RANK[o.stage] > STAGE_RANK[best.stage] ||
      (o.stage === best.stage &&
        (o.revision > best.revision || (o.revision === best.revision && o.recordedAt > best.recordedAt)))
    ) {
      best = o;
    }
  }
  return best;
}

/** How a status was reached, so that every page can say it next to the result. */
export type AssessmentMethod =
  | "percent_of_target"
  | "percent_of_range_lower_bound"
  | "at_most_target"
  | "within_tolerance"
  | "yes_no"
  | "reduction_in_points"
  | "gap_in_points"
  | "within_band"
  | "count_of_whole"
  | "rating_on_scale"
  | "every_year"
  | "no_target_value"
  | "no_observation";

export interface TargetAssessment {
  targetId: string;
  indicatorCode: string;
  planKind: PlanKind;
  status: Status;
  /** Tỷ lệ % so kế hoạch, unrounded; null where it means nothing (yes/no, zero target, rates). */
  percent: number | null;
  /** Actual minus the bound it is judged against, in the target's unit (points for rates). */
  gap: number | null;
  /** Whether the percent is printed: not for lower-better indicators, by default. */
  showPercent: boolean;
  actual: {
    observationId: string;
    value: number | boolean;
    /** The value converted to the target's unit. */
    valueInTargetUnit: number | boolean;
    unit: string;
    qualifier: Qualifier;
    stage: ObservationStage;
    revision: number;
  } | null;
  targetUnit: string;
  /** The observation counted is an estimate or preliminary: the status may change. */
  provisional: boolean;
  /** The qualifier (trên, khoảng, gần…) leaves the status open between these two. */
  uncertain: boolean;
  statusRange: { worst: Status; best: Status } | null;
  /** The status the unit's own report gave, and whether it differs from the computed one. */
  officialLabel: Status | null;
  /** The published label verbatim ("Hoàn thành", "Cơ bản đạt"). */
  officialLabelText: string | null;
  /** A part of a composite target: the whole's id (the part is not counted in roll-ups). */
  partOf: string | null;
  /** The parts of a composite target, by id, in order. */
  parts: string[];
  /** Set when this target amends an earlier one. */
  amends: Amendment | null;
  /** The id of the target that supersedes this one at the assessment date. */
  supersededBy: string | null;
  /** Whether the target is in force at the assessment date (an amended one is kept, not counted). */
  inForce: boolean;
  /** For an every-year target (hằng năm): each year's status, and the years that missed. */
  years: { year: number; status: Status }[] | null;
  missedYears: number[];
  labelMismatch: boolean;
  consistency: ConsistencyFlag[];
  /** Set when the target figure was implied from a stated percent, with its interval. */
  implied: ImpliedTarget | null;
  stretchMet?: boolean;
  method: AssessmentMethod;
}

export interface AssessTargetInput {
  target: Target;
  indicator: Indicator;
  /** Observations of the target's indicator, unit and period: all revisions. */
  observations: readonly Observation[];
  /** Relative half-width of "khoảng"/"gần" (about, nearly); default 1 %. */
  aboutTolerance?: number;
}

const EPSILON = 1e-9;

/** The interval a qualified figure stands for: "trên 88.800" is anything above 88 800. */
function qualifierInterval(value: number, qualifier: Qualifier, tolerance: number): [number, number, number] {
  const nudge = Math.max(Math.abs(value) * EPSILON, EPSILON);
  const spread = Math.abs(value) * tolerance;
  switch (qualifier) {
    case "exact":
      return [value, value, value];
    case "more_than":
      return [value + nudge, value + nudge, Number.POSITIVE_INFINITY];
    case "at_least":
      return [value, value, Number.POSITIVE_INFINITY];
    case "less_than":
      return [value - nudge, value >= 0 ? 0 : Number.NEGATIVE_INFINITY, value - nudge];
    case "about":
      return [value, value - spread, value + spread];
    case "nearly":
      return [value - nudge, value - spread, value - nudge];
  }
}

function methodOf(target: Target, indicator: Indicator): AssessmentMethod {
  const points = nearlyMetRuleFor(target, indicator).by === "gap_in_points";
  switch (target.spec.kind) {
    case "gte":
    case "eq":
      if (indicator.direction === "lower_better") return "at_most_target";
      return points ? "gap_in_points" : "percent_of_target";
    case "lte":
      return "at_most_target";
    case "range":
      if (indicator.direction === "band") return "within_band";
      return points ? "gap_in_points" : "percent_of_range_lower_bound";
    case "band":
      return "within_band";
    case "count_share":
      return "count_of_whole";
    case "ordinal":
      return "rating_on_scale";
    case "approx":
      return "within_tolerance";
    case "boolean":
      return "yes_no";
    case "reduce_pp":
      return "reduction_in_points";
    case "unknown":
      return "no_target_value";
  }
}

export function assessTarget(input: AssessTargetInput): TargetAssessment {
  const { target, indicator } = input;
  const targetUnit = target.unit ?? indicator.unit;
  const implied = target.implied
    ? impliedTarget(target.implied.observationValue, target.implied.percent, target.implied.percentDecimals)
    : null;
  const base = {
    targetId: target.id,
    indicatorCode: target.indicatorCode,
    planKind: target.planKind,
    targetUnit,
    officialLabel: target.officialLabel ?? null,
    officialLabelText: target.officialLabelText ?? null,
    implied,
    partOf: target.partOf ?? null,
    parts: [] as string[],
    amends: target.amends ?? null,
    supersededBy: null,
    inForce: true,
    years: null,
    missedYears: [] as number[],
  };
  const observation = chooseObservation(input.observations);
  if (!observation) {
    return {
      ...base,
      status: "no_data",
      percent: null,
      gap: null,
      showPercent: false,
      actual: null,
      provisional: false,
      uncertain: false,
      statusRange: null,
      labelMismatch: target.officialLabel !== undefined && target.officialLabel !== "no_data",
      consistency: [],
      method: "no_observation",
    };
  }

  const unit = observation.unit ?? indicator.unit;
  const comparedIn = comparisonUnit(target, indicator.unit);
  const valueInTargetUnit =
    typeof observation.value === "number" ? convert(observation.value, unit, comparedIn) : observation.value;
  const rule = nearlyMetRuleFor(target, indicator);
  const tolerance = aboutToleranceFor(target, indicator);
  const options = {
    direction: target.spec.kind === "lte" ? ("lower_better" as const) : indicator.direction,
    decimals: indicator.decimals,
    nearlyMetThreshold: target.nearlyMetThreshold,
    rule,
    ...(tolerance !== undefined ? { aboutTolerance: tolerance } : {}),
  };

  let headline: Comparison;
  let statusRange: { worst: Status; best: Status } | null = null;
  let percent: number | null;
  if (typeof valueInTargetUnit === "number") {
    // A result given as a range ("61-62") is judged over the whole range, like "khoảng".
    const [stated, low, high] = observation.range
      ? ([
          valueInTargetUnit,
          convert(observation.range.lo, unit, comparedIn),
          convert(observation.range.hi, unit, comparedIn),
        ] as const)
      : qualifierInterval(valueInTargetUnit, observation.qualifier, input.aboutTolerance ?? 0.01);
    headline = compareToTarget(stated, target.spec, options);
    // An exact figure is its own interval: one comparison instead of four (most figures are
    // exact, and a national scorecard assesses thousands of them).
    const exact = stated === valueInTargetUnit && low === stated && high === stated;
    percent = exact ? headline.percent : compareToTarget(valueInTargetUnit, target.spec, options).percent;
    const atLow = exact ? headline.status : compareToTarget(low, target.spec, options).status;
    const atHigh = exact ? headline.status : compareToTarget(high, target.spec, options).status;
    const [worst, best] = statusRank(atLow) <= statusRank(atHigh) ? [atLow, atHigh] : [atHigh, atLow];
    statusRange = { worst, best };
  } else {
    headline = compareToTarget(valueInTargetUnit, target.spec, options);
    percent = null;
  }

  const consistency: ConsistencyFlag[] = [];
  for (const stated of observation.statedPercents ?? []) {
    if (stated.planKind !== target.planKind) continue;
    // An implied target was computed from this very percent: checking one against the other
    // proves nothing, so the percent is judged as if the target were unknown.
    const known = !implied && target.spec.kind !== "unknown";
    const flag = checkStatedPercent({
      planKind: stated.planKind,
      stated: stated.percent,
      decimals: stated.decimals,
      computed: known ? percent : null,
    });
    if (flag) consistency.push(flag);
  }

  const status = headline.status;
  return {
    ...base,
    status,
    percent,
    gap: headline.gap ?? null,
    showPercent: percent !== null && options.direction !== "lower_better" && rule.by === "percent_of_plan",
    actual: {
      observationId: observation.id,
      value: observation.value,
      valueInTargetUnit,
      unit,
      qualifier: observation.qualifier,
      stage: observation.stage,
      revision: observation.revision,
    },
    provisional: observation.stage !== "official",
    uncertain: statusRange !== null && statusRange.worst !== statusRange.best,
    statusRange,
    labelMismatch: target.officialLabel !== undefined && target.officialLabel !== status,
    consistency,
    ...(headline.stretchMet !== undefined ? { stretchMet: headline.stretchMet } : {}),
    method: target.spec.kind === "unknown" ? "no_target_value" : methodOf(target, indicator),
  };
}
