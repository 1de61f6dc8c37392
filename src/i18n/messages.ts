/**
 * Every visible string, in Vietnamese and English. The English table is typed by the Vietnamese
 * one's keys, so a key missing in either language fails the type-check.
 */
import type { AssessmentMethod } from "../domain/assess-target.ts";
import type { ProjectionMethod } from "../domain/assess-term.ts";
import type { DisplayLocale } from "../domain/numbers.ts";
import type { ObservationStage, PlanKind, Qualifier, Status, TermState } from "../domain/types.ts";

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
  xlsx: XlsxMessages;
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
  };
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
    },
  },
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
    },
  },
};

const TABLES: Record<DisplayLocale, Messages> = { vi, en };

export function messages(locale: DisplayLocale): Messages {
  return TABLES[locale];
}
