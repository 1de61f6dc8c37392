/**
 * Every visible string of the officers' workspace (/workspace/), in Vietnamese and English. Same
 * shape as messages.ts and web-messages.ts: one interface, a table per language typed by it (so a
 * key missing in either language fails the type-check), and an accessor by locale.
 */

import type { DisplayLocale } from "../domain/numbers.ts";
import type { ObservationStage, Qualifier } from "../domain/types.ts";
import type { WorkflowState } from "../domain/workflow.ts";

/**
 * The codes of src/app/errors.ts (i18n may not import src/app: src/http/workspace/errors.tsx
 * checks at compile time that this list and ErrorCode are the same).
 */
export type ErrorTextCode =
  | "bad_request"
  | "unauthenticated"
  | "bad_credentials"
  | "forbidden"
  | "csrf"
  | "not_found"
  | "conflict"
  | "period_locked"
  | "invalid_transition"
  | "separation_of_duties"
  | "precondition_failed"
  | "invalid"
  | "unknown_reference"
  | "reason_required"
  | "is_target"
  | "locked"
  | "precondition_required"
  | "too_many_attempts";

/** What a refused request tells the officer, by error code; `field` names where, when known. */
export type ErrorTexts = Record<ErrorTextCode, (field: string | undefined) => string>;

/** Messages of a form field that failed its schema (src/http/workspace/forms.ts), naming the field by its label. */
export interface FormTexts {
  required: (label: string) => string;
  choose: (label: string) => string;
  tooLong: (label: string, max: number) => string;
  invalid: (label: string) => string;
  notANumber: (label: string, value: string) => string;
  unknownTarget: (label: string) => string;
}

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
  /** The title of a page that refuses: by the status's kind. */
  errorTitle: { notFound: string; forbidden: string; conflict: string; invalid: string; failed: string };
  error: ErrorTexts;
  form: FormTexts;
  /** The link back from a page that refuses. */
  backToPlans: string;
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
  errorTitle: {
    notFound: "Không tìm thấy",
    forbidden: "Không có quyền",
    conflict: "Không thể thực hiện",
    invalid: "Dữ liệu không hợp lệ",
    failed: "Đã có lỗi",
  },
  error: {
    bad_request: () => "Yêu cầu không đọc được. Hãy tải lại trang và thử lại.",
    unauthenticated: () => "Vui lòng đăng nhập.",
    bad_credentials: () => "Tài khoản hoặc mật khẩu không đúng.",
    forbidden: () => "Bạn không có quyền thực hiện thao tác này với đơn vị này.",
    csrf: () => "Biểu mẫu đã cũ hoặc không hợp lệ. Hãy tải lại trang và thử lại.",
    not_found: (field) =>
      field
        ? `Không tìm thấy nội dung được yêu cầu (trường “${field}”).`
        : "Không tìm thấy nội dung được yêu cầu.",
    conflict: () => "Thao tác xung đột với dữ liệu hiện có. Hãy tải lại trang và thử lại.",
    period_locked: () => "Kỳ này đã khoá: không thể sửa số liệu cho đến khi người duyệt trả lại.",
    invalid_transition: () => "Không thể chuyển kỳ này sang trạng thái đó từ trạng thái hiện tại.",
    separation_of_duties: () => "Người đã gửi duyệt kỳ này không được tự phê duyệt.",
    precondition_failed: () => "Dữ liệu vừa được người khác thay đổi. Hãy tải lại trang và thử lại.",
    invalid: (field) =>
      field ? `Giá trị của trường “${field}” không hợp lệ.` : "Dữ liệu gửi lên không hợp lệ.",
    unknown_reference: (field) =>
      field ? `Trường “${field}” trỏ tới một mục không tồn tại.` : "Dữ liệu trỏ tới một mục không tồn tại.",
    reason_required: () => "Kế hoạch đã được thông qua: hãy nêu lý do thay đổi.",
    is_target: () => "Câu này nêu một chỉ tiêu kế hoạch, không phải số liệu thực hiện.",
    locked: () => "Dữ liệu đang được xử lý. Hãy thử lại sau ít phút.",
    precondition_required: () => "Thiếu phiên bản của dữ liệu. Hãy tải lại trang và thử lại.",
    too_many_attempts: () => "Thao tác sai quá nhiều lần. Vui lòng thử lại sau 15 phút.",
  },
  form: {
    required: (label) => `Nhập ${label}.`,
    choose: (label) => `${label}: hãy chọn một giá trị trong danh sách.`,
    tooLong: (label, max) => `${label}: không quá ${max} ký tự.`,
    invalid: (label) => `${label}: giá trị không hợp lệ.`,
    notANumber: (label, value) =>
      `${label}: “${value}” không phải là số (viết kiểu Việt Nam: 88.800 hoặc 104,5).`,
    unknownTarget: (label) => `${label}: không có chỉ tiêu này trong kế hoạch.`,
  },
  backToPlans: "Về danh sách kế hoạch",
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
  errorTitle: {
    notFound: "Not found",
    forbidden: "Not allowed",
    conflict: "Cannot be done",
    invalid: "Invalid data",
    failed: "Something went wrong",
  },
  error: {
    bad_request: () => "The request could not be read. Reload the page and try again.",
    unauthenticated: () => "Please sign in.",
    bad_credentials: () => "The account or the password is wrong.",
    forbidden: () => "You have no right to do this over this unit.",
    csrf: () => "The form is stale or forged. Reload the page and try again.",
    not_found: (field) =>
      field ? `What was asked for does not exist (field “${field}”).` : "What was asked for does not exist.",
    conflict: () => "This conflicts with what is stored. Reload the page and try again.",
    period_locked: () => "This period is locked: values cannot change until a reviewer returns it.",
    invalid_transition: () => "The period cannot move to that state from its current one.",
    separation_of_duties: () => "The account that submitted this period may not approve it.",
    precondition_failed: () => "Someone else has just changed this. Reload the page and try again.",
    invalid: (field) =>
      field ? `The value of field “${field}” is not valid.` : "What was sent is not valid.",
    unknown_reference: (field) =>
      field
        ? `Field “${field}” names something that does not exist.`
        : "What was sent names something that does not exist.",
    reason_required: () => "The plan is adopted: say why it changes.",
    is_target: () => "This statement states a target, not a result.",
    locked: () => "This is being processed. Try again in a few minutes.",
    precondition_required: () => "The version of the data is missing. Reload the page and try again.",
    too_many_attempts: () => "Too many failed attempts. Please try again in 15 minutes.",
  },
  form: {
    required: (label) => `Enter ${label}.`,
    choose: (label) => `${label}: choose one of the listed values.`,
    tooLong: (label, max) => `${label}: at most ${max} characters.`,
    invalid: (label) => `${label}: the value is not valid.`,
    notANumber: (label, value) => `${label}: “${value}” is not a number (Vietnamese style: 88.800 or 104,5).`,
    unknownTarget: (label) => `${label}: no such target in this plan.`,
  },
  backToPlans: "Back to the plans",
  language: "Tiếng Việt",
};

const TABLES: Record<DisplayLocale, WorkspaceMessages> = { vi, en };

export function workspaceMessages(locale: DisplayLocale): WorkspaceMessages {
  return TABLES[locale];
}
