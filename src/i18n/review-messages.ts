/**
 * The words of the workspace's review queue (/workspace/sources/) and key projects
 * (/workspace/projects), in Vietnamese and English: the convention of workspace.ts (one
 * interface, a table per language typed by it, an accessor by locale). The words of a project's
 * kind and a milestone's state are the public site's (web-messages.ts).
 */
import type { DisplayLocale } from "../domain/numbers.ts";

export interface ReviewMessages {
  sources: string;
  noSources: string;
  addSource: string;
  source: string;
  date: string;
  counts: (pending: number, accepted: number, rejected: number) => string;
  newSource: string;
  sourceTitle: string;
  sourceTitleHint: string;
  pasteText: string;
  pasteTextHint: string;
  orUpload: string;
  uploadHint: string;
  textOrFile: string;
  notTxtOrDocx: string;
  unitOfSource: string;
  unitOfSourceHint: string;
  periodOfSource: string;
  periodOfSourceHint: string;
  read: string;
  /** The source page. */
  text: string;
  noText: string;
  statements: string;
  noStatements: string;
  statement: (n: number) => string;
  showInText: string;
  readAs: string;
  status: Record<"pending" | "accepted" | "rejected", string>;
  indicator: string;
  chooseIndicator: string;
  suggested: (name: string, score: string) => string;
  unit: string;
  unitHint: (name: string | undefined) => string;
  period: string;
  periodHint: string;
  value: string;
  valueHint: string;
  unitOfMeasure: string;
  qualifier: string;
  stage: string;
  note: string;
  percentOfPlan: (percent: string) => string;
  keepNone: string;
  accept: string;
  acceptHint: string;
  reject: string;
  reasonToReject: string;
  acceptedAs: (what: string) => string;
  rejectedWith: (reason: string) => string;
  acceptedNotice: string;
  rejectedNotice: string;
  targetNote: string;
  rollupReported: (met: number, total: number) => string;
  rollupComputed: (met: number, total: number) => string;
  rollupNote: string;
  /** Recording a roll-up statement as the report's, for a plan. */
  rollupPlan: string;
  rollupPlanHint: string;
  recordRollup: string;
  recordedRollup: (met: number, total: number, plan: string) => string;
  recordedNotice: string;
  /** Accepting a target statement into a plan. */
  targetPlan: string;
  /** The plan chosen is of another period than the year the statement's target is for. */
  planOfAnotherPeriod: string;
  /** The unit of the figure or target cannot be converted to the chosen indicator's. */
  unitMismatch: string;
  targetPlanHint: string;
  targetIndicatorHint: string;
  choosePlan: string;
  changeReason: string;
  changeReasonHint: string;
  toPlan: string;
  targetAccepted: (indicator: string, plan: string) => string;
  targetNotice: string;
  shortcuts: string;
  /** Key projects. */
  projects: string;
  /** The header's short link to the projects. */
  projectsNav: string;
  noProjects: string;
  addProject: string;
  editProject: string;
  kind: string;
  nameVi: string;
  nameEn: string;
  projectUnit: string;
  projectUnitHint: string;
  term: string;
  termColumn: string;
  termHint: string;
  unitIsNow: (name: string) => string;
  state: string;
  stateHint: string;
  milestones: string;
  milestone: (n: number) => string;
  milestoneName: string;
  plannedDate: string;
  actualDate: string;
  milestoneState: string;
  newMilestoneHint: string;
  progressNotes: string;
  noNotes: string;
  newNote: string;
  newNoteHint: string;
  save: string;
  saved: string;
  created: string;
  plansOfUnit: string;
  noPlansOfUnit: string;
  publicPage: string;
  edit: string;
  current: string;
}

