/**
 * Consistency check of a stated percent (DOMAIN.md rule 7). Reports and articles print a percent
 * next to a value; when the target is known the two must agree, and when it is not, the percent
 * must be plausible. A decimal slip — "1103,3 %" for 110,33 % — is named as the likely figure.
 */
import { roundTo } from "./numbers.ts";
import type { PlanKind } from "./types.ts";

/** Stated and computed may differ by this many percentage points before it is flagged. */
export const PERCENT_TOLERANCE_POINTS = 0.5;
/** A stated percent of plan outside this band is implausible when the target is unknown (default). */
export const PLAUSIBLE_PERCENT: readonly [number, number] = [20, 300];
/** Where a decimal slip most likely lands: a percent of plan near 100. */
export const LIKELY_PERCENT: readonly [number, number] = [80, 150];

export type ConsistencyFlag =
  | {
      kind: "percent_mismatch";
      planKind: PlanKind;
      stated: number;
      computed: number;
      /** The stated figure with its decimal point moved, when that matches the computed one. */
      likely: number | null;
    }
  | {
      kind: "implausible_percent";
      planKind: PlanKind;
      stated: number;
      band: readonly [number, number];
      likely: number | null;
    };

export interface StatedPercentCheck {
  planKind: PlanKind;
  stated: number;
  /** Decimals the stated percent was written with. */
  decimals?: number;
  /** The percent computed from a known target; null when the target is unknown or implied. */
  computed: number | null;
  plausible?: readonly [number, number];
}

function shifts(stated: number, decimals: number): { value: number; k: number }[] {
  const out: { value: number; k: number }[] = [];
  for (const k of [-3, -2, -1, 1, 2, 3]) {
    out.push({ value: roundTo(stated * 10 ** k, Math.max(0, decimals - k)), k });
  }
  return out;
}

/** Checks one stated percent; returns the flag, or null when it is consistent. */
export function checkStatedPercent(check: StatedPercentCheck): ConsistencyFlag | null {
  const decimals = check.decimals ?? 2;
  if (check.computed !== null) {
    if (Math.abs(check.stated - check.computed) <= PERCENT_TOLERANCE_POINTS) return null;
    const slip = shifts(check.stated, decimals).find(
      (s) => Math.abs(s.value - check.computed!) <= PERCENT_TOLERANCE_POINTS,
    );
    return {
      kind: "percent_mismatch",
      planKind: check.planKind,
      stated: check.stated,
      computed: check.computed,
      likely: slip?.value ?? null,
    };
  }
  const band = check.plausible ?? PLAUSIBLE_PERCENT;
  if (check.stated >= band[0] && check.stated <= band[1]) return null;
  const candidates = shifts(check.stated, decimals)
    .filter((s) => s.value >= LIKELY_PERCENT[0] && s.value <= LIKELY_PERCENT[1])
    .sort((a, b) => Math.abs(a.value - 100) - Math.abs(b.value - 100));
  return {
    kind: "implausible_percent",
    planKind: check.planKind,
    stated: check.stated,
    band,
    likely: candidates[0]?.value ?? null,
  };
}
