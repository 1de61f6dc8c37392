import { describe, expect, it } from "vitest";
import { parseTargetText } from "./target-text.ts";
import type { TargetPeriod } from "./target-types.ts";

const YEAR: TargetPeriod = { type: "annual", from: 2024, to: 2024 };
const TERM: TargetPeriod = { type: "term", from: 2021, to: 2025 };
const read = (text: string, period: TargetPeriod = YEAR, indicator?: string) =>
  parseTargetText({ text, period, indicator: indicator ?? null });

describe("parseTargetText: bounds", () => {
  it("reads 'trên' as a strict floor: the bound itself misses", () => {
    expect(read("tỷ lệ thôn có đường bê tông trên 85%")).toMatchObject({
      target: { kind: "min", value: 85, strict: true },
      unit: "%",
      direction: "higher_better",
    });
  });

  it("reads 'dưới' and '<' as strict ceilings, lower-better", () => {
    expect(read("tỷ lệ lạm phát dưới 4%")).toMatchObject({
      target: { kind: "max", value: 4, strict: true },
      direction: "lower_better",
    });
    expect(read("chỉ số giá tiêu dùng tăng < 4,5%").target).toEqual({
      kind: "max",
      value: 4.5,
      strict: true,
    });
  });

  it("reads 'từ … trở lên', 'tối thiểu' and 'không dưới' as inclusive floors", () => {
    expect(read("tăng trưởng kinh tế từ 10% trở lên").target).toEqual({
      kind: "min",
      value: 10,
      strict: false,
    });
    expect(read("tối thiểu 90% hộ dùng nước sạch").target).toEqual({ kind: "min", value: 90, strict: false });
    expect(read("không dưới 35% số thôn đạt chuẩn kiểu mẫu").target).toEqual({
      kind: "min",
      value: 35,
      strict: false,
    });
  });

  it("reads 'không quá' as an inclusive ceiling", () => {
    expect(read("bội chi ngân sách không quá 3,2% GRDP")).toMatchObject({
      target: { kind: "max", value: 3.2, strict: false },
      unit: "% GRDP",
      direction: "lower_better",
    });
  });

  it("leaves 'trở lên' to the number that owns it", () => {
    expect(read("có 12 sản phẩm OCOP đạt từ 3 sao trở lên")).toMatchObject({
      target: { kind: "point", value: 12 },
      unit: "sản phẩm",
    });
  });

  it("reads a range written with a hyphen and decimal commas", () => {
    expect(read("GRDP bình quân đầu người đạt 88,5 - 90,5 triệu đồng", TERM)).toEqual({
      target: { kind: "range", min: 88.5, max: 90.5 },
      unit: "triệu đồng",
      direction: "higher_better",
      horizon: "end_of_period",
    });
  });

  it("reads 'khoảng' as approximate, on a value and on a range", () => {
    expect(read("tỷ lệ đô thị hóa khoảng 42%").target).toEqual({ kind: "approx", value: 42 });
    expect(read("tăng trưởng khoảng 6-6,5%").target).toEqual({
      kind: "range",
      min: 6,
      max: 6.5,
      approx: true,
    });
  });

  it("keeps a 'phấn đấu' figure as the stretch of the target before it", () => {
    expect(read("tăng trưởng kinh tế khoảng 6,0-6,5% và phấn đấu khoảng 6,5-7,0%").target).toEqual({
      kind: "range",
      min: 6,
      max: 6.5,
      approx: true,
      stretch: { min: 6.5, max: 7 },
    });
  });

  it("reads a decimal dot before one or two digits, and ranges written with '÷'", () => {
    expect(read("tăng trưởng kinh tế 6.8%").target).toEqual({ kind: "point", value: 6.8 });
    expect(read("tăng trưởng kinh tế 6÷7%").target).toEqual({ kind: "range", min: 6, max: 7 });
  });

  it("lets 'là', 'đạt' and 'ở mức' stand between a bound word and its number", () => {
    expect(read("tối thiểu đạt 85% số hộ").target).toEqual({ kind: "min", value: 85, strict: false });
    expect(read("trên dưới 3%").target).toEqual({ kind: "approx", value: 3 });
  });

  it("reads thousands with dots and plain large numbers", () => {
    expect(read("thu ngân sách nhà nước đạt 12.350 tỷ đồng")).toMatchObject({
      target: { kind: "point", value: 12350 },
      unit: "tỷ đồng",
    });
    expect(read("Đàn bò: 4200 con")).toMatchObject({ target: { kind: "point", value: 4200 }, unit: "con" });
  });
});