const vi: ReviewMessages = {
  sources: "Hàng chờ duyệt",
  noSources: "Chưa có nguồn nào. Hãy thêm một báo cáo để đọc các số liệu trong đó.",
  addSource: "Thêm nguồn",
  source: "Nguồn",
  date: "Ngày",
  counts: (p, a, r) => `${p} chờ duyệt, ${a} đã chấp nhận, ${r} đã loại`,
  newSource: "Thêm nguồn để duyệt",
  sourceTitle: "Tên nguồn",
  sourceTitleHint: "Ví dụ: Báo cáo tình hình kinh tế - xã hội xã Tân Lân năm 2025",
  pasteText: "Dán nội dung báo cáo",
  pasteTextHint: "Dán toàn văn, hoặc để trống và chọn tệp ở dưới.",
  orUpload: "Hoặc tải lên tệp báo cáo",
  uploadHint: "Tệp .txt (UTF-8) hoặc .docx, tối đa 20 MB.",
  textOrFile: "nội dung báo cáo (dán văn bản hoặc chọn tệp)",
  notTxtOrDocx: "Tệp báo cáo: chỉ nhận tệp .txt hoặc .docx.",
  unitOfSource: "Đơn vị (không bắt buộc)",
  unitOfSourceHint: "Mã đơn vị hành chính mà báo cáo nói tới. Để trống: lấy từ tên nguồn và nội dung.",
  periodOfSource: "Kỳ báo cáo (không bắt buộc)",
  periodOfSourceHint:
    "Như trong văn bản, ví dụ “năm 2025”, “6 tháng đầu năm 2025”. Để trống: lấy từ tên nguồn và nội dung.",
  read: "Thêm và đọc số liệu",
  text: "Nội dung",
  noText: "Nguồn này không có nội dung văn bản.",
  statements: "Các số liệu đọc được",
  noStatements: "Không đọc được số liệu nào trong văn bản.",
  statement: (n) => `Số liệu ${n}`,
  showInText: "Xem trong văn bản",
  readAs: "Đọc được",
  status: { pending: "Chờ duyệt", accepted: "Đã chấp nhận", rejected: "Đã loại" },
  indicator: "Chỉ tiêu",
  chooseIndicator: "— Chọn chỉ tiêu —",
  suggested: (name, score) => `Gợi ý: ${name} (độ khớp ${score}).`,
  unit: "Đơn vị",
  unitHint: (name) => (name ? `Gợi ý từ văn bản: ${name}. Nhập mã đơn vị.` : "Nhập mã đơn vị hành chính."),
  period: "Kỳ",
  periodHint: "Ví dụ 2025, 2025-Q2, 2025-YTD6, 2025-07.",
  value: "Giá trị",
  valueHint: "Viết kiểu Việt Nam: 88.800 hoặc 104,5.",
  unitOfMeasure: "Đơn vị tính",
  qualifier: "Mức",
  stage: "Loại số liệu",
  note: "Ghi chú (không bắt buộc)",
  percentOfPlan: (p) => `${p}% so với kế hoạch nào?`,
  keepNone: "— Không giữ tỷ lệ này —",
  accept: "Chấp nhận",
  acceptHint: "Sửa bất kỳ ô nào trước khi chấp nhận nếu cần.",
  reject: "Loại",
  reasonToReject: "Lý do loại",
  acceptedAs: (what) => `Đã chấp nhận: ${what}.`,
  rejectedWith: (reason) => `Đã loại. Lý do: ${reason}`,
  acceptedNotice: "Đã chấp nhận số liệu.",
  rejectedNotice: "Đã loại số liệu.",
  targetNote:
    "Câu này nêu một chỉ tiêu kế hoạch, không phải kết quả thực hiện: đưa nó vào một kế hoạch thành chỉ tiêu, hoặc loại câu này.",
  rollupReported: (met, total) => `Báo cáo: ${met}/${total}`,
  rollupComputed: (met, total) => `Tính từ số liệu: ${met}/${total}`,
  rollupNote:
    "Câu này nêu số chỉ tiêu đạt của báo cáo, không phải một số liệu: ghi nhận nó là số báo cáo của một kế hoạch, đặt cạnh số tính từ số liệu.",
  rollupPlan: "Số báo cáo của kế hoạch nào?",
  rollupPlanHint: "Kế hoạch cho biết đơn vị và kỳ của số báo cáo.",
  recordRollup: "Ghi nhận số báo cáo",
  recordedRollup: (met, total, plan) => `Đã ghi nhận số báo cáo ${met}/${total} của ${plan}.`,
  recordedNotice: "Đã ghi nhận số báo cáo.",
  targetPlan: "Đưa vào kế hoạch nào?",
  planOfAnotherPeriod:
    "Câu này nêu chỉ tiêu của một kỳ khác với kỳ của kế hoạch đã chọn: hãy chọn kế hoạch cùng kỳ.",
  unitMismatch:
    "Đơn vị tính này không đổi được sang đơn vị của chỉ tiêu đã chọn: hãy chọn chỉ tiêu khác hoặc sửa đơn vị tính.",
  targetPlanHint: "Chỉ tiêu được thêm vào cuối danh sách chỉ tiêu của kế hoạch.",
  targetIndicatorHint: "Chỉ tiêu đo bằng chỉ số nào của danh mục.",
  choosePlan: "— Chọn kế hoạch —",
  changeReason: "Lý do thay đổi",
  changeReasonHint: "Bắt buộc khi kế hoạch đã được thông qua.",
  toPlan: "Đưa vào kế hoạch",
  targetAccepted: (indicator, plan) => `Đã đưa vào ${plan}: ${indicator}.`,
  targetNotice: "Đã đưa chỉ tiêu vào kế hoạch.",
  shortcuts: "Phím tắt: j/k chuyển số liệu, a chấp nhận, r loại.",
  projects: "Công trình, dự án trọng điểm và chương trình",
  projectsNav: "Dự án trọng điểm",
  noProjects: "Chưa có công trình hay chương trình nào trong phạm vi của bạn.",
  addProject: "Thêm công trình hoặc chương trình",
  editProject: "Sửa công trình, chương trình",
  kind: "Loại",
  nameVi: "Tên (tiếng Việt)",
  nameEn: "Tên (tiếng Anh, không bắt buộc)",
  projectUnit: "Đơn vị",
  projectUnitHint: "Mã đơn vị hành chính chủ trì.",
  term: "Giai đoạn (không bắt buộc)",
  termColumn: "Giai đoạn",
  unitIsNow: (name) => `Hiện là: ${name}.`,
  termHint: "Ví dụ 2021-2025.",
  state: "Tình trạng",
  stateHint: "Ví dụ: đang thi công, đã hoàn thành.",
  milestones: "Mốc tiến độ",
  milestone: (n) => `Mốc ${n}`,
  milestoneName: "Tên mốc",
  plannedDate: "Ngày dự kiến",
  actualDate: "Ngày thực tế",
  milestoneState: "Tình trạng mốc",
  newMilestoneHint: "Để thêm một mốc, điền vào dòng trống cuối cùng. Xoá tên mốc để bỏ mốc đó.",
  progressNotes: "Ghi chú tiến độ",
  noNotes: "Chưa có ghi chú tiến độ.",
  newNote: "Ghi chú tiến độ mới (không bắt buộc)",
  newNoteHint: "Ghi lại tiến độ đến hôm nay; ngày ghi là hôm nay.",
  save: "Lưu",
  saved: "Đã lưu.",
  created: "Đã thêm.",
  plansOfUnit: "Kế hoạch của đơn vị",
  noPlansOfUnit: "Đơn vị chưa có kế hoạch nào.",
  publicPage: "Trang công khai",
  edit: "Sửa",
  current: "Đang thực hiện",
};

