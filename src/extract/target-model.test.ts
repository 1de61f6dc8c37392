import { describe, expect, it } from "vitest";
import { toDraftTarget } from "./target-model.ts";
import { parseTargetText } from "./target-text.ts";
import type { TargetPeriod } from "./target-types.ts";

const YEAR: TargetPeriod = { type: "annual", from: 2024, to: 2024 };
const TERM: TargetPeriod = { type: "term", from: 2021, to: 2025 };
const draft = (text: string, period: TargetPeriod = YEAR, baseline?: number) =>
  toDraftTarget(parseTargetText({ text, period }), baseline === undefined ? {} : { baseline });

describe("toDraftTarget", () => {
  it("turns a strict floor into gte strict for the plan year", () => {
    expect(draft("tỷ lệ xã đạt chuẩn trên 70%")).toEqual({
      spec: { kind: "gte", value: 70, strict: true },
      unit: "%",
      direction: "higher_better",
      horizon: "plan_year",
    });
  });

  it("turns a strict ceiling of a bad thing into lte strict", () => {
    expect(draft("tỷ lệ thất nghiệp dưới 3,5%").spec).toEqual({ kind: "lte", value: 3.5, strict: true });
  });

  it("turns a yearly average range with a stretch into a range over the term's average", () => {
    expect(draft("tăng trưởng bình quân 7-7,5%/năm, phấn đấu 8%/năm", TERM)).toMatchObject({
      spec: { kind: "range", lo: 7, hi: 7.5, stretch: { lo: 8, hi: 8 } },
      horizon: "term_average",
    });
  });

  it("puts a structure's shares as band parts under a whole judged by its parts", () => {
    const d = draft("Cơ cấu kinh tế đến năm 2025: công nghiệp 40-42%; nông nghiệp 10-12%", TERM);
    expect(d.spec).toEqual({ kind: "unknown" });
    expect(d.horizon).toBe("term_end");
    expect(d.parts?.map((p) => p.spec)).toEqual([
      { kind: "band", lo: 40, hi: 42 },
      { kind: "band", lo: 10, hi: 12 },
    ]);
  });

  it("needs the baseline for a fall in points, and uses it when given", () => {
    expect(draft("tỷ lệ hộ nghèo giảm 1-1,5%")).toMatchObject({
      spec: { kind: "unknown" },
      missing: ["baseline"],
    });
    expect(draft("tỷ lệ hộ nghèo giảm 1-1,5%", YEAR, 4.2).spec).toEqual({
      kind: "reduce_pp",
      points: 1,
      baseline: 4.2,
    });
  });

  it("turns 'A/B xã' into a count out of a whole, and words into a yes/no target", () => {
    expect(draft("có 30/45 xã đạt chuẩn nông thôn mới").spec).toEqual({
      kind: "count_share",
      count: 30,
      of: 45,
    });
    expect(draft("Huyện đạt chuẩn nông thôn mới", TERM)).toMatchObject({
      spec: { kind: "boolean" },
      direction: "boolean",
      unit: null,
    });
  });
});