describe("parseTargetText: counts and units", () => {
  it("reads '100% xã đạt chuẩn' as a share in %", () => {
    expect(read("100% xã đạt chuẩn tiếp cận pháp luật", TERM)).toMatchObject({
      target: { kind: "point", value: 100 },
      unit: "%",
      direction: "higher_better",
      horizon: "end_of_period",
    });
  });

  it("reads 'A/B xã' as a pair of planned counts", () => {
    expect(read("có 48/75 xã đạt chuẩn nông thôn mới nâng cao", TERM)).toMatchObject({
      target: { kind: "ratio_pair", numerator: 48, denominator: 75 },
      unit: "xã",
    });
  });

  it.each([
    ["có 11 bác sĩ trên 1 vạn dân", 11, "bác sĩ/vạn dân"],
    ["đạt 34 giường bệnh/vạn dân", 34, "giường bệnh/vạn dân"],
    ["thành lập mới 850 doanh nghiệp", 850, "doanh nghiệp"],
    ["xây mới 4 trường đạt chuẩn", 4, "trường"],
    ["có 9 thôn đạt chuẩn thôn kiểu mẫu", 9, "thôn"],
    ["tỷ suất sinh thô đạt 15,5‰", 15.5, "‰"],
    ["đón 2,4 triệu lượt khách", 2.4, "triệu lượt"],
  ])("reads the unit of %s", (text, value, unit) => {
    expect(read(text)).toMatchObject({ target: { value }, unit });
  });

  it("reads 'không còn hộ nghèo' as at most zero households, lower-better", () => {
    expect(read("đến năm 2025 không còn hộ nghèo", TERM)).toEqual({
      target: { kind: "max", value: 0, strict: false },
      unit: "hộ",
      direction: "lower_better",
      horizon: "end_of_period",
    });
  });

  it("does not take what a figure is per for a figure, but keeps 'trên 1%'", () => {
    expect(read("giá trị thu được trên 1 ha đất trồng trọt đạt 160 triệu đồng")).toMatchObject({
      target: { kind: "point", value: 160 },
      unit: "triệu đồng",
    });
    expect(read("tăng trên 1%").target).toEqual({ kind: "min", value: 1, strict: true });
  });

  it("does not take years, term spans or names of things for figures", () => {
    expect(read("tăng trưởng (giá so sánh 2010) bình quân 8%/năm giai đoạn 2021-2025", TERM).target).toEqual({
      kind: "point",
      value: 8,
    });
    expect(read("60% học sinh tiểu học học 2 buổi/ngày", TERM).target).toEqual({ kind: "point", value: 60 });
  });

  it("does not take the number in a name ('Covid-19') for a figure", () => {
    expect(read("sau dịch Covid-19 phục hồi, thu ngân sách đạt 25 tỷ đồng").target).toEqual({
      kind: "point",
      value: 25,
    });
  });

  it("gives no unit and a qualitative direction to a target with no number", () => {
    expect(read("Xã đạt chuẩn nông thôn mới nâng cao", TERM)).toEqual({
      target: { kind: "qualitative" },
      unit: null,
      direction: "qualitative",
      horizon: "end_of_period",
    });
  });

  it("reads '% kế hoạch giao' when a share of the plan is the target", () => {
    expect(read("giải ngân vốn đầu tư công đạt 100% kế hoạch tỉnh giao").unit).toBe("% kế hoạch giao");
  });
});

