import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CompareOptions, compareToTarget, statusRank } from "./compare-to-target.ts";
import type { TargetSpec } from "./types.ts";

const higher: CompareOptions = { direction: "higher_better", decimals: 2 };
const lower: CompareOptions = { direction: "lower_better", decimals: 2 };

describe("compareToTarget: at least (higher is better)", () => {
  const spec: TargetSpec = { kind: "gte", value: 1000 };
  it.each([
    [1070, "exceeded", 107],
    [1000.1, "exceeded", 100.01],
    [1000.01, "met", 100.001],
    [1000, "met", 100],
    [999.99, "met", 99.999],
    [999.9, "nearly_met", 99.99],
    [950, "nearly_met", 95],
    [949.99, "nearly_met", 94.999],
    [949.9, "not_met", 94.99],
    [0, "not_met", 0],
  ])("%s of 1000 is %s (%s %%)", (actual, status, percent) => {
    const result = compareToTarget(actual, spec, higher);
    expect(result.status).toBe(status);
    expect(result.percent).toBeCloseTo(percent, 6);
  });

  it("is met at exactly 100 % and nearly met at exactly the threshold", () => {
    expect(compareToTarget(100, { kind: "gte", value: 100 }, higher).status).toBe("met");
    expect(compareToTarget(95, { kind: "gte", value: 100 }, higher).status).toBe("nearly_met");
  });

  it("uses the plan's threshold for nearly met", () => {
    expect(compareToTarget(92, spec, { ...higher, nearlyMetThreshold: 90 }).status).toBe("not_met");
    expect(compareToTarget(920, spec, { ...higher, nearlyMetThreshold: 90 }).status).toBe("nearly_met");
  });

  it("rounds to the indicator's decimals before judging", () => {
    expect(compareToTarget(1000.004, spec, { ...higher, decimals: 0 }).status).toBe("met");
    expect(compareToTarget(1005, spec, { ...higher, decimals: 0 }).status).toBe("exceeded");
  });

  it("compares values when the floor is zero or negative (a growth of -2 %), with no percent of plan", () => {
    expect(compareToTarget(-1, { kind: "gte", value: -2 }, higher)).toMatchObject({
      status: "exceeded",
      percent: null,
    });
    expect(compareToTarget(0, { kind: "gte", value: 0 }, higher)).toMatchObject({
      status: "met",
      percent: null,
    });
  });
});

describe("compareToTarget: at most (lower is better)", () => {
  const spec: TargetSpec = { kind: "lte", value: 2 };
  it.each([
    [1.5, "exceeded"],
    [2, "met"],
    [2.1, "nearly_met"],
    [2.5, "not_met"],
  ])("a poverty rate of %s %% against at most 2 %% is %s", (actual, status) => {
    expect(compareToTarget(actual, spec, lower).status).toBe(status);
  });
});

describe("compareToTarget: range 9,2-10 %", () => {
  const spec: TargetSpec = { kind: "range", lo: 9.2, hi: 10 };
  it.each([
    [9.2, "met"],
    [10, "met"],
    [10.01, "exceeded"],
    [9.19, "nearly_met"],
    [8, "not_met"],
  ])("%s %% is %s", (actual, status) => {
    expect(compareToTarget(actual, spec, higher).status).toBe(status);
  });

  it("takes the lower bound as the reference of the percent", () => {
    expect(compareToTarget(9.2, spec, higher).percent).toBe(100);
  });

  it("counts reaching the stretch range as exceeded, and only that", () => {
    const stretch: TargetSpec = { kind: "range", lo: 9.2, hi: 10, stretch: { lo: 10.5, hi: 11 } };
    expect(compareToTarget(10.2, stretch, higher)).toMatchObject({ status: "met", stretchMet: false });
    expect(compareToTarget(10.5, stretch, higher)).toMatchObject({ status: "exceeded", stretchMet: true });
  });
});

describe("compareToTarget: other kinds", () => {
  it("approximately: met within the tolerance", () => {
    const spec: TargetSpec = { kind: "approx", value: 7, tolerance: 0.5 };
    expect(compareToTarget(7.4, spec, higher).status).toBe("met");
    expect(compareToTarget(6.5, spec, higher).status).toBe("met");
    expect(compareToTarget(7.6, spec, higher).status).toBe("exceeded");
    expect(compareToTarget(6.4, spec, higher).status).toBe("nearly_met");
  });

  it("exactly: met only at the value", () => {
    const spec: TargetSpec = { kind: "eq", value: 100 };
    expect(compareToTarget(100, spec, higher).status).toBe("met");
    expect(compareToTarget(96, spec, higher).status).toBe("nearly_met");
  });

  it("yes/no: met when true", () => {
    expect(compareToTarget(true, { kind: "boolean" }, higher)).toEqual({ status: "met", percent: null });
    expect(compareToTarget(false, { kind: "boolean" }, higher).status).toBe("not_met");
  });

  it("reduction in percentage points: the reduction achieved against the one planned, in points", () => {
    const spec: TargetSpec = { kind: "reduce_pp", points: 1.5, baseline: 4 };
    expect(compareToTarget(2.5, spec, higher)).toMatchObject({ status: "met", percent: null, gap: 0 });
    expect(compareToTarget(2, spec, higher).status).toBe("exceeded");
    expect(compareToTarget(3, spec, higher).status).toBe("not_met");
  });

  it("gives no status against an unknown target", () => {
    expect(compareToTarget(5, { kind: "unknown" }, higher).status).toBe("no_data");
  });
});

describe("compareToTarget: properties", () => {
  const specs = fc.oneof(
    fc.double({ min: 0.1, max: 1e6, noNaN: true }).map((value): TargetSpec => ({ kind: "gte", value })),
    fc.double({ min: 0.1, max: 1e6, noNaN: true }).map((value): TargetSpec => ({ kind: "lte", value })),
    fc
      .tuple(fc.double({ min: 0.1, max: 1e3, noNaN: true }), fc.double({ min: 0, max: 1e3, noNaN: true }))
      .map(([lo, width]): TargetSpec => ({ kind: "range", lo, hi: lo + width })),
  );

  it("never improves the status when the actual gets worse", () => {
    fc.assert(
      fc.property(
        specs,
        fc.double({ min: 0, max: 2e6, noNaN: true }),
        fc.double({ min: 0, max: 2e6, noNaN: true }),
        (spec, a, b) => {
          const options = spec.kind === "lte" ? lower : higher;
          // "worse" is lower for higher-better, higher for lower-better.
          const [better, worse] =
            spec.kind === "lte" ? [Math.min(a, b), Math.max(a, b)] : [Math.max(a, b), Math.min(a, b)];
          const good = compareToTarget(better, spec, options).status;
          const bad = compareToTarget(worse, spec, options).status;
          expect(statusRank(bad)).toBeLessThanOrEqual(statusRank(good));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
