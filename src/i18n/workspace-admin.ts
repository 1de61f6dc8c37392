/**
 * The words of the workspace's administration pages (/workspace/admin/…, /workspace/reset), in
 * Vietnamese and English: one interface, a table per language typed by it, as workspace.ts.
 */
import type { DisplayLocale } from "../domain/numbers.ts";
import type { Role } from "../domain/roles.ts";
import type { Direction, Measure } from "../domain/types.ts";

export type NearlyMetChoice = "default" | "percent_of_plan" | "gap_in_points";
export type AggregationChoice = "sum" | "none";

export interface AdminMessages {
  admin: string;
  users: string;
  indicators: string;
  unitsOfMeasure: string;
  search: string;
  searchLabel: string;
  role: Record<Role, string>;
  roleLabel: string;
  unitLabel: string;
  unitHint: string;
  everyUnit: string;
  /** Users. */
  newUser: string;
  create: string;
  accountLabel: string;
  accountHint: string;
  nameLabel: string;
  emailLabel: string;
  optional: string;
  status: string;
  enabled: string;
  disabled: string;
  roles: string;
  noRoles: string;
  noUsers: string;
  details: string;
  grant: string;
  grantTitle: string;
  revoke: string;
  disable: string;
  enable: string;
  issueReset: string;
  resetTitle: string;
  notManageable: string;
  codeTitle: (account: string) => string;
  codeShownOnce: (expires: string) => string;
  codeHowTo: string;
  codeLink: string;
  noPassword: string;
  changed: string;
  /** The reset page. */
  setPassword: string;
  codeLabel: string;
  codeHint: string;
  newPassword: string;
  newPasswordHint: string;
  confirmPassword: string;
  passwordSet: string;
  /** Indicators. */
  newIndicator: string;
  edit: string;
  save: string;
  code: string;
  codeFieldHint: string;
  nameVi: string;
  nameEn: string;
  unitOfMeasure: string;
  direction: string;
  directionOf: Record<Direction, string>;
  measure: string;
  measureOf: Record<Measure, string>;
  aggregation: string;
  aggregationOf: Record<AggregationChoice | "weighted_mean", string>;
  decimals: string;
  nearlyMet: string;
  nearlyMetOf: Record<NearlyMetChoice, string>;
  nearlyMetValue: string;
  nearlyMetValueHint: string;
  sector: string;
  noIndicators: string;
  /** Requests for new indicators. */
  requests: string;
  requestIndicator: string;
  requestReason: string;
  requestReasonHint: string;
  requestedBy: string;
  requestState: Record<"requested" | "approved" | "rejected", string>;
  noRequests: string;
  approve: string;
  reject: string;
  rejectReason: string;
  /** Units of measure. */
  addUnit: string;
  unitCode: string;
  unitCodeHint: string;
  dimension: string;
  dimensionHint: string;
  factor: string;
  factorHint: string;
  /** Messages of fields refused by a use-case, by field. */
  refused: {
    accountTaken: string;
    accountForm: string;
    password: string;
    passwordsDiffer: string;
    unknownUnit: string;
    alreadyHolds: string;
    badCode: string;
    disabledAccount: string;
    ownAccount: string;
    codeTaken: string;
    rejectReason: string;
    unitTaken: string;
    unknownUnitOfMeasure: string;
    /** The unit of an indicator that has targets or results: they are written in it. */
    unitInUse: string;
    notANumber: string;
    stale: string;
  };
}

