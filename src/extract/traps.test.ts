/**
 * One sentence of our own per rule and per trap of issue 17: how a figure is tied to its percent,
 * its place and its period by the structure of the sentence, and which numbers are no statement.
 */
import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract.ts";

const read = (text: string) => extractStatements(text).statements;
const figures = (text: string) =>
  read(text).map((s) => ({ value: s.value, unit: s.unit, percents: s.comparisons.map((c) => c.percent) }));

describe("a figure and its percents", () => {
  it("joins a percent that comes first to the figure after it ('tăng 12,5%, đạt 4.210 tỷ đồng')", () => {
    expect(figures("Doanh thu bán lẻ tăng 12,5%, đạt 4.210 tỷ đồng.")).toEqual([
      { value: 4210, unit: "tỷ đồng", percents: [12.5] },
    ]);
  });

  it("joins a figure in brackets to the percent before it ('giảm 3,2% (1.150 hộ)')", () => {
    expect(figures("Số hộ kinh doanh mới giảm 3,2% (1.150 hộ) so với tuần trước.")).toEqual([
      { value: 1150, unit: "hộ", percents: [3.2] },
    ]);
  });

  it("joins 'tương đương' to the percent of plan before it", () => {
    expect(figures("Giá trị sản xuất đạt 75% kế hoạch năm, tương đương 3.100 tỷ đồng.")).toEqual([
      { value: 3100, unit: "tỷ đồng", percents: [75] },
    ]);
  });

  it("gives the percent of a 'Theo đó, …' sentence to the figure the sentence before ended on", () => {
    const statements = read(
      "Quý I, thu ngân sách trên địa bàn đạt 512 tỷ đồng. Theo đó, tổng thu ngân sách ước đạt 27,4% dự toán.",
    );
    expect(statements.map((s) => [s.value, s.comparisons.map((c) => [c.percent, c.basis])])).toEqual([
      [512, [[27.4, "budget_estimate"]]],
    ]);
  });

  it("reads a fronted figure with the place after it and the basis that opens the next sentence", () => {
    const statements = read(
      "Với 21,3 tỷ USD, Thái Nguyên đứng thứ ba cả nước về xuất khẩu. So với cùng kỳ năm ngoái, kim ngạch xuất khẩu của tỉnh tăng 12,4%.",
    );
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({ value: 21.3, unit: "tỷ USD", locality: "Thái Nguyên" });
    expect(statements[0]!.comparisons).toMatchObject([
      { percent: 12.4, basis: "same_period", direction: "increase" },
    ]);
  });

  it("gives 'Con số này tăng …' to the figure of the sentence before", () => {
    const [s, ...rest] = read("Dịp lễ, tỉnh đón 1,2 triệu lượt khách. Con số này tăng 18% so với năm ngoái.");
    expect(rest).toEqual([]);
    expect(s).toMatchObject({ value: 1.2, unit: "triệu lượt khách" });
    expect(s!.comparisons).toEqual([
      { percent: 18, basis: "previous_year", basis_text: "so với năm ngoái", direction: "increase" },
    ]);
  });

  it("sends each percent of a 'về X' list to its figure, with the list's shared basis", () => {
    const statements = read(
      "Trong quý, tỉnh có 820 hợp tác xã với 5.400 thành viên. Các con số này tăng 4% về số hợp tác xã và tăng 9% về số thành viên so với cùng kỳ.",
    );
    expect(statements.map((s) => [s.value, s.comparisons.map((c) => [c.percent, c.basis])])).toEqual([
      [820, [[4, "same_period"]]],
      [5400, [[9, "same_period"]]],
    ]);
  });

  it("reads a basis that opens the sentence for every percent of it ('So với cùng kỳ, tăng …')", () => {
    const statements = read(
      "Tháng 5, tỉnh có 300 doanh nghiệp mới với 2.100 lao động. So với cùng kỳ năm trước, tăng 6% về số doanh nghiệp và tăng 8% về số lao động.",
    );
    expect(statements.flatMap((s) => s.comparisons.map((c) => [c.percent, c.basis]))).toEqual([
      [6, "same_period"],
      [8, "same_period"],
    ]);
  });
});

