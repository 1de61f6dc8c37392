import { describe, expect, it } from "vitest";
import { convert, findUnit, UnitError } from "./units-of-measure.ts";

describe("convert", () => {
  it.each([
    [88.8, "nghìn tấn", "tấn", 88800],
    [88800, "tấn", "nghìn tấn", 88.8],
    [2390, "tỷ đồng", "triệu đồng", 2_390_000],
    [540.136, "tỉ đồng", "tỷ đồng", 540.136],
    [1.5, "nghìn tỷ đồng", "tỷ đồng", 1500],
    [2, "ha", "m²", 20000],
    [2.7, "triệu tấn", "tấn", 2_700_000],
  ])("%d %s is %d %s", (value, from, to, expected) => {
    expect(convert(value, from, to)).toBeCloseTo(expected, 9);
  });

  it("refuses to convert across dimensions", () => {
    expect(() => convert(1, "tấn", "ha")).toThrow(UnitError);
    expect(() => convert(1, "tỷ đồng", "USD")).toThrow(/cannot convert/);
  });

  it("names an unknown unit", () => {
    expect(() => convert(1, "thùng", "tấn")).toThrow(/"thùng"/);
  });
});

describe("findUnit", () => {
  it("knows the spellings sources use", () => {
    expect(findUnit("tỉ đồng")?.code).toBe("tỷ đồng");
    expect(findUnit("ngàn tấn")?.code).toBe("nghìn tấn");
    expect(findUnit("TẤN")?.code).toBe("tấn");
    expect(findUnit("nghìn ha")?.factor).toBe(1e7);
  });
});
