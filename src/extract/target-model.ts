/**
 * From a reading of target words to the target model (src/domain/types.ts): the list
 * conventions' kinds map one to one onto the model's specs, directions and horizons, so the plan
 * builder can turn a pasted resolution into draft targets. What the words cannot give (the rate
 * a fall in points starts from, a base year's value, another unit's benchmark) is named in
 * `missing`, for the officer to fill in before the target is saved.
 */
import type { Direction, Horizon, TargetSpec as ModelSpec } from "../domain/types.ts";
import type { ParsedTarget, TargetDirection, TargetHorizon, TargetPart, TargetSpec } from "./target-types.ts";

/** A draft target in the model's terms; a composite one has its parts, judged and shown under it. */
export interface DraftTarget {
  spec: ModelSpec;
  unit: string | null;
  direction: Direction;
  horizon: Horizon;
  label?: string;
  /** Parts of a composite target ("trong đó …"): each its own target, the whole counted once. */
  parts?: DraftTarget[];
  /** "khoảng" on a range: the plan's tolerance widens it. */
  approximate?: boolean;
  /** What the words do not give and an officer must: "baseline", "base_value", "benchmark". */
  missing?: Array<"baseline" | "base_value" | "benchmark">;
}

const HORIZONS: Record<TargetHorizon, Horizon> = {
  annual: "plan_year",
  end_of_period: "term_end",
  period_average: "term_average",
  period_cumulative: "term_total",
  each_year: "each_year",
};

const DIRECTIONS: Record<TargetDirection, Direction> = {
  higher_better: "higher_better",
  lower_better: "lower_better",
  band: "band",
  qualitative: "boolean",
};

type SimpleSpec = Exclude<TargetSpec, { kind: "composite" }>;

function draftOf(
  spec: SimpleSpec,
  unit: string | null,
  direction: Direction,
  horizon: Horizon,
  baseline: number | undefined,
): DraftTarget {
  const draft = (s: ModelSpec, extra: Partial<DraftTarget> = {}): DraftTarget => ({
    spec: s,
    unit,
    direction,
    horizon,
    ...extra,
  });
  switch (spec.kind) {
    case "point":
      if (direction === "band") return draft({ kind: "band", lo: spec.value, hi: spec.value });
      if (direction === "lower_better") return draft({ kind: "lte", value: spec.value });
      return draft({ kind: "gte", value: spec.value });
    case "approx":
      return draft({ kind: "approx", value: spec.value });
    case "range": {
      const extra = spec.approx ? { approximate: true } : {};
      if (direction === "band") return draft({ kind: "band", lo: spec.min, hi: spec.max }, extra);
      const stretch = spec.stretch ? { stretch: { lo: spec.stretch.min, hi: spec.stretch.max } } : {};
      return draft({ kind: "range", lo: spec.min, hi: spec.max, ...stretch }, extra);
    }
    case "min":
      return draft(
        spec.strict ? { kind: "gte", value: spec.value, strict: true } : { kind: "gte", value: spec.value },
      );
    case "max":
      return draft(
        spec.strict ? { kind: "lte", value: spec.value, strict: true } : { kind: "lte", value: spec.value },
      );
    case "reduce_pp": {
      // For "giảm 1-1,5%" the lower bound is the reference, as for ranges (DOMAIN rule 1).
      const points = "value" in spec ? spec.value : spec.min;
      if (baseline === undefined) return draft({ kind: "unknown" }, { missing: ["baseline"] });
      return draft({ kind: "reduce_pp", points, baseline });
    }
    case "ratio_pair":
      return draft({ kind: "count_share", count: spec.numerator, of: spec.denominator });
    case "change_vs_base":
      return draft({ kind: "unknown" }, { missing: ["base_value"] });
    case "relative_to_benchmark":
      return draft({ kind: "unknown" }, { missing: ["benchmark"] });
    case "qualitative":
      return draft({ kind: "boolean" }, { direction: "boolean" });
  }
}

/**
 * The draft target of a reading. `baseline`: the rate a fall in points starts from (the year
 * before the plan), when known.
 */
export function toDraftTarget(parsed: ParsedTarget, options: { baseline?: number } = {}): DraftTarget {
  const direction = DIRECTIONS[parsed.direction];
  const horizon = HORIZONS[parsed.horizon];
  if (parsed.target.kind !== "composite") {
    return draftOf(parsed.target, parsed.unit, direction, horizon, options.baseline);
  }
  // The whole has no figure of its own here: it takes the worst status of its parts.
  const parts = parsed.target.parts.map((part: TargetPart) => {
    const { label_vi, unit, horizon: partHorizon, direction: partDirection, ...spec } = part;
    const d = draftOf(
      spec as SimpleSpec,
      unit ?? parsed.unit,
      partDirection ? DIRECTIONS[partDirection] : direction,
      partHorizon ? HORIZONS[partHorizon] : horizon,
      options.baseline,
    );
    return { ...d, label: label_vi };
  });
  return { spec: { kind: "unknown" }, unit: parsed.unit, direction, horizon, parts };
}
