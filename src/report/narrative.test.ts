import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assessPlanFile } from "../app/plan-file.ts";
import { reportInputFromPlanFile } from "../app/report-input.ts";
import { assessPlan } from "../domain/assess-plan.ts";
import type { Indicator, Observation, Target } from "../domain/types.ts";
import { draftReport, draftReports, type Report, type ReportInput, renderReportText } from "./narrative.ts";

function example(name: string): ReportInput {
  const json = JSON.parse(readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), "utf8"));
  const { file, assessment } = assessPlanFile(json);
  return reportInputFromPlanFile(file, assessment);
}

const canDuoc = draftReports(example("can-duoc-2023"));
const kienTuong = draftReports(example("kien-tuong-2020-2025"));
const textOf = (r: Report) => renderReportText(r);
const paragraphs = (r: Report) => [r.lead, ...r.sections.flatMap((s) => s.paragraphs)];

describe("draftReport: Cần Đước 2023, in Vietnamese", () => {
  const text = textOf(canDuoc.vi);

  it("states each seed figure in the seed's own phrasing and notation", () => {
    expect(text).toContain(
      "sản lượng lúa đạt trên 88.800 tấn, đạt 107% kế hoạch tỉnh giao, đạt 104,5% kế hoạch năm",
    );
    expect(text).toContain("sản lượng rau đạt 32.700 tấn, đạt 102,19% kế hoạch năm");
    expect(text).toContain("sản lượng tôm đạt trên 4.610 tấn, đạt 102,5% kế hoạch năm");
    expect(text).toMatch(/đạt 2\.390 t[ỷỉ] đồng, đạt 100,5%/);
  });

  it("gives the reported roll-up as reported, and what the data held computes", () => {
    expect(text).toContain("Theo báo cáo của địa phương, 23/24 chỉ tiêu KT-XH đạt, vượt kế hoạch.");
    expect(text).toContain(
      "Theo số liệu đang có trong hệ thống, 4/4 chỉ tiêu KT-XH có số liệu đạt, vượt kế hoạch.",
    );
    expect(canDuoc.vi.title).toBe("Huyện Cần Đước đạt, vượt 23/24 chỉ tiêu KT-XH năm 2023");
  });

  it("does not repeat the budget revenue's 1103,3 % as fact: it gives the value and the likely 110,33 %", () => {
    expect(text).not.toMatch(/đạt 1\.?103,3\s?%/);
    const budget = paragraphs(canDuoc.vi).filter((p) => p.includes("540,136"));
    expect(budget).toHaveLength(1);
    expect(budget[0]).toContain("Tổng thu ngân sách đạt 540,136 tỷ đồng");
    expect(budget[0]).toContain("không hợp lý, nhiều khả năng là 110,33% (nhầm dấu thập phân)");
    for (const p of paragraphs(canDuoc.vi).filter((x) => /1\.?103,3/.test(x))) expect(p).toContain("110,33%");
    expect(canDuoc.vi.figures.find((f) => f.indicatorCode === "budget_revenue")?.flagged).toBe(true);
  });

  it("has the seed's shape: title, date and time, lead, results, projects, the year ahead, byline when signed", () => {
    expect(canDuoc.vi.dateline).toBe("19/01/2024 - 07:00");
    expect(canDuoc.vi.sections.map((s) => s.heading)).toEqual([
      "Nhiều kết quả nổi bật",
      "Công trình trọng điểm, chương trình đột phá",
      "Nhiệm vụ năm 2024",
    ]);
    expect(canDuoc.vi.lead).toMatch(/^Năm 2023, huyện Cần Đước có 23\/24 chỉ tiêu KT-XH đạt, vượt kế hoạch/);
    expect(text).toContain(
      "Công trình trọng điểm “Xây dựng Tượng đài chiến thắng Khu di tích lịch sử Ngã tư Rạch Kiến”",
    );
    expect(text).toContain("Chương trình đột phá “Huy động mọi nguồn lực");
    expect(text).toContain("Năm 2024, huyện Cần Đước tập trung: hoàn thành tiến độ");
    // A draft carries no byline until a person signs it.
    expect(canDuoc.vi.byline).toBeNull();
    const signed = draftReport({ ...example("can-duoc-2023"), byline: "Phòng Tài chính - Kế hoạch" }, "vi");
    expect(renderReportText(signed).trim().split("\n").at(-1)).toBe("Phòng Tài chính - Kế hoạch");
  });

  it("groups the targets of one indicator into one figure", () => {
    const rice = canDuoc.vi.figures.filter((f) => f.indicatorCode === "rice_output");
    expect(rice).toHaveLength(1);
    expect(rice[0]!.targetIds).toEqual(["rice-assigned", "rice-annual"]);
    expect(canDuoc.vi.figures).toHaveLength(5);
  });

  it("is in NFC throughout", () => {
    for (const r of [canDuoc.vi, canDuoc.en, kienTuong.vi, kienTuong.en]) {
      expect(textOf(r)).toBe(textOf(r).normalize("NFC"));
    }
  });
});