describe("lists and asides", () => {
  it("reads places with their figure in brackets as one statement each", () => {
    const statements = read(
      "Năm 2024, ba tỉnh tăng trưởng cao nhất gồm: Lào Cai (9,8%), Hà Nam (9,1%), Kon Tum (8,7%).",
    );
    expect(statements.map((s) => [s.locality, s.value, s.unit, s.period])).toEqual([
      ["Lào Cai", 9.8, "%", "Năm 2024"],
      ["Hà Nam", 9.1, "%", "Năm 2024"],
      ["Kon Tum", 8.7, "%", "Năm 2024"],
    ]);
  });

  it("reads quarters in brackets as statements of their own, with the parent's basis", () => {
    const statements = read(
      "Sáu tháng đầu năm 2024, GRDP của tỉnh tăng 6,8% so với cùng kỳ (quý I tăng 6,1%; quý II tăng 7,4%).",
    );
    expect(statements.map((s) => [s.period, s.comparisons.map((c) => [c.percent, c.basis])])).toEqual([
      ["Sáu tháng đầu năm 2024", [[6.8, "same_period"]]],
      ["quý I", [[6.1, "same_period"]]],
      ["quý II", [[7.4, "same_period"]]],
    ]);
  });

  it("reads a 'trong đó' sub-item in brackets as its own statement", () => {
    const statements = read(
      "Sản lượng thủy sản đạt 92.000 tấn, tăng 4% so cùng kỳ (trong đó cá tra đạt 51.000 tấn, tăng 6% so cùng kỳ).",
    );
    expect(statements.map((s) => [s.value, s.comparisons.map((c) => c.percent)])).toEqual([
      [92000, [4]],
      [51000, [6]],
    ]);
  });

  it("reads '(tỷ lệ …)' after a count as its share; what follows still speaks of the count", () => {
    const [count] = read(
      "Đến cuối năm 2023, tỉnh có 95 xã (tỷ lệ 70,4%) đạt chuẩn, tăng 3,1% so với cuối năm 2022.",
    );
    expect(count).toMatchObject({ value: 95, unit: "xã", share_percent: 70.4 });
    expect(count!.comparisons.map((c) => c.percent)).toEqual([3.1]);
  });

  it("reads clauses inside an aside, and 'so với năm X là …' as that year's figure", () => {
    const statements = read(
      "Năm 2023, chất lượng tuyển quân tăng (tốt nghiệp đại học đạt 7,2%, so với năm 2022 là 4,9%; sức khỏe loại 1 là 71%).",
    );
    expect(statements.map((s) => [s.value, s.period])).toEqual([
      [7.2, "Năm 2023"],
      [4.9, "năm 2022"],
      [71, "Năm 2023"],
    ]);
  });
});

describe("lists that follow the figures before them", () => {
  it("reads 'tương ứng là: a; b và c' as the same indicators, in order, for the aside's period", () => {
    const statements = read(
      "Cơ cấu kinh tế năm 2024: nông nghiệp chiếm 21%; công nghiệp chiếm 38%; dịch vụ chiếm 41% (năm 2023 tương ứng là: 23%; 37% và 40%).",
    );
    expect(statements.map((s) => [s.indicator, s.value, s.period])).toEqual([
      ["nông nghiệp", 21, "năm 2024"],
      ["công nghiệp", 38, "năm 2024"],
      ["dịch vụ", 41, "năm 2024"],
      ["nông nghiệp", 23, "năm 2023"],
      ["công nghiệp", 37, "năm 2023"],
      ["dịch vụ", 40, "năm 2023"],
    ]);
  });

  it("reads 'với mức tăng 9,2%' as the level of the growth rate the clause names", () => {
    expect(read("Tăng trưởng GRDP của tỉnh dẫn đầu khu vực, với mức tăng 9,2%.")[0]).toMatchObject({
      value: 9.2,
      unit: "%",
    });
  });
});

