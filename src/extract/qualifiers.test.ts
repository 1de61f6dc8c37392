import { describe, expect, it } from "vitest";
import { isEstimated, readPrefix, settleQualifier } from "./qualifiers.ts";

describe("readPrefix", () => {
  it("reads the verb and the qualifier before a figure", () => {
    const p = readPrefix("sản lượng ngô đạt trên ");
    expect(p.verb).toBe("reach");
    expect(p.qualifier).toBe("more_than");
  });

  it("reads gần as nearly, khoảng as about, dưới as less_than", () => {
    expect(readPrefix("đạt gần ").qualifier).toBe("nearly");
    expect(readPrefix("có khoảng ").qualifier).toBe("about");
    expect(readPrefix("giảm xuống dưới ").qualifier).toBe("less_than");
  });

  it("reads change verbs and a level after 'giảm xuống còn'", () => {
    expect(readPrefix("doanh thu tăng ").verb).toBe("increase");
    expect(readPrefix("tỷ lệ hộ nghèo giảm xuống còn ").verb).toBe("down_to");
    expect(readPrefix("cao hơn ").verb).toBe("increase");
  });

  it("does not take 'tăng trưởng' for the verb 'tăng'", () => {
    expect(readPrefix("tỉnh Hậu Giang tăng trưởng ").verb).toBeNull();
  });

  it("reads a basis written between the verb and the figure", () => {
    const p = readPrefix("(vượt mục tiêu Nghị quyết ");
    expect(p.verb).toBe("exceed");
    expect(p.basisBefore).toBe("mục tiêu Nghị quyết");
  });
});

describe("settleQualifier", () => {
  it("makes 'từ … trở lên' at_least, and a bare 'từ' exact", () => {
    expect(settleQualifier("at_least", true, true)).toBe("at_least");
    expect(settleQualifier("at_least", false, true)).toBe("exact");
    expect(settleQualifier(null, true, false)).toBe("at_least");
    expect(settleQualifier(null, false, false)).toBe("exact");
  });
});

describe("isEstimated", () => {
  it("finds ước, dự kiến, dự ước as words", () => {
    expect(isEstimated("giá trị xuất khẩu ước đạt")).toBe(true);
    expect(isEstimated("dự kiến cả năm")).toBe(true);
    expect(isEstimated("giá trị xuất khẩu đạt")).toBe(false);
  });
});
