import { describe, expect, it } from "vitest";
import { assessTermTarget } from "./assess-term.ts";
import type { Indicator, Measure, Observation, Target, TargetSpec } from "./types.ts";

function indicator(measure: Measure, unit = "tấn"): Indicator {
  return {
    code: "x",
    name: { vi: "x", en: "x" },
    unit,
    direction: "higher_better",
    measure,
    aggregation: { kind: "sum" },
    decimals: 2,
  };
}
const target = (spec: TargetSpec): Target => ({ id: "t", indicatorCode: "x", planKind: "resolution", spec });
const yearly = (values: Record<string, number>, stage: Observation["stage"] = "official"): Observation[] =>
  Object.entries(values).map(([period, value]) => ({
    id: period,
    indicatorCode: "x",
    value,
    qualifier: "exact",
    stage,
    revision: 1,
    recordedAt: `${period}-12-31`,
    period,
  }));

describe("assessTermTarget", () => {
  it("cumulative: sums the years to date and projects linearly", () => {
    const r = assessTermTarget({
      target: target({ kind: "gte", value: 500 }),
      indicator: indicator("cumulative"),
      term: "2020-2025",
      at: "2023-09-23",
      observations: yearly({ "2021": 90, "2022": 100, "2023": 110 }),
    });
    expect(r).toMatchObject({ current: 300, projected: 500, state: "on_track", method: "cumulative_linear" });
    expect(r.yearsElapsed).toBe(3);
  });

  it("cumulative: already met once the sum reaches the target", () => {
    const r = assessTermTarget({
      target: target({ kind: "gte", value: 250 }),
      indicator: indicator("cumulative"),
      term: "2020-2025",
      at: "2023-12-31",
      observations: yearly({ "2021": 90, "2022": 100, "2023": 110 }),
    });
    expect(r.state).toBe("already_met");
  });

  it("annual average: the mean of the elapsed years, at risk when it projects to 95-100 %", () => {
    const r = assessTermTarget({
      target: target({ kind: "gte", value: 100 }),
      indicator: indicator("annual_average"),
      term: "2020-2025",
      at: "2023-12-31",
      observations: yearly({ "2021": 94, "2022": 96, "2023": 98, "2024": 200 }),
    });
    expect(r).toMatchObject({ current: 96, state: "at_risk", method: "mean_to_date" });
  });

  it("average growth: compounds from the base year", () => {
    const r = assessTermTarget({
      target: target({ kind: "gte", value: 7 }),
      indicator: indicator("avg_growth", "%/năm"),
      term: "2020-2025",
      at: "2023-12-31",
      observations: yearly({ "2021": 107, "2022": 114.49, "2023": 122.5043 }),
      baseValue: 100,
    });
    expect(r.current).toBeCloseTo(7, 6);
    expect(r.method).toBe("compound_growth_from_base");
    expect(r.state).toBe("already_met");
  });

  it("level: a straight line from the base year, off track when it falls short", () => {
    const r = assessTermTarget({
      target: target({ kind: "gte", value: 200 }),
      indicator: indicator("level"),
      term: "2020-2025",
      at: "2022-12-31",
      observations: yearly({ "2021": 110, "2022": 120 }),
      baseValue: 100,
    });
    expect(r).toMatchObject({
      current: 120,
      projected: 150,
      state: "off_track",
      method: "linear_trend_from_base",
    });
  });

  it("takes a figure reported for the term to date as it stands, provisional on an estimate", () => {
    const r = assessTermTarget({
      target: target({ kind: "gte", value: 165952 }),
      indicator: indicator("annual_average"),
      term: "2020-2025",
      at: "2023-09-23",
      observations: yearly({ "2020-2025": 182000 }, "estimate"),
    });
    expect(r).toMatchObject({ state: "already_met", method: "reported_to_date", provisional: true });
    expect(r.currentPercent).toBeCloseTo(109.67, 2);
  });

  it("cannot be assessed without data or without a target figure", () => {
    const none = assessTermTarget({
      target: target({ kind: "gte", value: 1 }),
      indicator: indicator("level"),
      term: "2020-2025",
      at: "2023-01-01",
      observations: [],
    });
    expect(none).toMatchObject({ state: "no_data", method: "none" });
    const unknown = assessTermTarget({
      target: target({ kind: "unknown" }),
      indicator: indicator("level"),
      term: "2020-2025",
      at: "2023-12-31",
      observations: yearly({ "2021": 1 }),
    });
    expect(unknown.state).toBe("no_data");
  });

  it("refuses a period that is not a term", () => {
    expect(() =>
      assessTermTarget({
        target: target({ kind: "gte", value: 1 }),
        indicator: indicator("level"),
        term: "2023",
        at: "2023-01-01",
        observations: [],
      }),
    ).toThrow(/not a term/);
  });
});
