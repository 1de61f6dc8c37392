/**
 * Every visible string, in Vietnamese and English. The English table is typed by the Vietnamese
 * one's keys, so a key missing in either language fails the type-check.
 */
import type { AssessmentMethod } from "../domain/assess-target.ts";
import type { ProjectionMethod } from "../domain/assess-term.ts";
import type { DisplayLocale } from "../domain/numbers.ts";
import type { PlanKind, Qualifier, Status, TermState } from "../domain/types.ts";

interface Messages {
  status: Record<Status, string>;
  termState: Record<TermState, string>;
  planKind: Record<PlanKind, string>;
  /** Words before a qualified figure: "trên 88.800 tấn". */
  qualifier: Record<Qualifier, string>;
  estimate: string;
  preliminary: string;
  method: Record<AssessmentMethod, string>;
  projection: Record<ProjectionMethod, string>;
  column: {
    no: string;
    indicator: string;
    plan: string;
    target: string;
    actual: string;
    percent: string;
    status: string;
    note: string;
    toDate: string;
    projected: string;
    termState: string;
    method: string;
  };
  implied: string;
  unknownTarget: string;
  uncertain: string;
  labelMismatch: (label: string) => string;
  implausiblePercent: (stated: string, likely: string | null) => string;
  percentMismatch: (stated: string, computed: string, likely: string | null) => string;
  rollupComputed: (met: number, withData: number, total: number) => string;
  rollupReported: (met: number, total: number) => string;
  untargeted: string;
  midTerm: (at: string) => string;
}

const vi: Messages = {
  status: {
    exceeded: "Vượt",
    met: "Đạt",
    nearly_met: "Cơ bản đạt",
    not_met: "Không đạt",
    no_data: "Chưa có số liệu",
  },
  termState: {
    already_met: "Đã đạt",
    on_track: "Đúng tiến độ",
    at_risk: "Có nguy cơ không đạt",
    off_track: "Chậm tiến độ",
    no_data: "Chưa đánh giá được",
  },
  planKind: {
    resolution: "Nghị quyết",
    annual_plan: "Kế hoạch năm",
    assigned: "Kế hoạch tỉnh giao",
    budget_estimate: "Dự toán tỉnh giao",
  },
  qualifier: {
    exact: "",
    more_than: "trên",
    less_than: "dưới",
    about: "khoảng",
    nearly: "gần",
    at_least: "từ",
  },
  estimate: "ước",
  preliminary: "sơ bộ",
  method: {
    percent_of_target: "thực hiện / kế hoạch × 100",
    percent_of_range_lower_bound: "thực hiện / cận dưới của khoảng × 100",
    at_most_target: "chỉ tiêu càng thấp càng tốt: đạt khi không vượt mức kế hoạch",
    within_tolerance: "đạt khi trong phạm vi sai số cho phép",
    yes_no: "đạt / không đạt",
    reduction_in_points: "mức giảm (điểm %) / mức giảm kế hoạch × 100",
    no_target_value: "chưa có mức kế hoạch",
    no_observation: "chưa có số liệu thực hiện",
  },
  projection: {
    cumulative_linear: "cộng dồn đến nay, suy rộng tuyến tính đến cuối nhiệm kỳ",
    mean_to_date: "bình quân các năm đến nay, giữ nguyên đến cuối nhiệm kỳ",
    compound_growth_from_base: "tăng trưởng bình quân kép từ năm gốc",
    linear_trend_from_base: "xu hướng tuyến tính từ năm gốc",
    latest_value: "giá trị gần nhất",
    reported_to_date: "số liệu báo cáo đến nay, giữ nguyên đến cuối nhiệm kỳ",
    none: "không đủ số liệu để dự báo",
  },
  column: {
    no: "STT",
    indicator: "Chỉ tiêu",
    plan: "Căn cứ",
    target: "Kế hoạch",
    actual: "Thực hiện",
    percent: "% so KH",
    status: "Đánh giá",
    note: "Ghi chú",
    toDate: "Đến nay",
    projected: "Dự báo cuối kỳ",
    termState: "Tiến độ",
    method: "Phương pháp",
  },
  implied: "kế hoạch suy ra từ tỷ lệ % được nêu",
  unknownTarget: "chưa rõ",
  uncertain: "chưa chắc chắn",
  labelMismatch: (label) => `báo cáo ghi "${label}"`,
  implausiblePercent: (stated, likely) =>
    `tỷ lệ ${stated} khó tin${likely ? `; có thể là ${likely} (nhầm dấu thập phân)` : ""}`,
  percentMismatch: (stated, computed, likely) =>
    `tỷ lệ nêu ${stated} khác tỷ lệ tính được ${computed}${likely ? `; có thể là ${likely} (nhầm dấu thập phân)` : ""}`,
  rollupComputed: (met, withData, total) =>
    `${met}/${withData} chỉ tiêu có số liệu đạt, vượt${total > withData ? ` (${total - withData} chỉ tiêu chưa có số liệu)` : ""}`,
  rollupReported: (met, total) => `Báo cáo: ${met}/${total} chỉ tiêu đạt, vượt`,
  untargeted: "Số liệu chưa gắn với chỉ tiêu",
  midTerm: (at) => `Đánh giá giữa nhiệm kỳ, tại ngày ${at}`,
};

