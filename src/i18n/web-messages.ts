/**
 * The public pages' strings (src/http/web), in Vietnamese and English. Same shape as messages.ts
 * and workspace.ts: one interface, a table per language typed by it (so a key missing in either
 * language fails the type-check), and an accessor by locale; web-messages.test.ts also checks
 * the keys match and every string is NFC.
 */
import type { AdminUnitKind } from "../domain/admin-units.ts";
import type { DisplayLocale } from "../domain/numbers.ts";
import type { ObservationStage } from "../domain/types.ts";

export interface WebMessages {
  siteName: string;
  /** A unit named with its kind: "huyện Cần Đước", "Cần Đước district". */
  unitName: (kind: AdminUnitKind, name: string) => string;
  siteTagline: string;
  languageName: string;
  /** The other language's name, in that language: the switch. */
  twinLanguageName: string;
  switchLanguage: string;
  skipToContent: string;
  home: string;
  footer: string;
  illustrativeBanner: string;
  illustrativeMark: string;
  provinces: { title: string; today: string; before: string; switchToBefore: string; switchToToday: string };
  mapTitle: string;
  mapValueName: string;
  mapPeriod: (period: string) => string;
  latestReports: string;
  unit: {
    title: (name: string) => string;
    parent: string;
    children: string;
    predecessors: string;
    successors: string;
    plans: string;
    none: string;
    validFrom: (date: string) => string;
    validTo: (date: string) => string;
    part: string;
  };
  scorecard: {
    title: (unit: string, period: string) => string;
    rollup: (met: string, total: string) => string;
    rollupReported: string;
    targets: string;
    source: string;
    /**
     * The source of a figure the unit entered itself (the workspace's entry form or its template):
     * its own report, the stage of the figure, the day it was entered, and the officer's note.
     */
    ownReport: (unit: string, stage: ObservationStage, day: string, note: string | undefined) => string;
    termTitle: string;
    termIntro: (at: string) => string;
    notAssessed: string;
    /** Link to the methods page (/vi/methods): how each status is decided. */
    methodsLink: string;
    midTermAt: string;
    show: string;
  };
  scorecards: {
    title: (period: string) => string;
    titleOf: (unit: string, period: string) => string;
    intro: string;
    unit: string;
    met: string;
    withData: string;
    total: string;
    share: string;
    provisional: string;
    children: string;
    national: string;
    none: string;
  };
  indicator: {
    title: (name: string) => string;
    acrossYears: (unit: string) => string;
    acrossCommunes: (area: string, period: string) => string;
    notComparable: string;
    /** The column of the change on the year before (so cùng kỳ). */
    changeOnPreviousYear: string;
    textAlternative: string;
  };
  projects: {
    title: (unit: string, period: string) => string;
    kind: { project: string; programme: string };
    state: string;
    milestones: string;
    milestoneState: Record<"planned" | "in_progress" | "done" | "delayed" | "cancelled", string>;
    notes: string;
    none: string;
    column: { name: string; kind: string; state: string; source: string };
  };
  report: {
    title: (unit: string, period: string) => string;
    drafted: (at: string) => string;
    bylineLabel: string;
    bylinePlaceholder: string;
    copyLink: string;
  };
  links: { scorecard: string; report: string; projects: string; indicator: string; unit: string };
  download: { label: string; csv: string; xlsx: string; json: string };
  notFound: string;
  error: string;
}

const EN_KIND: Record<AdminUnitKind, string> = {
  tỉnh: "province",
  "thành phố": "city",
  huyện: "district",
  "thị xã": "town",
  quận: "urban district",
  xã: "commune",
  phường: "ward",
  "thị trấn": "township",
  "đặc khu": "special zone",
};

