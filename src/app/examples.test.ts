/**
 * The real examples under examples/ (docs/examples.md): each target names its source, and
 * `chitieu assess` reproduces each published label, or the difference is one docs/examples.md
 * explains.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assessPlanFile } from "./plan-file.ts";

const load = (name: string) =>
  assessPlanFile(JSON.parse(readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), "utf8")));
const statusOf = (r: ReturnType<typeof load>, id: string) =>
  r.assessment.targets.find((t) => t.targetId === id)?.status;

describe.each(["viet-nam-2024", "quang-binh-2024"])("examples/%s.json", (name) => {
  const r = load(name);
  it("names a source for every target and every observation, quoting it", () => {
    const sources = new Set(r.file.sources.map((s) => s.id));
    for (const t of r.file.targets) {
      expect(sources.has(t.source ?? ""), t.id).toBe(true);
      expect(t.sourceText, t.id).toBeTruthy();
    }
    for (const o of r.file.observations) expect(sources.has(o.source ?? ""), o.id).toBe(true);
  });
  it("reproduces every published label it holds", () => {
    for (const a of r.assessment.targets.filter((x) => x.officialLabel !== null)) {
      expect(a.labelMismatch, a.targetId).toBe(false);
    }
  });
  it("says the list is only part of the plan's", () => {
    expect(r.assessment.listPartial).toBe(true);
  });
});

describe("the national plan 2024 (Nghị quyết số 103/2023/QH15)", () => {
  const r = load("viet-nam-2024");

  it("agrees with the reported 15/15 on every target it has a result for", () => {
    expect(r.file.reportedRollups[0]).toMatchObject({ met: 15, total: 15 });
    expect(r.assessment.rollup).toMatchObject({ metOrExceeded: 3, withData: 3 });
  });

  it("judges GDP growth of 7,09 % above its 6-6,5 % range as exceeded, with no percent of plan", () => {
    const gdp = r.assessment.targets.find((t) => t.targetId === "gdp_growth");
    expect(gdp).toMatchObject({ status: "exceeded", percent: null, provisional: true });
    expect(gdp?.gap).toBeCloseTo(1.09, 9);
  });

  it("finds GDP per capita of 4.700 USD met at the lower end of 4.700-4.730", () => {
    expect(statusOf(r, "gdp_per_capita")).toBe("met");
  });

  it("counts the trained-workers target once, its certified part under it", () => {
    // 15 targets in the file, one of them a part: 14 counted.
    expect(r.assessment.rollup.total).toBe(14);
    expect(r.assessment.targets.find((t) => t.targetId === "trained_labour")?.parts).toEqual([
      "certified_labour",
    ]);
  });
});

describe("Quảng Bình 2024", () => {
  it("reproduces 'Đạt' for GRDP growth of 7,12 % against 7,0-7,5 %", () => {
    const r = load("quang-binh-2024");
    expect(r.assessment.targets[0]).toMatchObject({
      status: "met",
      officialLabel: "met",
      officialLabelText: "Đạt",
      labelMismatch: false,
    });
  });
});
