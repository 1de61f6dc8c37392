/**
 * Mid-term assessment of a term target (đánh giá giữa nhiệm kỳ, DOMAIN.md rule 5). At a date
 * inside the term, the figure to date is computed by the indicator's measure and projected to the
 * term's end; the result says which method it used.
 *
 * - `cumulative`: the sum of the years to date, projected linearly (sum / years × term years).
 * - `annual_average`: the mean of the years to date, carried to the end.
 * - `avg_growth`: compound annual growth from the base year, (V_t / V_0)^(1/t) − 1, carried.
 * - `level` and the rest: the latest value; with a base-year value, the straight line from the
 *   base year through it, extended to the term's end.
 *
 * A figure the source reports for the term to date ("bình quân hàng năm ước đạt trên 182.000
 * tấn", period = the term) is taken as the figure to date as it stands.
 *
 * States: `already_met` when the figure to date meets the end-of-term target; else `on_track`
 * when the projection meets it, `at_risk` when the projection is nearly met (≥ 95 %), and
 * `off_track` otherwise.
 */
import { chooseObservation } from "./assess-target.ts";
import { compareToTarget } from "./compare-to-target.ts";
import { nearlyMetRuleFor } from "./judgement.ts";
import { type Period, parsePeriod, periodCode, termYears, termYearsElapsed } from "./periods.ts";
import { comparisonUnit } from "./target-unit.ts";
import {
  type Indicator,
  isMetOrExceeded,
  type Observation,
  type Status,
  type Target,
  type TermState,
} from "./types.ts";
import { convert } from "./units-of-measure.ts";

export type ProjectionMethod =
  | "cumulative_linear"
  | "mean_to_date"
  | "compound_growth_from_base"
  | "linear_trend_from_base"
  | "latest_value"
  | "reported_to_date"
  | "compound_growth_from_yearly_rates"
  | "every_year"
  | "none";

export interface TermAssessment {
  targetId: string;
  indicatorCode: string;
  state: TermState;
  /** The figure to date, in the target's unit, and its percent of the target. */
  current: number | null;
  currentPercent: number | null;
  /** The figure projected to the term's end, and its percent of the target. */
  projected: number | null;
  projectedPercent: number | null;
  method: ProjectionMethod;
  yearsElapsed: number;
  yearsTotal: number;
  /** The base year (năm gốc) the term was measured from. */
  baseYear: number;
  provisional: boolean;
  /** For an every-year target (hằng năm): each year judged, and the years that missed. */
  years: { year: number; status: Status }[] | null;
  missedYears: number[];
}

export interface AssessTermInput {
  target: Target;
  indicator: Indicator;
  term: string;
  /** ISO date of the review. */
  at: string;
  /** Observations of the indicator for the unit: yearly ones, or one for the term to date. */
  observations: readonly Observation[];
  /** Value in the base year (năm gốc), needed for growth and trends. */
  baseValue?: number;
}

type Term = Extract<Period, { kind: "term" }>;

function asTerm(code: string): Term {
  const period = parsePeriod(code);
  if (period.kind !== "term") throw new RangeError(`"${code}" is not a term such as 2020-2025`);
  return period;
}

function numericValue(o: Observation, from: string, to: string): number {
  if (typeof o.value !== "number") throw new TypeError(`observation ${o.id} is not a number`);
  return convert(o.value, o.unit ?? from, to);
}

