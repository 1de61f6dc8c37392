/**
 * The administration pages' permission cases (issue 16, part 5): every route for each caller of
 * ./workspace-callers.ts, in scope (the officer "cuong" of commune 28108, under 806) and out of it
 * (the planner "hai" of district 795). Run by test/admin-pages.test.ts against its seed (those two
 * accounts, the indicator rice_output and request 1); read by test/workspace-permissions.test.ts,
 * whose guard counts these routes as covered.
 */
import { randomUUID } from "node:crypto";
import type { Role } from "../../src/db/users.ts";
import { type Caller, COMMUNE, type Expect, everyone, form, OTHER, only } from "./workspace-callers.ts";

export interface AdminCase {
  name: string;
  /** The whole path (/workspace/…); a POST when `init` is given. */
  path: string;
  init?: (caller: Caller) => RequestInit;
  expect: Expect;
}

/**
 * Units are named by id in these forms: the fixture's 806 and 795 ceased with the 2025 reform, and
 * a code is read at today's date (the hint of the field says so).
 */
/** The grant each caller asks for, so that no two ask for the same one. */
const ROLE_OF: Record<Caller, Role> = {
  admin: "planner",
  admin806: "reviewer",
  planner: "planner",
  officer: "officer",
  reviewer: "administrator",
  viewer: "viewer",
  anonymous: "viewer",
};
export const INDICATOR_FORM = {
  nameVi: "Sản lượng lúa cả năm",
  nameEn: "Rice output",
  unitOfMeasure: "tấn",
  direction: "higher_better",
  measure: "level",
  aggregation: "sum",
  decimals: "0",
  nearlyMet: "percent_of_plan",
  nearlyMetValue: "97,5",
};

export const ADMIN_CASES: AdminCase[] = [
  {
    name: "the list of accounts",
    path: "/workspace/admin/users",
    expect: only({ admin: 200, admin806: 200 }),
  },
  {
    name: "the new-account form",
    path: "/workspace/admin/users/new",
    expect: only({ admin: 200, admin806: 200 }),
  },
  {
    name: "creating an account in the district",
    path: "/workspace/admin/users/new",
    init: (c) => form({ account: `moi-${c}`, name: "Nguyễn Văn Mới", role: "officer", unit: COMMUNE }),
    expect: only({ admin: 200, admin806: 200 }),
  },
  {
    name: "creating an account in another district",
    path: "/workspace/admin/users/new",
    init: (c) => form({ account: `ngoai-${c}`, name: "Nguyễn Văn Ngoài", role: "officer", unit: OTHER }),
    expect: only({ admin: 200 }),
  },
  {
    name: "an account in scope",
    path: "/workspace/admin/users/cuong",
    expect: only({ admin: 200, admin806: 200 }),
  },
  {
    name: "an account out of scope",
    path: "/workspace/admin/users/hai",
    expect: only({ admin: 200, admin806: 404 }),
  },
  {
    name: "granting a role in scope",
    path: "/workspace/admin/users/cuong/grant",
    init: (c) => form({ role: ROLE_OF[c], unit: COMMUNE }),
    expect: only({ admin: 303, admin806: 303 }),
  },
  {
    name: "granting a role out of scope",
    path: "/workspace/admin/users/cuong/grant",
    init: (c) => form({ role: ROLE_OF[c], unit: OTHER }),
    expect: only({ admin: 303 }),
  },
  {
    name: "revoking a role in scope",
    path: "/workspace/admin/users/cuong/revoke",
    init: (c) => form({ role: c === "admin" ? "viewer" : "officer", unitId: COMMUNE }),
    expect: only({ admin: 303, admin806: 303 }),
  },
  {
    name: "revoking a role out of scope",
    path: "/workspace/admin/users/hai/revoke",
    init: () => form({ role: "planner", unitId: OTHER }),
    expect: only({ admin: 303, admin806: 404 }),
  },
  {
    name: "disabling an account in scope",
    path: "/workspace/admin/users/cuong/disable",
    init: () => form({}),
    expect: only({ admin: 303, admin806: 303 }),
  },
  {
    name: "disabling an account out of scope",
    path: "/workspace/admin/users/hai/disable",
    init: () => form({}),
    expect: only({ admin: 303, admin806: 404 }),
  },
  {
    name: "enabling an account in scope",
    path: "/workspace/admin/users/cuong/enable",
    init: () => form({}),
    expect: only({ admin: 303, admin806: 303 }),
  },
  {
    name: "a reset code in scope",
    path: "/workspace/admin/users/cuong/reset",
    init: () => form({}),
    expect: only({ admin: 200, admin806: 200 }),
  },
  {
    name: "a reset code out of scope",
    path: "/workspace/admin/users/hai/reset",
    init: () => form({}),
    expect: only({ admin: 200, admin806: 404 }),
  },
  { name: "the catalogue", path: "/workspace/admin/indicators", expect: everyone(200) },
  { name: "the new-indicator form", path: "/workspace/admin/indicators/new", expect: only({ admin: 200 }) },
  {
    name: "creating an indicator",
    path: "/workspace/admin/indicators/new",
    init: (c) => form({ ...INDICATOR_FORM, code: `lua_${c}` }),
    expect: only({ admin: 303 }),
  },
  {
    name: "the edit form of an indicator",
    path: "/workspace/admin/indicators/rice_output/edit",
    expect: only({ admin: 200 }),
  },
  {
    name: "editing an indicator",
    path: "/workspace/admin/indicators/rice_output/edit",
    init: () => form({ ...INDICATOR_FORM, version: "1" }),
    expect: only({ admin: 303 }),
  },
  {
    name: "the request form",
    path: "/workspace/admin/indicators/request",
    expect: only({ admin: 200, admin806: 200, planner: 200 }),
  },
  {
    name: "requesting an indicator",
    path: "/workspace/admin/indicators/request",
    init: (c) => form({ ...INDICATOR_FORM, code: `tom_${c}`, reason: "Nghị quyết 2026" }),
    expect: only({ admin: 303, admin806: 303, planner: 303 }),
  },
  {
    name: "the requests",
    path: "/workspace/admin/indicators/requests",
    expect: only({ admin: 200, admin806: 200, planner: 200 }),
  },
  {
    name: "approving a request",
    path: "/workspace/admin/indicators/requests/1/approve",
    init: () => form({}),
    expect: only({ admin: 303 }),
  },
  {
    name: "rejecting a request",
    path: "/workspace/admin/indicators/requests/1/reject",
    init: () => form({ "reason-1": "Đã có chỉ tiêu tương tự" }),
    expect: only({ admin: 303 }),
  },
  { name: "the units of measure", path: "/workspace/admin/units-of-measure", expect: everyone(200) },
  {
    name: "adding a unit of measure",
    path: "/workspace/admin/units-of-measure",
    // The registry of units is the process's: each engine's run adds its own.
    init: (c) =>
      form({
        code: `lượt ${c} ${randomUUID().slice(0, 6)}`,
        nameEn: "visits",
        dimension: "visits",
        factor: "1",
      }),
    expect: only({ admin: 303 }),
  },
  {
    name: "the page that sets a password with a code",
    path: "/workspace/reset",
    expect: { ...everyone(200), anonymous: 200 },
  },
];
