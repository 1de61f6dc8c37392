/**
 * Every visible string of the reports, tables and CLI, in Vietnamese and English. Same shape as
 * web-messages.ts and workspace.ts: one interface, a table per language typed by it (so a key
 * missing in either language fails the type-check), and an accessor by locale.
 */
import type { AssessmentMethod } from "../domain/assess-target.ts";
import type { ProjectionMethod } from "../domain/assess-term.ts";
import type { DisplayLocale } from "../domain/numbers.ts";
import type { ObservationStage, PlanKind, Qualifier, Status, TermState } from "../domain/types.ts";

export interface Messages {
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
  /** A part of a composite target, shown under its whole. */
  partPrefix: string;
  supersededBy: (row: string) => string;
  superseded: string;
  amendedBy: (document: string) => string;
  missedYears: (years: string) => string;
  /** The gap to the target in points, for a rate ("thấp hơn 0,32 điểm %"). */
  gapPoints: (gap: string, above: boolean) => string;
  listPartial: string;
  implausiblePercent: (stated: string, likely: string | null) => string;
  percentMismatch: (stated: string, computed: string, likely: string | null) => string;
  rollupComputed: (met: number, withData: number, total: number) => string;
  rollupReported: (met: number, total: number) => string;
  untargeted: string;
  midTerm: (at: string) => string;
  xlsx: XlsxMessages;
  /** The drafted report (src/report/narrative.ts): an article in the seeds' shape. */
  report: ReportMessages;
  /** Charts (src/report/charts.ts) and their text alternatives. */
  chart: ChartMessages;
  /** The commune map (src/report/map-svg.ts). */
  map: MapMessages;
}

/** The Excel template (src/report/xlsx): its labels, and the errors an upload can have. */
interface XlsxMessages {
  sheetName: string;
  title: string;
  unitLabel: string;
  planLabel: string;
  periodLabel: string;
  instructions: string;
  /** Header of each column; the reader finds columns by these words. */
  column: {
    no: string;
    indicator: string;
    unitOfMeasure: string;
    target: string;
    actual: string;
    percent: string;
    status: string;
    note: string;
    qualifier: string;
    stage: string;
    targetId: string;
    indicatorCode: string;
  };
  /** The second header line: what each column holds, "(6) = (5) / (4) × 100". */
  columnHint: { percent: string };
  /** Words offered in the qualifier list (trên, khoảng, gần, dưới); the reader accepts more. */
  qualifierChoices: readonly Qualifier[];
  stage: Record<ObservationStage, string>;
  /** Other spellings the reader accepts for a stage ("ước tính", "chính thức"). */
  stageAliases: Record<string, ObservationStage>;
  /** Other spellings the reader accepts for a qualifier ("hơn" → trên). */
  qualifierAliases: Record<string, Qualifier>;
  yes: string;
  no: string;
  qualifierPrompt: string;
  stagePrompt: string;
  listError: string;
  pageFooter: string;
  errors: {
    at: (
      sheet: string | null,
      row: number | null,
      column: string | null,
      columnName: string | null,
    ) => string;
    fileTooLarge: (size: string, limit: string) => string;
    notZip: string;
    zip64: string;
    encrypted: (entry: string) => string;
    unsupportedCompression: (entry: string, method: number) => string;
    tooManyEntries: (count: number, limit: number) => string;
    uncompressedTooLarge: (size: string, limit: string) => string;
    entryTooLarge: (entry: string, size: string, limit: string) => string;
    compressionRatio: (entry: string, ratio: number, limit: number) => string;
    inflatesBeyondDeclared: (entry: string) => string;
    unreadable: (reason: string) => string;
    notTemplate: string;
    sheetMissing: (name: string) => string;
    changed: (what: string, found: string, expected: string) => string;
    columnMissing: (name: string, templateColumn: string) => string;
    notANumber: (example: string, other: string, got: string) => string;
    notYesNo: (yes: string, no: string, got: string) => string;
    formulaWithoutResult: string;
    formulaError: (error: string) => string;
    noTargetId: string;
    unknownTarget: (id: string) => string;
    indicatorChanged: (found: string, expected: string) => string;
    duplicateRow: (id: string, firstRow: number) => string;
    unknownQualifier: (got: string, choices: string) => string;
    unknownStage: (got: string, choices: string) => string;
    stageRequired: (choices: string) => string;
    detailWithoutValue: (actual: string) => string;
    /** The target table (STT | Chỉ tiêu | ĐVT | Kế hoạch | Ghi chú) and the assignment sheet. */
    noHeaderRow: (columns: string) => string;
    partWithoutWhole: string;
    noTargetValue: string;
    noIndicator: (name: string) => string;
    unknownIndicatorCode: (code: string) => string;
    unknownUnitOfMeasure: (unit: string) => string;
    unitMismatch: (unit: string, indicator: string, indicatorUnit: string) => string;
    figureMissing: (what: "baseline" | "base_value" | "benchmark") => string;
    noteTooLong: (max: number, length: number) => string;
    unknownUnitCode: (code: string, parent: string) => string;
    duplicateUnit: (code: string, firstRow: number) => string;
  };
}

/**
 * Words of the drafted report. Functions receive figures already formatted by locale and put
 * them in the language's order; nothing here computes.
 */
