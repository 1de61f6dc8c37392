import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract.ts";
import { isTargetHeading } from "./statements.ts";

const read = (text: string) => extractStatements(text).statements;

describe("statements: values and comparisons", () => {
  it("opens a statement at a quantity and attaches the percents after it", () => {
    const [s, ...rest] = read(
      "Sản lượng thủy sản đạt trên 15.200 tấn, đạt 103% kế hoạch tỉnh giao, đạt 101,5% kế hoạch năm.",
    );
    expect(rest).toEqual([]);
    expect(s).toMatchObject({
      indicator: "Sản lượng thủy sản",
      value: 15200,
      unit: "tấn",
      qualifier: "more_than",
      comparisons: [
        { percent: 103, basis: "plan_assigned", basis_text: "kế hoạch tỉnh giao" },
        { percent: 101.5, basis: "plan_year", basis_text: "kế hoạch năm" },
      ],
    });
  });

  it("reads 'đạt X%' with no basis as a percent of plan", () => {
    const [s] = read("Giá trị xuất khẩu ước đạt 96 triệu USD, đạt 104%.");
    expect(s!.comparisons).toEqual([{ percent: 104, basis: "plan", basis_text: null }]);
    expect(s!.estimated).toBe(true);
  });

  it("reads a change with its direction and basis", () => {
    const [s] = read("Doanh thu du lịch đạt 820 tỷ đồng, tăng 9,4% so với cùng kỳ, giảm 2% so với năm 2022.");
    expect(s!.comparisons).toEqual([
      { percent: 9.4, basis: "same_period", basis_text: "so với cùng kỳ", direction: "increase" },
      { percent: 2, basis: "previous_year", basis_text: "so với năm 2022", direction: "decrease" },
    ]);
  });

  it("reads 'vượt X% dự toán' as an increase over the budget estimate", () => {
    const [s] = read("Thu ngân sách trên địa bàn đạt 95 tỷ đồng, vượt 18% dự toán.");
    expect(s!.comparisons).toEqual([
      { percent: 18, basis: "budget_estimate", basis_text: "dự toán", direction: "increase" },
    ]);
  });

  it("reads 'bằng X% cùng kỳ' as a level against the same period, with no direction", () => {
    const [s] = read("Kim ngạch nhập khẩu ước đạt 40 triệu USD, bằng 88% cùng kỳ năm trước.");
    expect(s!.comparisons).toEqual([{ percent: 88, basis: "same_period", basis_text: "cùng kỳ năm trước" }]);
  });

  it("reads a multiplier as percent and multiplier", () => {
    const [s] = read("Số doanh nghiệp đạt 1.250 doanh nghiệp, gấp 2,5 lần so với năm 2015.");
    expect(s!.comparisons[0]).toMatchObject({ percent: 250, multiplier: 2.5 });
  });

  it("reads a rate indicator's percent as its level", () => {
    const [s] = read("Tốc độ tăng trưởng kinh tế đạt 8,2%; tỷ lệ che phủ rừng đạt 41%.");
    expect(s).toMatchObject({ value: 8.2, unit: "%", comparisons: [] });
  });

  it("reads a non-rate indicator's bare percent as a percent of plan", () => {
    const [s] = read("Năm 2023, thu ngân sách xã đạt 131%.");
    expect(s).toMatchObject({ value: null, comparisons: [{ percent: 131, basis: "plan" }] });
  });

  it("opens a percent-only statement for a change with its own indicator", () => {
    const [s] = read("Tỷ lệ trẻ em suy dinh dưỡng giảm 1,2%.");
    expect(s).toMatchObject({
      value: null,
      comparisons: [{ percent: 1.2, direction: "decrease", basis: "other" }],
    });
  });

  it("reads 'giảm xuống còn X%' as the resulting level", () => {
    const [s] = read("Tỷ lệ hộ nghèo giảm xuống còn 2,1%.");
    expect(s).toMatchObject({ value: 2.1, unit: "%", comparisons: [] });
  });

  it("reads list items 'ngành: X%' as levels", () => {
    const statements = read(
      "Cơ cấu kinh tế: nông nghiệp 25,1%; công nghiệp - xây dựng 35,4%; dịch vụ 39,5%.",
    );
    expect(statements.map((s) => s.value)).toEqual([25.1, 35.4, 39.5]);
  });

  it("keeps increases in money as absolute changes of the statement", () => {
    const [s] = read("Thu nhập bình quân đạt 70 triệu đồng, tăng 6,5 triệu đồng so với năm 2022.");
    expect(s!.absolute_changes).toEqual([
      {
        value: 6.5,
        unit: "triệu đồng",
        direction: "increase",
        basis: "previous_year",
        basis_text: "so với năm 2022",
      },
    ]);
  });

  it("reads a plan range after '/KH'", () => {
    const [s] = read("Tổng vốn đầu tư ước đạt 3.100 tỷ đồng/KH 2.900-3.000 tỷ đồng.");
    expect(s).toMatchObject({ value: 3100, plan_range: [2900, 3000], plan_unit: "tỷ đồng" });
  });

  it("reads 'là X, thực hiện đạt Y' as plan and actual", () => {
    const [s, ...rest] = read(
      "Thu ngân sách xã được giao là 12.000 triệu đồng, thực hiện đạt 12.600 triệu đồng.",
    );
    expect(rest).toEqual([]);
    expect(s).toMatchObject({ value: 12600, plan_value: 12000, plan_unit: "triệu đồng" });
  });

  it("splits slash-packed figures and attaches an area comparison to the area", () => {
    const statements = read(
      "Đã bồi thường cho 120 hộ/15,2ha/48,5 tỷ đồng (đạt 60% chỉ tiêu tỉnh giao 25ha), đạt 130% về diện tích so với năm 2023 (11,7ha).",
    );
    expect(statements.map((s) => s.unit)).toEqual(["hộ", "ha", "tỷ đồng"]);
    expect(statements[1]!.comparisons.map((c) => c.percent)).toEqual([60, 130]);
    expect(statements[1]).toMatchObject({ plan_value: 25, plan_unit: "ha" });
    expect(statements[1]!.comparisons[1]).toMatchObject({ basis_value: 11.7, basis_unit: "ha" });
  });

  it("ignores a breakdown in brackets", () => {
    const statements = read("Thu ngân sách đạt 300 tỷ đồng (thuế 120 tỷ đồng; phí 30 tỷ đồng).");
    expect(statements).toHaveLength(1);
  });
});