describe("numbers that are no statement", () => {
  it("drops contribution points ('đóng góp 2,1 điểm phần trăm')", () => {
    expect(
      figures("Ngành chế biến tăng 6,3%, đóng góp 2,1 điểm phần trăm vào mức tăng chung.").map(
        (f) => f.value,
      ),
    ).toEqual([null]);
  });

  it("drops thresholds that select units ('12 huyện tăng trưởng trên 9%')", () => {
    expect(
      read("Có 20/27 huyện tăng trưởng đạt từ 7% trở lên; trong đó 12 huyện tăng trưởng trên 9%."),
    ).toEqual([expect.objectContaining({ met: 20, total: 27 })]);
  });

  it("drops the '1' of a per-hectare yield ('trên 1ha canh tác')", () => {
    expect(figures("Giá trị thu trên 1ha canh tác năm 2024 đạt 210 triệu đồng.")).toEqual([
      { value: 210, unit: "triệu đồng", percents: [] },
    ]);
  });

  it("drops a rank change ('tăng 12 bậc') and keeps the score", () => {
    expect(figures("Theo PCI 2023, tỉnh có tổng điểm là 68,40, tăng 12 bậc so với năm 2022.")).toEqual([
      { value: 68.4, unit: "điểm", percents: [] },
    ]);
  });

  it("drops discounts in an advertisement", () => {
    expect(read("Hóa đơn từ 2.000.000đ khách hàng nhận 5% chiết khấu.")).toEqual([]);
  });
});

describe("numbers and units", () => {
  it("reads an English thousands comma for whole things and money", () => {
    expect(
      figures("Năm 2023, cả nước có 152,430 doanh nghiệp; thu nhập đạt 2,950 USD.").map((f) => f.value),
    ).toEqual([152430, 2950]);
  });

  it("keeps a Vietnamese decimal comma before a magnitude ('8,209 tỷ USD')", () => {
    expect(figures("Tổng vốn đăng ký là 8,209 tỷ USD.")[0]!.value).toBe(8.209);
  });

  it("reads 'vạn' and 'ngàn' as magnitudes of the unit", () => {
    expect(figures("Sản lượng lúa đạt 42,5 vạn tấn; diện tích gieo trồng đạt 27 ngàn hécta.")).toEqual([
      { value: 42.5, unit: "vạn tấn", percents: [] },
      { value: 27, unit: "ngàn hécta", percents: [] },
    ]);
  });

  it("reads '0 45%' as a dropped decimal comma", () => {
    expect(figures("Tỷ lệ hộ nghèo giảm 0 45% so với năm 2023.")[0]!.percents).toEqual([0.45]);
  });

  it("reads achieved/target slash pairs as value and plan, not as a roll-up", () => {
    const statements = read("Thu ngân sách đạt 12.400/10.500 tỷ đồng; kết nạp 1.320/1.200 đảng viên.");
    expect(statements.map((s) => [s.value, s.plan_value, s.unit, s.met])).toEqual([
      [12400, 10500, "tỷ đồng", undefined],
      [1320, 1200, "đảng viên", undefined],
    ]);
  });

  it("reads 'tăng từ X (năm A) lên Y (năm B)' as two levels, each with the period beside it", () => {
    const statements = read(
      "Giá trị sản xuất ngành lâm nghiệp tăng từ 1.840 tỷ đồng (năm 2021) lên 2.115 tỷ đồng (năm 2024).",
    );
    expect(statements.map((s) => [s.value, s.period])).toEqual([
      [1840, "năm 2021"],
      [2115, "năm 2024"],
    ]);
  });

  it("carries a count's unit to a sibling item that leaves it out ('… là 6.312.')", () => {
    const statements = read(
      "Trong đó, hộ nghèo về thu nhập là 4.210 hộ; hộ nghèo thiếu hụt dịch vụ xã hội là 1.305.",
    );
    expect(statements.map((s) => [s.value, s.unit])).toEqual([
      [4210, "hộ"],
      [1305, "hộ"],
    ]);
  });

  it("keeps '12/15 chỉ tiêu' a roll-up", () => {
    expect(read("Có 12/15 chỉ tiêu đạt và vượt kế hoạch.")[0]).toMatchObject({ met: 12, total: 15 });
  });

  it("reads a range of percents ('giảm thêm từ 1-1,5%')", () => {
    expect(read("Tỷ lệ hộ nghèo phấn đấu giảm thêm từ 1-1,5%.")[0]).toMatchObject({ value_range: [1, 1.5] });
  });

  it("reads an adverb between the verb and the percent ('giảm bình quân 1,2%/năm')", () => {
    const [s] = read("Tỷ lệ hộ nghèo giảm bình quân 1,2%/năm.");
    expect(s!.comparisons).toMatchObject([{ percent: 1.2, direction: "decrease" }]);
  });
});