describe("draftReport: Cần Đước 2023, in English", () => {
  const text = textOf(canDuoc.en);

  it("words the figures in natural English with English notation", () => {
    expect(text).toContain(
      "rice output reached over 88,800 tonnes, 107% of the province-assigned plan and 104.5% of the annual plan",
    );
    expect(text).toContain("vegetable output reached 32,700 tonnes, 102.19% of the annual plan");
    expect(text).toContain("VND 2,390 billion, 100.5% of the annual plan");
    expect(canDuoc.en.title).toBe(
      "Cần Đước district meets or exceeds 23 of 24 socio-economic targets in 2023",
    );
  });

  it("gives the roll-up as reported and as computed", () => {
    expect(text).toContain(
      "According to the local report, 23 of 24 socio-economic targets were met or exceeded.",
    );
    expect(text).toContain(
      "In the data on record, 4 of the 4 socio-economic targets with figures are met or exceeded.",
    );
  });

  it("notes the implausible budget percent rather than stating it", () => {
    expect(text).not.toMatch(/reached[^;]*1,?103\.3%/);
    expect(text).toContain("is implausible and is probably 110.33% (a misplaced decimal point)");
    expect(text).toContain("VND 540.136 billion");
  });

  it("has no Vietnamese notation left in it", () => {
    expect(text).not.toMatch(/\d\.\d{3}(?!\d)(?! billion)/);
    expect(text).not.toMatch(/\d,\d{1,2}%/);
  });
});

describe("draftReport: Kiến Tường, mid-term of the 2020-2025 resolution", () => {
  const vi = textOf(kienTuong.vi);
  const en = textOf(kienTuong.en);

  it("follows the Kiến Tường seed: title and lead of a term", () => {
    expect(kienTuong.vi.title).toBe(
      "Thị xã Kiến Tường đạt và vượt 10/18 chỉ tiêu nghị quyết nhiệm kỳ 2020-2025",
    );
    expect(kienTuong.vi.lead).toMatch(
      /^Sau gần 3 năm thực hiện Nghị quyết Đại hội Đảng bộ thị xã Kiến Tường/,
    );
    expect(kienTuong.en.lead).toMatch(/^Almost 3 years into the resolution/);
  });

  it("says estimates are estimates", () => {
    expect(vi).toContain("sản lượng lương thực bình quân hàng năm ước đạt trên 182.000 tấn, đạt 109,67%");
    expect(vi).toContain("sản lượng lúa chất lượng cao ước đạt 176.300 tấn, đạt 142,36%");
    expect(vi).toContain("ước đạt 7,58%/năm (chưa có mức chỉ tiêu để so sánh)");
    expect(en).toContain(
      "high-quality rice output reached an estimated 176,300 tonnes, 142.36% of the resolution target",
    );
  });

  it("gives each target's mid-term state with its method", () => {
    const midTerm = kienTuong.vi.sections.find((s) => s.heading === "Đánh giá giữa nhiệm kỳ");
    expect(midTerm?.paragraphs[0]).toBe("Tại ngày 23/09/2023, theo số liệu đang có:");
    expect(midTerm?.paragraphs).toContain(
      "Sản lượng lúa chất lượng cao: đã đạt (đến nay ước 176.300 tấn, bằng 142,36% chỉ tiêu); cách tính: số liệu báo cáo đến nay, giữ nguyên đến cuối nhiệm kỳ.",
    );
  });

  it("states figures no target covers without judging them", () => {
    expect(vi).toContain("việc làm tại khu công nghiệp trong Khu kinh tế cửa khẩu đạt trên 2.000 lao động");
    expect(en).toContain("reached over 2,000 workers");
  });

  it("reports the reported roll-up and the computed one with the target lacking data", () => {
    expect(vi).toContain(
      "Theo báo cáo của địa phương, đến nay có 10/18 chỉ tiêu nghị quyết đạt và vượt kế hoạch.",
    );
    expect(vi).toContain(
      "2/2 chỉ tiêu nghị quyết có số liệu đạt, vượt kế hoạch; 1 chỉ tiêu chưa có số liệu để so sánh",
    );
    expect(en).toContain("1 more has no figure to compare yet");
  });
});