describe("statements: roll-ups, ranks and shares", () => {
  it("reads '21/22 chỉ tiêu đạt, vượt' as a roll-up", () => {
    const [s] = read("Năm 2024, thị xã có 21/22 chỉ tiêu đạt, vượt kế hoạch.");
    expect(s).toMatchObject({ met: 21, total: 22, rollup_status: "met_or_exceeded", value: null });
  });

  it("attaches a rank to the statement before it and never makes it a roll-up", () => {
    const statements = read("Giá trị sản xuất đạt 9.500 tỷ đồng, tăng 7% (xếp thứ 2/9 huyện, thành phố).");
    expect(statements).toHaveLength(1);
    expect(statements[0]!.rank).toEqual({ position: 2, out_of: 9 });
  });

  it("keeps 'chiếm X%' after a figure as its share", () => {
    const [s] = read("Xuất khẩu nông sản đạt 50 triệu USD, chiếm 30% tổng kim ngạch.");
    expect(s).toMatchObject({ value: 50, share_percent: 30 });
  });
});

describe("statements: targets, estimates, periods and localities", () => {
  it("marks figures after a heading of targets as targets", () => {
    const statements = read(
      "Các chỉ tiêu chủ yếu:\n- Tổng sản lượng lương thực: 48.000 tấn;\n- Thu ngân sách: 150 tỷ đồng.",
    );
    expect(statements.map((s) => s.is_target)).toEqual([true, true]);
  });

  it("marks a budget estimate and 'phấn đấu' figures as targets", () => {
    expect(read("Năm 2025, dự toán thu ngân sách là 410 tỷ đồng.")[0]!.is_target).toBe(true);
    expect(read("Tốc độ tăng trưởng phấn đấu từ 9% trở lên.")[0]).toMatchObject({
      is_target: true,
      qualifier: "at_least",
    });
  });

  it("ends a list of targets at a heading of results", () => {
    const statements = read(
      "Các chỉ tiêu chủ yếu:\n- Thu ngân sách: 150 tỷ đồng.\nKết quả thực hiện:\n- Thu ngân sách đạt 160 tỷ đồng.",
    );
    expect(statements.map((s) => s.is_target)).toEqual([true, false]);
  });

  it("does not take a result with a basis under a heading of targets for a target", () => {
    const statements = read(
      "Các chỉ tiêu chủ yếu:\n- Thu ngân sách ước đạt 160 tỷ đồng, tăng 7% so với cùng kỳ.",
    );
    expect(statements[0]!.is_target).toBe(false);
  });

  it("does not mark results as targets", () => {
    expect(read("Thu ngân sách đạt 410 tỷ đồng, đạt 102% dự toán.")[0]!.is_target).toBe(false);
  });

  it("gives each statement the period and locality in force", () => {
    const statements = read(
      "Năm 2022, huyện Phú Tân đạt 5.000 tấn cá. Năm 2023, sản lượng cá đạt 5.400 tấn, tăng 8% so với năm 2022.",
    );
    expect(statements.map((s) => [s.period, s.locality])).toEqual([
      ["Năm 2022", "huyện Phú Tân"],
      ["Năm 2023", "huyện Phú Tân"],
    ]);
    expect(statements[1]!.comparisons[0]!.basis).toBe("previous_year");
  });

  it("makes a distant basis year 'other'", () => {
    const [s] = read(
      "Năm 2024, số người tham gia bảo hiểm xã hội đạt 1,2 triệu người, tăng 40% so với năm 2015.",
    );
    expect(s!.comparisons[0]!.basis).toBe("other");
  });

  it("keeps a repeated headline figure once", () => {
    const text =
      "Bình Định: Tăng trưởng kinh tế ước đạt 7,2%\nNăm 2024, tăng trưởng kinh tế của tỉnh ước đạt 7,2%.";
    expect(read(text)).toHaveLength(1);
  });
});

