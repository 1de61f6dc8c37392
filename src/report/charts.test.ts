import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { barChart, lineChart } from "./charts.ts";

const rice = { name: "Sản lượng lúa", unit: "tấn", decimals: 0 };
const points = [
  { period: "2020", value: 80100 },
  { period: "2021", value: 82500 },
  { period: "2022", value: 85000 },
  { period: "2023", value: 88800, estimate: true },
];
const targets = [
  { period: "2022", value: 84000 },
  { period: "2023", value: 84976 },
];

describe("lineChart", () => {
  const vi = lineChart({ locale: "vi", indicator: rice, points, targets, notComparableFrom: "2022" });
  const en = lineChart({
    locale: "en",
    indicator: { ...rice, name: "Rice output" },
    points,
    targets,
  });

  it("renders well-formed SVG with an accessible name", () => {
    expect(XMLValidator.validate(vi.svg)).toBe(true);
    expect(XMLValidator.validate(en.svg)).toBe(true);
    expect(vi.svg).toMatch(/^<svg role="img" aria-label="Sản lượng lúa \(tấn\) từ năm 2020 đến năm 2023/);
  });

  it("labels the series, the years and the figures in the locale's notation", () => {
    for (const text of [
      "Sản lượng lúa (tấn)",
      "Thực hiện",
      "Kế hoạch",
      "2020",
      "2023",
      "80.100",
      "ước 88.800",
    ]) {
      expect(vi.svg).toContain(text);
    }
    for (const text of ["Rice output (tonnes)", "Actual", "Target", "80,100", "est. 88,800"]) {
      expect(en.svg).toContain(text);
    }
  });

  it("draws the target dashed, so it is told apart without colour", () => {
    expect(vi.svg).toMatch(/stroke-dasharray/);
  });

  it("marks where the series stops being comparable", () => {
    expect(vi.svg).toContain("không so sánh được");
    expect(vi.textAlternative).toContain("Số liệu từ năm 2022 không so sánh được");
  });

  it("gives a text alternative with the figures: a sentence and a table", () => {
    expect(vi.textAlternative).toMatch(
      /^Sản lượng lúa \(tấn\) từ năm 2020 đến năm 2023\. Năm 2023: ước 88\.800, kế hoạch 84\.976\./,
    );
    expect(vi.textAlternative).toMatch(/năm 2021 +│ 82\.500/);
    expect(en.textAlternative).toContain("2023: est. 88,800, against a target of 84,976.");
    expect(en.textAlternative).toMatch(/2022 +│ 85,000 +│ 84,000/);
  });
});

describe("barChart", () => {
  const items = [
    { name: "Rạch Kiến", value: 92.5, status: "nearly_met" as const },
    { name: "Cần Đước", value: 104.5, status: "exceeded" as const },
    { name: "Long Hựu", value: null },
    { name: "Mỹ Lệ", value: 100, status: "met" as const },
  ];
  const vi = barChart({
    locale: "vi",
    indicator: { name: "Tỷ lệ chỉ tiêu đạt", unit: "%", decimals: 1 },
    items,
  });
  const en = barChart({ locale: "en", indicator: { name: "Targets met", unit: "%", decimals: 1 }, items });

  it("renders well-formed SVG", () => {
    expect(XMLValidator.validate(vi.svg)).toBe(true);
    expect(XMLValidator.validate(en.svg)).toBe(true);
  });

  it("writes each bar's status as a word beside its value, not as colour alone", () => {
    expect(vi.svg).toContain("104,5 · Vượt");
    expect(vi.svg).toContain("92,5 · Cơ bản đạt");
    expect(en.svg).toContain("104.5 · Exceeded");
    expect(vi.svg).toContain("Long Hựu (chưa có số liệu)");
  });

  it("sorts from highest to lowest, units without a figure last", () => {
    const order = ["Cần Đước", "Mỹ Lệ", "Rạch Kiến", "Long Hựu"].map((n) =>
      vi.textAlternative.lastIndexOf(n),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const inSvg = ["Cần Đước", "Mỹ Lệ", "Rạch Kiến"].map((n) => vi.svg.indexOf(`>${n}<`));
    expect(inSvg.every((i) => i > 0)).toBe(true);
  });

  it("says the highest and lowest in its text alternative, with a table", () => {
    expect(vi.textAlternative).toMatch(
      /^Tỷ lệ chỉ tiêu đạt \(%\) của 4 đơn vị, xếp từ cao xuống thấp: cao nhất Cần Đước \(104,5\), thấp nhất Rạch Kiến \(92,5\)\./,
    );
    expect(vi.textAlternative).toMatch(/Long Hựu +│ chưa có số liệu/);
    expect(en.textAlternative).toMatch(/Mỹ Lệ +│ 100 +│ Met/);
  });
});
