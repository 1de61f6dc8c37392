import { describe, expect, it } from "vitest";
import { readQuantityAt, scanMentions } from "./mentions.ts";

describe("readQuantityAt", () => {
  it("reads a figure and its unit, keeping the value in the unit as written", () => {
    expect(readQuantityAt(" 2,7 triệu tấn")).toMatchObject({ value: 2.7, unit: "triệu tấn" });
    expect(readQuantityAt("40.120 triệu đồng")).toMatchObject({ value: 40120, unit: "triệu đồng" });
    expect(readQuantityAt("612,045 tỉ đồng")).toMatchObject({ value: 612.045, unit: "tỉ đồng" });
  });

  it("reads a range to a second figure", () => {
    expect(readQuantityAt("4.100 - 4.300 đồng/kg")).toMatchObject({ value: null, range: [4100, 4300] });
  });

  it("returns null for a figure without a unit", () => {
    expect(readQuantityAt("2025 và")).toBeNull();
  });
});

describe("scanMentions", () => {
  it("reads a quantity with its qualifier", () => {
    const [m] = scanMentions("sản lượng cà phê đạt gần 61.000 tấn");
    expect(m).toMatchObject({ kind: "quantity", value: 61000, unit: "tấn", qualifier: "nearly" });
  });

  it("reads a percent with its verb and basis", () => {
    const [m] = scanMentions("vượt 12,5% dự toán HĐND tỉnh giao");
    expect(m).toMatchObject({ kind: "percent", value: 12.5 });
    expect(m!.prefix.verb).toBe("exceed");
    expect(m!.basis).toMatchObject({ basis: "budget_estimate", text: "dự toán HĐND tỉnh giao" });
  });

  it("reads a glued basis ('%KH')", () => {
    const [m] = scanMentions("đạt 81,3%KH năm");
    expect(m!.basis?.basis).toBe("plan_year");
  });

  it("reads a multiplier", () => {
    const [m] = scanMentions("gấp 2,4 lần so với năm 2015");
    expect(m).toMatchObject({ kind: "multiplier", value: 2.4 });
    expect(m!.basis?.basis).toBe("previous_year");
  });

  it("reads a count roll-up with its status and basis", () => {
    const [m] = scanMentions("có 15/17 chỉ tiêu Nghị quyết đạt và vượt");
    expect(m).toMatchObject({
      kind: "count",
      met: 15,
      total: 17,
      status: "met_or_exceeded",
      resolution: true,
    });
  });

  it("reads a rank, not a roll-up ('xếp thứ 5/11')", () => {
    const [m] = scanMentions("(xếp thứ 5/11 huyện, thị xã)");
    expect(m).toMatchObject({ kind: "rank", position: 5, outOf: 11 });
  });

  it("reads a plan after '/KH' and a plan after an assigned basis", () => {
    const [a] = scanMentions("ước đạt 61,2 triệu đồng/KH 60-62 triệu đồng");
    expect(a!.plan).toEqual({ range: [60, 62], unit: "triệu đồng" });
    const [b] = scanMentions("(đạt 75% chỉ tiêu huyện giao 80ha)");
    expect(b!.plan).toEqual({ value: 80, unit: "ha" });
  });

  it("reads a bracketed basis value after the basis", () => {
    const [m] = scanMentions("đạt 110% so với năm 2023 (45,5ha)");
    expect(m!.basisValue).toEqual({ value: 45.5, unit: "ha" });
  });

  it("reads 'trở lên' as at_least", () => {
    const [m] = scanMentions("đạt từ 8% trở lên");
    expect(m!.qualifier).toBe("at_least");
  });

  it("skips dates, document numbers, years and figures without a unit", () => {
    expect(scanMentions("Ngày 5/6/2024, theo Quyết định số 77/QĐ-UBND, năm 2024 có 3 đợt")).toEqual([]);
  });
});