describe("isTargetHeading", () => {
  it("recognises a heading of targets and rejects a results sentence", () => {
    expect(isTargetHeading("II. CÁC CHỈ TIÊU CHỦ YẾU")).toBe(true);
    expect(isTargetHeading("Các chỉ tiêu chủ yếu đều đạt và vượt kế hoạch")).toBe(false);
  });
});

describe("statements: percents of a population", () => {
  it("reads '100% xã có trạm y tế' as a level whose indicator follows the figure", () => {
    const statements = read(
      "Tỷ lệ che phủ rừng đạt 40%; 100% xã có trạm y tế; có 97% dân số dùng nước sạch.",
    );
    expect(statements.map((s) => [s.indicator, s.value, s.comparisons.length])).toEqual([
      ["Tỷ lệ che phủ rừng", 40, 0],
      ["xã có trạm y tế", 100, 0],
      ["dân số dùng nước sạch", 97, 0],
    ]);
  });

  it("names a count by the noun after it when no words come before", () => {
    const [s] = read("Có 930 doanh nghiệp thành lập mới.");
    expect(s!.indicator).toBe("doanh nghiệp thành lập mới");
  });

  it("reads a not-met remainder as a roll-up with status not_met", () => {
    const statements = read("Kết quả, 16/19 chỉ tiêu đạt và vượt; 3 chỉ tiêu không đạt.");
    expect(statements.map((s) => [s.met, s.total, s.rollup_status])).toEqual([
      [16, 19, "met_or_exceeded"],
      [3, 19, "not_met"],
    ]);
  });
});

describe("statements: gifts and ceremonies", () => {
  it("reads nothing from a sentence about gifts", () => {
    expect(read("Dịp này, huyện trao 200 suất quà, mỗi suất trị giá 500.000 đồng.")).toEqual([]);
  });

  it("does not take 'toàn xã hội' for a commune", () => {
    expect(read("Tỉnh Bến Tre: tổng vốn đầu tư toàn xã hội đạt 21.000 tỷ đồng.")[0]!.locality).toBe(
      "tỉnh Bến Tre",
    );
  });
});

