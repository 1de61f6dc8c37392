/**
 * Every visible string of the officers' workspace (/workspace/), in Vietnamese and English. Same
 * shape as messages.ts and web-messages.ts: one interface, a table per language typed by it (so a
 * key missing in either language fails the type-check), and an accessor by locale.
 */

import type { DisplayLocale } from "../domain/numbers.ts";
import type { ObservationStage, Qualifier } from "../domain/types.ts";
import type { WorkflowState } from "../domain/workflow.ts";

export interface WorkspaceMessages {
  title: string;
  signIn: string;
  signOut: string;
  account: string;
  password: string;
  badCredentials: string;
  tooManyAttempts: string;
  signedInAs: string;
  plans: string;
  noPlans: string;
  unit: string;
  period: string;
  plan: string;
  open: string;
  entryTitle: string;
  state: string;
  workflowState: Record<WorkflowState, string>;
  lockedNote: string;
  returnedWith: string;
  /** Column heads of the entry form. */
  col: {
    no: string;
    indicator: string;
    unitOfMeasure: string;
    target: string;
    actual: string;
    qualifier: string;
    stage: string;
    note: string;
    assessment: string;
  };
  qualifier: Record<Qualifier, string>;
  stage: Record<ObservationStage, string>;
  save: string;
  saved: (n: number) => string;
  submit: string;
  approve: string;
  returnForRevision: string;
  publish: string;
  comment: string;
  moved: string;
  errorsTitle: string;
  audit: string;
  auditFilter: string;
  user: string;
  from: string;
  to: string;
  at: string;
  action: string;
  entity: string;
  reason: string;
  noEntries: string;
  forbidden: string;
  downloadTemplate: string;
  downloadReport: string;
  uploadTemplate: string;
  upload: string;
  chooseFile: string;
  tooLarge: (limit: string) => string;
  nulCharacter: (field: string) => string;
  percentOfPlan: string;
  /** The other language's name, in that language: the switch. */
  language: string;
}

const vi: WorkspaceMessages = {
  title: "Không gian làm việc chỉ tiêu",
  signIn: "Đăng nhập",
  signOut: "Đăng xuất",
  account: "Tài khoản",
  password: "Mật khẩu",
  badCredentials: "Tài khoản hoặc mật khẩu không đúng.",
  tooManyAttempts: "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.",
  signedInAs: "Đang đăng nhập:",
  plans: "Kế hoạch",
  noPlans: "Chưa có kế hoạch nào trong phạm vi của bạn.",
  unit: "Đơn vị",
  period: "Kỳ",
  plan: "Kế hoạch",
  open: "Mở biểu nhập",
  entryTitle: "Nhập số liệu thực hiện",
  state: "Trạng thái",
  workflowState: {
    draft: "Đang soạn",
    submitted: "Đã gửi duyệt",
    approved: "Đã phê duyệt",
    published: "Đã công bố",
  },
  lockedNote: "Kỳ này đã khoá: không thể sửa số liệu cho đến khi người duyệt trả lại.",
  returnedWith: "Nhận xét khi trả lại:",
  col: {
    no: "STT",
    indicator: "Chỉ tiêu",
    unitOfMeasure: "ĐVT",
    target: "Kế hoạch",
    actual: "Thực hiện",
    qualifier: "Mức",
    stage: "Loại số liệu",
    note: "Ghi chú",
    assessment: "Đánh giá",
  },
  qualifier: {
    exact: "đúng",
    more_than: "trên",
    at_least: "ít nhất",
    less_than: "dưới",
    about: "khoảng",
    nearly: "gần",
  },
  stage: { estimate: "ước tính", preliminary: "sơ bộ", official: "chính thức" },
  save: "Lưu",
  saved: (n: number) => `Đã lưu ${n} giá trị.`,
  submit: "Gửi duyệt",
  approve: "Phê duyệt",
  returnForRevision: "Trả lại để sửa",
  publish: "Công bố",
  comment: "Nhận xét",
  moved: "Đã chuyển trạng thái.",
  errorsTitle: "Chưa lưu: có lỗi cần sửa.",
  audit: "Nhật ký thay đổi",
  auditFilter: "Lọc",
  user: "Người dùng",
  from: "Từ ngày",
  to: "Đến ngày",
  at: "Thời điểm",
  action: "Thao tác",
  entity: "Đối tượng",
  reason: "Lý do",
  noEntries: "Không có mục nào.",
  forbidden: "Bạn không có quyền với đơn vị này.",
  downloadTemplate: "Tải biểu mẫu Excel",
  downloadReport: "Tải báo cáo (Word)",
  uploadTemplate: "Nộp biểu mẫu Excel đã điền",
  upload: "Tải lên",
  chooseFile: "Chọn tệp .xlsx để tải lên.",
  tooLarge: (limit: string) =>
    `Nội dung gửi lên vượt quá giới hạn ${limit}. Hãy quay lại và gửi tệp nhỏ hơn.`,
  nulCharacter: (field: string) =>
    `Trường ${field} chứa ký tự NUL (U+0000), không thể lưu. Hãy xoá ký tự đó và gửi lại.`,
  percentOfPlan: "% so KH",
  language: "English",
};