describe("parseTargetText: reductions and direction", () => {
  it("reads 'giảm X%' of a rate as a fall in points, higher-better", () => {
    expect(read("tỷ lệ hộ nghèo giảm 1,5-2%")).toEqual({
      target: { kind: "reduce_pp", min: 1.5, max: 2 },
      unit: "điểm %",
      direction: "higher_better",
      horizon: "annual",
    });
  });

  it("reads 'giảm từ X% xuống còn Y%' as the level Y to reach, X being where it starts", () => {
    expect(read("tỷ lệ hộ nghèo giảm từ 4,2% xuống còn 2,5%", TERM)).toMatchObject({
      target: { kind: "point", value: 2.5 },
      direction: "lower_better",
    });
  });

  it("drops a share in brackets that restates a count out of a whole", () => {
    expect(read("có 9/12 thôn đạt chuẩn (75%)", TERM).target).toEqual({
      kind: "ratio_pair",
      numerator: 9,
      denominator: 12,
    });
  });

  it("reads 'giảm còn X%' as the level to reach, lower-better", () => {
    expect(read("tỷ lệ hộ cận nghèo giảm còn 3,2%")).toMatchObject({
      target: { kind: "point", value: 3.2 },
      unit: "%",
      direction: "lower_better",
    });
  });

  it("reads a fall per year over a term as an average in points", () => {
    expect(read("giảm tỷ lệ hộ nghèo bình quân 1,2%/năm", TERM)).toMatchObject({
      target: { kind: "reduce_pp", value: 1.2 },
      unit: "điểm %",
      horizon: "period_average",
    });
  });

  it("puts the shares of an economic structure in a band", () => {
    const parsed = read("Cơ cấu kinh tế: công nghiệp 45%; dịch vụ 40%; nông nghiệp 15%", TERM);
    expect(parsed.direction).toBe("band");
    expect(parsed.target).toMatchObject({
      kind: "composite",
      parts: [
        { kind: "point", value: 45 },
        { kind: "point", value: 40 },
        { kind: "point", value: 15 },
      ],
    });
  });

  it("puts sector shares side by side in a band even without the word 'cơ cấu'", () => {
    expect(
      read("nông, lâm, thủy sản chiếm 18%; công nghiệp - xây dựng 37%; dịch vụ 45%", TERM).direction,
    ).toBe("band");
  });

  it("puts spending and population growth in a band", () => {
    expect(read("tổng chi ngân sách địa phương đạt 9.800 tỷ đồng").direction).toBe("band");
    expect(read("tốc độ tăng dân số khoảng 1%").direction).toBe("band");
  });

  it("reads a change against a base year, a fall as negative", () => {
    expect(read("thu nhập bình quân đầu người đến năm 2025 so với năm 2020 tăng 40%", TERM).target).toEqual({
      kind: "change_vs_base",
      value: 40,
      unit: "%",
      base: "2020",
    });
    expect(read("Diện tích mía: 90 ha, giảm 0,2 lần so với năm 2020", TERM)).toMatchObject({
      target: {
        kind: "composite",
        parts: [
          { kind: "point", value: 90 },
          { kind: "change_vs_base", value: -0.2 },
        ],
      },
      direction: "band",
    });
  });
});

describe("parseTargetText: changes", () => {
  it("reads a change right after a level as that level's change, not a second level", () => {
    expect(read("giá trị xuất khẩu đạt 1,8 tỷ USD, tăng 12%").target).toEqual({
      kind: "composite",
      parts: [
        { label_vi: "giá trị xuất khẩu", kind: "point", value: 1.8, unit: "tỷ USD", horizon: "annual" },
        {
          label_vi: "giá trị xuất khẩu — mức thay đổi",
          kind: "change_vs_base",
          value: 12,
          unit: "%",
          base: null,
          horizon: "annual",
        },
      ],
    });
  });

  it("reads 'giảm X%' of something that is no rate as a fall against the year before", () => {
    expect(read("diện tích trồng lúa giảm 5%")).toMatchObject({
      target: { kind: "change_vs_base", value: -5, unit: "%" },
      direction: "band",
    });
    expect(read("giảm 8% số người chết do tai nạn giao thông").direction).toBe("lower_better");
  });
});

describe("parseTargetText: horizons", () => {
  it("holds every target of an annual plan for its year", () => {
    expect(read("đến năm 2025 có 30 xã đạt chuẩn").horizon).toBe("annual");
  });

  it("reads 'đến năm 2025' in a term as the term's end", () => {
    expect(read("tỷ lệ lao động qua đào tạo đến năm 2025 đạt 70%", TERM).horizon).toBe("end_of_period");
  });

  it("reads 'bình quân … /năm' as the term's yearly average, and a growth rate in %/năm", () => {
    expect(read("tốc độ tăng thu ngân sách bình quân hằng năm 12%", TERM)).toMatchObject({
      unit: "%/năm",
      horizon: "period_average",
    });
    expect(read("kinh tế tăng trưởng bình quân 8-8,5%/năm", TERM).horizon).toBe("period_average");
  });

  it("reads 'bình quân' right before the figure as the term's average, but not an income's", () => {
    expect(read("vốn đầu tư toàn xã hội bình quân chiếm 33% GRDP", TERM).horizon).toBe("period_average");
    expect(read("thu nhập bình quân đạt 60 triệu đồng", TERM).horizon).toBe("end_of_period");
  });

  it("does not read 'bình quân đầu người' as an average over years", () => {
    expect(read("GRDP bình quân đầu người năm 2025 đạt 4.000 USD", TERM).horizon).toBe("end_of_period");
  });

  it("reads 'hằng năm' and 'mỗi năm' without 'bình quân' as every year", () => {
    expect(read("hằng năm có từ 85% chi bộ đạt trong sạch vững mạnh", TERM)).toMatchObject({
      target: { kind: "min", value: 85, strict: false },
      horizon: "each_year",
    });
    expect(read("mỗi năm kết nạp từ 50 đảng viên trở lên", TERM)).toMatchObject({
      unit: "đảng viên",
      horizon: "each_year",
    });
  });

  it("reads a share of yearly ratings in a term as every year", () => {
    expect(read("90% chi bộ đạt trong sạch, vững mạnh", TERM).horizon).toBe("each_year");
    expect(read("95% đảng viên hoàn thành tốt nhiệm vụ trở lên", TERM).horizon).toBe("each_year");
  });

  it("reads a floor per year as every year, and a flow per year as every year", () => {
    expect(read("thu ngân sách tăng 8%/năm trở lên", TERM).horizon).toBe("each_year");
    expect(read("trồng rừng tập trung 120 ha/năm", TERM).horizon).toBe("each_year");
  });

  it("reads 'giai đoạn 2021 - 2025' and '5 năm' as the term's total, but not a standard's span", () => {
    expect(read("tổng vốn đầu tư giai đoạn 2021 - 2025 đạt 50.000 tỷ đồng", TERM).horizon).toBe(
      "period_cumulative",
    );
    expect(read("tổng vốn đầu tư 5 năm đạt 1.200 tỷ đồng", TERM).horizon).toBe("period_cumulative");
    expect(read("tỷ lệ hộ nghèo dưới 2% theo chuẩn giai đoạn 2021 - 2025", TERM).horizon).toBe(
      "end_of_period",
    );
  });

  it("reads 'hằng năm' with no number as a status reached every year", () => {
    expect(read("chi bộ hằng năm đạt trong sạch, vững mạnh", TERM)).toMatchObject({
      target: { kind: "qualitative" },
      horizon: "each_year",
    });
  });

  it("reads 'duy trì' a level through a term as every year", () => {
    expect(read("duy trì 100% trạm y tế có bác sĩ", TERM).horizon).toBe("each_year");
  });

  it("reads 'duy trì' with no number as a status kept every year", () => {
    expect(read("duy trì xã đạt chuẩn quốc gia về y tế", TERM)).toMatchObject({
      target: { kind: "qualitative" },
      horizon: "each_year",
    });
  });
});

