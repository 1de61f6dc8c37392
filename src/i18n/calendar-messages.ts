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
};

const TABLES: Record<DisplayLocale, CalendarMessages> = { vi, en };

export function calendarMessages(locale: DisplayLocale): CalendarMessages {
  return TABLES[locale];
}
