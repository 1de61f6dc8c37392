/**
 * The forms real target lists take (DOMAIN.md "Target"; docs/assessment.md), one rule each.
 */
import { describe, expect, it } from "vitest";
import { assessPlan } from "./assess-plan.ts";
import { assessTarget } from "./assess-target.ts";
import { assessTermTarget } from "./assess-term.ts";
import { ordinalRank } from "./compare-to-target.ts";
import { statusOfLabel } from "./judgement.ts";
import type { Indicator, Observation, Target, TargetSpec } from "./types.ts";

const indicator = (code: string, unit: string, extra: Partial<Indicator> = {}): Indicator => ({
  code,
  name: { vi: code, en: code },
  unit,
  direction: "higher_better",
  measure: "level",
  aggregation: { kind: "none" },
  decimals: 2,
  ...extra,
});
const grdp = indicator("grdp_growth", "%", { measure: "growth" });
const output = indicator("rice_output", "tấn");

const target = (id: string, code: string, spec: TargetSpec, extra: Partial<Target> = {}): Target => ({
  id,
  indicatorCode: code,
  planKind: "annual_plan",
  spec,
  ...extra,
});
let n = 0;
const obs = (
  code: string,
  value: number,
  period?: string,
  extra: Partial<Observation> = {},
): Observation => ({
  id: `o${++n}`,
  indicatorCode: code,
  value,
  qualifier: "exact",
  stage: "official",
  revision: 1,
  recordedAt: "2024-01-01",
  ...(period ? { period } : {}),
  ...extra,
});
const judge = (i: Indicator, spec: TargetSpec, value: number, extra: Partial<Target> = {}) =>
  assessTarget({
    target: target("t", i.code, spec, extra),
    indicator: i,
    observations: [obs(i.code, value)],
  });

describe("every-year targets (hằng năm)", () => {
  const everyYear = target("t", "grdp_growth", { kind: "gte", value: 10 }, { horizon: "each_year" });
  const years = [
    obs("grdp_growth", 12, "2021"),
    obs("grdp_growth", 8, "2022"),
    obs("grdp_growth", 11, "2023"),
  ];

  it("one missed year is a miss for the term, and the year is named (12 %, 8 %, 11 % against ≥ 10 %)", () => {
    const term = assessTermTarget({
      target: everyYear,
      indicator: grdp,
      term: "2020-2025",
      at: "2023-12-31",
      observations: years,
    });
    expect(term.state).toBe("off_track");
    expect(term.missedYears).toEqual([2022]);
    expect(term.years?.map((y) => y.status)).toEqual(["exceeded", "not_met", "exceeded"]);
  });

  it("the plan's status of the target is its worst year, not its latest", () => {
    const plan = assessPlan({
      indicators: [grdp],
      targets: [everyYear],
      observations: years,
      period: "2020-2025",
      at: "2023-12-31",
    });
    expect(plan.targets[0]).toMatchObject({ status: "not_met", missedYears: [2022], method: "every_year" });
  });

  it("is on track while every year so far met it", () => {
    const term = assessTermTarget({
      target: everyYear,
      indicator: grdp,
      term: "2020-2025",
      at: "2022-12-31",
      observations: [obs("grdp_growth", 12, "2021"), obs("grdp_growth", 10, "2022")],
    });
    expect(term).toMatchObject({ state: "on_track", missedYears: [] });
  });
});

describe("strict and inclusive bounds", () => {
  const share = indicator("trained_share", "%", { measure: "rate" });
  it('"trên 50%" is not met by exactly 50 %', () => {
    expect(judge(share, { kind: "gte", value: 50, strict: true }, 50).status).toBe("not_met");
  });
  it('"từ 50% trở lên" is met by exactly 50 %', () => {
    expect(judge(share, { kind: "gte", value: 50 }, 50).status).toBe("met");
  });
  it('"dưới 4%" is not met by exactly 4 %; "không quá 4%" is', () => {
    const poor = indicator("poverty", "%", { measure: "rate", direction: "lower_better" });
    expect(judge(poor, { kind: "lte", value: 4, strict: true }, 4).status).toBe("not_met");
    expect(judge(poor, { kind: "lte", value: 4 }, 4).status).toBe("met");
  });
});

