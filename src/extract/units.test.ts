import { describe, expect, it } from "vitest";
import { isAreaUnit, isCountUnit, matchUnit, normalizeUnit } from "./units.ts";

describe("matchUnit", () => {
  it("reads a magnitude and a measure as written, lower-cased", () => {
    expect(matchUnit(" Tỷ đồng, đạt")).toEqual({ unit: "tỷ đồng", length: 8 });
    expect(matchUnit(" tỉ đồng")?.unit).toBe("tỉ đồng");
    expect(matchUnit(" nghìn tỷ đồng trở lên")?.unit).toBe("nghìn tỷ đồng");
  });

  it("reads a unit glued to the figure and per-unit tails", () => {
    expect(matchUnit("ha;")?.unit).toBe("ha");
    expect(matchUnit(" triệu đồng/người/năm")?.unit).toBe("triệu đồng/người/năm");
    expect(matchUnit("%/năm")?.unit).toBe("%/năm");
  });

  it("keeps the currency code USD in capitals", () => {
    expect(matchUnit(" triệu USD")?.unit).toBe("triệu USD");
  });

  it("prefers the longest counted noun", () => {
    expect(matchUnit(" lượt khách quốc tế đến")?.unit).toBe("lượt khách quốc tế");
  });

  it("rejects words that are not units, and a unit that runs into a longer word", () => {
    expect(matchUnit(" năm tuổi Đảng")).toBeNull();
    expect(matchUnit(" thủ tục hành chính")).toBeNull();
    expect(matchUnit(" hai")).toBeNull();
  });
});

describe("unit kinds", () => {
  it("tells counted nouns from measures, and area units", () => {
    expect(isCountUnit("triệu lao động")).toBe(true);
    expect(isCountUnit("tấn")).toBe(false);
    expect(isAreaUnit("ngàn ha")).toBe(true);
    expect(isAreaUnit("tỷ đồng")).toBe(false);
    expect(normalizeUnit("Triệu  USD / năm")).toBe("triệu USD/năm");
  });
});

describe("matchUnit: per-population tails", () => {
  it("reads 'bác sĩ/vạn dân'", () => {
    expect(matchUnit(" bác sĩ/vạn dân;")?.unit).toBe("bác sĩ/vạn dân");
  });
});
