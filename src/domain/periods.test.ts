import { describe, expect, it } from "vitest";
import {
  formatPeriod,
  PeriodError,
  parsePeriod,
  periodBounds,
  periodCode,
  periodContains,
  termYears,
  termYearsElapsed,
} from "./periods.ts";

describe("parsePeriod", () => {
  it.each(["2023", "2023-Q3", "2023-07", "2023-YTD9", "2020-2025"])("reads %s and writes it back", (code) => {
    expect(periodCode(parsePeriod(code))).toBe(code);
  });

  it.each(["2023-13", "2023-Q5", "2025-2020", "23", "2023-YTD0", "năm 2023"])(
    "rejects %s naming it",
    (code) => {
      expect(() => parsePeriod(code)).toThrow(PeriodError);
      expect(() => parsePeriod(code)).toThrow(code);
    },
  );
});

describe("periodBounds", () => {
  it.each([
    ["2023", "2023-01-01", "2023-12-31"],
    ["2024-Q1", "2024-01-01", "2024-03-31"],
    ["2024-02", "2024-02-01", "2024-02-29"],
    ["2023-YTD9", "2023-01-01", "2023-09-30"],
    ["2020-2025", "2020-01-01", "2025-12-31"],
  ])("%s runs from %s to %s", (code, start, end) => {
    expect(periodBounds(parsePeriod(code))).toEqual({ start, end });
  });

  it("contains its last day and not the next", () => {
    expect(periodContains(parsePeriod("2023-YTD6"), "2023-06-30")).toBe(true);
    expect(periodContains(parsePeriod("2023-YTD6"), "2023-07-01")).toBe(false);
  });
});

describe("terms", () => {
  const term = parsePeriod("2020-2025") as Extract<ReturnType<typeof parsePeriod>, { kind: "term" }>;
  it("has 2020 as its base year and counts 2021-2025", () => {
    expect(termYears(term)).toEqual({ base: 2020, years: [2021, 2022, 2023, 2024, 2025] });
  });
  it("counts three years elapsed at the September 2023 mid-term review", () => {
    expect(termYearsElapsed(term, "2023-09-23")).toBe(3);
    expect(termYearsElapsed(term, "2019-05-01")).toBe(0);
    expect(termYearsElapsed(term, "2027-01-01")).toBe(5);
  });
});

describe("formatPeriod", () => {
  it("writes periods as people do", () => {
    expect(formatPeriod(parsePeriod("2023-Q3"), "vi")).toBe("quý III/2023");
    expect(formatPeriod(parsePeriod("2023-YTD9"), "vi")).toBe("9 tháng đầu năm 2023");
    expect(formatPeriod(parsePeriod("2020-2025"), "vi")).toBe("nhiệm kỳ 2020-2025");
    expect(formatPeriod(parsePeriod("2023-07"), "en")).toBe("July 2023");
    expect(formatPeriod(parsePeriod("2023-YTD6"), "en")).toBe("first 6 months of 2023");
  });
});
