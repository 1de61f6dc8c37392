/**
 * The roles (vai trò) a user holds over a unit and everything under it, or over every unit. What
 * each may do is decided in src/app/auth; this is the list, kept free of imports so that
 * `chitieu --help` can name the roles without loading the store's modules.
 */
export const ROLES = ["administrator", "planner", "officer", "reviewer", "viewer"] as const;
export type Role = (typeof ROLES)[number];
