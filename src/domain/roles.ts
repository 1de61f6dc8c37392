/**
 * The role matrix as data: which role (vai trò) may do what. A grant gives a role over a unit and
 * everything under it, or over every unit; src/app/auth/principal.ts applies it to a caller.
 */
export const ROLES = ["administrator", "planner", "officer", "reviewer", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  "catalogue.write",
  /** Ask for a new indicator, which an administrator (catalogue.write) approves or rejects. */
  "catalogue.request",
  /**
   * List accounts and who holds what, create and disable them, issue password-reset codes, grant
   * and revoke roles: over a unit, for the roles on it and under it; over every unit for roles
   * over every unit and for accounts without any role.
   */
  "user.write",
  "source.write",
  "plan.write",
  "observation.write",
  "workflow.submit",
  "workflow.review",
  "draft.read",
  "audit.read",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  /**
   * Quản trị: everything; the catalogue of indicators needs one over every unit, and the
   * accounts of a unit need one over it.
   */
  administrator: PERMISSIONS,
  /** Cán bộ kế hoạch: plans, targets, key projects. */
  planner: ["plan.write", "catalogue.request", "source.write", "draft.read"],
  /** Cán bộ nhập liệu: enters results, submits. */
  officer: ["observation.write", "workflow.submit", "source.write", "draft.read"],
  /** Người duyệt: returns, approves, publishes; reads the audit log. */
  reviewer: ["workflow.review", "draft.read", "audit.read"],
  /** Người xem: reads drafts. */
  viewer: ["draft.read"],
};

export function roleHas(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