const en: ReviewMessages = {
  sources: "Review queue",
  noSources: "No source yet. Add a report to read the figures it gives.",
  addSource: "Add a source",
  source: "Source",
  date: "Date",
  counts: (p, a, r) => `${p} pending, ${a} accepted, ${r} rejected`,
  newSource: "Add a source to review",
  sourceTitle: "Title",
  sourceTitleHint: "For example: Socio-economic report of Tân Lân commune, 2025",
  pasteText: "Paste the report's text",
  pasteTextHint: "Paste the whole text, or leave this empty and choose a file below.",
  orUpload: "Or upload the report",
  uploadHint: "A .txt (UTF-8) or .docx file, up to 20 MB.",
  textOrFile: "the report's text (paste it or choose a file)",
  notTxtOrDocx: "Report file: only .txt or .docx files are accepted.",
  unitOfSource: "Unit (optional)",
  unitOfSourceHint:
    "Code of the administrative unit the report is about. Empty: read from the title and the text.",
  periodOfSource: "Period of the report (optional)",
  periodOfSourceHint:
    "As written, for example “năm 2025”, “6 tháng đầu năm 2025”. Empty: read from the title and the text.",
  read: "Add and read the figures",
  text: "Text",
  noText: "This source has no text.",
  statements: "Figures read",
  noStatements: "No figure was read from the text.",
  statement: (n) => `Figure ${n}`,
  showInText: "Show in the text",
  readAs: "Read as",
  status: { pending: "Pending", accepted: "Accepted", rejected: "Rejected" },
  indicator: "Indicator",
  chooseIndicator: "— Choose an indicator —",
  suggested: (name, score) => `Suggested: ${name} (match ${score}).`,
  unit: "Unit",
  unitHint: (name) =>
    name
      ? `Suggested from the text: ${name}. Enter the unit's code.`
      : "Enter the administrative unit's code.",
  period: "Period",
  periodHint: "For example 2025, 2025-Q2, 2025-YTD6, 2025-07.",
  value: "Value",
  valueHint: "Vietnamese style: 88.800 or 104,5.",
  unitOfMeasure: "Unit of measure",
  qualifier: "Qualifier",
  stage: "Stage",
  note: "Note (optional)",
  percentOfPlan: (p) => `${p}% of which plan?`,
  keepNone: "— Do not keep this percent —",
  accept: "Accept",
  acceptHint: "Change any field before accepting if needed.",
  reject: "Reject",
  reasonToReject: "Reason for rejecting",
  acceptedAs: (what) => `Accepted: ${what}.`,
  rejectedWith: (reason) => `Rejected. Reason: ${reason}`,
  acceptedNotice: "The figure was accepted.",
  rejectedNotice: "The figure was rejected.",
  targetNote:
    "This sentence states a planned target, not a result: put it into a plan as a target, or reject it.",
  rollupReported: (met, total) => `Reported: ${met}/${total}`,
  rollupComputed: (met, total) => `Computed from the figures: ${met}/${total}`,
  rollupNote:
    "This sentence states how many targets the report counts as met, not a figure: record it as a plan's reported count, shown beside the computed one.",
  rollupPlan: "Reported count of which plan?",
  rollupPlanHint: "The plan gives the unit and period of the reported count.",
  recordRollup: "Record as reported",
  recordedRollup: (met, total, plan) => `Recorded as reported ${met}/${total} for ${plan}.`,
  recordedNotice: "The reported count was recorded.",
  targetPlan: "Into which plan?",
  planOfAnotherPeriod:
    "The statement sets a target for another period than the chosen plan's: choose a plan of the same period.",
  unitMismatch:
    "This unit of measure cannot be converted to the chosen indicator's: choose another indicator or correct the unit.",
  targetPlanHint: "The target is added at the end of the plan's list of targets.",
  targetIndicatorHint: "The catalogue indicator the target is measured by.",
  choosePlan: "— Choose a plan —",
  changeReason: "Reason for the change",
  changeReasonHint: "Required when the plan is adopted.",
  toPlan: "Put into the plan",
  targetAccepted: (indicator, plan) => `Put into ${plan}: ${indicator}.`,
  targetNotice: "The target was put into the plan.",
  shortcuts: "Shortcuts: j/k move between figures, a accepts, r rejects.",
  projects: "Key projects and programmes",
  projectsNav: "Key projects",
  noProjects: "No key project or programme within your units yet.",
  addProject: "Add a project or programme",
  editProject: "Edit a project or programme",
  kind: "Kind",
  nameVi: "Name (Vietnamese)",
  nameEn: "Name (English, optional)",
  projectUnit: "Unit",
  projectUnitHint: "Code of the administrative unit in charge.",
  term: "Term (optional)",
  termColumn: "Term",
  unitIsNow: (name) => `Now: ${name}.`,
  termHint: "For example 2021-2025.",
  state: "State",
  stateHint: "For example: under construction, completed.",
  milestones: "Milestones",
  milestone: (n) => `Milestone ${n}`,
  milestoneName: "Milestone",
  plannedDate: "Planned date",
  actualDate: "Actual date",
  milestoneState: "Milestone state",
  newMilestoneHint: "To add a milestone, fill in the last, empty row. Clear a milestone's name to drop it.",
  progressNotes: "Progress notes",
  noNotes: "No progress note yet.",
  newNote: "New progress note (optional)",
  newNoteHint: "Record progress to date; it is dated today.",
  save: "Save",
  saved: "Saved.",
  created: "Added.",
  plansOfUnit: "Plans of the unit",
  noPlansOfUnit: "The unit has no plan yet.",
  publicPage: "Public page",
  edit: "Edit",
  current: "Under way",
};

const TABLES: Record<DisplayLocale, ReviewMessages> = { vi, en };

export function reviewMessages(locale: DisplayLocale): ReviewMessages {
  return TABLES[locale];
}