describe("statements: asides and bare changes", () => {
  it("does not take a bracketed figure with no verb for a comparison", () => {
    const [s] = read("Tăng trưởng kinh tế ước đạt 7,1%, cao hơn mức bình quân cả nước (6,5%).");
    expect(s).toMatchObject({ value: 7.1, comparisons: [], locality: null });
  });

  it("keeps a change in households as an absolute change, with the percent beside it", () => {
    const [s] = read("Số hộ nghèo giảm 310 hộ, tương đương giảm 1,4%.");
    expect(s).toMatchObject({
      value: null,
      comparisons: [{ percent: 1.4, direction: "decrease" }],
      absolute_changes: [{ value: 310, unit: "hộ", direction: "decrease" }],
    });
  });

  it("drops a bare change in households with nothing else", () => {
    expect(read("Số hộ nghèo giảm 310 hộ.")).toEqual([]);
  });

  it("marks the items under 'Kế hoạch năm 2026:' as targets", () => {
    const statements = read(
      "Kế hoạch năm 2026:\n- Tăng trưởng kinh tế: 8,5%;\n- Thu ngân sách: 420 tỷ đồng.",
    );
    expect(statements.map((s) => s.is_target)).toEqual([true, true]);
  });

  it("reads a school year as the period", () => {
    const [s] = read("Năm học 2024-2025, toàn huyện có 52 trường.");
    expect(s).toMatchObject({ period: "Năm học 2024-2025", value: 52, unit: "trường" });
  });

  it("keeps a distant basis with figures in it as 'other' with its text", () => {
    const [s] = read("Vốn đăng ký đạt 9.000 tỷ đồng, gấp 3 lần so với giai đoạn 2016-2020.");
    expect(s!.comparisons[0]).toMatchObject({ basis: "other", basis_text: "so với giai đoạn 2016-2020" });
  });
});

describe("statements: a plan in brackets", () => {
  it("reads '(kế hoạch 7%)' after a result as its plan, not as a comparison", () => {
    const [s] = read("Tốc độ tăng trưởng kinh tế đạt 7,4% (kế hoạch 7%).");
    expect(s).toMatchObject({ value: 7.4, comparisons: [], plan_value: 7, plan_unit: "%" });
  });

  it("reads '(KH 1.500 ha)' after an area as its plan", () => {
    const [s] = read("Diện tích trồng rừng mới đạt 1.620 ha (KH 1.500 ha).");
    expect(s).toMatchObject({ value: 1620, plan_value: 1500, plan_unit: "ha" });
  });
});

describe("statements: a breakdown with 'trong đó'", () => {
  it("keeps the comparison after a single item with that item", () => {
    const [whole, item] = read(
      "Tổng thu đạt 800 tỷ đồng, trong đó thu nội địa đạt 650 tỷ đồng, đạt 104% dự toán.",
    );
    expect(whole!.comparisons).toEqual([]);
    expect(item!.comparisons.map((c) => c.percent)).toEqual([104]);
  });

  it("gives the comparison after two bare items to the whole", () => {
    const [whole, a, b] = read(
      "Năm 2022, diện tích trồng mới đạt 3.400 ha, trong đó cây ăn quả là 2.100 ha, cây lâu năm là 900 ha, đạt 102% kế hoạch năm.",
    );
    expect(whole!.comparisons.map((c) => c.percent)).toEqual([102]);
    expect([a!.comparisons, b!.comparisons]).toEqual([[], []]);
  });
});

describe("statements: scores, party members and goals", () => {
  it("reads a score in points with its change in steps and its rank", () => {
    const [s] = read("Chỉ số PCI năm 2024 đạt 68,4 điểm, tăng 3 bậc, xếp thứ 9/63 tỉnh, thành phố.");
    expect(s).toMatchObject({
      value: 68.4,
      unit: "điểm",
      absolute_changes: [{ value: 3, unit: "bậc", direction: "increase" }],
      rank: { position: 9, out_of: 63 },
    });
  });

  it("keeps 'vượt 2 điểm phần trăm' as an absolute change, not a new statement", () => {
    const statements = read("Tỷ lệ giải ngân đạt 91%, vượt 2 điểm phần trăm so với cùng kỳ.");
    expect(statements).toHaveLength(1);
    expect(statements[0]!.absolute_changes?.[0]).toMatchObject({ value: 2, unit: "điểm phần trăm" });
  });

  it("reads new party members with their percent of the target", () => {
    const [s] = read("Trong năm, kết nạp 212 đảng viên mới, đạt 106% chỉ tiêu.");
    expect(s).toMatchObject({
      value: 212,
      unit: "đảng viên",
      comparisons: [{ percent: 106, basis: "plan" }],
    });
  });

  it("names the counted noun, not the place, in a roll-up ('Huyện X có 9/9 xã')", () => {
    const [s] = read("Huyện Krông Pắc có 9/9 xã đạt chuẩn nông thôn mới.");
    expect(s).toMatchObject({ indicator: "xã", met: 9, total: 9, locality: "huyện Krông Pắc" });
  });

  it("makes every figure of a goal sentence a target", () => {
    const statements = read(
      "Tỉnh phấn đấu đến năm 2030 có 80% xã đạt chuẩn, thu nhập bình quân đạt 150 triệu đồng.",
    );
    expect(statements.map((s) => s.is_target)).toEqual([true, true]);
  });
});
