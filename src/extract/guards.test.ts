import { describe, expect, it } from "vitest";
import { guardFigure, isCeremonySentence, isDisasterSentence, isSpecification } from "./guards.ts";

/** The guard of the first occurrence of `figure` in `text`. */
function guardOf(text: string, figure: string) {
  const start = text.indexOf(figure);
  return guardFigure(text, start, start + figure.length)?.reason ?? null;
}

describe("guardFigure", () => {
  it("names a document number such as 25/NQ-HĐND", () => {
    expect(guardOf("theo Nghị quyết số 25/NQ-HĐND của HĐND tỉnh", "25")).toBe("document_number");
  });

  it("names a number after 'Quyết định số' and an article number", () => {
    expect(guardOf("Quyết định số 112 của UBND huyện", "112")).toBe("document_number");
    expect(guardOf("Điều 3. Tổ chức thực hiện", "3")).toBe("document_number");
  });

  it("names full dates and day-month dates after a time word", () => {
    expect(guardOf("Ngày 15/03/2024, huyện tổ chức hội nghị", "15")).toBe("date");
    expect(guardOf("Sáng nay 14/2, Huyện ủy họp", "14")).toBe("date");
    expect(guardOf("tính đến ngày 31.10 đã giải ngân", "31.10")).toBe("date");
  });

  it("names times such as 07:30 and 8h15", () => {
    expect(guardOf("bắt đầu lúc 07:30 sáng", "07")).toBe("time");
    expect(guardOf("khai mạc lúc 8h15", "8")).toBe("time");
  });

  it("names phone numbers", () => {
    expect(guardOf("Điện thoại: 0272 3826 555", "0272")).toBe("phone");
    expect(guardOf("liên hệ 0912.345.678 để được hỗ trợ", "0912.345.678")).toBe("phone");
  });

  it("names years after năm, giai đoạn, and at either end of a year range", () => {
    expect(guardOf("so với năm 2019", "2019")).toBe("year");
    expect(guardOf("kế hoạch 2021 - 2025", "2021")).toBe("year");
  });

  it("names codes such as Covid-19", () => {
    expect(guardOf("dịch Covid-19 được kiểm soát", "19")).toBe("code");
  });

  it("names percents of fees and votes, which are no indicator results", () => {
    expect(guardOf("giảm 50% lệ phí trước bạ", "50")).toBe("non_indicator_percent");
    expect(guardOf("với 100% đại biểu tán thành", "100")).toBe("non_indicator_percent");
  });

  it("lets a real figure pass", () => {
    expect(guardOf("sản lượng cá đạt 12.300 tấn", "12.300")).toBeNull();
    expect(guardOf("tổng giá trị sản xuất đạt 2025 tỷ đồng", "2025")).toBeNull();
  });
});

describe("isCeremonySentence", () => {
  it("recognises anniversaries and award ceremonies", () => {
    expect(isCeremonySentence("Xã tổ chức lễ kỷ niệm 70 năm ngày giải phóng")).toBe(true);
    expect(isCeremonySentence("Sản lượng lúa đạt 50.000 tấn")).toBe(false);
  });
});

describe("isSpecification", () => {
  it("recognises a project's total investment and a per-household support level", () => {
    expect(isSpecification("Dự án có tổng mức đầu tư ")).toBe(true);
    expect(isSpecification("mỗi hộ được hỗ trợ ")).toBe(true);
    expect(isSpecification("Tổng vốn đầu tư toàn xã hội đạt ")).toBe(false);
    expect(isSpecification("tuyến đường dài ")).toBe(true);
    expect(isSpecification("lúa chất lượng cao ước đạt ")).toBe(false);
  });
});

describe("isDisasterSentence", () => {
  it("recognises storms and floods", () => {
    expect(isDisasterSentence("Cơn bão số 3 làm 12 nhà bị tốc mái")).toBe(true);
    expect(isDisasterSentence("Sản lượng lúa đạt 50.000 tấn")).toBe(false);
  });
});