export function assessTermTarget(input: AssessTermInput): TermAssessment {
  const { target, indicator } = input;
  const term = asTerm(input.term);
  // An explicit base year wins: a term written "2021-2025" does not say whether 2021 is the
  // base or the first year, and guessing turns an off-track 6,03 % into an "already met" 7,58 %.
  const base = target.baseYear ?? termYears(term).base;
  const years: number[] = [];
  for (let y = base + 1; y <= term.to; y++) years.push(y);
  const elapsed = termYearsElapsed({ ...term, from: base }, input.at);
  const targetUnit = comparisonUnit(target, indicator.unit);
  const result: TermAssessment = {
    targetId: target.id,
    indicatorCode: target.indicatorCode,
    state: "no_data",
    current: null,
    currentPercent: null,
    projected: null,
    projectedPercent: null,
    method: "none",
    yearsElapsed: elapsed,
    yearsTotal: years.length,
    baseYear: base,
    provisional: false,
    years: null,
    missedYears: [],
  };
  const options = {
    direction: indicator.direction,
    decimals: indicator.decimals,
    rule: nearlyMetRuleFor(target, indicator),
    ...(target.nearlyMetThreshold !== undefined ? { nearlyMetThreshold: target.nearlyMetThreshold } : {}),
  };
  if (target.horizon === "each_year") return assessEveryYear(input, result, years.slice(0, elapsed), options);

  let current: number | null = null;
  let projected: number | null = null;
  let method: ProjectionMethod = "none";
  let provisional = false;

  const toDate = chooseObservation(input.observations.filter((o) => o.period === periodCode(term)));
  if (toDate) {
    current = numericValue(toDate, indicator.unit, targetUnit);
    projected = current;
    method = "reported_to_date";
    provisional = toDate.stage !== "official";
  } else {
    const yearly: { year: number; value: number }[] = [];
    for (const year of years.slice(0, elapsed)) {
      const chosen = chooseObservation(input.observations.filter((o) => o.period === String(year)));
      if (!chosen) continue;
      yearly.push({ year, value: numericValue(chosen, indicator.unit, targetUnit) });
      if (chosen.stage !== "official") provisional = true;
    }
    const latest = yearly[yearly.length - 1];
    if (latest) {
      const t = latest.year - base;
      switch (indicator.measure) {
        case "cumulative": {
          current = yearly.reduce((sum, y) => sum + y.value, 0);
          projected = (current / yearly.length) * years.length;
          method = "cumulative_linear";
          break;
        }
        case "annual_average": {
          current = yearly.reduce((sum, y) => sum + y.value, 0) / yearly.length;
          projected = current;
          method = "mean_to_date";
          break;
        }
        case "avg_growth": {
          if (growthFromRates(target, input.baseValue)) {
            // Yearly growth rates compound: (∏(1 + gᵢ))^(1/n) − 1; their plain mean overstates.
            const product = yearly.reduce((p, y) => p * (1 + y.value / 100), 1);
            current = (product ** (1 / yearly.length) - 1) * 100;
            projected = current;
            method = "compound_growth_from_yearly_rates";
          } else if (input.baseValue !== undefined && input.baseValue > 0 && t > 0) {
            current = ((latest.value / input.baseValue) ** (1 / t) - 1) * 100;
            projected = current;
            method = "compound_growth_from_base";
          }
          break;
        }
        default: {
          current = latest.value;
          if (input.baseValue !== undefined && t > 0) {
            projected = input.baseValue + ((latest.value - input.baseValue) * (term.to - base)) / t;
            method = "linear_trend_from_base";
          } else {
            projected = latest.value;
            method = "latest_value";
          }
        }
      }
    }
  }

  if (current === null || projected === null || target.spec.kind === "unknown") {
    return { ...result, current, projected, method, provisional };
  }
  const now = compareToTarget(current, target.spec, options);
  const end = compareToTarget(projected, target.spec, options);
  const state: TermState = isMetOrExceeded(now.status)
    ? "already_met"
    : isMetOrExceeded(end.status)
      ? "on_track"
      : end.status === "nearly_met"
        ? "at_risk"
        : "off_track";
  return {
    ...result,
    state,
    current,
    currentPercent: now.percent,
    projected,
    projectedPercent: end.percent,
    method,
    provisional,
  };
}

/**
 * Whether a term's average growth comes from yearly growth rates rather than levels: as the
 * target says, else when no base-year level is given (reports give "tăng 7,2 %" each year, and
 * levels without a base give nothing).
 */
function growthFromRates(target: Target, baseValue: number | undefined): boolean {
  if (target.growthFrom) return target.growthFrom === "rates";
  return baseValue === undefined;
}

/**
 * An every-year target (hằng năm): each elapsed year judged on its own; the term is already met
 * only at its end with every year met, off track as soon as one year missed (that year cannot be
 * made up), on track while every year so far met. The missed years are named.
 */
function assessEveryYear(
  input: AssessTermInput,
  result: TermAssessment,
  elapsedYears: readonly number[],
  options: Parameters<typeof compareToTarget>[2],
): TermAssessment {
  const { target, indicator } = input;
  const targetUnit = comparisonUnit(target, indicator.unit);
  const judged: { year: number; status: Status }[] = [];
  let provisional = false;
  for (const year of elapsedYears) {
    const chosen = chooseObservation(input.observations.filter((o) => o.period === String(year)));
    if (!chosen) {
      judged.push({ year, status: "no_data" });
      continue;
    }
    if (chosen.stage !== "official") provisional = true;
    const value = numericValue(chosen, indicator.unit, targetUnit);
    judged.push({ year, status: compareToTarget(value, target.spec, options).status });
  }
  const withData = judged.filter((y) => y.status !== "no_data");
  const missed = withData.filter((y) => y.status !== "met" && y.status !== "exceeded").map((y) => y.year);
  const complete = withData.length === result.yearsTotal;
  const state: TermState =
    withData.length === 0
      ? "no_data"
      : missed.length > 0
        ? "off_track"
        : complete
          ? "already_met"
          : "on_track";
  return { ...result, state, method: "every_year", provisional, years: judged, missedYears: missed };
}