const vi: WebMessages = {
  siteName: "Chỉ tiêu kinh tế - xã hội",
  unitName: (kind, name) => (name.toLocaleLowerCase("vi").startsWith(kind) ? name : `${kind} ${name}`),
  siteTagline: "Kế hoạch, kết quả thực hiện và đánh giá chỉ tiêu của các địa phương",
  languageName: "Tiếng Việt",
  twinLanguageName: "English",
  switchLanguage: "Xem trang này bằng tiếng Anh",
  skipToContent: "Chuyển đến nội dung chính",
  home: "Trang chủ",
  footer: "Số liệu từ các nguồn được nêu bên cạnh từng con số. Trang hiển thị được khi tắt JavaScript.",
  illustrativeBanner:
    "Lưu ý: trang này có số liệu minh họa (không có thật) cho các xã, phường tỉnh Tây Ninh, chỉ để trình bày bản đồ và biểu đồ.",
  illustrativeMark: "minh họa",
  provinces: {
    title: "Tỉnh, thành phố",
    today: "Từ ngày 01/7/2025 (34 tỉnh, thành phố)",
    before: "Trước ngày 01/7/2025 (63 tỉnh, thành phố)",
    switchToBefore: "Xem danh sách trước ngày 01/7/2025",
    switchToToday: "Xem danh sách hiện nay",
  },
  mapTitle: "Tỷ lệ chỉ tiêu đạt của các xã, phường tỉnh Tây Ninh",
  mapValueName: "Tỷ lệ chỉ tiêu đạt, vượt (%)",
  mapPeriod: (period) => `Kỳ đánh giá: ${period}.`,
  latestReports: "Báo cáo mới nhất",
  unit: {
    title: (name) => name,
    parent: "Trực thuộc",
    children: "Đơn vị trực thuộc",
    predecessors: "Hình thành từ",
    successors: "Sáp nhập vào",
    plans: "Kế hoạch và đánh giá",
    none: "Chưa có",
    validFrom: (date) => `từ ngày ${date}`,
    validTo: (date) => `đến ngày ${date}`,
    part: "một phần",
  },
  scorecards: {
    title: (period) => `Bảng tổng hợp chỉ tiêu ${period}: các tỉnh, thành phố`,
    titleOf: (unit, period) => `Bảng tổng hợp chỉ tiêu ${period}: các đơn vị của ${unit}`,
    intro:
      "Mỗi dòng: số chỉ tiêu đạt và vượt trên số chỉ tiêu có số liệu, theo kế hoạch của đơn vị; chỉ tiêu chưa có số liệu không được tính.",
    unit: "Đơn vị",
    met: "Đạt và vượt",
    withData: "Có số liệu",
    total: "Tổng số chỉ tiêu",
    share: "Tỷ lệ đạt và vượt",
    provisional: "Số ước tính",
    children: "Các đơn vị trực thuộc",
    national: "Cả nước",
    none: "Chưa có đơn vị nào có kế hoạch cho năm này.",
  },
  scorecard: {
    title: (unit, period) => `Đánh giá chỉ tiêu của ${unit}, ${period}`,
    rollup: (met, total) => `${met}/${total} chỉ tiêu đạt và vượt`,
    rollupReported: "Theo báo cáo của địa phương",
    targets: "Các chỉ tiêu",
    source: "Nguồn",
    ownReport: (unit, stage, day, note) =>
      `Báo cáo của UBND ${unit} (số liệu ${{ estimate: "ước tính", preliminary: "sơ bộ", official: "chính thức" }[stage]}, nhập ngày ${day})${note ? `; ghi chú: ${note}` : ""}`,
    termTitle: "Đánh giá giữa nhiệm kỳ",
    termIntro: (at) => `Ước đến cuối nhiệm kỳ, tính tại ngày ${at}; cột cuối nêu cách tính.`,
    notAssessed: "Đơn vị chưa có kế hoạch cho kỳ này.",
    methodsLink: "Cách đánh giá: mỗi mức đạt được xác định thế nào",
    midTermAt: "Ngày đánh giá",
    show: "Xem",
  },
  indicator: {
    title: (name) => name,
    acrossYears: (unit) => `Qua các năm: ${unit}`,
    acrossCommunes: (area, period) => `Các xã, phường của ${area}, ${period}`,
    notComparable: "không so sánh được",
    changeOnPreviousYear: "So cùng kỳ",
    textAlternative: "Số liệu của biểu đồ",
  },
  projects: {
    title: (unit, period) => `Công trình trọng điểm và chương trình đột phá của ${unit}, ${period}`,
    kind: { project: "Công trình trọng điểm", programme: "Chương trình đột phá" },
    state: "Tình hình",
    milestones: "Các mốc",
    milestoneState: {
      planned: "theo kế hoạch",
      in_progress: "đang thực hiện",
      done: "đã hoàn thành",
      delayed: "chậm",
      cancelled: "đã hủy",
    },
    notes: "Ghi chép",
    none: "Chưa có công trình, chương trình nào.",
    column: { name: "Tên", kind: "Loại", state: "Tình hình", source: "Nguồn" },
  },
  report: {
    title: (unit, period) => `Bài viết dự thảo: ${unit}, ${period}`,
    drafted: (at) => `Dự thảo từ số liệu, tính đến ngày ${at}. Cần người biên tập trước khi đăng.`,
    bylineLabel: "Tác giả",
    bylinePlaceholder: "(chưa ghi)",
    copyLink: "Sao chép liên kết",
  },
  links: {
    scorecard: "Bảng đánh giá",
    report: "Bài viết dự thảo",
    projects: "Công trình, chương trình",
    indicator: "Chỉ tiêu qua các năm",
    unit: "Thông tin đơn vị",
  },
  download: { label: "Tải bảng", csv: "CSV", xlsx: "Excel (XLSX)", json: "JSON" },
  notFound: "Không tìm thấy trang",
  error: "Có lỗi",
};

