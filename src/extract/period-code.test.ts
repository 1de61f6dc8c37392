import { describe, expect, it } from "vitest";
import { periodCodeOf } from "./period-code.ts";

describe("periodCodeOf", () => {
  it.each([
    ["Năm 2023", "2023"],
    ["trong năm 2024", "2024"],
    ["quý I/2024", "2024-Q1"],
    ["quý III năm 2023", "2023-Q3"],
    ["9 tháng đầu năm 2023", "2023-YTD9"],
    ["sáu tháng năm 2015", "2015-YTD6"],
    ["tháng 7/2023", "2023-07"],
    ["tháng 12 năm 2022", "2022-12"],
    ["nhiệm kỳ 2020-2025", "2020-2025"],
    ["giai đoạn 2021 – 2025", "2021-2025"],
  ])("reads %s as %s", (phrase, code) => {
    expect(periodCodeOf(phrase)).toBe(code);
  });

  it("suggests nothing for a phrase without a year", () => {
    expect(periodCodeOf("trong năm")).toBeUndefined();
    expect(periodCodeOf("5 năm qua")).toBeUndefined();
    expect(periodCodeOf(null)).toBeUndefined();
  });
});