describe("composite targets (trong đó)", () => {
  const trained = indicator("trained", "%", { measure: "rate" });
  const certified = indicator("certified", "%", { measure: "rate" });
  const targets = [
    target("whole", "trained", { kind: "approx", value: 70 }),
    target("part", "certified", { kind: "range", lo: 29, hi: 29.5 }, { partOf: "whole" }),
    target("other", "rice_output", { kind: "gte", value: 1000 }),
  ];
  const plan = assessPlan({
    indicators: [trained, certified, output],
    targets,
    observations: [obs("trained", 70.2), obs("certified", 29.1), obs("rice_output", 1100)],
    period: "2024",
  });

  it("is counted once in the roll-up, as its whole", () => {
    expect(plan.rollup).toMatchObject({ total: 2, withData: 2, metOrExceeded: 2 });
  });
  it("lists its parts under the whole, each judged on its own spec", () => {
    expect(plan.targets.find((t) => t.targetId === "whole")?.parts).toEqual(["part"]);
    expect(plan.targets.find((t) => t.targetId === "part")).toMatchObject({ partOf: "whole", status: "met" });
  });
  it("a whole with no figure of its own takes the worst of its parts", () => {
    const p = assessPlan({
      indicators: [trained, certified],
      targets: [
        target("whole", "trained", { kind: "unknown" }),
        target("a", "trained", { kind: "gte", value: 70 }, { partOf: "whole" }),
        target("b", "certified", { kind: "gte", value: 30 }, { partOf: "whole" }),
      ],
      observations: [obs("trained", 71), obs("certified", 29)],
      period: "2024",
    });
    expect(p.targets[0]?.status).toBe("not_met");
    expect(p.rollup.total).toBe(1);
  });
});

describe("amendments (Nghị quyết điều chỉnh)", () => {
  const targets = [
    target("original", "grdp_growth", { kind: "range", lo: 6.5, hi: 7 }),
    target(
      "amended",
      "grdp_growth",
      { kind: "gte", value: 6 },
      {
        amends: {
          targetId: "original",
          from: "2023-06-24",
          document: "Nghị quyết số 103/2023/QH15",
          reason: "bối cảnh kinh tế thế giới",
        },
      },
    ),
  ];
  const observations = [obs("grdp_growth", 6.2)];

  it("only the one in force counts; both are kept", () => {
    const plan = assessPlan({ indicators: [grdp], targets, observations, period: "2023" });
    expect(plan.targets.map((t) => [t.targetId, t.inForce, t.status])).toEqual([
      ["original", false, "not_met"],
      ["amended", true, "exceeded"],
    ]);
    expect(plan.targets[0]?.supersededBy).toBe("amended");
    expect(plan.rollup).toMatchObject({ total: 1, metOrExceeded: 1 });
  });

  it("before its date the earlier target is still in force", () => {
    const plan = assessPlan({ indicators: [grdp], targets, observations, period: "2023", at: "2023-05-31" });
    expect(plan.targets.map((t) => t.inForce)).toEqual([true, false]);
    expect(plan.rollup).toMatchObject({ total: 1, metOrExceeded: 0 });
  });
});

describe("growth rates and rates are judged by the gap in percentage points", () => {
  it("7,18 % against 7,5-8 % is 0,32 points short: not met, with no percent of plan", () => {
    const a = judge(grdp, { kind: "range", lo: 7.5, hi: 8 }, 7.18);
    expect(a).toMatchObject({
      status: "not_met",
      percent: null,
      showPercent: false,
      method: "gap_in_points",
    });
    expect(a.gap).toBeCloseTo(-0.32, 9);
  });
  it("is nearly met within the allowed gap the plan sets (0,5 điểm %)", () => {
    const a = judge(grdp, { kind: "range", lo: 7.5, hi: 8 }, 7.18, {
      nearlyMet: { by: "gap_in_points", points: 0.5 },
    });
    expect(a.status).toBe("nearly_met");
  });
  it("a level is still judged by percent of plan (≥ 95 % nearly met)", () => {
    expect(judge(output, { kind: "gte", value: 1000 }, 960)).toMatchObject({
      status: "nearly_met",
      percent: 96,
    });
  });
  it("gives no negative percent of plan (−4,13 % against 2,28 %)", () => {
    expect(judge(indicator("x", "tỷ đồng"), { kind: "gte", value: 2.28 }, -4.13)).toMatchObject({
      status: "not_met",
      percent: null,
    });
  });
});

describe("average growth over a term", () => {
  const avg = indicator("grdp_avg", "%/năm", { measure: "avg_growth" });
  it("compounds the yearly growth rates the reports give", () => {
    const t = assessTermTarget({
      target: target("t", "grdp_avg", { kind: "gte", value: 7 }),
      indicator: avg,
      term: "2020-2025",
      at: "2023-12-31",
      observations: [obs("grdp_avg", 8, "2021"), obs("grdp_avg", 5, "2022"), obs("grdp_avg", 7, "2023")],
    });
    expect(t.method).toBe("compound_growth_from_yearly_rates");
    expect(t.current).toBeCloseTo(((1.08 * 1.05 * 1.07) ** (1 / 3) - 1) * 100, 9);
  });
  it('a term "2021-2025" with base year 2020 counts 2021 as its first year', () => {
    const observations = [obs("grdp_avg", 107, "2021"), obs("grdp_avg", 114.49, "2022")];
    const run = (baseYear?: number) =>
      assessTermTarget({
        target: target(
          "t",
          "grdp_avg",
          { kind: "gte", value: 7 },
          baseYear ? { baseYear, growthFrom: "levels" } : { growthFrom: "levels" },
        ),
        indicator: avg,
        term: "2021-2025",
        at: "2022-12-31",
        observations,
        baseValue: 100,
      });
    expect(run(2020)).toMatchObject({ baseYear: 2020, yearsTotal: 5, yearsElapsed: 2 });
    expect(run(2020).current).toBeCloseTo(7, 6);
  });
});

