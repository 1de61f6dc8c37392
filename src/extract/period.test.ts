import { describe, expect, it } from "vitest";
import { findPeriods, removePeriods } from "./period.ts";

describe("findPeriods", () => {
  it("finds a year that opens a clause, and marks it scoping", () => {
    const [p] = findPeriods("Năm 2021, sản lượng thủy sản đạt 8.000 tấn");
    expect(p).toMatchObject({ text: "Năm 2021", year: 2021, scoping: true });
  });

  it("finds months of a year, quarters and terms", () => {
    const texts = findPeriods(
      "Trong 9 tháng đầu năm 2024, quý III/2024 và nhiệm kỳ 2020 - 2025 đều được nhắc; giai đoạn 2016-2020 cũng vậy",
    ).map((p) => p.text);
    expect(texts).toEqual([
      "9 tháng đầu năm 2024",
      "quý III/2024",
      "nhiệm kỳ 2020 - 2025",
      "giai đoạn 2016-2020",
    ]);
  });

  it("finds 'tính đến hết năm' and '5 năm qua'", () => {
    const texts = findPeriods("Tính đến hết năm 2023, 5 năm qua huyện đã đầu tư").map((p) => p.text);
    expect(texts).toEqual(["Tính đến hết năm 2023", "5 năm qua"]);
  });

  it("ignores years of a basis or a price base ('so với năm 2020', 'giá so sánh năm 2010')", () => {
    expect(findPeriods("tăng 5% so với năm 2020")).toEqual([]);
    expect(findPeriods("tăng 3% so với cùng kỳ năm 2022")).toEqual([]);
    expect(findPeriods("(giá so sánh năm 2010)")).toEqual([]);
  });

  it("keeps a deadline inside an indicator local ('đến năm 2030:')", () => {
    const [p] = findPeriods("Thu nhập bình quân đến năm 2030: 90 triệu đồng");
    expect(p).toMatchObject({ text: "đến năm 2030", scoping: false });
  });
});

describe("removePeriods", () => {
  it("blanks period phrases out of a text", () => {
    expect(removePeriods("thu nhập năm 2022 đạt").replace(/\s+/g, " ")).toBe("thu nhập đạt");
  });
});

describe("findPeriods: dates as cut-offs", () => {
  it("finds 'tính đến 30/6/2024' without the word ngày", () => {
    expect(findPeriods("Tính đến 30/6/2024, dư nợ đạt")[0]?.text).toBe("Tính đến 30/6/2024");
  });
});
