import { describe, expect, it } from "vitest";
import type { SeriesPlan } from "./admin-units.ts";
import { buildSeriesAcrossReform } from "./series-across-reform.ts";
import type { Indicator, Observation } from "./types.ts";

const RICE: Indicator = {
  code: "rice",
  name: { vi: "Sản lượng lúa", en: "Rice output" },
  unit: "tấn",
  direction: "higher_better",
  measure: "level",
  aggregation: { kind: "sum" },
  decimals: 0,
};

const obs = (id: string, value: number, extra: Partial<Observation> = {}): Observation => ({
  id,
  indicatorCode: "rice",
  value,
  qualifier: "exact",
  stage: "official",
  revision: 1,
  recordedAt: "2024-01-01",
  ...extra,
});

const PLAN: SeriesPlan = {
  unitId: "N@2025-07-01",
  years: [
    {
      year: 2023,
      asOf: "2023-12-31",
      sources: [
        { unitId: "A", whole: true },
        { unitId: "B", whole: true },
      ],
      method: "sum",
      comparable: true,
    },
    {
      year: 2024,
      asOf: "2024-12-31",
      sources: [
        { unitId: "A", whole: true },
        { unitId: "C", whole: false },
      ],
      method: "not_comparable",
      comparable: false,
      reason: "C was split",
    },
    {
      year: 2026,
      asOf: "2026-12-31",
      sources: [{ unitId: "N@2025-07-01", whole: true }],
      method: "self",
      comparable: true,
    },
  ],
};

describe("buildSeriesAcrossReform", () => {
  const data: Record<string, Observation[]> = {
    "A/2023": [obs("a23", 100), obs("a23", 110, { revision: 2 })],
    "B/2023": [obs("b23", 5, { unit: "nghìn tấn", stage: "estimate" })],
    "A/2024": [obs("a24", 120)],
    "C/2024": [obs("c24", 50)],
    "N@2025-07-01/2026": [obs("n26", 9000)],
  };
  const of = (unitId: string, year: number) => data[`${unitId}/${year}`] ?? [];

  it("sums the predecessors wholly inside the unit, in the indicator's unit, latest revision", () => {
    const [y2023] = buildSeriesAcrossReform(PLAN, RICE, of);
    expect(y2023).toMatchObject({ value: 5110, comparable: true, provisional: true });
    expect(y2023!.sources.map((s) => s.value)).toEqual([110, 5000]);
  });

  it("gives no value where a predecessor was split, saying why, and still lists the figures", () => {
    const y2024 = buildSeriesAcrossReform(PLAN, RICE, of)[1]!;
    expect(y2024).toMatchObject({ value: null, comparable: false, reason: "C was split" });
    expect(y2024.sources.map((s) => s.value)).toEqual([120, 50]);
  });

  it("takes the unit's own figure once it exists", () => {
    expect(buildSeriesAcrossReform(PLAN, RICE, of)[2]).toMatchObject({ value: 9000, method: "self" });
  });

  it("does not add up an indicator that is not additive", () => {
    const rate = { ...RICE, aggregation: { kind: "none" as const } };
    expect(buildSeriesAcrossReform(PLAN, rate, of)[0]).toMatchObject({ value: null, comparable: false });
  });

  it("names the units whose figure is missing", () => {
    const y = buildSeriesAcrossReform(PLAN, RICE, (u, year) => (u === "B" ? [] : of(u, year)))[0]!;
    expect(y.value).toBeNull();
    expect(y.reason).toContain("B");
  });

  describe("the change on the year before (so cùng kỳ)", () => {
    const years = (values: (number | null)[]): SeriesPlan => ({
      unitId: "A",
      years: values.map((_, i) => ({
        year: 2021 + i,
        asOf: `${2021 + i}-12-31`,
        sources: [{ unitId: "A", whole: true }],
        method: "self" as const,
        comparable: true,
      })),
    });
    const figures = (values: (number | null)[]) => (_: string, year: number) => {
      const v = values[year - 2021];
      return v === null || v === undefined ? [] : [obs(`a${year}`, v)];
    };

    it("is (this − last) / last × 100 for a quantity, signed, and null for the first year", () => {
      const values = [80_000, 88_800, 79_920];
      const changes = buildSeriesAcrossReform(years(values), RICE, figures(values)).map(
        (p) => p.changeOnPreviousYear,
      );
      expect(changes[0]).toBeNull();
      expect(changes[1]).toBeCloseTo(11, 9);
      expect(changes[2]).toBeCloseTo(-10, 9);
    });

    it("is null beside a year without a figure or one not comparable across the reform", () => {
      const values = [100, null, 120];
      const gap = buildSeriesAcrossReform(years(values), RICE, figures(values));
      expect(gap.map((p) => p.changeOnPreviousYear)).toEqual([null, null, null]);
      const split = buildSeriesAcrossReform(PLAN, RICE, of);
      expect(split.map((p) => p.changeOnPreviousYear)).toEqual([null, null, null]);
    });

    it("is null for a rate, whose change is read in points, not in % of itself", () => {
      const values = [5, 6];
      const rate: Indicator = { ...RICE, unit: "%", measure: "rate" };
      const points = buildSeriesAcrossReform(years(values), rate, figures(values));
      expect(points.map((p) => p.changeOnPreviousYear)).toEqual([null, null]);
    });
  });
});