const en: Messages = {
  status: {
    exceeded: "Exceeded",
    met: "Met",
    nearly_met: "Nearly met",
    not_met: "Not met",
    no_data: "No data",
  },
  termState: {
    already_met: "Already met",
    on_track: "On track",
    at_risk: "At risk",
    off_track: "Off track",
    no_data: "Cannot be assessed",
  },
  planKind: {
    resolution: "Resolution",
    annual_plan: "Annual plan",
    assigned: "Province-assigned plan",
    budget_estimate: "Province budget estimate",
  },
  qualifier: {
    exact: "",
    more_than: "over",
    less_than: "under",
    about: "about",
    nearly: "nearly",
    at_least: "at least",
  },
  estimate: "est.",
  preliminary: "prelim.",
  method: {
    percent_of_target: "actual / target × 100",
    percent_of_range_lower_bound: "actual / lower end of the range × 100",
    at_most_target: "lower is better: met when not above the target",
    within_tolerance: "met within the tolerance",
    yes_no: "met / not met",
    reduction_in_points: "reduction achieved (points) / reduction planned × 100",
    no_target_value: "target figure not known",
    no_observation: "no result yet",
  },
  projection: {
    cumulative_linear: "sum to date, extended linearly to the end of the term",
    mean_to_date: "mean of the years to date, carried to the end of the term",
    compound_growth_from_base: "compound annual growth from the base year",
    linear_trend_from_base: "linear trend from the base year",
    latest_value: "latest value",
    reported_to_date: "figure reported to date, carried to the end of the term",
    none: "not enough data to project",
  },
  column: {
    no: "No.",
    indicator: "Indicator",
    plan: "Basis",
    target: "Target",
    actual: "Actual",
    percent: "% of plan",
    status: "Status",
    note: "Note",
    toDate: "To date",
    projected: "Projected at end",
    termState: "Progress",
    method: "Method",
  },
  implied: "target implied from the stated percent",
  unknownTarget: "not known",
  uncertain: "uncertain",
  labelMismatch: (label) => `report says "${label}"`,
  implausiblePercent: (stated, likely) =>
    `stated ${stated} is implausible${likely ? `; probably ${likely} (decimal slip)` : ""}`,
  percentMismatch: (stated, computed, likely) =>
    `stated ${stated} differs from the computed ${computed}${likely ? `; probably ${likely} (decimal slip)` : ""}`,
  rollupComputed: (met, withData, total) =>
    `${met}/${withData} targets with data met or exceeded${total > withData ? ` (${total - withData} without data)` : ""}`,
  rollupReported: (met, total) => `Reported: ${met}/${total} targets met or exceeded`,
  untargeted: "Figures not tied to a target",
  midTerm: (at) => `Mid-term assessment at ${at}`,
};

const TABLES: Record<DisplayLocale, Messages> = { vi, en };

export function messages(locale: DisplayLocale): Messages {
  return TABLES[locale];
}