const en: WebMessages = {
  siteName: "Socio-economic targets",
  unitName: (kind, name) => {
    const bare = name.replace(new RegExp(`^${kind}\\s+`, "iu"), "");
    return `${bare} ${EN_KIND[kind]}`;
  },
  siteTagline: "Plans, results and the assessment of local governments' targets in Viet Nam",
  languageName: "English",
  twinLanguageName: "Tiếng Việt",
  switchLanguage: "Read this page in Vietnamese",
  skipToContent: "Skip to the main content",
  home: "Home",
  footer: "Figures from the sources named beside each. The pages work with JavaScript off.",
  illustrativeBanner:
    "Note: this page shows illustrative figures (not real) for the communes and wards of Tây Ninh, only to demonstrate the map and charts.",
  illustrativeMark: "illustrative",
  provinces: {
    title: "Provinces and cities",
    today: "From 1 July 2025 (34 provinces and cities)",
    before: "Before 1 July 2025 (63 provinces and cities)",
    switchToBefore: "Show the list before 1 July 2025",
    switchToToday: "Show today's list",
  },
  mapTitle: "Share of targets met by the communes and wards of Tây Ninh",
  mapValueName: "Targets met or exceeded (%)",
  mapPeriod: (period) => `Period assessed: ${period}.`,
  latestReports: "Latest reports",
  unit: {
    title: (name) => name,
    parent: "Part of",
    children: "Units under it",
    predecessors: "Formed from",
    successors: "Merged into",
    plans: "Plans and assessments",
    none: "None",
    validFrom: (date) => `from ${date}`,
    validTo: (date) => `until ${date}`,
    part: "in part",
  },
  scorecards: {
    title: (period) => `Scorecard ${period}: provinces`,
    titleOf: (unit, period) => `Scorecard ${period}: the units of ${unit}`,
    intro:
      "Each row: targets met or exceeded over targets with data, in the unit's own plans; targets without data are not counted.",
    unit: "Unit",
    met: "Met or exceeded",
    withData: "With data",
    total: "Targets",
    share: "Share met or exceeded",
    provisional: "Estimates",
    children: "Units within",
    national: "Whole country",
    none: "No unit has a plan for this year yet.",
  },
  scorecard: {
    title: (unit, period) => `Targets of ${unit}, ${period}`,
    rollup: (met, total) => `${met}/${total} targets met or exceeded`,
    rollupReported: "As the unit reported",
    targets: "Targets",
    source: "Source",
    ownReport: (unit, stage, day, note) =>
      `Report of the People's Committee of ${unit} (${{ estimate: "estimate", preliminary: "preliminary figure", official: "official figure" }[stage]}, entered ${day})${note ? `; note: ${note}` : ""}`,
    termTitle: "Mid-term assessment",
    termIntro: (at) => `Projected to the end of the term as of ${at}; the last column gives the method.`,
    notAssessed: "The unit has no plan for this period.",
    methodsLink: "Methods: how each status is decided",
    midTermAt: "Date of the review",
    show: "Show",
  },
  indicator: {
    title: (name) => name,
    acrossYears: (unit) => `Across years: ${unit}`,
    acrossCommunes: (area, period) => `The communes and wards of ${area}, ${period}`,
    notComparable: "not comparable",
    changeOnPreviousYear: "On the year before",
    textAlternative: "The chart's figures",
  },
  projects: {
    title: (unit, period) => `Key projects and programmes of ${unit}, ${period}`,
    kind: { project: "Key project", programme: "Breakthrough programme" },
    state: "Where it stands",
    milestones: "Milestones",
    milestoneState: {
      planned: "planned",
      in_progress: "in progress",
      done: "done",
      delayed: "delayed",
      cancelled: "cancelled",
    },
    notes: "Notes",
    none: "No projects or programmes yet.",
    column: { name: "Name", kind: "Kind", state: "Where it stands", source: "Source" },
  },
  report: {
    title: (unit, period) => `Drafted report: ${unit}, ${period}`,
    drafted: (at) => `Drafted from the data as of ${at}. An editor should review it before publication.`,
    bylineLabel: "Byline",
    bylinePlaceholder: "(not set)",
    copyLink: "Copy link",
  },
  links: {
    scorecard: "Scorecard",
    report: "Drafted report",
    projects: "Projects and programmes",
    indicator: "Indicator across years",
    unit: "About the unit",
  },
  download: { label: "Download the table", csv: "CSV", xlsx: "Excel (XLSX)", json: "JSON" },
  notFound: "Page not found",
  error: "Something went wrong",
};

const TABLES: Record<DisplayLocale, WebMessages> = { vi, en };

export function webMessages(locale: DisplayLocale): WebMessages {
  return TABLES[locale];
}
