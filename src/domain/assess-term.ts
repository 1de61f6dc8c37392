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
import { type Period, parsePeriod, periodCode, termYears, termYearsElapsed } from "./periods.ts";
import type { Indicator, Observation, Target, TermState } from "./types.ts";
import { convert } from "./units-of-measure.ts";

export type ProjectionMethod =
  | "cumulative_linear"
  | "mean_to_date"
  | "compound_growth_from_base"
  | "linear_trend_from_base"
  | "latest_value"
  | "reported_to_date"
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
  provisional: boolean;
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
  const { base, years } = termYears(term);
  const elapsed = termYearsElapsed(term, input.at);
  const targetUnit = target.unit ?? indicator.unit;
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
    provisional: false,
  };
  const options = { direction: indicator.direction, decimals: indicator.decimals };

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
          if (input.baseValue !== undefined && input.baseValue > 0 && t > 0) {
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
  const state: TermState =
    now.status === "met" || now.status === "exceeded"
      ? "already_met"
      : end.status === "met" || end.status === "exceeded"
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