const en: WorkspaceMessages = {
  title: "Targets workspace",
  signIn: "Sign in",
  signOut: "Sign out",
  account: "Account",
  password: "Password",
  badCredentials: "The account or the password is wrong.",
  tooManyAttempts: "Too many failed sign-ins. Please try again in 15 minutes.",
  signedInAs: "Signed in as",
  plans: "Plans",
  noPlans: "No plan within your units yet.",
  unit: "Unit",
  period: "Period",
  plan: "Plan",
  open: "Open the form",
  entryTitle: "Enter results",
  state: "State",
  workflowState: { draft: "Draft", submitted: "Submitted", approved: "Approved", published: "Published" },
  lockedNote: "This period is locked: values cannot change until a reviewer returns it.",
  returnedWith: "Comment on return:",
  col: {
    no: "No.",
    indicator: "Indicator",
    unitOfMeasure: "Unit",
    target: "Target",
    actual: "Actual",
    qualifier: "Qualifier",
    stage: "Stage",
    note: "Note",
    assessment: "Assessment",
  },
  qualifier: {
    exact: "exactly",
    more_than: "more than",
    at_least: "at least",
    less_than: "less than",
    about: "about",
    nearly: "nearly",
  },
  stage: { estimate: "estimate", preliminary: "preliminary", official: "official" },
  save: "Save",
  saved: (n: number) => `Saved ${n} value${n === 1 ? "" : "s"}.`,
  submit: "Submit for review",
  approve: "Approve",
  returnForRevision: "Return for revision",
  publish: "Publish",
  comment: "Comment",
  moved: "The state has changed.",
  errorsTitle: "Not saved: please correct the errors.",
  audit: "Audit log",
  auditFilter: "Filter",
  user: "User",
  from: "From",
  to: "To",
  at: "When",
  action: "Action",
  entity: "Entity",
  reason: "Reason",
  noEntries: "No entries.",
  forbidden: "You have no rights over this unit.",
  downloadTemplate: "Download the Excel template",
  downloadReport: "Download the report (Word)",
  uploadTemplate: "Upload the filled Excel template",
  upload: "Upload",
  chooseFile: "Choose an .xlsx file to upload.",
  tooLarge: (limit: string) => `What was sent is over the ${limit} limit. Go back and send a smaller file.`,
  nulCharacter: (field: string) =>
    `The field ${field} holds a NUL character (U+0000), which cannot be stored. Remove it and send again.`,
  percentOfPlan: "% of plan",
  language: "Tiếng Việt",
};

const TABLES: Record<DisplayLocale, WorkspaceMessages> = { vi, en };

export function workspaceMessages(locale: DisplayLocale): WorkspaceMessages {
  return TABLES[locale];
}
