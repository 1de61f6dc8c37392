/**
 * The words of the plan builder's pages (/workspace/plans/…) and of the assignment matrix, in
 * Vietnamese and English; same convention as workspace.ts (one interface, a table per language).
 */
import type { DisplayLocale } from "../domain/numbers.ts";
import type { Horizon, PlanKind } from "../domain/types.ts";

/** The target forms the planner's form offers (each one spec of the target model). */
export const TARGET_FORMS = [
  "gte",
  "gt",
  "lte",
  "lt",
  "eq",
  "approx",
  "range",
  "boolean",
  "unknown",
] as const;
export type TargetFormChoice = (typeof TARGET_FORMS)[number];

/** How a term's average growth is judged (TargetForm.growthFrom); "" leaves it to the data. */
export const GROWTH_FROMS = ["", "rates", "levels"] as const;
export type GrowthFromChoice = (typeof GROWTH_FROMS)[number];

export type AssignmentVerdictWord = "agrees" | "short" | "over" | "differs" | "unknown";
export type DraftGapWord =
  | "indicator"
  | "unit_of_measure"
  | "unit_mismatch"
  | "baseline"
  | "base_value"
  | "benchmark";

export interface PlanBuilderMessages {
  newPlan: string;
  newPlanLink: string;
  editPlan: string;
  kind: string;
  kinds: Record<PlanKind, string>;
  title: string;
  issuer: string;
  number: string;
  date: string;
  dateHint: string;
  unit: string;
  period: string;
  periodHint: string;
  state: string;
  states: { draft: string; adopted: string };
  create: string;
  targets: string;
  noTargets: string;
  indicator: string;
  indicatorSearch: string;
  search: string;
  sentence: string;
  targetForm: string;
  targetForms: Record<TargetFormChoice, string>;
  value: string;
  valueHint: string;
  upper: string;
  upperHint: string;
  horizon: string;
  horizons: Record<Horizon, string>;
  growth: string;
  growthHint: string;
  growthFrom: string;
  growthFroms: Record<GrowthFromChoice, string>;
  baseYear: string;
  /** The hint of the base year, with the plan's term when it is one. */
  baseYearHint: (term: { from: number; to: number } | null) => string;
  baseYearInvalid: (label: string, from: number, to: number) => string;
  growthNotApplicable: string;
  baseYearNotApplicable: string;
  /** The growth choice as read after the target's sentence: "tính từ …, năm gốc 2025". */
  growthWords: (from: "rates" | "levels" | undefined, baseYear: number | undefined) => string;
  responsibleAgency: string;
  responsibleAgencyHint: string;
  provenance: string;
  provenanceHint: string;
  notes: string;
  notesHint: string;
  addTarget: string;
  editTarget: string;
  notEditable: string;
  save: string;
  preview: string;
  edit: string;
  delete: string;
  deleted: string;
  reason: string;
  reasonHint: string;
  adopt: string;
  adoptTitle: string;
  adoptHint: string;
  adopted: string;
  saved: (n: number) => string;
  paste: string;
  pasteText: string;
  pasteHint: string;
  read: string;
  keep: string;
  line: string;
  problems: string;
  /** A draft that can be saved as read. */
  nothingMissing: string;
  gaps: Record<DraftGapWord, string>;
  noMatch: string;
  /** A line's unit that the chosen indicator's results cannot be converted into. */
  unitMismatch: (unit: string, indicator: string, indicatorUnit: string) => string;
  confirmSave: string;
  nothingKept: string;
  draftsNote: string;
  upload: string;
  uploadFile: string;
  uploadHint: string;
  uploadRead: string;
  importAll: string;
  copy: string;
  copyTo: string;
  copyValues: string;
  carry: string;
  blank: string;
  assign: string;
  decisionNumber: string;
  decisionDate: string;
  decisionIssuer: string;
  own: string;
  combined: { sum: string; average: string; none: string };
  verdicts: Record<AssignmentVerdictWord, string>;
  noUnitsUnder: string;
  addIndicator: string;
  downloadSheet: string;
  uploadSheet: string;
  openEntry: string;
  back: string;
  unitInvalid: (label: string) => string;
  numberInvalid: (label: string, value: string) => string;
  rangeOrder: string;
}