describe("draftReport: cases the seeds do not show", () => {
  const indicators: Indicator[] = [
    {
      code: "poverty_rate",
      name: { vi: "Tỷ lệ hộ nghèo", en: "Poverty rate" },
      unit: "%",
      direction: "lower_better",
      measure: "rate",
      aggregation: { kind: "none" },
      decimals: 2,
    },
    {
      code: "fish_output",
      name: { vi: "Sản lượng cá", en: "Fish output" },
      unit: "tấn",
      direction: "higher_better",
      measure: "level",
      aggregation: { kind: "sum" },
      decimals: 0,
    },
    {
      code: "trade_villages",
      name: { vi: "Số làng nghề", en: "Craft villages" },
      unit: "cái",
      direction: "higher_better",
      measure: "count",
      aggregation: { kind: "sum" },
      decimals: 0,
    },
  ];
  const targets: Target[] = [
    {
      id: "poverty",
      indicatorCode: "poverty_rate",
      planKind: "annual_plan",
      spec: { kind: "lte", value: 2 },
    },
    { id: "fish", indicatorCode: "fish_output", planKind: "annual_plan", spec: { kind: "gte", value: 1000 } },
    {
      id: "villages",
      indicatorCode: "trade_villages",
      planKind: "annual_plan",
      spec: { kind: "gte", value: 3 },
    },
  ];
  const observations: Observation[] = [
    {
      id: "o1",
      indicatorCode: "poverty_rate",
      value: 1.5,
      qualifier: "exact",
      stage: "official",
      revision: 1,
      recordedAt: "2024-01-10",
    },
    {
      id: "o2",
      indicatorCode: "fish_output",
      value: 800,
      qualifier: "exact",
      stage: "preliminary",
      revision: 1,
      recordedAt: "2024-01-10",
    },
  ];
  const input: ReportInput = {
    unitName: { vi: "xã Mỹ Lệ", en: "Mỹ Lệ commune" },
    period: "2025",
    indicators,
    targets,
    observations,
    assessment: assessPlan({ indicators, targets, observations, period: "2025" }),
    reportedRollups: [],
    keyProjects: [],
  };
  const vi = draftReport(input, "vi");
  const en = draftReport(input, "en");

  it("words a lower-better target below or above its target, never as 'vượt' and without a percent", () => {
    expect(textOf(vi)).toContain("tỷ lệ hộ nghèo đạt 1,5%, thấp hơn mục tiêu 2%");
    expect(textOf(vi)).not.toContain("tỷ lệ hộ nghèo đạt 1,5%, vượt");
    expect(textOf(en)).toContain("poverty rate reached 1.5%, below the target of 2%");
  });

  it("breaks the roll-up down by status", () => {
    expect(textOf(vi)).toContain("Trong đó 1 chỉ tiêu vượt, 1 không đạt.");
    expect(textOf(en)).toContain("Of these, 1 exceeded, 1 not met.");
  });

  it("lists a target not met apart, with its status and a preliminary figure marked", () => {
    expect(textOf(vi)).toContain(
      "Các chỉ tiêu chưa đạt kế hoạch: sản lượng cá đạt 800 tấn (số liệu sơ bộ), đạt 80% kế hoạch năm (không đạt).",
    );
    expect(textOf(en)).toContain(
      "fish output reached 800 tonnes (preliminary), 80% of the annual plan (not met)",
    );
  });

  it("names the targets without results, and titles by the computed roll-up when none is reported", () => {
    expect(textOf(vi)).toContain("Chưa có số liệu thực hiện: số làng nghề.");
    expect(vi.title).toBe("Xã Mỹ Lệ đạt, vượt 1/3 chỉ tiêu KT-XH năm 2025");
    expect(vi.lead).toContain("theo số liệu đang có");
    expect(textOf(vi)).not.toContain("Theo báo cáo");
    expect(vi.dateline).toBeNull();
    expect(vi.sections).toHaveLength(1);
  });
});

describe("draftReport: an indicator with one plausible and one implausible stated percent", () => {
  it("keeps the plausible percent and notes the other", () => {
    const indicators: Indicator[] = [
      {
        code: "revenue",
        name: { vi: "Thu ngân sách", en: "Budget revenue" },
        unit: "tỷ đồng",
        direction: "higher_better",
        measure: "level",
        aggregation: { kind: "sum" },
        decimals: 2,
      },
    ];
    const observations: Observation[] = [
      {
        id: "o",
        indicatorCode: "revenue",
        value: 100,
        qualifier: "exact",
        stage: "official",
        revision: 1,
        recordedAt: "2024-01-10",
        statedPercents: [
          { percent: 1050, decimals: 0, planKind: "budget_estimate" },
          { percent: 104, decimals: 0, planKind: "annual_plan" },
        ],
      },
    ];
    const targets: Target[] = [
      { id: "t1", indicatorCode: "revenue", planKind: "annual_plan", spec: { kind: "gte", value: 96 } },
      { id: "t2", indicatorCode: "revenue", planKind: "budget_estimate", spec: { kind: "unknown" } },
    ];
    const input: ReportInput = {
      unitName: { vi: "xã A", en: "A commune" },
      period: "2023",
      indicators,
      targets,
      observations,
      assessment: assessPlan({ indicators, targets, observations, period: "2023" }),
      reportedRollups: [],
      keyProjects: [],
    };
    const text = textOf(draftReport(input, "vi"));
    expect(text).toContain(
      "Thu ngân sách đạt 100 tỷ đồng, đạt 104,17% kế hoạch năm; tỷ lệ 1.050% so dự toán tỉnh giao nêu trong báo cáo không hợp lý, nhiều khả năng là 105%",
    );
  });
});

