import { describe, expect, it } from "vitest";
import { assessTarget, chooseObservation } from "./assess-target.ts";
import type { Indicator, Observation, Target } from "./types.ts";

const rice: Indicator = {
  code: "rice",
  name: { vi: "Sản lượng lúa", en: "Rice output" },
  unit: "tấn",
  direction: "higher_better",
  measure: "level",
  aggregation: { kind: "sum" },
  decimals: 2,
};
const target: Target = {
  id: "t",
  indicatorCode: "rice",
  planKind: "annual_plan",
  spec: { kind: "gte", value: 80000 },
};

function obs(partial: Partial<Observation>): Observation {
  return {
    id: "o",
    indicatorCode: "rice",
    value: 80000,
    qualifier: "exact",
    stage: "official",
    revision: 1,
    recordedAt: "2024-01-10",
    ...partial,
  };
}

describe("chooseObservation", () => {
  it("prefers official over preliminary over estimate, then the latest revision", () => {
    const chosen = chooseObservation([
      obs({ id: "estimate-r5", stage: "estimate", revision: 5 }),
      obs({ id: "official-r1", stage: "official", revision: 1 }),
      obs({ id: "official-r2", stage: "official", revision: 2 }),
      obs({ id: "preliminary-r9", stage: "preliminary", revision: 9 }),
    ]);
    expect(chosen?.id).toBe("official-r2");
  });
  it("takes a preliminary figure over an estimate", () => {
    expect(
      chooseObservation([obs({ id: "e", stage: "estimate" }), obs({ id: "p", stage: "preliminary" })])?.id,
    ).toBe("p");
  });
});

describe("assessTarget", () => {
  it("gives no_data without an observation, and keeps the recorded label apart", () => {
    const a = assessTarget({
      target: { ...target, officialLabel: "met" },
      indicator: rice,
      observations: [],
    });
    expect(a).toMatchObject({
      status: "no_data",
      percent: null,
      actual: null,
      method: "no_observation",
      labelMismatch: true,
    });
  });

  it("converts the actual into the target's unit", () => {
    const a = assessTarget({
      target,
      indicator: rice,
      observations: [obs({ value: 88.8, unit: "nghìn tấn" })],
    });
    expect(a.percent).toBe(111);
    expect(a.actual?.valueInTargetUnit).toBe(88800);
  });

  it("is provisional on an estimate or preliminary figure", () => {
    expect(
      assessTarget({ target, indicator: rice, observations: [obs({ stage: "estimate" })] }).provisional,
    ).toBe(true);
    expect(
      assessTarget({ target, indicator: rice, observations: [obs({ stage: "preliminary" })] }).provisional,
    ).toBe(true);
    expect(assessTarget({ target, indicator: rice, observations: [obs({})] }).provisional).toBe(false);
  });

  it("is certain when 'more than' a figure already above the target", () => {
    const a = assessTarget({
      target,
      indicator: rice,
      observations: [obs({ value: 88800, qualifier: "more_than" })],
    });
    expect(a).toMatchObject({ status: "exceeded", uncertain: false, percent: 111 });
  });

  it("is uncertain when 'more than' a figure below the target", () => {
    const a = assessTarget({
      target,
      indicator: rice,
      observations: [obs({ value: 70000, qualifier: "more_than" })],
    });
    expect(a.status).toBe("not_met");
    expect(a.uncertain).toBe(true);
    expect(a.statusRange).toEqual({ worst: "not_met", best: "exceeded" });
  });

  it("is uncertain between met and exceeded when 'more than' exactly the target", () => {
    const a = assessTarget({
      target,
      indicator: rice,
      observations: [obs({ value: 80000, qualifier: "more_than" })],
    });
    expect(a.status).toBe("met");
    expect(a.statusRange).toEqual({ worst: "met", best: "exceeded" });
  });

  it("is uncertain when 'about' a figure within reach of the threshold", () => {
    const a = assessTarget({
      target,
      indicator: rice,
      observations: [obs({ value: 80000, qualifier: "about" })],
    });
    expect(a.status).toBe("met");
    expect(a.uncertain).toBe(true);
  });

  it("keeps the official label beside the computed status and flags a mismatch", () => {
    const labelled = { ...target, officialLabel: "met" as const };
    const differs = assessTarget({
      target: labelled,
      indicator: rice,
      observations: [obs({ value: 70000 })],
    });
    expect(differs).toMatchObject({ status: "not_met", officialLabel: "met", labelMismatch: true });
    const agrees = assessTarget({ target: labelled, indicator: rice, observations: [obs({ value: 80000 })] });
    expect(agrees.labelMismatch).toBe(false);
  });

  it("flags a stated percent that disagrees with the known target, naming a decimal slip", () => {
    const a = assessTarget({
      target: { ...target, spec: { kind: "gte", value: 489.56 } },
      indicator: rice,
      observations: [
        obs({ value: 540.136, statedPercents: [{ percent: 1103.3, decimals: 1, planKind: "annual_plan" }] }),
      ],
    });
    expect(a.consistency).toEqual([
      {
        kind: "percent_mismatch",
        planKind: "annual_plan",
        stated: 1103.3,
        computed: a.percent,
        likely: 110.33,
      },
    ]);
  });

  it("accepts a stated percent within half a point of the computed one", () => {
    const a = assessTarget({
      target,
      indicator: rice,
      observations: [obs({ value: 85600, statedPercents: [{ percent: 107, planKind: "annual_plan" }] })],
    });
    expect(a.consistency).toEqual([]);
  });

  it("ignores a stated percent of another plan", () => {
    const a = assessTarget({
      target,
      indicator: rice,
      observations: [obs({ value: 85600, statedPercents: [{ percent: 300, planKind: "assigned" }] })],
    });
    expect(a.consistency).toEqual([]);
  });

  it("judges the percent behind an implied target for plausibility, and gives the target's interval", () => {
    const a = assessTarget({
      target: {
        ...target,
        spec: { kind: "gte", value: 88800 / 1.07 },
        implied: { percent: 107, percentDecimals: 0, observationValue: 88800 },
      },
      indicator: rice,
      observations: [
        obs({ value: 88800, statedPercents: [{ percent: 107, decimals: 0, planKind: "annual_plan" }] }),
      ],
    });
    expect(a.percent).toBe(107);
    expect(a.consistency).toEqual([]);
    expect(a.implied?.value).toBeCloseTo(82990.65, 2);
    expect(a.implied?.lo).toBeCloseTo(88800 / 1.075, 6);
    expect(a.implied?.hi).toBeCloseTo(88800 / 1.065, 6);
  });

  it("does not print a percent for a lower-better indicator", () => {
    const poverty: Indicator = { ...rice, code: "poverty", unit: "%", direction: "lower_better" };
    const a = assessTarget({
      target: { ...target, indicatorCode: "poverty", spec: { kind: "lte", value: 2 } },
      indicator: poverty,
      observations: [obs({ indicatorCode: "poverty", value: 1.8 })],
    });
    expect(a).toMatchObject({ status: "exceeded", showPercent: false, method: "at_most_target" });
  });

  it("says a target without a figure cannot be judged", () => {
    const a = assessTarget({
      target: { ...target, spec: { kind: "unknown" } },
      indicator: rice,
      observations: [obs({})],
    });
    expect(a).toMatchObject({ status: "no_data", method: "no_target_value" });
  });
});
