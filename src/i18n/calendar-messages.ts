/**
 * The words of the reporting calendar (lịch báo cáo): the board, its downloads and the overdue
 * reports on the workspace home, in Vietnamese and English. One interface, a table per language
 * typed by it, as the other message files.
 */
import type { DisplayLocale } from "../domain/numbers.ts";
import type { ReportKind, ReportStatus } from "../domain/reporting-calendar.ts";

export interface CalendarMessages {
  title: string;
  lead: string;
  kind: Record<ReportKind, string>;
  status: Record<ReportStatus, string>;
  /** Added to approved and published reports that came after the due date. */
  sentLate: string;
  col: {
    code: string;
    unit: string;
    targets: string;
    period: string;
    kind: string;
    window: string;
    due: string;
    status: string;
    submittedAt: string;
    withoutFigure: string;
  };
  /** "2 chỉ tiêu chưa có số liệu". */
  withoutFigure: (n: number) => string;
  caption: (province: string, year: number) => string;
  fileCaption: (province: string, year: number, today: string) => string;
  filters: {
    legend: string;
    province: string;
    year: string;
    kinds: string;
    unit: string;
    unitHint: string;
    status: string;
    anyStatus: string;
    apply: string;
  };
  downloads: string;
  downloadCsv: string;
  downloadXlsx: string;
  schedule: string;
  basis: string;
  noUnits: string;
  overdueTitle: string;
  overdueNone: string;
  overdueItem: (unit: string, period: string, due: string) => string;
  /** The calendar page (src/http/workspace/pages/calendar.tsx). */
  page: {
    board: string;
    scheduleLead: (province: string, year: number) => string;
    allKinds: string;
    yearHint: string;
    provinceHint: string;
    chooseProvince: string;
    scrollHint: string;
    openEntry: string;
    noPlan: string;
    setDeadlines: string;
  };
  /** The deadlines form (/workspace/calendar/deadlines). */
  deadlines: {
    title: (province: string) => string;
    lead: string;
    readOnly: string;
    required: string;
    cutoffDay: string;
    cutoffHint: string;
    dueDay: string;
    dueHint: string;
    dueMonthsAfter: string;
    dueMonthsHint: string;
    basis: string;
    save: string;
    saved: string;
    back: string;
    /** A day field that is not a day 1-31 (or, for the due day, before the cut-off in the same month). */
    day: (label: string) => string;
    dueBeforeCutoff: (label: string) => string;
    months: (label: string) => string;
    basisMissing: (label: string) => string;
  };
}

const vi: CalendarMessages = {
  title: "Lịch báo cáo",
  lead: "Các kỳ báo cáo định kỳ, hạn gửi, và tình trạng nộp của từng đơn vị.",
  kind: { month: "Tháng", quarter: "Quý", half_year: "6 tháng", nine_months: "9 tháng", year: "Năm" },
  status: {
    not_due: "Chưa đến hạn",
    missing: "Chưa nộp",
    returned: "Bị trả lại",
    on_time: "Nộp đúng hạn",
    late: "Nộp muộn",
    approved: "Đã phê duyệt",
    published: "Đã công bố",
  },
  sentLate: "nộp muộn",
  col: {
    code: "Mã",
    unit: "Đơn vị",
    targets: "Số chỉ tiêu",
    period: "Kỳ báo cáo",
    kind: "Loại",
    window: "Thời gian chốt số liệu",
    due: "Hạn gửi",
    status: "Tình trạng",
    submittedAt: "Ngày nộp",
    withoutFigure: "Chỉ tiêu chưa có số liệu",
  },
  withoutFigure: (n) => `${n} chỉ tiêu chưa có số liệu`,
  caption: (province, year) => `Tình trạng báo cáo các đơn vị thuộc ${province}, năm ${year}`,
  fileCaption: (province, year, today) =>
    `Tình trạng báo cáo các đơn vị thuộc ${province}, năm ${year} (tính đến ngày ${today})`,
  filters: {
    legend: "Lọc bảng",
    province: "Tỉnh, thành phố (mã)",
    year: "Năm",
    kinds: "Loại báo cáo",
    unit: "Đơn vị",
    unitHint: "Tên hoặc mã, không cần dấu",
    status: "Tình trạng",
    anyStatus: "Mọi tình trạng",
    apply: "Lọc",
  },
  downloads: "Tải bảng (mỗi dòng một đơn vị và một kỳ)",
  downloadCsv: "CSV",
  downloadXlsx: "Excel (.xlsx)",
  schedule: "Kỳ báo cáo và hạn gửi",
  basis: "Căn cứ",
  noUnits: "Không có đơn vị nào khớp bộ lọc mà anh/chị được xem.",
  overdueTitle: "Báo cáo quá hạn",
  overdueNone: "Không có báo cáo nào quá hạn.",
  overdueItem: (unit, period, due) => `${unit}: báo cáo ${period}, hạn ${due}`,
  page: {
    board: "Tình trạng nộp báo cáo",
    scheduleLead: (province, year) =>
      `Áp dụng cho mọi kế hoạch năm ${year} của các đơn vị thuộc ${province}: mỗi kỳ, số liệu tính trong thời gian chốt và gửi trước hạn.`,
    allKinds: "Mọi loại báo cáo",
    yearHint: "Ví dụ: 2026",
    provinceHint: "Ví dụ: 80",
    chooseProvince: "Nhập mã tỉnh, thành phố để xem lịch báo cáo.",
    scrollHint: "Bảng rộng: cuộn ngang để xem các kỳ; cột đơn vị luôn hiện.",
    openEntry: "Mở biểu nhập",
    noPlan: "Chưa có kế hoạch năm",
    setDeadlines: "Hạn gửi báo cáo của tỉnh",
  },
  deadlines: {
    title: (province) => `Hạn gửi báo cáo của ${province}`,
    lead: "Mỗi loại báo cáo: ngày chốt số liệu và hạn gửi. Loại nào tỉnh chưa đặt thì theo mặc định.",
    readOnly: "Chỉ người duyệt của tỉnh được đặt hạn gửi; anh/chị chỉ xem được.",
    required: "Đơn vị phải gửi loại báo cáo này",
    cutoffDay: "Ngày chốt số liệu",
    cutoffHint: "Ngày trong tháng cuối của kỳ, từ 1 đến 31 (quá cuối tháng thì là ngày cuối tháng)",
    dueDay: "Hạn gửi: ngày",
    dueHint: "Từ 1 đến 31; không trước ngày chốt nếu gửi trong tháng cuối của kỳ",
    dueMonthsAfter: "Hạn gửi: số tháng sau kỳ",
    dueMonthsHint: "0: trong tháng cuối của kỳ; 1 đến 3: các tháng sau đó",
    basis: "Căn cứ (văn bản quy định)",
    save: "Lưu hạn gửi",
    saved: "Đã lưu hạn gửi báo cáo.",
    back: "Về lịch báo cáo",
    day: (label) => `${label}: hãy nhập một ngày từ 1 đến 31.`,
    dueBeforeCutoff: (label) => `${label}: hạn gửi không được trước ngày chốt số liệu trong cùng tháng.`,
    months: (label) => `${label}: hãy nhập 0, 1, 2 hoặc 3.`,
    basisMissing: (label) => `${label}: hãy nêu văn bản quy định.`,
  },
};