describe("parseTargetText: composite targets", () => {
  it("keeps a 'trong đó' breakdown as parts of one target", () => {
    const parsed = read("tỷ lệ lao động qua đào tạo khoảng 75%, trong đó có bằng cấp, chứng chỉ 32-33%");
    expect(parsed.target).toMatchObject({
      kind: "composite",
      parts: [
        { kind: "approx", value: 75 },
        { kind: "range", min: 32, max: 33 },
      ],
    });
    expect(parsed.unit).toBe("%");
  });

  it("reads a term total with its final year, the total setting the horizon", () => {
    const parsed = read(
      "tổng thu ngân sách giai đoạn 2021 - 2025 đạt 20.000 tỷ đồng; trong đó năm 2025 đạt 4.800 tỷ đồng",
      TERM,
    );
    expect(parsed.horizon).toBe("period_cumulative");
    expect(parsed.target).toMatchObject({
      kind: "composite",
      parts: [
        { kind: "point", value: 20000, horizon: "period_cumulative" },
        { kind: "point", value: 4800, horizon: "end_of_period" },
      ],
    });
  });

  it("keeps a goal with no number beside a figure as a qualitative part", () => {
    expect(read("tỷ lệ che phủ rừng trên 45%, nâng cao chất lượng rừng trồng").target).toMatchObject({
      kind: "composite",
      parts: [{ kind: "min", value: 45, strict: true }, { kind: "qualitative" }],
    });
  });

  it("keeps a count beside a share as two parts", () => {
    expect(read("50% (6 xã) đạt chuẩn nông thôn mới kiểu mẫu", TERM).target).toMatchObject({
      kind: "composite",
      parts: [
        { kind: "point", value: 50, unit: "%" },
        { kind: "point", value: 6, unit: "xã" },
      ],
    });
  });
});

describe("parseTargetText: a table's cells", () => {
  it("gives a rate or a speed of growth with no unit written the unit %", () => {
    expect(
      parseTargetText({ text: "7 - 7,5", indicator: "Tốc độ tăng trưởng GRDP", period: YEAR }).unit,
    ).toBe("%");
  });

  it("takes the unit and the horizon from the indicator's name when the cell has no words", () => {
    expect(
      parseTargetText({ text: "6,5 - 7", indicator: "Tăng trưởng GRDP bình quân (%/năm)", period: TERM }),
    ).toEqual({
      target: { kind: "range", min: 6.5, max: 7 },
      unit: "%/năm",
      direction: "higher_better",
      horizon: "period_average",
    });
    expect(
      parseTargetText({ text: "≥ 90", indicator: "Tỷ lệ trường đạt chuẩn (%)", period: YEAR }),
    ).toMatchObject({
      target: { kind: "min", value: 90, strict: false },
      unit: "%",
    });
  });
});