describe("structure shares (band)", () => {
  const agriculture = indicator("agri_share", "%", { measure: "rate", direction: "band" });
  it("a share of 1,2 against 1,4-1,6 is outside its band: not met, never exceeded", () => {
    expect(judge(agriculture, { kind: "range", lo: 1.4, hi: 1.6 }, 1.2)).toMatchObject({
      status: "not_met",
      method: "within_band",
    });
    expect(judge(agriculture, { kind: "band", lo: 1.4, hi: 1.6 }, 1.8).status).toBe("not_met");
  });
  it("is met inside its band", () => {
    expect(judge(agriculture, { kind: "band", lo: 1.4, hi: 1.6 }, 1.5).status).toBe("met");
  });
});

describe('"khoảng" and its tolerance', () => {
  const share = indicator("trained", "%", { measure: "rate" });
  it("by default ± 0,5 points for a rate: 69,6 % is inside 'khoảng 70%', 69,4 % is not", () => {
    expect(judge(share, { kind: "approx", value: 70 }, 69.6).status).toBe("met");
    expect(judge(share, { kind: "approx", value: 70 }, 69.4).status).toBe("not_met");
  });
  it("by default ± 2 % of the figure for a level", () => {
    expect(judge(output, { kind: "approx", value: 1000 }, 981).status).toBe("met");
    expect(judge(output, { kind: "approx", value: 1000 }, 979).status).toBe("nearly_met");
  });
  it("takes the tolerance the indicator or the plan sets", () => {
    const wide = { ...share, aboutTolerance: 1 };
    expect(judge(wide, { kind: "approx", value: 70 }, 69.1).status).toBe("met");
    expect(judge(wide, { kind: "approx", value: 70 }, 69.1, { aboutTolerance: 0.5 }).status).toBe("not_met");
  });
});

describe("counts, ratings, results as ranges, labels", () => {
  it('"66/112 xã" judges the count and shows the share of the planned count', () => {
    const communes = indicator("ntm", "xã", { measure: "count" });
    expect(judge(communes, { kind: "count_share", count: 66, of: 112 }, 70)).toMatchObject({
      status: "exceeded",
    });
  });
  it('"hoàn thành tốt nhiệm vụ trở lên" is met by "hoàn thành xuất sắc" and missed by "hoàn thành"', () => {
    const scale = [
      "không hoàn thành nhiệm vụ",
      "hoàn thành nhiệm vụ",
      "hoàn thành tốt nhiệm vụ",
      "hoàn thành xuất sắc nhiệm vụ",
    ];
    const rating = indicator("rating", "cái");
    const spec: TargetSpec = { kind: "ordinal", scale, atLeast: "hoàn thành tốt nhiệm vụ" };
    expect(judge(rating, spec, ordinalRank(scale, "Hoàn thành xuất sắc nhiệm vụ")).status).toBe("exceeded");
    expect(judge(rating, spec, ordinalRank(scale, "hoàn thành nhiệm vụ")).status).toBe("not_met");
  });
  it('a result given as a range ("61-62") straddling the target is uncertain', () => {
    const a = assessTarget({
      target: target("t", "trained", { kind: "gte", value: 61.5 }),
      indicator: indicator("trained", "%", { measure: "rate" }),
      observations: [obs("trained", 61, undefined, { range: { lo: 61, hi: 62 } })],
    });
    expect(a).toMatchObject({ uncertain: true, statusRange: { worst: "not_met", best: "exceeded" } });
  });
  it("reads published labels to a status and keeps the words", () => {
    expect(statusOfLabel("Vượt")).toBe("exceeded");
    expect(statusOfLabel("Hoàn thành")).toBe("met");
    expect(statusOfLabel("Cơ bản đạt")).toBe("nearly_met");
    expect(statusOfLabel("Không đạt")).toBe("not_met");
    const a = judge(output, { kind: "gte", value: 1000 }, 1100, {
      officialLabel: "met",
      officialLabelText: "Đạt",
    });
    expect(a).toMatchObject({ officialLabelText: "Đạt", officialLabel: "met", labelMismatch: true });
  });
});
