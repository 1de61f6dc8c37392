import { describe, expect, it } from "vitest";
import { directionOf, readBasis, settleYearBasis } from "./comparisons.ts";

describe("readBasis", () => {
  it("reads kế hoạch năm as plan_year and a bare KH as plan", () => {
    expect(readBasis(" kế hoạch năm, tăng")?.basis).toBe("plan_year");
    expect(readBasis("KH; thu nhập")?.basis).toBe("plan");
    expect(readBasis(" kế hoạch đề ra.")?.text).toBe("kế hoạch đề ra");
  });

  it("reads a plan given by a level above as plan_assigned", () => {
    expect(readBasis(" KH tỉnh giao và")?.basis).toBe("plan_assigned");
    expect(readBasis(" kế hoạch UBND huyện giao;")?.text).toBe("kế hoạch UBND huyện giao");
    expect(readBasis(" so với huyện giao.")?.basis).toBe("plan_assigned");
  });

  it("reads any dự toán as budget_estimate", () => {
    expect(readBasis(" dự toán HĐND tỉnh giao,")).toMatchObject({
      basis: "budget_estimate",
      text: "dự toán HĐND tỉnh giao",
    });
    expect(readBasis(" so với dự toán,")?.basis).toBe("budget_estimate");
  });

  it("reads cùng kỳ, with or without 'so với', as same_period", () => {
    expect(readBasis(" so với cùng kỳ năm 2022;")?.text).toBe("so với cùng kỳ năm 2022");
    expect(readBasis(" cùng kỳ.")?.basis).toBe("same_period");
    expect(readBasis(" so với quý II/2023")?.basis).toBe("same_period");
  });

  it("reads 'so với năm 2021' with its year, and Nghị quyết as resolution", () => {
    expect(readBasis(" so với năm 2021")).toMatchObject({ basis: "previous_year", year: 2021 });
    expect(readBasis(" so với Nghị quyết Đại hội")?.basis).toBe("resolution");
  });

  it("reads anything else after 'so với' as other, and nothing as null", () => {
    expect(readBasis(" so với tháng trước,")?.basis).toBe("other");
    expect(readBasis(", trong đó")).toBeNull();
  });
});

describe("settleYearBasis", () => {
  it("keeps the previous year, and makes a distant year other", () => {
    const basis = readBasis(" so với năm 2010")!;
    expect(settleYearBasis(basis, 2011)).toBe("previous_year");
    expect(settleYearBasis(basis, 2024)).toBe("other");
    expect(settleYearBasis(basis, null)).toBe("previous_year");
  });
});

describe("directionOf", () => {
  it("gives increase for tăng and vượt, decrease for giảm, nothing for đạt", () => {
    expect(directionOf("increase")).toBe("increase");
    expect(directionOf("exceed")).toBe("increase");
    expect(directionOf("decrease")).toBe("decrease");
    expect(directionOf("reach")).toBeUndefined();
  });
});
