import { describe, expect, it } from "vitest";
import { cleanIndicator, isRateIndicator } from "./indicator.ts";

describe("cleanIndicator", () => {
  it("drops the estimate words and the verb at the end", () => {
    expect(cleanIndicator("Năm 2023, giá trị xuất khẩu hàng hóa ước đạt ")).toBe(
      "giá trị xuất khẩu hàng hóa",
    );
  });

  it("keeps a list written with commas ('nông, lâm nghiệp và thủy sản')", () => {
    expect(cleanIndicator("; trong đó, giá trị sản xuất nông, lâm nghiệp, thủy sản ước đạt ")).toBe(
      "giá trị sản xuất nông, lâm nghiệp, thủy sản",
    );
  });

  it("takes the sub-item after 'trong đó'", () => {
    expect(cleanIndicator(", trong đó thu nội địa đạt ")).toBe("thu nội địa");
  });

  it("keeps the words after a colon, or before it when none follow", () => {
    expect(cleanIndicator("Cơ cấu kinh tế: dịch vụ chiếm ")).toBe("dịch vụ");
    expect(cleanIndicator("- Tổng vốn đầu tư toàn xã hội: ")).toBe("Tổng vốn đầu tư toàn xã hội");
  });

  it("drops item markers and reporting verbs", () => {
    expect(cleanIndicator("b) Thu nhập bình quân đầu người: ")).toBe("Thu nhập bình quân đầu người");
    expect(cleanIndicator("Ông Lê Văn C cho biết, thu ngân sách ước đạt ")).toBe("thu ngân sách");
  });

  it("returns nothing for connectors, verbs and a bare locality", () => {
    expect(cleanIndicator(", đạt ")).toBe("");
    expect(cleanIndicator("; và bằng ")).toBe("");
    expect(cleanIndicator(", toàn huyện có ")).toBe("");
  });
});

describe("isRateIndicator", () => {
  it("knows rates, growth and shares", () => {
    expect(isRateIndicator("tốc độ tăng trưởng GRDP")).toBe(true);
    expect(isRateIndicator("tỷ lệ trẻ em suy dinh dưỡng")).toBe(true);
    expect(isRateIndicator("thu ngân sách")).toBe(false);
  });
});