const en: CalendarMessages = {
  title: "Reporting calendar",
  lead: "The periodic reports, their due dates, and where each unit's report stands.",
  kind: { month: "Month", quarter: "Quarter", half_year: "6 months", nine_months: "9 months", year: "Year" },
  status: {
    not_due: "Not yet due",
    missing: "Missing",
    returned: "Returned",
    on_time: "Submitted on time",
    late: "Submitted late",
    approved: "Approved",
    published: "Published",
  },
  sentLate: "sent late",
  col: {
    code: "Code",
    unit: "Unit",
    targets: "Targets",
    period: "Report",
    kind: "Kind",
    window: "Figures counted",
    due: "Due",
    status: "Status",
    submittedAt: "Submitted",
    withoutFigure: "Targets without a figure",
  },
  withoutFigure: (n) => `${n} ${n === 1 ? "target" : "targets"} without a figure`,
  caption: (province, year) => `Reports of the units of ${province}, ${year}`,
  fileCaption: (province, year, today) => `Reports of the units of ${province}, ${year} (as of ${today})`,
  filters: {
    legend: "Filter the board",
    province: "Province (code)",
    year: "Year",
    kinds: "Kinds of report",
    unit: "Unit",
    unitHint: "Name or code, accents optional",
    status: "Status",
    anyStatus: "Any status",
    apply: "Filter",
  },
  downloads: "Download the board (one row per unit and report)",
  downloadCsv: "CSV",
  downloadXlsx: "Excel (.xlsx)",
  schedule: "Reports and due dates",
  basis: "Basis",
  noUnits: "No unit you may see matches the filter.",
  overdueTitle: "Overdue reports",
  overdueNone: "No report is overdue.",
  overdueItem: (unit, period, due) => `${unit}: ${period} report, due ${due}`,
  page: {
    board: "Where each unit's reports stand",
    scheduleLead: (province, year) =>
      `For every ${year} plan of the units of ${province}: each report counts the figures of its window and is due by its date.`,
    allKinds: "All kinds of report",
    yearHint: "For example: 2026",
    provinceHint: "For example: 80",
    chooseProvince: "Enter a province's code to see its reporting calendar.",
    scrollHint: "A wide table: scroll sideways for the reports; the unit column stays in view.",
    openEntry: "Open the entry form",
    noPlan: "No plan for the year",
    setDeadlines: "The province's reporting deadlines",
  },
  deadlines: {
    title: (province) => `Reporting deadlines of ${province}`,
    lead: "For each kind of report: the day its figures close and the day it is due. A kind the province has not set follows the default.",
    readOnly: "Only a reviewer of the province may set its deadlines; you may read them.",
    required: "Units must send this kind of report",
    cutoffDay: "Figures close on day",
    cutoffHint: "A day of the period's last month, 1 to 31 (past the month's end: its last day)",
    dueDay: "Due: day",
    dueHint: "1 to 31; not before the figures close when due in the period's last month",
    dueMonthsAfter: "Due: months after the period",
    dueMonthsHint: "0: in the period's last month; 1 to 3: the months after it",
    basis: "Basis (the document that sets it)",
    save: "Save the deadlines",
    saved: "The reporting deadlines were saved.",
    back: "Back to the reporting calendar",
    day: (label) => `${label}: enter a day from 1 to 31.`,
    dueBeforeCutoff: (label) =>
      `${label}: a report cannot be due before its figures close in the same month.`,
    months: (label) => `${label}: enter 0, 1, 2 or 3.`,
    basisMissing: (label) => `${label}: name the document that sets it.`,
  },
};

const TABLES: Record<DisplayLocale, CalendarMessages> = { vi, en };

export function calendarMessages(locale: DisplayLocale): CalendarMessages {
  return TABLES[locale];
}
