/**
 * The callers of the workspace's permission matrices (test/admin-pages.test.ts,
 * test/workspace-permissions.test.ts): an administrator over every unit, one over district 806,
 * and a planner, officer, reviewer and viewer over 806, and a reader not signed in; what each is
 * answered with, and a form as a browser posts it (the bearer session needs no CSRF token).
 */
import type { Store } from "../../src/db/connect.ts";
import type { Role, RoleGrant } from "../../src/db/users.ts";
import { client } from "./api.ts";

/** Cần Đước, the district every role below is granted over (it ceased with the 2025 reform). */
export const DISTRICT = "806@-2025-06-30";
/** Thị trấn Cần Đước, a commune under it. */
export const COMMUNE = "28108@-2025-06-30";
/** Kiến Tường, a district outside it. */
export const OTHER = "795@-2025-06-30";

export type Caller = "admin" | "admin806" | "planner" | "officer" | "reviewer" | "viewer" | "anonymous";
export const CALLERS: readonly Caller[] = [
  "admin",
  "admin806",
  "planner",
  "officer",
  "reviewer",
  "viewer",
  "anonymous",
];

export const grantsOf = (caller: Caller): RoleGrant[] =>
  caller === "admin"
    ? [{ role: "administrator", unitId: null }]
    : caller === "admin806"
      ? [{ role: "administrator", unitId: DISTRICT }]
      : [{ role: caller as Role, unitId: DISTRICT }];

export const callerClient = (store: Store, caller: Caller) =>
  client(store, caller === "anonymous" ? null : { userId: `x-${caller}`, grants: grantsOf(caller) });

export const form = (fields: Record<string, string>): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams(fields).toString(),
});

/**
 * What a caller is answered with: the status, or, where a 200 alone would not say, a word for
 * what the answer left out ("hidden": the thing asked about is not in it).
 */
export type Outcome = number | string;
/** Who gets what: the outcome of each caller. */
export type Expect = Record<Caller, Outcome>;
/** `allowed` as given, every other role `refused`, a reader not signed in sent to sign in (303). */
export const only = (allowed: Partial<Expect>, refused: Outcome = 403): Expect => ({
  admin: refused,
  admin806: refused,
  planner: refused,
  officer: refused,
  reviewer: refused,
  viewer: refused,
  anonymous: 303,
  ...allowed,
});
export const everyone = (outcome: Outcome): Expect => only({}, outcome);