interface ReportMessages {
  heading: {
    results: string;
    midTerm: string;
    projects: string;
    tasksYear: (period: string) => string;
    tasksTerm: string;
    tasksNext: string;
  };
  /** What a roll-up counts, by the plan it is of: "chỉ tiêu KT-XH", "resolution targets". */
  rollupNoun: Record<PlanKind, string>;
  /** "kế hoạch tỉnh giao" in "đạt 107% kế hoạch tỉnh giao"; "the province-assigned plan". */
  planPhrase: Record<PlanKind, string>;
  /** A status as a verb before a plan: "vượt kế hoạch năm", "exceeding the annual plan". */
  statusVerb: Record<Exclude<Status, "no_data">, string>;
  /** "trên" (over) as a report writes it after "ước đạt" / "an estimated". */
  estimateQualifier: Record<Qualifier, string>;
  title: (unit: string, met: number, total: number, noun: string, period: string) => string;
  titleTerm: (unit: string, met: number, total: number, period: string) => string;
  titlePlain: (unit: string, period: string) => string;
  lead: (period: string, unit: string, met: number, total: number, noun: string, reported: boolean) => string;
  leadTerm: (
    years: number,
    almost: boolean,
    period: string,
    unit: string,
    met: number,
    total: number,
    reported: boolean,
  ) => string;
  leadHighlight: (clause: string) => string;
  /** The plan's lead indicator in the lead, whatever its status: "Về tăng trưởng, …". */
  leadIndicator: (clause: string) => string;
  rollupReported: (met: number, total: number, noun: string, term: boolean) => string;
  rollupComputed: (met: number, withData: number, noun: string, missing: number) => string;
  rollupNone: string;
  /** "trên 88.800 tấn" as a quantity: the figure, then its unit, in the language's order. */
  quantity: (figure: string, unit: string) => string;
  reached: (name: string, qualifier: Qualifier, value: string, stage: ObservationStage) => string;
  percentOf: (percent: string, plan: string) => string;
  joinPercents: (parts: string[]) => string;
  statusNote: (status: string) => string;
  mismatchNote: (stated: string, likely: string | null) => string;
  noTargetFigure: string;
  /** A rate against its target in points: "thấp hơn mục tiêu 0,32 điểm %" (never "% of plan"). */
  pointsAgainst: (gap: string, side: "above" | "below" | "at", target: string) => string;
  /** Lower-better: "thấp hơn mục tiêu 4%" when met, "cao hơn mục tiêu 4%" when not. */
  lowerBetter: (below: boolean, target: string) => string;
  /** A reduction in points: "giảm 1,1 điểm %, vượt mục tiêu giảm 1 điểm %". */
  reduction: (achieved: string, verb: string, planned: string) => string;
  /** A share of a structure: inside or outside its band. */
  band: (inside: boolean, band: string) => string;
  /** The parts of a composite target, after its whole: "trong đó …". */
  partsOf: (clauses: string[]) => string;
  /** An amended target: "(theo Nghị quyết điều chỉnh số …)". */
  amendedBy: (document: string) => string;
  /** Every-year target: the years that missed. */
  missedYears: (years: string[]) => string;
  /** "Trong đó 10 chỉ tiêu vượt, 5 đạt, …": the roll-up by status. */
  breakdown: (counts: { exceeded: number; met: number; nearly_met: number; not_met: number }) => string;
  booleanResult: (name: string, status: string) => string;
  implausible: (reached: string, stated: string, plan: string, likely: string | null) => string;
  groupMet: (clauses: string[]) => string;
  groupNotMet: (clauses: string[]) => string;
  groupOther: (clauses: string[]) => string;
  groupNoData: (names: string[]) => string;
  midTermIntro: (date: string) => string;
  midTermTarget: (
    name: string,
    state: string,
    current: string | null,
    percent: string | null,
    method: string,
  ) => string;
  keyProject: (name: string, stage: string) => string;
  programme: (name: string, stage: string) => string;
  /** Tasks ahead: in the next year (its name given), for the rest of a term, or simply next. */
  tasks: (
    when: { kind: "year"; period: string } | { kind: "term" } | { kind: "next" },
    unit: string,
    items: string[],
  ) => string;
  dateline: (date: string, time: string | null) => string;
  share: string;
}

interface ChartMessages {
  target: string;
  actual: string;
  noData: string;
  /** Beside a break in a series: the figures on either side are not comparable. */
  notComparable: string;
  notComparableNote: (period: string) => string;
  lineSummary: (
    indicator: string,
    unit: string,
    from: string,
    to: string,
    latestPeriod: string,
    latestValue: string,
    target: string | null,
  ) => string;
  barSummary: (indicator: string, unit: string, count: number, top: string, bottom: string) => string;
  column: { period: string; unit: string; value: string; target: string; status: string };
}

interface MapMessages {
  title: (province: string) => string;
  legend: string;
  noData: string;
  summary: (province: string, count: number, withData: number) => string;
  /** A commune's tooltip and accessible name: "Rạch Kiến: 12/14". */
  unitValue: (name: string, value: string) => string;
}

const VI_QUALIFIER: Record<Qualifier, string> = {
  exact: "",
  more_than: "trên",
  less_than: "dưới",
  about: "khoảng",
  nearly: "gần",
  at_least: "từ",
};
const EN_QUALIFIER: Record<Qualifier, string> = {
  exact: "",
  more_than: "over",
  less_than: "under",
  about: "about",
  nearly: "nearly",
  at_least: "at least",
};
/** After "an estimated", English says "more than", not "over". */
const EN_ESTIMATE_QUALIFIER: Record<Qualifier, string> = {
  ...EN_QUALIFIER,
  more_than: "more than",
  less_than: "less than",
};
const EN_LIST = new Intl.ListFormat("en-GB", { style: "long", type: "conjunction" });

/** The first letter in capitals: "huyện Cần Đước" at the start of a sentence. */
export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

/**
 * The first letter in lower case, for a name inside a sentence ("sản lượng lúa"), unless the name
 * starts with an abbreviation ("GRDP", "KT-XH").
 */
export function lowerFirst(text: string): string {
  const [first, second] = [...text];
  if (first === undefined || (second !== undefined && second !== second.toLocaleLowerCase("vi"))) return text;
  return first.toLocaleLowerCase("vi") + text.slice(first.length);
}