const vi: AdminMessages = {
  admin: "Quản trị",
  users: "Tài khoản người dùng",
  indicators: "Danh mục chỉ tiêu",
  unitsOfMeasure: "Đơn vị tính",
  search: "Tìm",
  searchLabel: "Tìm theo tên hoặc mã",
  role: {
    administrator: "Quản trị",
    planner: "Cán bộ kế hoạch",
    officer: "Cán bộ nhập liệu",
    reviewer: "Người duyệt",
    viewer: "Người xem",
  },
  roleLabel: "Vai trò",
  unitLabel: "Đơn vị",
  unitHint:
    "Mã đơn vị hành chính (ví dụ 80 là tỉnh Tây Ninh), kể cả đơn vị đã giải thể năm 2025 (806 là huyện Cần Đước cũ); vai trò có hiệu lực cả với các đơn vị trực thuộc.",
  everyUnit: "Mọi đơn vị",
  newUser: "Tạo tài khoản",
  create: "Tạo",
  accountLabel: "Tên đăng nhập",
  accountHint: "3–64 ký tự: chữ thường không dấu, số, dấu chấm, gạch dưới, @ hoặc gạch ngang.",
  nameLabel: "Họ và tên",
  emailLabel: "Thư điện tử (không bắt buộc)",
  optional: "không bắt buộc",
  status: "Trạng thái",
  enabled: "Đang hoạt động",
  disabled: "Đã khoá",
  roles: "Vai trò theo đơn vị",
  noRoles: "Chưa có vai trò nào.",
  noUsers: "Không có tài khoản nào.",
  details: "Chi tiết",
  grant: "Cấp vai trò",
  grantTitle: "Cấp thêm vai trò",
  revoke: "Thu hồi",
  disable: "Khoá tài khoản",
  enable: "Mở khoá tài khoản",
  issueReset: "Cấp mã đặt lại mật khẩu",
  resetTitle: "Đặt lại mật khẩu",
  notManageable:
    "Tài khoản này có vai trò ở đơn vị ngoài phạm vi của bạn: chỉ có thể cấp hoặc thu hồi vai trò trong phạm vi.",
  codeTitle: (account) => `Mã dùng một lần cho ${account}`,
  codeShownOnce: (expires) =>
    `Mã chỉ hiện một lần này, có hiệu lực đến ${expires}. Hãy ghi lại và trao tận tay người dùng.`,
  codeHowTo: "Người dùng mở trang đặt mật khẩu, nhập mã và mật khẩu mới:",
  codeLink: "Đường dẫn đặt mật khẩu",
  noPassword: "Chưa đặt mật khẩu",
  changed: "Đã lưu thay đổi.",
  setPassword: "Đặt mật khẩu mới",
  codeLabel: "Mã dùng một lần",
  codeHint: "Mã do quản trị viên cấp, dạng XXXX-XXXX-XXXX-XXXX.",
  newPassword: "Mật khẩu mới",
  newPasswordHint: "Ít nhất 10 ký tự.",
  confirmPassword: "Nhập lại mật khẩu mới",
  passwordSet: "Đã đặt mật khẩu mới. Hãy đăng nhập.",
  newIndicator: "Thêm chỉ tiêu",
  edit: "Sửa",
  save: "Lưu",
  code: "Mã chỉ tiêu",
  codeFieldHint: "Chữ thường không dấu, số và gạch dưới, ví dụ rice_output. Không đổi được sau khi tạo.",
  nameVi: "Tên tiếng Việt",
  nameEn: "Tên tiếng Anh",
  unitOfMeasure: "Đơn vị tính",
  direction: "Chiều đánh giá",
  directionOf: {
    higher_better: "Càng cao càng tốt",
    lower_better: "Càng thấp càng tốt",
    boolean: "Đạt / không đạt",
    band: "Trong khoảng",
  },
  measure: "Loại số liệu",
  measureOf: {
    level: "Mức (giá trị cuối kỳ)",
    rate: "Tỷ lệ",
    growth: "Tốc độ tăng",
    avg_growth: "Tốc độ tăng bình quân",
    cumulative: "Cộng dồn",
    annual_average: "Bình quân hàng năm",
    count: "Số lượng",
  },
  aggregation: "Tổng hợp lên cấp trên",
  aggregationOf: { sum: "Cộng tổng", none: "Không tổng hợp", weighted_mean: "Bình quân gia quyền" },
  decimals: "Số chữ số thập phân",
  nearlyMet: "Quy tắc “gần đạt”",
  nearlyMetOf: {
    default: "Mặc định (theo đơn vị tính và loại số liệu)",
    percent_of_plan: "Theo % so kế hoạch",
    gap_in_points: "Theo khoảng cách (điểm %)",
  },
  nearlyMetValue: "Ngưỡng gần đạt",
  nearlyMetValueHint: "Với % so kế hoạch: ví dụ 95; với khoảng cách: số điểm %, ví dụ 0,5.",
  sector: "Lĩnh vực (không bắt buộc)",
  noIndicators: "Không có chỉ tiêu nào.",
  requests: "Đề nghị thêm chỉ tiêu",
  requestIndicator: "Đề nghị thêm chỉ tiêu",
  requestReason: "Lý do đề nghị",
  requestReasonHint: "Ví dụ: văn bản nào giao chỉ tiêu này.",
  requestedBy: "Người đề nghị",
  requestState: { requested: "Chờ duyệt", approved: "Đã duyệt", rejected: "Không duyệt" },
  noRequests: "Không có đề nghị nào.",
  approve: "Duyệt, thêm vào danh mục",
  reject: "Không duyệt",
  rejectReason: "Lý do không duyệt",
  addUnit: "Thêm đơn vị tính",
  unitCode: "Đơn vị tính (như viết trong văn bản)",
  unitCodeHint: "Ví dụ: lượt khách.",
  dimension: "Đại lượng",
  dimensionHint: "Đo cái gì, bằng tiếng Anh: people, mass, visits…",
  factor: "Hệ số",
  factorHint: "Một đơn vị này bằng bao nhiêu đơn vị gốc của đại lượng; thường là 1.",
  refused: {
    accountTaken: "Tên đăng nhập này đã có người dùng.",
    accountForm: "Tên đăng nhập: 3–64 ký tự a-z, 0-9, . _ @ -.",
    password: "Mật khẩu cần từ 10 đến 200 ký tự.",
    passwordsDiffer: "Hai lần nhập mật khẩu không khớp.",
    unknownUnit: "Không có đơn vị hành chính nào mang mã này.",
    alreadyHolds: "Tài khoản đã có vai trò này ở đơn vị này.",
    badCode: "Mã không đúng, đã dùng hoặc đã hết hạn. Hãy xin quản trị viên mã mới.",
    disabledAccount: "Tài khoản đang bị khoá: hãy mở khoá trước.",
    ownAccount:
      "Không thể tự khoá tài khoản hoặc tự thu hồi quyền quản trị của mình: hãy nhờ quản trị viên khác.",
    codeTaken: "Mã chỉ tiêu này đã có (hoặc đã được đề nghị).",
    rejectReason: "Nêu lý do không duyệt.",
    unitTaken: "Đơn vị tính này đã có.",
    unknownUnitOfMeasure: "Không có đơn vị tính này: hãy thêm nó ở trang Đơn vị tính trước.",
    unitInUse:
      "Chỉ tiêu đã có kế hoạch hoặc số liệu ghi theo đơn vị tính này, nên không đổi được đơn vị; nếu cần đơn vị khác, hãy tạo chỉ tiêu mới.",
    notANumber: "Hãy nhập một số (kiểu Việt Nam: 0,5 hoặc 95).",
    stale: "Chỉ tiêu vừa được người khác sửa. Hãy tải lại trang và sửa lại.",
  },
};

