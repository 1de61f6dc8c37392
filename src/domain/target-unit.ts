/**
 * The unit a target is judged in (đơn vị so sánh). Results are converted into it before they are
 * compared, so a target whose unit the indicator's results cannot reach ("11 %" saved on rice
 * output in tấn) could never be judged: it is refused when it is written, by the same function
 * the assessment calls.
 */
import type { TargetSpec } from "./types.ts";
import { convert, convertible, findUnit } from "./units-of-measure.ts";

/** The dimensions a fall "in points" of a rate applies to: giảm 1,5 điểm % of a rate in %. */
const POINTS_OF: Readonly<Record<string, string>> = { percentage_points: "percent" };

/**
 * The unit results are compared in for a target written in `unit` (the indicator's own when
 * absent) on an indicator measured in `indicatorUnit`. A fall in points (`reduce_pp`) is judged on
 * the rate itself, since its baseline and its results are rates: "giảm 1,5 điểm %" of a poverty
 * rate in % compares in %; so does a target in points whose figure is not known yet.
 */
function comparedIn(target: { unit?: string | undefined; spec: TargetSpec }, indicatorUnit: string): string {
  const unit = target.unit ?? indicatorUnit;
  // A fall whose figure is still to come (no baseline yet) is a fall all the same.
  if (target.spec.kind === "reduce_pp" || target.spec.kind === "unknown") {
    const points = findUnit(unit);
    const rate = findUnit(indicatorUnit);
    if (points && rate && POINTS_OF[points.dimension] === rate.dimension) return indicatorUnit;
  }
  return unit;
}

/** Whether a target in its unit can be judged on an indicator in `indicatorUnit`. */
export function unitFitsIndicator(
  target: { unit?: string | undefined; spec: TargetSpec },
  indicatorUnit: string,
): boolean {
  const unit = comparedIn(target, indicatorUnit);
  return unit === indicatorUnit || convertible(indicatorUnit, unit);
}

/**
 * The unit the assessment converts results into (see {@link comparedIn}); a UnitError
 * when the indicator's results cannot be brought into it.
 */
export function comparisonUnit(
  target: { unit?: string | undefined; spec: TargetSpec },
  indicatorUnit: string,
): string {
  const unit = comparedIn(target, indicatorUnit);
  // convert's own error names both units and their dimensions (or the unknown one).
  if (unit !== indicatorUnit && !convertible(indicatorUnit, unit)) convert(1, indicatorUnit, unit);
  return unit;
}