const VI_CHART: ChartMessages = {
  target: "Kế hoạch",
  actual: "Thực hiện",
  noData: "chưa có số liệu",
  notComparable: "không so sánh được",
  notComparableNote: (period) =>
    `Số liệu từ ${period} không so sánh được với các kỳ trước do thay đổi địa giới hành chính.`,
  lineSummary: (indicator, unit, from, to, latestPeriod, latestValue, target) =>
    `${indicator} (${unit}) từ ${from} đến ${to}. ${upperFirst(latestPeriod)}: ${latestValue}${target ? `, kế hoạch ${target}` : ""}.`,
  barSummary: (indicator, unit, count, top, bottom) =>
    `${indicator} (${unit}) của ${count} đơn vị, xếp từ cao xuống thấp: cao nhất ${top}, thấp nhất ${bottom}.`,
  column: { period: "Kỳ", unit: "Đơn vị", value: "Giá trị", target: "Kế hoạch", status: "Đánh giá" },
};
const EN_CHART: ChartMessages = {
  target: "Target",
  actual: "Actual",
  noData: "no data",
  notComparable: "not comparable",
  notComparableNote: (period) =>
    `Figures from ${period} on are not comparable with earlier ones: the unit's boundaries changed.`,
  lineSummary: (indicator, unit, from, to, latestPeriod, latestValue, target) =>
    `${indicator} (${unit}) from ${from} to ${to}. ${upperFirst(latestPeriod)}: ${latestValue}${target ? `, against a target of ${target}` : ""}.`,
  barSummary: (indicator, unit, count, top, bottom) =>
    `${indicator} (${unit}) across ${count} units, sorted from highest to lowest: highest ${top}, lowest ${bottom}.`,
  column: { period: "Period", unit: "Unit", value: "Value", target: "Target", status: "Status" },
};
const VI_MAP: MapMessages = {
  title: (province) => `Bản đồ các xã, phường của ${province}`,
  legend: "Chú giải",
  noData: "Chưa có số liệu",
  summary: (province, count, withData) => `${province}: ${count} xã, phường; ${withData} có số liệu.`,
  unitValue: (name, value) => `${name}: ${value}`,
};
const EN_MAP: MapMessages = {
  title: (province) => `Map of the communes and wards of ${province}`,
  legend: "Legend",
  noData: "No data",
  summary: (province, count, withData) => `${province}: ${count} communes and wards; ${withData} with data.`,
  unitValue: (name, value) => `${name}: ${value}`,
};

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
  qualifier: VI_QUALIFIER,
  estimate: "ước",
  preliminary: "sơ bộ",
  method: {
    percent_of_target: "thực hiện / kế hoạch × 100",
    percent_of_range_lower_bound: "thực hiện / cận dưới của khoảng × 100",
    at_most_target: "chỉ tiêu càng thấp càng tốt: đạt khi không vượt mức kế hoạch",
    within_tolerance: "đạt khi trong phạm vi sai số cho phép",
    yes_no: "đạt / không đạt",
    reduction_in_points: "mức giảm (điểm %) so với mức giảm kế hoạch",
    gap_in_points: "chênh lệch (điểm %) so với kế hoạch; tỷ lệ, tốc độ tăng không tính % kế hoạch",
    within_band: "đạt khi nằm trong khoảng cơ cấu; ngoài khoảng ở cả hai phía là không đạt",
    count_of_whole: "số đạt / tổng số, so với số kế hoạch",
    rating_on_scale: "xếp loại so với mức kế hoạch trên thang xếp loại",
    every_year: "đạt khi năm nào cũng đạt; nêu các năm không đạt",
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
    compound_growth_from_yearly_rates: "tốc độ tăng bình quân tính gộp (nhân) từ tốc độ tăng từng năm",
    every_year: "chỉ tiêu hằng năm: năm nào cũng phải đạt",
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
  partPrefix: "trong đó: ",
  supersededBy: (row) => `đã được điều chỉnh (xem dòng ${row}), không tính`,
  superseded: "đã được điều chỉnh, không tính",
  amendedBy: (document) => `điều chỉnh theo ${document}`,
  missedYears: (years) => `không đạt năm ${years}`,
  gapPoints: (gap, above) => `${above ? "cao" : "thấp"} hơn ${gap} điểm % so với kế hoạch`,
  listPartial: "Nguồn chỉ nêu một phần danh sách chỉ tiêu: tổng hợp chỉ nói về các chỉ tiêu được nêu.",
  implausiblePercent: (stated, likely) =>
    `tỷ lệ ${stated} khó tin${likely ? `; có thể là ${likely} (nhầm dấu thập phân)` : ""}`,
  percentMismatch: (stated, computed, likely) =>
    `tỷ lệ nêu ${stated} khác tỷ lệ tính được ${computed}${likely ? `; có thể là ${likely} (nhầm dấu thập phân)` : ""}`,
  rollupComputed: (met, withData, total) =>
    `${met}/${withData} chỉ tiêu có số liệu đạt, vượt${total > withData ? ` (${total - withData} chỉ tiêu chưa có số liệu)` : ""}`,
  rollupReported: (met, total) => `Báo cáo: ${met}/${total} chỉ tiêu đạt, vượt`,
  untargeted: "Số liệu chưa gắn với chỉ tiêu",
  midTerm: (at) => `Đánh giá giữa nhiệm kỳ, tại ngày ${at}`,
  xlsx: {
    sheetName: "Chỉ tiêu",
    title: "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI",
    unitLabel: "Đơn vị",
    planLabel: "Kế hoạch",
    periodLabel: "Kỳ báo cáo",
    instructions:
      "Nhập số liệu vào các cột Thực hiện, Mức, Số liệu và Ghi chú; không sửa các cột khác. Số viết theo kiểu Việt Nam (88.800 hoặc 104,5) đều được chấp nhận.",
    column: {
      no: "STT",
      indicator: "Chỉ tiêu",
      unitOfMeasure: "ĐVT",
      target: "Kế hoạch",
      actual: "Thực hiện",
      percent: "% so KH",
      status: "Đánh giá",
      note: "Ghi chú",
      qualifier: "Mức",
      stage: "Số liệu",
      targetId: "Mã chỉ tiêu KH (không sửa)",
      indicatorCode: "Mã chỉ tiêu (không sửa)",
    },
    columnHint: { percent: "(6) = (5) / (4) × 100" },
    qualifierChoices: ["more_than", "about", "nearly", "less_than"],
    stage: { estimate: "Ước", preliminary: "Sơ bộ", official: "Chính thức" },
    stageAliases: { "ước tính": "estimate", "ước đạt": "estimate", "ước thực hiện": "estimate" },
    qualifierAliases: { hơn: "more_than", "trên/hơn": "more_than", từ: "at_least", "xấp xỉ": "about" },
    yes: "Đạt",
    no: "Không đạt",
    qualifierPrompt:
      "Để trống nếu là số chính xác; chọn trên, khoảng, gần hoặc dưới nếu báo cáo ghi như vậy.",
    stagePrompt: "Số liệu ước tính, sơ bộ hay chính thức.",
    listError: "Chọn một giá trị trong danh sách.",
    pageFooter: "Trang &P/&N",
    errors: {
      at: (sheet, row, column, columnName) =>
        [
          sheet === null ? null : `Trang tính "${sheet}"`,
          row === null ? null : `dòng ${row}`,
          column === null ? null : `cột ${column}${columnName ? ` (${columnName})` : ""}`,
        ]
          .filter((x) => x !== null)
          .join(", ") || "Tệp",
      fileTooLarge: (size, limit) => `tệp nặng ${size}, vượt giới hạn ${limit}`,
      notZip: "không phải tệp Excel .xlsx (không đọc được cấu trúc nén)",
      zip64:
        "tệp dùng định dạng nén ZIP64, biểu mẫu không bao giờ cần; hãy lưu lại bằng Excel hoặc LibreOffice",
      encrypted: (entry) => `phần "${entry}" của tệp bị mã hóa; hãy bỏ mật khẩu rồi tải lên lại`,
      unsupportedCompression: (entry, method) => `phần "${entry}" dùng kiểu nén ${method} không được hỗ trợ`,
      tooManyEntries: (count, limit) =>
        `tệp có ${count} phần, vượt giới hạn ${limit} (có thể là tệp nén độc hại)`,
      uncompressedTooLarge: (size, limit) =>
        `khi giải nén tệp sẽ chiếm ${size}, vượt giới hạn ${limit} (có thể là tệp nén độc hại)`,
      entryTooLarge: (entry, size, limit) =>
        `phần "${entry}" khi giải nén chiếm ${size}, vượt giới hạn ${limit} cho một phần`,
      compressionRatio: (entry, ratio, limit) =>
        `phần "${entry}" nén với tỷ lệ ${ratio}:1, vượt giới hạn ${limit}:1 (dấu hiệu của tệp nén độc hại)`,
      inflatesBeyondDeclared: (entry) =>
        `phần "${entry}" giải nén ra nhiều hơn kích thước khai báo (tệp hỏng hoặc độc hại)`,
      unreadable: (reason) => `không đọc được tệp Excel: ${reason}`,
      notTemplate: "tệp không phải biểu mẫu do chitieu tạo; hãy tải biểu mẫu về, điền rồi tải lên",
      sheetMissing: (name) => `không tìm thấy trang tính "${name}" của biểu mẫu`,
      changed: (what, found, expected) =>
        `biểu mẫu này của ${what} "${found}", nhưng đang tải lên cho "${expected}"; hãy dùng đúng biểu mẫu`,
      columnMissing: (name, templateColumn) =>
        `thiếu cột "${name}" (trong biểu mẫu là cột ${templateColumn}); cần có tiêu đề "${name}" ở dòng tiêu đề`,
      notANumber: (example, other, got) => `cần một số, ví dụ ${example} hoặc ${other}, nhưng ô ghi "${got}"`,
      notYesNo: (yes, no, got) => `cần "${yes}" hoặc "${no}" (hoặc 1 / 0), nhưng ô ghi "${got}"`,
      formulaWithoutResult:
        "ô có công thức nhưng chưa có kết quả tính; hãy mở và lưu lại tệp bằng Excel hoặc LibreOffice, hoặc nhập số",
      formulaError: (error) => `công thức cho kết quả lỗi ${error}; cần một số`,
      noTargetId: "dòng có số liệu nhưng không có mã chỉ tiêu; chỉ nhập số liệu vào các dòng của biểu mẫu",
      unknownTarget: (id) => `mã chỉ tiêu kế hoạch "${id}" không thuộc kế hoạch và kỳ này`,
      indicatorChanged: (found, expected) =>
        `mã chỉ tiêu là "${found}", nhưng chỉ tiêu kế hoạch này đo "${expected}"`,
      duplicateRow: (id, firstRow) => `chỉ tiêu "${id}" đã có ở dòng ${firstRow}; mỗi chỉ tiêu chỉ một dòng`,
      unknownQualifier: (got, choices) =>
        `mức "${got}" không hợp lệ; chọn một trong: ${choices}, hoặc để trống`,
      unknownStage: (got, choices) => `loại số liệu "${got}" không hợp lệ; chọn một trong: ${choices}`,
      stageRequired: (choices) => `có số liệu thực hiện thì phải chọn loại số liệu: ${choices}`,
      detailWithoutValue: (actual) =>
        `ô này đã điền nhưng cột "${actual}" còn trống; hãy nhập số liệu hoặc xóa ô này`,
      noHeaderRow: (columns) => `không tìm thấy dòng tiêu đề có các cột ${columns} trong 15 dòng đầu`,
      partWithoutWhole:
        'dòng chi tiết ("trong đó", "-", "+") nằm trước mọi chỉ tiêu; hãy đặt nó dưới chỉ tiêu mà nó thuộc về',
      noTargetValue: "chỉ tiêu không có số kế hoạch và không có dòng chi tiết; hãy nhập số hoặc xóa dòng",
      noIndicator: (name) =>
        `không có chỉ tiêu nào trong danh mục khớp với "${name}"; hãy ghi đúng tên trong danh mục hoặc đề nghị thêm chỉ tiêu`,
      unknownIndicatorCode: (code) => `mã chỉ tiêu "${code}" không có trong danh mục`,
      unknownUnitOfMeasure: (unit) =>
        `đơn vị tính "${unit}" không có trong danh mục đơn vị tính; hãy dùng đơn vị có sẵn hoặc đề nghị thêm`,
      unitMismatch: (unit, indicator, indicatorUnit) =>
        `đơn vị tính "${unit}" không so được với đơn vị "${indicatorUnit}" của chỉ tiêu "${indicator}"; hãy sửa đơn vị tính hoặc tên chỉ tiêu`,
      figureMissing: (what) =>
        ({
          baseline: "chỉ tiêu giảm theo điểm phần trăm cần tỷ lệ năm gốc; câu chữ không cho biết",
          base_value: "chỉ tiêu so với năm gốc cần số liệu năm gốc; câu chữ không cho biết",
          benchmark: "chỉ tiêu so với mức bình quân chung cần mức đó; câu chữ không cho biết",
        })[what],
      noteTooLong: (max, length) => `ghi chú dài ${length} ký tự; tối đa ${max} ký tự`,
      unknownUnitCode: (code, parent) =>
        `mã đơn vị "${code}" không phải đơn vị trực thuộc ${parent} trong kỳ này`,
      duplicateUnit: (code, firstRow) => `đơn vị "${code}" đã có ở dòng ${firstRow}; mỗi đơn vị chỉ một dòng`,
    },
  },
  report: {
    heading: {
      results: "Nhiều kết quả nổi bật",
      midTerm: "Đánh giá giữa nhiệm kỳ",
      projects: "Công trình trọng điểm, chương trình đột phá",
      tasksYear: (period) => `Nhiệm vụ ${period}`,
      tasksTerm: "Tập trung các giải pháp thực hiện thắng lợi nghị quyết nhiệm kỳ",
      tasksNext: "Nhiệm vụ thời gian tới",
    },
    rollupNoun: {
      annual_plan: "chỉ tiêu KT-XH",
      assigned: "chỉ tiêu tỉnh giao",
      budget_estimate: "chỉ tiêu dự toán ngân sách",
      resolution: "chỉ tiêu nghị quyết",
    },
    planPhrase: {
      annual_plan: "kế hoạch năm",
      assigned: "kế hoạch tỉnh giao",
      budget_estimate: "dự toán tỉnh giao",
      resolution: "chỉ tiêu nghị quyết",
    },
    statusVerb: { exceeded: "vượt", met: "đạt", nearly_met: "cơ bản đạt", not_met: "chưa đạt" },
    estimateQualifier: VI_QUALIFIER,
    title: (unit, met, total, noun, period) => `${unit} đạt, vượt ${met}/${total} ${noun} ${period}`,
    titleTerm: (unit, met, total, period) =>
      `${unit} đạt và vượt ${met}/${total} chỉ tiêu nghị quyết ${period}`,
    titlePlain: (unit, period) => `${unit}: kết quả thực hiện các chỉ tiêu ${period}`,
    lead: (period, unit, met, total, noun, reported) =>
      `${period}, ${unit} có ${met}/${total} ${noun} đạt, vượt kế hoạch, ${reported ? "theo báo cáo của địa phương" : "theo số liệu đang có"}.`,
    leadTerm: (years, almost, period, unit, met, total, reported) =>
      `Sau ${almost ? "gần " : ""}${years} năm thực hiện Nghị quyết Đại hội Đảng bộ ${unit}, ${period}, đến nay, có ${met}/${total} chỉ tiêu nghị quyết đạt và vượt kế hoạch, ${reported ? "theo báo cáo của địa phương" : "theo số liệu đang có"}.`,
    leadHighlight: (clause) => `Nổi bật, ${clause}.`,
    leadIndicator: (clause) => `Về chỉ tiêu chủ yếu, ${clause}.`,
    rollupReported: (met, total, noun, term) =>
      term
        ? `Theo báo cáo của địa phương, đến nay có ${met}/${total} ${noun} đạt và vượt kế hoạch.`
        : `Theo báo cáo của địa phương, ${met}/${total} ${noun} đạt, vượt kế hoạch.`,
    rollupComputed: (met, withData, noun, missing) =>
      `Theo số liệu đang có trong hệ thống, ${met}/${withData} ${noun} có số liệu đạt, vượt kế hoạch${missing > 0 ? `; ${missing} chỉ tiêu chưa có số liệu để so sánh` : ""}.`,
    rollupNone: "Hệ thống chưa có chỉ tiêu nào đủ số liệu để so sánh với kế hoạch.",
    quantity: (figure, unit) => (unit.startsWith("%") ? `${figure}${unit}` : `${figure} ${unit}`),
    reached: (name, qualifier, value, stage) => {
      const q = VI_QUALIFIER[qualifier] ? `${VI_QUALIFIER[qualifier]} ` : "";
      if (stage === "estimate") return `${name} ước đạt ${q}${value}`;
      return `${name} đạt ${q}${value}${stage === "preliminary" ? " (số liệu sơ bộ)" : ""}`;
    },
    percentOf: (percent, plan) => `đạt ${percent} ${plan}`,
    joinPercents: (parts) => parts.join(", "),
    statusNote: (status) => ` (${status})`,
    mismatchNote: (stated, likely) =>
      ` (báo cáo nêu ${stated}, khác số tính được${likely ? "; có thể do nhầm dấu thập phân" : ""})`,
    noTargetFigure: " (chưa có mức chỉ tiêu để so sánh)",
    pointsAgainst: (gap, side, target) =>
      side === "at"
        ? `bằng mục tiêu ${target}`
        : `${side === "above" ? "cao" : "thấp"} hơn ${gap} điểm % so với mục tiêu ${target}`,
    lowerBetter: (below, target) => `${below ? "thấp" : "cao"} hơn mục tiêu ${target}`,
    reduction: (achieved, verb, planned) =>
      `giảm ${achieved} điểm %, ${verb} mục tiêu giảm ${planned} điểm %`,
    band: (inside, band) =>
      inside ? `nằm trong khoảng mục tiêu ${band}` : `nằm ngoài khoảng mục tiêu ${band}`,
    partsOf: (clauses) => `trong đó ${clauses.join("; ")}`,
    amendedBy: (document) =>
      /^nghị quyết/i.test(document)
        ? ` (mục tiêu theo Nghị quyết điều chỉnh: ${document})`
        : ` (mục tiêu theo văn bản điều chỉnh: ${document})`,
    missedYears: (years) => ` (không đạt trong năm ${years.join(", ")})`,
    // Only the statuses that occur: "Trong đó 4 chỉ tiêu vượt", never "…, 0 đạt".
    breakdown: (c) =>
      `Trong đó ${nonZero([
        [c.exceeded, "vượt"],
        [c.met, "đạt"],
        [c.nearly_met, "cơ bản đạt"],
        [c.not_met, "không đạt"],
      ])
        .map(([n, word], i) => (i === 0 ? `${n} chỉ tiêu ${word}` : `${n} ${word}`))
        .join(", ")}.`,
    booleanResult: (name, status) => `${name}: ${status}`,
    implausible: (reached, stated, plan, likely) =>
      `${reached}; tỷ lệ ${stated} so ${plan} nêu trong báo cáo không hợp lý${likely ? `, nhiều khả năng là ${likely} (nhầm dấu thập phân)` : ""}, cần đối chiếu với nguồn.`,
    groupMet: (clauses) => `Các chỉ tiêu đạt, vượt kế hoạch: ${clauses.join("; ")}.`,
    groupNotMet: (clauses) => `Các chỉ tiêu chưa đạt kế hoạch: ${clauses.join("; ")}.`,
    groupOther: (clauses) => `Các số liệu khác: ${clauses.join("; ")}.`,
    groupNoData: (names) => `Chưa có số liệu thực hiện: ${names.join(", ")}.`,
    midTermIntro: (date) => `Tại ngày ${date}, theo số liệu đang có:`,
    midTermTarget: (name, state, current, percent, method) =>
      `${name}: ${state}${current ? ` (đến nay ${current}${percent ? `, bằng ${percent} chỉ tiêu` : ""})` : ""}; cách tính: ${method}.`,
    keyProject: (name, stage) => `Công trình trọng điểm “${name}”: ${stage}.`,
    programme: (name, stage) => `Chương trình đột phá “${name}”: ${stage}.`,
    tasks: (when, unit, items) => {
      const lead =
        when.kind === "year"
          ? `${upperFirst(when.period)}, ${unit} tập trung`
          : when.kind === "term"
            ? `Trong thời gian còn lại của nhiệm kỳ, ${unit} tập trung`
            : `Thời gian tới, ${unit} tập trung`;
      return `${lead}: ${items.join("; ")}.`;
    },
    dateline: (date, time) => (time ? `${date} - ${time}` : date),
    share: "Chia sẻ bài viết",
  },
  chart: VI_CHART,
  map: VI_MAP,
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
  qualifier: EN_QUALIFIER,
  estimate: "est.",
  preliminary: "prelim.",
  method: {
    percent_of_target: "actual / target × 100",
    percent_of_range_lower_bound: "actual / lower end of the range × 100",
    at_most_target: "lower is better: met when not above the target",
    within_tolerance: "met within the tolerance",
    yes_no: "met / not met",
    reduction_in_points: "reduction achieved (points) against the reduction planned",
    gap_in_points: "gap in percentage points to the target; no percent of plan for rates and growth",
    within_band: "met inside the band of a structure; outside on either side is not met",
    count_of_whole: "count reached out of the whole, against the count planned",
    rating_on_scale: "rating against the rating planned, on the scale",
    every_year: "met when every year meets it; the years that missed are named",
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
    compound_growth_from_yearly_rates: "average growth compounded from each year's growth rate",
    every_year: "every-year target: each year must meet it",
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
  partPrefix: "of which: ",
  supersededBy: (row) => `amended (see row ${row}), not counted`,
  superseded: "amended, not counted",
  amendedBy: (document) => `as amended by ${document}`,
  missedYears: (years) => `missed in ${years}`,
  gapPoints: (gap, above) => `${gap} percentage points ${above ? "above" : "below"} the target`,
  listPartial: "The source gives only part of the list of targets: the roll-up speaks for those shown.",
  implausiblePercent: (stated, likely) =>
    `stated ${stated} is implausible${likely ? `; probably ${likely} (decimal slip)` : ""}`,
  percentMismatch: (stated, computed, likely) =>
    `stated ${stated} differs from the computed ${computed}${likely ? `; probably ${likely} (decimal slip)` : ""}`,
  rollupComputed: (met, withData, total) =>
    `${met}/${withData} targets with data met or exceeded${total > withData ? ` (${total - withData} without data)` : ""}`,
  rollupReported: (met, total) => `Reported: ${met}/${total} targets met or exceeded`,
  untargeted: "Figures not tied to a target",
  midTerm: (at) => `Mid-term assessment at ${at}`,
  xlsx: {
    sheetName: "Targets",
    title: "RESULTS AGAINST THE SOCIO-ECONOMIC TARGETS",
    unitLabel: "Unit",
    planLabel: "Plan",
    periodLabel: "Period",
    instructions:
      "Enter figures in the columns Actual, Qualifier, Stage and Note; do not change the other columns. Figures in English notation (88,800 or 104.5) are accepted.",
    column: {
      no: "No.",
      indicator: "Indicator",
      unitOfMeasure: "Unit",
      target: "Target",
      actual: "Actual",
      percent: "% of plan",
      status: "Status",
      note: "Note",
      qualifier: "Qualifier",
      stage: "Stage",
      targetId: "Target id (do not edit)",
      indicatorCode: "Indicator code (do not edit)",
    },
    columnHint: { percent: "(6) = (5) / (4) × 100" },
    qualifierChoices: ["more_than", "about", "nearly", "less_than"],
    stage: { estimate: "Estimate", preliminary: "Preliminary", official: "Official" },
    stageAliases: { estimated: "estimate", prelim: "preliminary", final: "official" },
    qualifierAliases: { "more than": "more_than", above: "more_than", almost: "nearly", below: "less_than" },
    yes: "Met",
    no: "Not met",
    qualifierPrompt:
      "Leave empty for an exact figure; choose over, about, nearly or under when the report says so.",
    stagePrompt: "Whether the figure is an estimate, preliminary or official.",
    listError: "Choose a value from the list.",
    pageFooter: "Page &P of &N",
    errors: {
      at: (sheet, row, column, columnName) =>
        [
          sheet === null ? null : `Sheet "${sheet}"`,
          row === null ? null : `row ${row}`,
          column === null ? null : `column ${column}${columnName ? ` (${columnName})` : ""}`,
        ]
          .filter((x) => x !== null)
          .join(", ") || "File",
      fileTooLarge: (size, limit) => `the file is ${size}, over the limit of ${limit}`,
      notZip: "not an Excel .xlsx file (its zip structure cannot be read)",
      zip64: "the file uses ZIP64, which a template never needs; save it again with Excel or LibreOffice",
      encrypted: (entry) => `part "${entry}" of the file is encrypted; remove the password and upload again`,
      unsupportedCompression: (entry, method) =>
        `part "${entry}" uses compression method ${method}, which is not supported`,
      tooManyEntries: (count, limit) =>
        `the file has ${count} parts, over the limit of ${limit} (possibly a zip bomb)`,
      uncompressedTooLarge: (size, limit) =>
        `the file would take ${size} once uncompressed, over the limit of ${limit} (possibly a zip bomb)`,
      entryTooLarge: (entry, size, limit) =>
        `part "${entry}" would take ${size} once uncompressed, over the limit of ${limit} for one part`,
      compressionRatio: (entry, ratio, limit) =>
        `part "${entry}" is compressed ${ratio}:1, over the limit of ${limit}:1 (a sign of a zip bomb)`,
      inflatesBeyondDeclared: (entry) =>
        `part "${entry}" inflates to more than its declared size (a damaged file or a zip bomb)`,
      unreadable: (reason) => `the Excel file cannot be read: ${reason}`,
      notTemplate:
        "the file is not a template made by chitieu; download the template, fill it in and upload it",
      sheetMissing: (name) => `the template's sheet "${name}" is missing`,
      changed: (what, found, expected) =>
        `this template is for ${what} "${found}", but the upload is for "${expected}"; use the right template`,
      columnMissing: (name, templateColumn) =>
        `the column "${name}" is missing (column ${templateColumn} in the template); expected the header "${name}" in the header row`,
      notANumber: (example, other, got) => `expected a number such as ${example} or ${other}, got "${got}"`,
      notYesNo: (yes, no, got) => `expected "${yes}" or "${no}" (or 1 / 0), got "${got}"`,
      formulaWithoutResult:
        "the cell has a formula with no computed result; open and save the file in Excel or LibreOffice, or type the figure",
      formulaError: (error) => `the formula gives the error ${error}; expected a number`,
      noTargetId: "the row has figures but no target id; enter figures only in the template's rows",
      unknownTarget: (id) => `target id "${id}" is not one of this plan and period`,
      indicatorChanged: (found, expected) =>
        `the indicator code is "${found}", but this target measures "${expected}"`,
      duplicateRow: (id, firstRow) => `target "${id}" is already on row ${firstRow}; one row per target`,
      unknownQualifier: (got, choices) =>
        `qualifier "${got}" is not valid; choose one of: ${choices}, or leave it empty`,
      unknownStage: (got, choices) => `stage "${got}" is not valid; choose one of: ${choices}`,
      stageRequired: (choices) => `a figure needs its stage: ${choices}`,
      detailWithoutValue: (actual) =>
        `this cell is filled but "${actual}" is empty; enter the figure or clear this cell`,
      noHeaderRow: (columns) => `no header row with the columns ${columns} in the first 15 rows`,
      partWithoutWhole:
        'a detail row ("trong đó", "-", "+") comes before any target; put it under the target it belongs to',
      noTargetValue:
        "the target has no planned figure and no detail rows; enter the figure or delete the row",
      noIndicator: (name) =>
        `no indicator of the catalogue matches "${name}"; use the catalogue's name or ask for the indicator to be added`,
      unknownIndicatorCode: (code) => `indicator code "${code}" is not in the catalogue`,
      unknownUnitOfMeasure: (unit) =>
        `unit of measure "${unit}" is not in the catalogue of units; use a known one or ask for it to be added`,
      unitMismatch: (unit, indicator, indicatorUnit) =>
        `unit of measure "${unit}" cannot be compared with "${indicatorUnit}", the unit of indicator "${indicator}"; correct the unit or the indicator's name`,
      figureMissing: (what) =>
        ({
          baseline: "a fall in percentage points needs the base year's rate, which the words do not give",
          base_value:
            "a change against a base year needs the base year's figure, which the words do not give",
          benchmark: "a target set against an average needs that average, which the words do not give",
        })[what],
      noteTooLong: (max, length) => `the note is ${length} characters long; at most ${max}`,
      unknownUnitCode: (code, parent) => `unit code "${code}" is not a unit under ${parent} in this period`,
      duplicateUnit: (code, firstRow) => `unit "${code}" is already on row ${firstRow}; one row per unit`,
    },
  },
  report: {
    heading: {
      results: "Notable results",
      midTerm: "Mid-term assessment",
      projects: "Key projects and breakthrough programmes",
      tasksYear: (period) => `Tasks for ${period}`,
      tasksTerm: "Measures for the rest of the term",
      tasksNext: "Tasks ahead",
    },
    rollupNoun: {
      annual_plan: "socio-economic targets",
      assigned: "province-assigned targets",
      budget_estimate: "budget targets",
      resolution: "resolution targets",
    },
    planPhrase: {
      annual_plan: "the annual plan",
      assigned: "the province-assigned plan",
      budget_estimate: "the province's budget estimate",
      resolution: "the resolution target",
    },
    statusVerb: { exceeded: "exceeding", met: "meeting", nearly_met: "nearly meeting", not_met: "short of" },
    estimateQualifier: EN_ESTIMATE_QUALIFIER,
    title: (unit, met, total, noun, period) =>
      `${unit} meets or exceeds ${met} of ${total} ${noun} in ${period}`,
    titleTerm: (unit, met, total, period) =>
      `${unit} meets or exceeds ${met} of ${total} targets of its resolution for the ${period}`,
    titlePlain: (unit, period) => `${unit}: results against targets, ${period}`,
    lead: (period, unit, met, total, noun, reported) =>
      `In ${period}, ${unit} met or exceeded ${met} of ${total} ${noun}, ${reported ? "according to the local report" : "on the data on record"}.`,
    leadTerm: (years, almost, period, unit, met, total, reported) =>
      `${almost ? "Almost " : ""}${years} years into the resolution of its Party Congress for the ${period}, ${unit} has met or exceeded ${met} of ${total} resolution targets, ${reported ? "according to the local report" : "on the data on record"}.`,
    leadHighlight: (clause) => `Notably, ${clause}.`,
    leadIndicator: (clause) => `As for the lead target, ${clause}.`,
    rollupReported: (met, total, noun, term) =>
      term
        ? `According to the local report, ${met} of ${total} ${noun} have been met or exceeded so far.`
        : `According to the local report, ${met} of ${total} ${noun} were met or exceeded.`,
    rollupComputed: (met, withData, noun, missing) =>
      `In the data on record, ${met} of the ${withData} ${noun} with figures are met or exceeded${missing > 0 ? `; ${missing} more ${missing === 1 ? "has" : "have"} no figure to compare yet` : ""}.`,
    rollupNone: "No target on record has the figures to compare with its plan yet.",
    quantity: (figure, unit) => {
      if (unit.startsWith("%")) return `${figure}${unit}`;
      // Money reads "VND 2,390 billion" in English, the currency first.
      const money = /^(?:(thousand|million|billion|trillion) )?(VND|USD)$/.exec(unit);
      if (money) return `${money[2]} ${figure}${money[1] ? ` ${money[1]}` : ""}`;
      return `${figure} ${unit}`;
    },
    reached: (name, qualifier, value, stage) => {
      if (stage === "estimate") {
        const q = EN_ESTIMATE_QUALIFIER[qualifier];
        return `${name} reached an estimated ${q ? `${q} ` : ""}${value}`;
      }
      const q = EN_QUALIFIER[qualifier];
      return `${name} reached ${q ? `${q} ` : ""}${value}${stage === "preliminary" ? " (preliminary)" : ""}`;
    },
    percentOf: (percent, plan) => `${percent} of ${plan}`,
    joinPercents: (parts) => EN_LIST.format(parts),
    statusNote: (status) => ` (${status})`,
    mismatchNote: (stated, likely) =>
      ` (the report states ${stated}, which differs from the computed figure${likely ? "; probably a misplaced decimal point" : ""})`,
    noTargetFigure: " (no target figure to compare with)",
    pointsAgainst: (gap, side, target) =>
      side === "at"
        ? `on the target of ${target}`
        : `${gap} percentage points ${side === "above" ? "above" : "below"} the target of ${target}`,
    lowerBetter: (below, target) => `${below ? "below" : "above"} the target of ${target}`,
    reduction: (achieved, verb, planned) =>
      `down ${achieved} percentage points, ${verb} the planned reduction of ${planned} points`,
    band: (inside, band) =>
      inside ? `inside the target band of ${band}` : `outside the target band of ${band}`,
    partsOf: (clauses) => `of which ${clauses.join("; ")}`,
    amendedBy: (document) => ` (target as amended by ${document})`,
    missedYears: (years) => ` (missed in ${EN_LIST.format(years)})`,
    breakdown: (c) =>
      `Of these, ${nonZero([
        [c.exceeded, "exceeded"],
        [c.met, "met"],
        [c.nearly_met, "nearly met"],
        [c.not_met, "not met"],
      ])
        .map(([n, word]) => `${n} ${word}`)
        .join(", ")}.`,
    booleanResult: (name, status) => `${name}: ${status}`,
    implausible: (reached, stated, plan, likely) =>
      `${reached}; the stated ${stated} of ${plan} is implausible${likely ? ` and is probably ${likely} (a misplaced decimal point)` : ""}: check it against the source.`,
    groupMet: (clauses) => `Targets met or exceeded: ${clauses.join("; ")}.`,
    groupNotMet: (clauses) => `Targets not met: ${clauses.join("; ")}.`,
    groupOther: (clauses) => `Other figures: ${clauses.join("; ")}.`,
    groupNoData: (names) => `No results yet for: ${EN_LIST.format(names)}.`,
    midTermIntro: (date) => `At ${date}, on the data on record:`,
    midTermTarget: (name, state, current, percent, method) =>
      `${name}: ${state}${current ? ` (${current} to date${percent ? `, ${percent} of the target` : ""})` : ""}; method: ${method}.`,
    keyProject: (name, stage) => `Key project “${name}”: ${stage}.`,
    programme: (name, stage) => `Breakthrough programme “${name}”: ${stage}.`,
    tasks: (when, unit, items) => {
      const lead =
        when.kind === "year"
          ? `In ${when.period}, ${unit} will focus on`
          : when.kind === "term"
            ? `For the rest of the term, ${unit} will focus on`
            : `Next, ${unit} will focus on`;
      return `${lead}: ${items.join("; ")}.`;
    },
    dateline: (date, time) => (time ? `${date} - ${time}` : date),
    share: "Share this article",
  },
  chart: EN_CHART,
  map: EN_MAP,
};

const TABLES: Record<DisplayLocale, Messages> = { vi, en };

export function messages(locale: DisplayLocale): Messages {
  return TABLES[locale];
}

/** The counts of a breakdown that are not zero, in order. */
function nonZero(counts: [number, string][]): [number, string][] {
  return counts.filter(([n]) => n > 0);
}
