/**
 * Which rule judges a target (docs/assessment.md): the nearly-met rule by kind of indicator,
 * overridable per plan, and the published labels (nhãn đánh giá) read into a status while their
 * words are kept verbatim.
 */
import { type Indicator, isMetOrExceeded, type NearlyMetRule, type Status, type Target } from "./types.ts";
import { findUnit } from "./units-of-measure.ts";

/** Units whose figures are rates: judged by the gap in percentage points, never by % of plan. */
const POINT_DIMENSIONS = new Set(["percent", "percent_per_year", "percentage_points", "per_mille"]);

/** Whether an indicator's figures are rates, shares or growth (a gap in points is what counts). */
export function isRateLike(indicator: Pick<Indicator, "unit" | "measure">, unit?: string): boolean {
  if (indicator.measure === "growth" || indicator.measure === "avg_growth" || indicator.measure === "rate") {
    return true;
  }
  const dimension = findUnit(unit ?? indicator.unit)?.dimension;
  return dimension !== undefined && POINT_DIMENSIONS.has(dimension);
}

/**
 * The nearly-met rule for a target: the plan's, else the indicator's, else by kind — levels by
 * percent of plan (the plan's threshold, default 95 %), rates by the gap in points (default 0:
 * short is not met). A plan's `nearlyMetThreshold` only speaks for levels.
 */
export function nearlyMetRuleFor(target: Target, indicator: Indicator): NearlyMetRule {
  if (target.nearlyMet) return target.nearlyMet;
  if (indicator.nearlyMet) return indicator.nearlyMet;
  if (isRateLike(indicator, target.unit)) return { by: "gap_in_points", points: 0 };
  return { by: "percent_of_plan", threshold: target.nearlyMetThreshold ?? 95 };
}

/** "khoảng" half-width: the target's (plan's) setting, else the indicator's, else the default. */
export function aboutToleranceFor(target: Target, indicator: Indicator): number | undefined {
  return target.aboutTolerance ?? indicator.aboutTolerance;
}

/**
 * Published labels and the status each stands for. "Hoàn thành" is read as met; "Cơ bản hoàn
 * thành" as nearly met. The words stay as published beside the mapping.
 */
const LABELS: Record<string, Exclude<Status, "no_data">> = {
  vượt: "exceeded",
  "vượt kế hoạch": "exceeded",
  "hoàn thành vượt": "exceeded",
  "hoàn thành vượt mức": "exceeded",
  đạt: "met",
  "đạt kế hoạch": "met",
  "hoàn thành": "met",
  "cơ bản đạt": "nearly_met",
  "cơ bản hoàn thành": "nearly_met",
  "gần đạt": "nearly_met",
  "không đạt": "not_met",
  "chưa đạt": "not_met",
  "không hoàn thành": "not_met",
  "chưa hoàn thành": "not_met",
};

const key = (s: string) => s.normalize("NFC").trim().toLocaleLowerCase("vi").replace(/\s+/g, " ");

/** The status a published label stands for, or undefined for a word not known. */
export function statusOfLabel(label: string): Exclude<Status, "no_data"> | undefined {
  const k = key(label);
  if (k in LABELS) return LABELS[k];
  const codes = ["exceeded", "met", "nearly_met", "not_met"] as const;
  return codes.find((c) => c === k);
}

/** Words that a result given as a word means as yes/no ("đạt chuẩn", "hoàn thành"). */
export function yesNoOfWord(word: string): boolean | undefined {
  const status = statusOfLabel(word);
  if (status === undefined) return undefined;
  return isMetOrExceeded(status);
}
