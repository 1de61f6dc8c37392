import { describe, expect, it } from "vitest";
import { assessTarget } from "./assess-target.ts";
import { comparisonUnit, unitFitsIndicator } from "./target-unit.ts";
import type { Indicator, Observation, Target } from "./types.ts";

const poverty: Indicator = {
  code: "poverty_rate",
  name: { vi: "Tỷ lệ hộ nghèo", en: "Poverty rate" },
  unit: "%",
  direction: "lower_better",
  measure: "rate",
  aggregation: { kind: "weighted_mean", weight: "households" },
  decimals: 2,
};
const official = (value: number): Observation => ({
  id: "o",
  indicatorCode: "poverty_rate",
  value,
  qualifier: "exact",
  stage: "official",
  revision: 1,
  recordedAt: "2024-12-20",
});

describe("comparisonUnit", () => {
  it("compares in the target's unit when the indicator's results convert into it", () => {
    expect(comparisonUnit({ unit: "nghìn tấn", spec: { kind: "gte", value: 88.8 } }, "tấn")).toBe(
      "nghìn tấn",
    );
    expect(comparisonUnit({ spec: { kind: "gte", value: 88_800 } }, "tấn")).toBe("tấn");
  });

  it("refuses a unit of another dimension: 11 % cannot judge a rice output in tấn", () => {
    expect(() => comparisonUnit({ unit: "%", spec: { kind: "gte", value: 11 } }, "tấn")).toThrow(
      /cannot convert tấn \(mass\) to % \(percent\)/,
    );
    expect(unitFitsIndicator({ unit: "%", spec: { kind: "gte", value: 11 } }, "tấn")).toBe(false);
    expect(unitFitsIndicator({ unit: "ha", spec: { kind: "unknown" } }, "tấn")).toBe(false);
  });

  it("judges a fall in points of a rate on the rate itself, and only of a rate", () => {
    const fall = { unit: "điểm %", spec: { kind: "reduce_pp", points: 1.5, baseline: 5.2 } } as const;
    expect(comparisonUnit(fall, "%")).toBe("%");
    expect(unitFitsIndicator(fall, "tấn")).toBe(false);
    // A level in points is not a fall: "đạt 3 điểm %" against a rate in % stays refused.
    expect(unitFitsIndicator({ unit: "điểm %", spec: { kind: "gte", value: 3 } }, "%")).toBe(false);
  });
});

describe("a fall in points, as a pasted list saves it (giảm 1,5 điểm %)", () => {
  const target: Target = {
    id: "t",
    indicatorCode: "poverty_rate",
    planKind: "annual_plan",
    unit: "điểm %",
    spec: { kind: "reduce_pp", points: 1.5, baseline: 5.2 },
  };

  it("is met when the rate fell by the points, and missed when it fell by less", () => {
    const met = assessTarget({ target, indicator: poverty, observations: [official(3.6)] });
    expect(met.status).toBe("exceeded");
    expect(met.targetUnit).toBe("điểm %");
    const missed = assessTarget({ target, indicator: poverty, observations: [official(4.9)] });
    expect(missed.status).toBe("not_met");
  });
});