const vi: PlanBuilderMessages = {
  newPlan: "Lập kế hoạch mới",
  newPlanLink: "Lập kế hoạch mới",
  editPlan: "Kế hoạch",
  kind: "Loại văn bản",
  kinds: {
    resolution: "Nghị quyết",
    annual_plan: "Kế hoạch năm",
    assigned: "Chỉ tiêu được giao",
    budget_estimate: "Dự toán ngân sách",
  },
  title: "Tên văn bản",
  issuer: "Cơ quan ban hành",
  number: "Số văn bản",
  date: "Ngày ban hành",
  dateHint: "Ví dụ: 2026-01-15",
  unit: "Đơn vị",
  period: "Kỳ kế hoạch",
  periodHint: "Một năm (2026) hoặc một nhiệm kỳ (2026-2030)",
  state: "Trạng thái",
  states: { draft: "Dự thảo", adopted: "Đã ban hành" },
  create: "Tạo kế hoạch",
  targets: "Chỉ tiêu",
  noTargets: "Kế hoạch chưa có chỉ tiêu nào.",
  indicator: "Chỉ tiêu",
  indicatorSearch: "Tìm chỉ tiêu trong danh mục",
  search: "Tìm",
  sentence: "Đọc là",
  targetForm: "Dạng chỉ tiêu",
  targetForms: {
    gte: "Từ … trở lên",
    gt: "Trên … (bằng là chưa đạt)",
    lte: "Không quá …",
    lt: "Dưới … (bằng là chưa đạt)",
    eq: "Đúng bằng …",
    approx: "Khoảng …",
    range: "Từ … đến …",
    boolean: "Đạt hay không (không có số)",
    unknown: "Chưa có số",
  },
  value: "Mức",
  valueHint: "Viết theo kiểu Việt Nam: 88.800 hoặc 7,5. Tốc độ tăng trưởng: chọn chỉ tiêu tăng trưởng (%).",
  upper: "Mức trên (cho dạng “từ … đến …”)",
  upperHint: "Ví dụ: 8",
  horizon: "Thời điểm đánh giá",
  horizons: {
    plan_year: "Trong năm kế hoạch",
    term_end: "Năm cuối nhiệm kỳ",
    term_average: "Bình quân mỗi năm của nhiệm kỳ",
    term_total: "Cộng cả nhiệm kỳ",
    each_year: "Mọi năm của nhiệm kỳ",
  },
  growth: "Tốc độ tăng bình quân của nhiệm kỳ",
  growthHint:
    "Cho chỉ tiêu bình quân nhiệm kỳ, hoặc chỉ tiêu tăng trưởng đánh giá ở năm cuối nhiệm kỳ. Chọn thời điểm đánh giá ở trên trước.",
  growthFrom: "Cách tính tốc độ tăng bình quân",
  growthFroms: {
    "": "Theo số liệu có (từ tốc độ hằng năm khi thiếu giá trị năm gốc)",
    rates: "Từ tốc độ tăng hằng năm (lũy kế)",
    levels: "Từ giá trị đầu và cuối kỳ",
  },
  baseYear: "Năm gốc",
  baseYearHint: (term) =>
    term
      ? `Năm làm gốc để tính tăng trưởng, thường là năm trước nhiệm kỳ (${term.from - 1}). Để trống: ${term.from}.`
      : "Năm làm gốc để tính tăng trưởng, thường là năm trước nhiệm kỳ. Ví dụ: 2025.",
  baseYearInvalid: (label, from, to) => `${label}: hãy ghi một năm từ ${from} đến ${to}.`,
  growthNotApplicable:
    "Cách tính tốc độ tăng bình quân: chỉ dùng khi đánh giá bình quân nhiệm kỳ, hoặc năm cuối nhiệm kỳ của chỉ tiêu tăng trưởng.",
  baseYearNotApplicable: "Năm gốc: chỉ dùng khi chỉ tiêu được đánh giá theo nhiệm kỳ.",
  growthWords: (from, baseYear) =>
    [
      from === "rates" ? "tính từ tốc độ tăng hằng năm (lũy kế)" : "",
      from === "levels" ? "tính từ giá trị đầu và cuối kỳ" : "",
      baseYear !== undefined ? `năm gốc ${baseYear}` : "",
    ]
      .filter(Boolean)
      .join(", "),
  responsibleAgency: "Cơ quan chủ trì",
  responsibleAgencyHint: "Sở, phòng hoặc địa phương được giao chủ trì. Ví dụ: Phòng Kinh tế",
  provenance: "Văn bản ghi chỉ tiêu",
  provenanceHint: "Số văn bản và mục. Ví dụ: Nghị quyết số 12/NQ-HĐND, mục II.1",
  notes: "Ghi chú",
  notesHint: "Không bắt buộc. Ví dụ: Theo chuẩn nghèo đa chiều",
  addTarget: "Thêm chỉ tiêu",
  editTarget: "Sửa chỉ tiêu",
  notEditable:
    "Dạng chỉ tiêu này không sửa được trên trang này (biểu mẫu không thể hiện đủ); có thể xóa rồi thêm lại.",
  save: "Lưu",
  preview: "Xem trước",
  edit: "Sửa",
  delete: "Xóa",
  deleted: "Đã xóa chỉ tiêu.",
  reason: "Lý do thay đổi",
  reasonHint: "Kế hoạch đã ban hành: mọi thay đổi phải ghi lý do.",
  adopt: "Ban hành kế hoạch",
  adoptTitle: "Ban hành kế hoạch",
  adoptHint: "Ghi số và ngày của văn bản ban hành kế hoạch.",
  adopted: "Kế hoạch đã được ban hành.",
  saved: (n) => `Đã lưu ${n} chỉ tiêu.`,
  paste: "Dán danh sách chỉ tiêu",
  pasteText: "Văn bản các chỉ tiêu",
  pasteHint: "Dán phần chỉ tiêu của nghị quyết, mỗi chỉ tiêu một dòng.",
  read: "Đọc",
  keep: "Giữ",
  line: "Dòng",
  problems: "Cần bổ sung",
  nothingMissing: "Không",
  gaps: {
    indicator: "chưa khớp chỉ tiêu trong danh mục",
    unit_of_measure: "đơn vị tính không có trong danh mục",
    unit_mismatch: "đơn vị tính không so được với đơn vị của chỉ tiêu",
    baseline: "thiếu mức năm trước (cho mức giảm điểm %)",
    base_value: "thiếu giá trị năm gốc",
    benchmark: "thiếu mức so sánh",
  },
  noMatch: "— chọn chỉ tiêu —",
  unitMismatch: (unit, indicator, indicatorUnit) =>
    `đơn vị “${unit}” không so được với đơn vị “${indicatorUnit}” của chỉ tiêu “${indicator}”: hãy chọn chỉ tiêu khác`,
  confirmSave: "Lưu các chỉ tiêu đã chọn",
  nothingKept: "Hãy giữ ít nhất một chỉ tiêu.",
  draftsNote:
    "Chưa có gì được lưu. Kiểm tra từng dòng, sửa chỉ tiêu nếu cần, bỏ chọn dòng không dùng, rồi bấm Lưu.",
  upload: "Tải lên biểu chỉ tiêu",
  uploadFile: "Tệp biểu chỉ tiêu (.xlsx)",
  uploadHint: "Các cột: STT | Chỉ tiêu | ĐVT | Kế hoạch | Ghi chú",
  uploadRead: "Đọc tệp",
  importAll: "Nhập tất cả chỉ tiêu",
  copy: "Sao chép sang kỳ khác",
  copyTo: "Kỳ của kế hoạch mới",
  copyValues: "Các mức chỉ tiêu",
  carry: "Giữ nguyên các mức",
  blank: "Để trống, điền sau",
  assign: "Giao chỉ tiêu cho đơn vị cấp dưới",
  decisionNumber: "Số quyết định giao",
  decisionDate: "Ngày quyết định",
  decisionIssuer: "Cơ quan ban hành quyết định",
  own: "Chỉ tiêu của đơn vị",
  combined: { sum: "Tổng đã giao", average: "Bình quân đã giao", none: "Đã giao" },
  verdicts: {
    agrees: "Khớp",
    short: "Cảnh báo: tổng giao chưa đủ chỉ tiêu của đơn vị",
    over: "Giao cao hơn chỉ tiêu của đơn vị",
    differs: "Cảnh báo: khác chỉ tiêu của đơn vị",
    unknown: "Chưa đủ số để so",
  },
  noUnitsUnder: "Đơn vị không có đơn vị cấp dưới trong kỳ này.",
  addIndicator: "Thêm cột chỉ tiêu",
  downloadSheet: "Tải biểu giao chỉ tiêu (.xlsx)",
  uploadSheet: "Tải lên biểu đã điền",
  openEntry: "Nhập số liệu",
  back: "Về kế hoạch",
  unitInvalid: (label) => `${label}: hãy chọn một đơn vị của bạn.`,
  numberInvalid: (label, value) => `${label}: “${value}” không phải là số.`,
  rangeOrder: "Mức trên phải lớn hơn mức dưới.",
};

