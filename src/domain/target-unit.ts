/**
 * The unit a target is judged in (đơn vị so sánh). Results are converted into it before they are
 * compared, so a target whose unit the indicator's results cannot reach ("11 %" saved on rice
 * output in tấn) could never be judged: it is refused when it is written, by the same function
 * the assessment calls.
 */
import type { TargetSpec } from "./types.ts";
import { convert, findUnit, UnitError } from "./units-of-measure.ts";

/** The dimensions a fall "in points" of a rate applies to: giảm 1,5 điểm % of a rate in %. */
const POINTS_OF: Readonly<Record<string, string>> = { percentage_points: "percent" };

/**
 * The unit results are compared in for a target written in `targetUnit` (the indicator's own when
 * absent) on an indicator measured in `indicatorUnit`. A fall in points (`reduce_pp`) is judged on
 * the rate itself, since its baseline and its results are rates: "giảm 1,5 điểm %" of a poverty
 * rate in % compares in %; so does a target in points whose figure is not known yet. Throws a {@link UnitError} when the two cannot be compared.
 */
export function comparisonUnit(
  target: { unit?: string | undefined; spec: TargetSpec },
  indicatorUnit: string,
): string {
  const unit = target.unit ?? indicatorUnit;
  // A fall whose figure is still to come (no baseline yet) is a fall all the same.
  if (target.spec.kind === "reduce_pp" || target.spec.kind === "unknown") {
    const points = findUnit(unit);
    const rate = findUnit(indicatorUnit);
    if (points && rate && POINTS_OF[points.dimension] === rate.dimension) return indicatorUnit;
  }
  // Throws when the dimensions differ or a unit is unknown; the value itself does not matter.
  convert(1, indicatorUnit, unit);
  return unit;
}

/** Whether a target in `targetUnit` can be judged on an indicator in `indicatorUnit`. */
export function unitFitsIndicator(
  target: { unit?: string | undefined; spec: TargetSpec },
  indicatorUnit: string,
): boolean {
  try {
    comparisonUnit(target, indicatorUnit);
    return true;
  } catch (error) {
    if (error instanceof UnitError) return false;
    throw error;
  }
}