const en: AdminMessages = {
  admin: "Administration",
  users: "User accounts",
  indicators: "Indicator catalogue",
  unitsOfMeasure: "Units of measure",
  search: "Search",
  searchLabel: "Search by name or code",
  role: {
    administrator: "Administrator",
    planner: "Planner",
    officer: "Data entry officer",
    reviewer: "Reviewer",
    viewer: "Viewer",
  },
  roleLabel: "Role",
  unitLabel: "Unit",
  unitHint:
    "Code of the administrative unit (80 is Tây Ninh province), units abolished in 2025 included (806 is the former Cần Đước district); the role also holds over the units under it.",
  everyUnit: "Every unit",
  newUser: "Create an account",
  create: "Create",
  accountLabel: "Account name",
  accountHint: "3–64 characters: lower-case letters without accents, digits, dot, underscore, @ or hyphen.",
  nameLabel: "Full name",
  emailLabel: "Email (optional)",
  optional: "optional",
  status: "Status",
  enabled: "Active",
  disabled: "Disabled",
  roles: "Roles by unit",
  noRoles: "No role yet.",
  noUsers: "No account.",
  details: "Details",
  grant: "Grant the role",
  grantTitle: "Grant another role",
  revoke: "Revoke",
  disable: "Disable the account",
  enable: "Enable the account",
  issueReset: "Issue a password reset code",
  resetTitle: "Reset a password",
  notManageable:
    "This account holds roles over units outside your scope: you can only grant or revoke roles within it.",
  codeTitle: (account) => `One-time code for ${account}`,
  codeShownOnce: (expires) =>
    `The code is shown only this once and is valid until ${expires}. Write it down and hand it to the person.`,
  codeHowTo: "The person opens the password page and enters the code and a new password:",
  codeLink: "Password page link",
  noPassword: "No password set yet",
  changed: "Changes saved.",
  setPassword: "Set a new password",
  codeLabel: "One-time code",
  codeHint: "The code an administrator gave you, like XXXX-XXXX-XXXX-XXXX.",
  newPassword: "New password",
  newPasswordHint: "At least 10 characters.",
  confirmPassword: "Type the new password again",
  passwordSet: "Your new password is set. Sign in.",
  newIndicator: "Add an indicator",
  edit: "Edit",
  save: "Save",
  code: "Indicator code",
  codeFieldHint: "Lower-case letters, digits and underscores, like rice_output. It cannot change later.",
  nameVi: "Name in Vietnamese",
  nameEn: "Name in English",
  unitOfMeasure: "Unit of measure",
  direction: "Direction",
  directionOf: {
    higher_better: "Higher is better",
    lower_better: "Lower is better",
    boolean: "Met or not",
    band: "Within a band",
  },
  measure: "Measure",
  measureOf: {
    level: "Level (end of period)",
    rate: "Rate",
    growth: "Growth rate",
    avg_growth: "Average growth rate",
    cumulative: "Cumulative",
    annual_average: "Annual average",
    count: "Count",
  },
  aggregation: "Aggregation to the unit above",
  aggregationOf: { sum: "Sum", none: "None", weighted_mean: "Weighted mean" },
  decimals: "Decimals",
  nearlyMet: "“Nearly met” rule",
  nearlyMetOf: {
    default: "Default (from the unit and measure)",
    percent_of_plan: "By percent of plan",
    gap_in_points: "By the gap in percentage points",
  },
  nearlyMetValue: "Nearly-met threshold",
  nearlyMetValueHint: "For percent of plan, like 95; for the gap, points, like 0,5.",
  sector: "Sector (optional)",
  noIndicators: "No indicator.",
  requests: "Requests for new indicators",
  requestIndicator: "Request a new indicator",
  requestReason: "Reason for the request",
  requestReasonHint: "For example: which document sets this target.",
  requestedBy: "Requested by",
  requestState: { requested: "Awaiting decision", approved: "Approved", rejected: "Rejected" },
  noRequests: "No request.",
  approve: "Approve and add to the catalogue",
  reject: "Reject",
  rejectReason: "Reason for rejecting",
  addUnit: "Add a unit of measure",
  unitCode: "Unit of measure (as written in documents)",
  unitCodeHint: "For example: lượt khách.",
  dimension: "Dimension",
  dimensionHint: "What it measures, in English: people, mass, visits…",
  factor: "Factor",
  factorHint: "How many base units of its dimension one of this is worth; usually 1.",
  refused: {
    accountTaken: "This account name is already taken.",
    accountForm: "Account name: 3–64 characters a-z, 0-9, . _ @ -.",
    password: "The password needs 10 to 200 characters.",
    passwordsDiffer: "The two passwords are not the same.",
    unknownUnit: "No administrative unit has this code.",
    alreadyHolds: "The account already holds this role over this unit.",
    badCode: "The code is wrong, already used or expired. Ask an administrator for a new one.",
    disabledAccount: "The account is disabled: enable it first.",
    ownAccount:
      "You cannot disable your own account or take away your own administrator role: ask another administrator.",
    codeTaken: "This indicator code already exists (or is already requested).",
    rejectReason: "Say why the request is rejected.",
    unitTaken: "This unit of measure is already known.",
    unknownUnitOfMeasure: "No such unit of measure: add it on the Units of measure page first.",
    unitInUse:
      "The indicator has targets or results written in this unit, so its unit cannot change; create a new indicator for another unit.",
    notANumber: "Enter a number (Vietnamese style: 0,5 or 95).",
    stale: "Someone else has just changed this indicator. Reload the page and edit it again.",
  },
};

const TABLES: Record<DisplayLocale, AdminMessages> = { vi, en };

export function adminMessages(locale: DisplayLocale): AdminMessages {
  return TABLES[locale];
}