const en: PlanBuilderMessages = {
  newPlan: "New plan",
  newPlanLink: "Create a new plan",
  editPlan: "Plan",
  kind: "Kind of document",
  kinds: {
    resolution: "Resolution",
    annual_plan: "Annual plan",
    assigned: "Assigned targets",
    budget_estimate: "Budget estimate",
  },
  title: "Title",
  issuer: "Issuing body",
  number: "Document number",
  date: "Date issued",
  dateHint: "For example: 2026-01-15",
  unit: "Unit",
  period: "Plan period",
  periodHint: "A year (2026) or a term (2026-2030)",
  state: "State",
  states: { draft: "Draft", adopted: "Adopted" },
  create: "Create plan",
  targets: "Targets",
  noTargets: "The plan has no target yet.",
  indicator: "Indicator",
  indicatorSearch: "Search the catalogue",
  search: "Search",
  sentence: "Reads as",
  targetForm: "Form of target",
  targetForms: {
    gte: "… or more",
    gt: "More than … (equal misses)",
    lte: "At most …",
    lt: "Less than … (equal misses)",
    eq: "Exactly …",
    approx: "About …",
    range: "Between … and …",
    boolean: "Reached or not (no number)",
    unknown: "No figure yet",
  },
  value: "Figure",
  valueHint: "Written the Vietnamese way: 88.800 or 7,5. Growth rate: choose the growth indicator (%).",
  upper: "Upper figure (for “between … and …”)",
  upperHint: "For example: 8",
  horizon: "When it is judged",
  horizons: {
    plan_year: "In the plan year",
    term_end: "In the term's last year",
    term_average: "Yearly average over the term",
    term_total: "The term's total",
    each_year: "Every year of the term",
  },
  growth: "Average growth over the term",
  growthHint:
    "For a target averaged over the term, or a growth target judged in the term's last year. Choose when it is judged above first.",
  growthFrom: "How the average growth is computed",
  growthFroms: {
    "": "From the data at hand (yearly rates when the base year's value is missing)",
    rates: "From yearly growth rates (compounded)",
    levels: "From the values at the start and the end of the term",
  },
  baseYear: "Base year",
  baseYearHint: (term) =>
    term
      ? `The year growth is counted from, usually the year before the term (${term.from - 1}). Left blank: ${term.from}.`
      : "The year growth is counted from, usually the year before the term. For example: 2025.",
  baseYearInvalid: (label, from, to) => `${label}: give a year from ${from} to ${to}.`,
  growthNotApplicable:
    "How the average growth is computed: only for a target averaged over the term, or a growth target judged in the term's last year.",
  baseYearNotApplicable: "Base year: only for a target judged over the term.",
  growthWords: (from, baseYear) =>
    [
      from === "rates" ? "computed from yearly growth rates (compounded)" : "",
      from === "levels" ? "computed from the values at the start and the end" : "",
      baseYear !== undefined ? `base year ${baseYear}` : "",
    ]
      .filter(Boolean)
      .join(", "),
  responsibleAgency: "Responsible agency",
  responsibleAgencyHint: "The department or locality assigned to lead. For example: Phòng Kinh tế",
  provenance: "Document the target is written in",
  provenanceHint: "Document number and clause. For example: Nghị quyết số 12/NQ-HĐND, mục II.1",
  notes: "Notes",
  notesHint: "Optional. For example: by the multidimensional poverty line",
  addTarget: "Add a target",
  editTarget: "Edit target",
  notEditable:
    "This form of target cannot be edited on this page (the form cannot show all of it); it can be deleted and added again.",
  save: "Save",
  preview: "Preview",
  edit: "Edit",
  delete: "Delete",
  deleted: "The target was deleted.",
  reason: "Reason for the change",
  reasonHint: "The plan is adopted: every change needs a reason.",
  adopt: "Adopt the plan",
  adoptTitle: "Adopt the plan",
  adoptHint: "Give the number and date of the document adopting the plan.",
  adopted: "The plan is adopted.",
  saved: (n) => `${n} target${n === 1 ? "" : "s"} saved.`,
  paste: "Paste a target list",
  pasteText: "Text of the targets",
  pasteHint: "Paste the targets of the resolution, one target a line.",
  read: "Read",
  keep: "Keep",
  line: "Line",
  problems: "To complete",
  nothingMissing: "Nothing",
  gaps: {
    indicator: "no catalogue indicator matched",
    unit_of_measure: "unit of measure not in the catalogue",
    unit_mismatch: "the unit cannot be compared with the indicator's unit",
    baseline: "the previous rate is missing (for a fall in points)",
    base_value: "the base year's value is missing",
    benchmark: "the benchmark is missing",
  },
  noMatch: "— choose an indicator —",
  unitMismatch: (unit, indicator, indicatorUnit) =>
    `the unit “${unit}” cannot be compared with “${indicatorUnit}”, the unit of “${indicator}”: choose another indicator`,
  confirmSave: "Save the chosen targets",
  nothingKept: "Keep at least one target.",
  draftsNote:
    "Nothing is saved yet. Check each line, fix its indicator if needed, untick lines you drop, then Save.",
  upload: "Upload a target table",
  uploadFile: "Target table (.xlsx)",
  uploadHint: "Columns: STT | Chỉ tiêu | ĐVT | Kế hoạch | Ghi chú",
  uploadRead: "Read the file",
  importAll: "Import every target",
  copy: "Copy to another period",
  copyTo: "Period of the new plan",
  copyValues: "Target figures",
  carry: "Carry the figures",
  blank: "Leave blank, fill in later",
  assign: "Assign targets to the units below",
  decisionNumber: "Number of the assigning decision",
  decisionDate: "Date of the decision",
  decisionIssuer: "Issuer of the decision",
  own: "Unit's own target",
  combined: { sum: "Sum assigned", average: "Average assigned", none: "Assigned" },
  verdicts: {
    agrees: "Agrees",
    short: "Warning: what was assigned falls short of the unit's own target",
    over: "Assigned above the unit's own target",
    differs: "Warning: differs from the unit's own target",
    unknown: "Not enough figures to compare",
  },
  noUnitsUnder: "The unit has no units under it in this period.",
  addIndicator: "Add an indicator column",
  downloadSheet: "Download the assignment sheet (.xlsx)",
  uploadSheet: "Upload the filled sheet",
  openEntry: "Enter results",
  back: "Back to the plan",
  unitInvalid: (label) => `${label}: choose one of your units.`,
  numberInvalid: (label, value) => `${label}: “${value}” is not a number.`,
  rangeOrder: "The upper figure must be above the lower one.",
};

export function planBuilderMessages(locale: DisplayLocale): PlanBuilderMessages {
  return locale === "vi" ? vi : en;
}