describe("period and place by structure", () => {
  it("carries the lead sentence's period to the sentences after it", () => {
    const statements = read(
      "Đại hội Đảng bộ huyện lần thứ XX (nhiệm kỳ 2025 - 2030) thông qua các chỉ tiêu. Thu nhập bình quân đầu người đạt 80 triệu đồng.",
    );
    expect(statements[0]).toMatchObject({ period: "nhiệm kỳ 2025 - 2030", locality: "huyện" });
  });

  it("takes a period later in the sentence when none comes before", () => {
    expect(read("Với 12 tỷ USD, tỉnh dẫn đầu về xuất khẩu trong 9 tháng năm 2024.")[0]!.period).toBe(
      "9 tháng năm 2024",
    );
  });

  it("reads a week, a holiday and 'đến nay' as periods", () => {
    expect(read("Trong tuần thứ 12 của năm 2024, số vốn đăng ký đạt 9.000 tỷ đồng.")[0]!.period).toBe(
      "tuần thứ 12 của năm 2024",
    );
    expect(
      read("Trong 7 ngày nghỉ Tết Nguyên đán Giáp Thìn, tỉnh đón 600 nghìn lượt khách.")[0]!.period,
    ).toBe("7 ngày nghỉ Tết Nguyên đán Giáp Thìn");
    expect(read("Đến nay, tổng vốn giải ngân đạt 1.200 tỷ đồng.")[0]!.period).toBe("Đến nay");
  });

  it("keeps a period in an aside to that aside", () => {
    const statements = read(
      "Sáu tháng năm 2024, chỉ số sản xuất tăng 5% (quý II tăng 6%). Cơ cấu kinh tế năm 2024: dịch vụ chiếm 40%; công nghiệp chiếm 35%.",
    );
    expect(statements.map((s) => s.period)).toEqual(["Sáu tháng năm 2024", "quý II", "năm 2024", "năm 2024"]);
  });

  it("names a bare province that is the subject of its clause", () => {
    const statements = read("Cụ thể, Yên Bái tăng trưởng 6,1%; Sơn La 5,9%.");
    expect(statements.map((s) => s.locality)).toEqual(["Yên Bái", "Sơn La"]);
  });
});

describe("evidence", () => {
  it("says which words made the value, each comparison and the period", () => {
    const [s] = read("Năm 2024, sản lượng lúa đạt trên 88.000 tấn, tăng 3% so với cùng kỳ.");
    expect(s!.evidence).toEqual({
      indicator: "Năm 2024, sản lượng lúa",
      value: "đạt trên 88.000 tấn",
      comparisons: ["tăng 3% so với cùng kỳ"],
      period: { words: "Năm 2024", at: 0 },
    });
  });

  it("says when the source, not the text, gave the place and the period", () => {
    const [s] = extractStatements("Sản lượng lúa đạt 88.000 tấn.", {
      locality: "huyện Cần Đước",
      period: "năm 2024",
    }).statements;
    expect(s).toMatchObject({ locality: "huyện Cần Đước", period: "năm 2024" });
    expect(s!.evidence).toMatchObject({ locality: "source", period: "source" });
  });
});