describe("draftReport: each kind of target in its own words", () => {
  const ind = (code: string, vi: string, unit: string, extra: Partial<Indicator> = {}): Indicator => ({
    code,
    name: { vi, en: code },
    unit,
    direction: "higher_better",
    measure: "level",
    aggregation: { kind: "none" },
    decimals: 2,
    ...extra,
  });
  const indicators: Indicator[] = [
    ind("rice", "Sản lượng lúa", "tấn"),
    ind("grdp", "Tốc độ tăng trưởng GRDP", "%", { measure: "growth" }),
    ind("poor", "Tỷ lệ hộ nghèo", "%", { measure: "rate", direction: "lower_better" }),
    ind("trained", "Tỷ lệ lao động qua đào tạo", "%", { measure: "rate" }),
    ind("certified", "Tỷ lệ có bằng cấp, chứng chỉ", "%", { measure: "rate" }),
  ];
  const targets: Target[] = [
    { id: "rice", indicatorCode: "rice", planKind: "annual_plan", spec: { kind: "gte", value: 1000 } },
    {
      id: "grdp-old",
      indicatorCode: "grdp",
      planKind: "annual_plan",
      spec: { kind: "range", lo: 7.5, hi: 8 },
    },
    {
      id: "grdp",
      indicatorCode: "grdp",
      planKind: "annual_plan",
      spec: { kind: "gte", value: 7.5 },
      amends: { targetId: "grdp-old", from: "2024-06-01", document: "Nghị quyết số 20/NQ-HĐND" },
    },
    {
      id: "poor",
      indicatorCode: "poor",
      planKind: "annual_plan",
      spec: { kind: "reduce_pp", points: 1, baseline: 4 },
    },
    { id: "trained", indicatorCode: "trained", planKind: "annual_plan", spec: { kind: "approx", value: 70 } },
    {
      id: "certified",
      indicatorCode: "certified",
      planKind: "annual_plan",
      spec: { kind: "range", lo: 29, hi: 29.5 },
      partOf: "trained",
    },
  ];
  const o = (id: string, indicatorCode: string, value: number): Observation => ({
    id,
    indicatorCode,
    value,
    qualifier: "exact",
    stage: "official",
    revision: 1,
    recordedAt: "2025-01-10",
  });
  const observations = [
    o("1", "rice", 1300),
    o("2", "grdp", 7.18),
    o("3", "poor", 2.9),
    o("4", "trained", 70.1),
    o("5", "certified", 29.2),
  ];
  const input: ReportInput = {
    unitName: { vi: "tỉnh Mẫu", en: "Mẫu province" },
    period: "2024",
    indicators,
    targets,
    observations,
    assessment: assessPlan({ indicators, targets, observations, period: "2024" }),
    reportedRollups: [],
    keyProjects: [],
  };
  const vi = draftReport(input, "vi");
  const text = textOf(vi);

  it("words a growth rate against its target in points, never as a percent of plan", () => {
    expect(text).toContain("tốc độ tăng trưởng GRDP đạt 7,18%, thấp hơn 0,32 điểm % so với mục tiêu 7,5%");
    expect(text).not.toMatch(/95,7\d*%/);
  });

  it("words a reduction in điểm %", () => {
    expect(text).toContain("giảm 1,1 điểm %, vượt mục tiêu giảm 1 điểm %");
    expect(text).not.toContain("110%");
  });

  it("words a composite target with its parts under it, counted once", () => {
    expect(text).toMatch(
      /tỷ lệ lao động qua đào tạo đạt 70,1%, [^;]*, trong đó tỷ lệ có bằng cấp, chứng chỉ đạt 29,2%/,
    );
    expect(vi.title).toContain("/4 ");
  });

  it("says an amended target is the amended one", () => {
    expect(text).toContain("(mục tiêu theo Nghị quyết điều chỉnh: Nghị quyết số 20/NQ-HĐND)");
  });

  it("highlights the plan's lead indicator (growth), not the largest percent", () => {
    expect(vi.lead).toContain("Về chỉ tiêu chủ yếu, tốc độ tăng trưởng GRDP đạt 7,18%, thấp hơn 0,32 điểm %");
    expect(vi.lead).not.toContain("130%");
  });
});
