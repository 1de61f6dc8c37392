import { describe, expect, it } from "vitest";
import { checkStatedPercent } from "./consistency.ts";
import { impliedTarget } from "./implied-target.ts";
import { samePeriodChange } from "./same-period.ts";

describe("checkStatedPercent with the target unknown", () => {
  it("names 110,33 % as the likely figure behind a stated 1103,3 %", () => {
    expect(
      checkStatedPercent({ planKind: "budget_estimate", stated: 1103.3, decimals: 1, computed: null }),
    ).toEqual({
      kind: "implausible_percent",
      planKind: "budget_estimate",
      stated: 1103.3,
      band: [20, 300],
      likely: 110.33,
    });
  });

  it.each([20, 107, 300])("accepts %s %% inside the plausibility band", (stated) => {
    expect(checkStatedPercent({ planKind: "annual_plan", stated, computed: null })).toBeNull();
  });

  it("flags 10,5 % as implausible and names 105 % as likely", () => {
    expect(
      checkStatedPercent({ planKind: "annual_plan", stated: 10.5, decimals: 1, computed: null })?.likely,
    ).toBe(105);
  });

  it("flags without a likely figure when no shift lands near 100 %", () => {
    expect(
      checkStatedPercent({ planKind: "annual_plan", stated: 500, decimals: 0, computed: null })?.likely,
    ).toBeNull();
  });
});

describe("checkStatedPercent with the target known", () => {
  it("accepts up to half a percentage point of difference", () => {
    expect(checkStatedPercent({ planKind: "annual_plan", stated: 107, computed: 107.5 })).toBeNull();
    expect(checkStatedPercent({ planKind: "annual_plan", stated: 107, computed: 107.51 })?.kind).toBe(
      "percent_mismatch",
    );
  });

  it("names a decimal slip when moving the point matches the computed figure", () => {
    const flag = checkStatedPercent({
      planKind: "budget_estimate",
      stated: 1103.3,
      decimals: 1,
      computed: 110.3,
    });
    expect(flag).toMatchObject({ kind: "percent_mismatch", likely: 110.33 });
  });

  it("names no slip when the difference is of another kind", () => {
    expect(checkStatedPercent({ planKind: "annual_plan", stated: 112, computed: 104 })?.likely).toBeNull();
  });
});

describe("impliedTarget", () => {
  it("implies 82 991 t from 88 800 t at 107 %, within the rounding of 107 %", () => {
    const t = impliedTarget(88800, 107, 0);
    expect(Math.round(t.value)).toBe(82991);
    expect(Math.round(t.lo)).toBe(82605);
    expect(Math.round(t.hi)).toBe(83380);
  });

  it("implies 32 000 t from 32 700 t at 102,19 %", () => {
    expect(Math.round(impliedTarget(32700, 102.19, 2).value)).toBe(31999);
    const t = impliedTarget(32700, 102.19, 2);
    expect(t.lo).toBeLessThan(32000);
    expect(t.hi).toBeGreaterThan(31999);
  });

  it("refuses a zero percent", () => {
    expect(() => impliedTarget(100, 0)).toThrow(RangeError);
  });
});

describe("samePeriodChange", () => {
  it("is signed", () => {
    expect(samePeriodChange(110, 100)).toBeCloseTo(10, 9);
    expect(samePeriodChange(79.1, 100)).toBeCloseTo(-20.9, 9);
    expect(samePeriodChange(5, 0)).toBeNull();
  });
});
