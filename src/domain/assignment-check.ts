/**
 * A unit's own target beside what it assigned to the units under it (giao chỉ tiêu): for a level
 * summed over units (sản lượng, thu ngân sách) the sum of the assigned figures, for a rate or a
 * level that is not summed (tỷ lệ, bình quân đầu người) their plain average. Where the two
 * disagree the assigning officer is warned: "short" when every unit meeting its figure would still
 * leave the unit's own target unmet, "over" when more was assigned than the unit's own target
 * needs (common, and allowed), "differs" for a band. Each figure counts by its reference value:
 * a range by its lower end (DOMAIN rule 1), a count out of a whole by its count.
 */
import type { Direction, Indicator, TargetSpec } from "./types.ts";

export type Combine = "sum" | "average";
export type AssignmentVerdict = "agrees" | "short" | "over" | "differs" | "unknown";

export interface AssignmentCheck {
  /** How the assigned figures combine; null for a yes/no indicator. */
  combine: Combine | null;
  /** The unit's own figure, or null when it has none. */
  own: number | null;
  /** The sum or average of the assigned figures, or null when none has a figure. */
  combined: number | null;
  /** Assigned targets with a figure. */
  counted: number;
  verdict: AssignmentVerdict;
}

/** The one figure a target is compared by, or null when it has none. */
export function referenceValue(spec: TargetSpec): number | null {
  switch (spec.kind) {
    case "gte":
    case "lte":
    case "eq":
    case "approx":
      return spec.value;
    case "range":
      return spec.lo;
    case "band":
      return (spec.lo + spec.hi) / 2;
    case "count_share":
      return spec.count;
    default:
      return null;
  }
}

export function combineOf(indicator: Pick<Indicator, "direction" | "aggregation">): Combine | null {
  if (indicator.direction === "boolean") return null;
  return indicator.aggregation.kind === "sum" ? "sum" : "average";
}

function verdictOf(direction: Direction, own: number, combined: number, decimals: number): AssignmentVerdict {
  const step = 10 ** -decimals;
  if (Math.abs(combined - own) < step / 2) return "agrees";
  if (direction === "band") return "differs";
  const above = combined > own;
  return (direction === "lower_better" ? !above : above) ? "over" : "short";
}

export function checkAssignment(
  indicator: Pick<Indicator, "direction" | "aggregation" | "decimals">,
  own: TargetSpec | undefined,
  assigned: readonly TargetSpec[],
): AssignmentCheck {
  const combine = combineOf(indicator);
  const figures = assigned.map(referenceValue).filter((v): v is number => v !== null);
  const ownValue = own ? referenceValue(own) : null;
  let combined: number | null = null;
  if (combine && figures.length > 0) {
    const sum = figures.reduce((a, b) => a + b, 0);
    combined = combine === "sum" ? sum : sum / figures.length;
  }
  const verdict =
    combine && ownValue !== null && combined !== null
      ? verdictOf(indicator.direction, ownValue, combined, indicator.decimals)
      : "unknown";
  return { combine, own: ownValue, combined, counted: figures.length, verdict };
}
