/**
 * The administration pages (issue 16, part 5): every route for each role (an administrator over
 * every unit, one over district 806, and a planner, officer, reviewer and viewer over 806), and
 * for a reader not signed in; in scope (the officer "cuong" of commune 28108, under 806) and out
 * of it (the planner "hai" of district 795). Then what a person sees: forms whose refusals are
 * worded in the page's language with a summary linking to the field, a code shown once, and a
 * password set with it.
 */
import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { addUser } from "../src/app/auth/users.ts";
import { requestIndicator } from "../src/app/indicator-requests.ts";
import { createIndicator } from "../src/app/indicators.ts";
import { loadCatalogue } from "../src/app/load-catalogue.ts";
import { readIndicator } from "../src/app/read-catalogue.ts";
import { listAudit } from "../src/db/audit.ts";
import type { Store } from "../src/db/connect.ts";
import { findUser, type Role, type RoleGrant } from "../src/db/users.ts";
import { FIXTURE_CATALOGUE } from "./fixtures/catalogue.ts";
import { RICE } from "./fixtures/indicators.ts";
import { client } from "./support/api.ts";
import { describeStore } from "./support/engines.ts";

const DISTRICT = "806@-2025-06-30";
const COMMUNE = "28108@-2025-06-30";
const OTHER = "795@-2025-06-30";
const PASSWORD = "một mật khẩu đủ dài";

type Caller = "admin" | "admin806" | "planner" | "officer" | "reviewer" | "viewer" | "anonymous";
const CALLERS: readonly Caller[] = [
  "admin",
  "admin806",
  "planner",
  "officer",
  "reviewer",
  "viewer",
  "anonymous",
];
const grantsOf = (caller: Caller): RoleGrant[] =>
  caller === "admin"
    ? [{ role: "administrator", unitId: null }]
    : caller === "admin806"
      ? [{ role: "administrator", unitId: DISTRICT }]
      : [{ role: caller as Role, unitId: DISTRICT }];
const callerClient = (store: Store, caller: Caller) =>
  client(store, caller === "anonymous" ? null : { userId: `x-${caller}`, grants: grantsOf(caller) });

const form = (fields: Record<string, string>): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams(fields).toString(),
});

/** Who gets what: the status each caller is answered with. */
type Expect = Record<Caller, number>;
const only = (allowed: Partial<Expect>, refused = 403): Expect => ({
  admin: refused,
  admin806: refused,
  planner: refused,
  officer: refused,
  reviewer: refused,
  viewer: refused,
  anonymous: 303,
  ...allowed,
});
const everyone = (status: number): Expect => only({}, status);

async function seed(store: Store): Promise<void> {
  await loadCatalogue(store.db, FIXTURE_CATALOGUE, { actor: "test", source: "fixture" });
  await createIndicator(store.db, RICE, { actor: "test" });
  const add = (id: string, grants: RoleGrant[]) =>
    addUser(store.db, { id, name: id, password: PASSWORD, grants }, { actor: "test" });
  await add("cuong", [
    { role: "officer", unitId: COMMUNE },
    { role: "viewer", unitId: COMMUNE },
  ]);
  await add("hai", [{ role: "planner", unitId: OTHER }]);
  await requestIndicator(
    store.db,
    {
      proposal: {
        ...RICE,
        code: "shrimp_area",
        name: { vi: "Diện tích nuôi tôm", en: "Shrimp area" },
        unit: "ha",
      },
    },
    { actor: "hai" },
  );
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
const INDICATOR_FORM = {
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

const CASES: { name: string; path: string; init?: (caller: Caller) => RequestInit; expect: Expect }[] = [
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

describeStore(
  "the administration pages",
  import.meta.filename,
  (ctx) => {
    for (const c of CASES) {
      it(`${c.name}: ${CALLERS.map((who) => `${who} ${c.expect[who]}`).join(", ")}`, async () => {
        const got: Partial<Expect> = {};
        for (const who of CALLERS) {
          const response = await callerClient(ctx.store, who).raw(c.path, c.init?.(who));
          got[who] = response.status;
          if (response.status === 303 && who === "anonymous") {
            expect(response.headers.get("location")).toMatch(/^\/workspace\/login/);
          }
        }
        expect(got).toEqual(c.expect);
      });
    }

    it("shows the accounts' link only to an administrator", async () => {
      for (const who of ["admin", "admin806", "planner", "officer"] as const) {
        const home = await callerClient(ctx.store, who).page("/workspace/admin/indicators");
        expect(home.text.includes('href="/workspace/admin/users"'), who).toBe(who.startsWith("admin"));
      }
    });

    it("writes nothing for a refused caller: no account, grant, indicator or audit entry", async () => {
      const before = (await listAudit(ctx.store.db)).length;
      for (const who of ["planner", "officer", "reviewer", "viewer"] as const) {
        const api = callerClient(ctx.store, who);
        await api.raw(
          "/workspace/admin/users/new",
          form({ account: "lan", name: "Lan", role: "officer", unit: COMMUNE }),
        );
        await api.raw("/workspace/admin/users/cuong/grant", form({ role: "administrator", unit: DISTRICT }));
        await api.raw("/workspace/admin/indicators/new", form({ ...INDICATOR_FORM, code: "lua_x" }));
      }
      expect(await findUser(ctx.store.db, "lan")).toBeUndefined();
      expect((await listAudit(ctx.store.db)).length).toBe(before);
    });

    it("creates an account and shows its one-time code once; the person sets a password with it at /workspace/reset", async () => {
      const admin = callerClient(ctx.store, "admin806");
      const created = await admin.raw(
        "/workspace/admin/users/new",
        form({ account: "lan", name: "Nguyễn Thị Lan", role: "planner", unit: COMMUNE }),
      );
      const page = await created.text();
      const code = /id="code">([0-9A-Z-]+)</.exec(page)?.[1];
      expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
      expect(page).toContain(`/workspace/reset?code=${code}`);
      // The account's page never shows it again.
      expect((await admin.page("/workspace/admin/users/lan")).text).not.toContain(code!);
      const anonymous = callerClient(ctx.store, "anonymous");
      const resetPage = await anonymous.raw(`/workspace/reset?code=${code}`);
      const cookie = resetPage.headers.get("set-cookie")!.split(";")[0]!;
      const token = /name="_csrf" value="([^"]+)"/.exec(await resetPage.text())![1]!;
      const post = (fields: Record<string, string>) =>
        anonymous.raw("/workspace/reset", {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", cookie },
          body: new URLSearchParams({ _csrf: token, ...fields }).toString(),
        });
      const differ = await post({ code: code!, password: PASSWORD, confirm: `${PASSWORD}!` });
      expect(differ.status).toBe(422);
      expect(await differ.text()).toContain('<a href="#confirm">Hai lần nhập mật khẩu không khớp.</a>');
      const short = await post({ code: code!, password: "ngắn", confirm: "ngắn" });
      expect(await short.text()).toContain('<a href="#password">Mật khẩu cần từ 10 đến 200 ký tự.</a>');
      const set = await post({ code: code!, password: PASSWORD, confirm: PASSWORD });
      expect(set.status).toBe(200);
      expect(await set.text()).toContain("Đã đặt mật khẩu mới.");
      const again = await post({ code: code!, password: PASSWORD, confirm: PASSWORD });
      expect(await again.text()).toContain('<a href="#code">Mã không đúng, đã dùng hoặc đã hết hạn.');
    });

    it("words a refused form in the page's language, with a summary linking to the field, and keeps what was typed", async () => {
      const admin = callerClient(ctx.store, "admin");
      const taken = await admin.raw(
        "/workspace/admin/users/new?lang=en",
        form({ account: "cuong", name: "Lê Văn Cường", role: "officer", unit: COMMUNE }),
      );
      expect(taken.status).toBe(422);
      const text = await taken.text();
      expect(text).toContain('<a href="#account">This account name is already taken.</a>');
      expect(text).toContain('value="Lê Văn Cường"');
      const noUnit = await admin.raw(
        "/workspace/admin/users/cuong/grant",
        form({ role: "viewer", unit: "99999" }),
      );
      expect(noUnit.status).toBe(422);
      expect(await noUnit.text()).toContain('<a href="#unit">Không có đơn vị hành chính nào mang mã này');
      const badRule = await admin.raw(
        "/workspace/admin/indicators/rice_output/edit",
        form({ ...INDICATOR_FORM, nearlyMetValue: "nhiều", version: "1" }),
      );
      expect(badRule.status).toBe(422);
      expect(await badRule.text()).toContain('<a href="#nearlyMetValue">Hãy nhập một số');
      const empty = await admin.raw(
        "/workspace/admin/indicators/new",
        form({ ...INDICATOR_FORM, code: "", nameVi: "" }),
      );
      expect(empty.status).toBe(422);
      const emptyText = await empty.text();
      expect(emptyText).toContain('href="#code"');
      expect(emptyText).toContain('<a href="#nameVi">Nhập Tên tiếng Việt.</a>');
    });

    it("edits an indicator at the version it was read, and refuses an edit made on a stale page", async () => {
      const admin = callerClient(ctx.store, "admin");
      const editPage = await admin.page("/workspace/admin/indicators/rice_output/edit");
      const version = /name="version" value="(\d+)"/.exec(editPage.text)![1]!;
      const saved = await admin.raw(
        "/workspace/admin/indicators/rice_output/edit",
        form({ ...INDICATOR_FORM, version }),
      );
      expect(saved.status).toBe(303);
      expect((await readIndicator(ctx.store.db, "rice_output")).indicator).toMatchObject({
        name: { vi: "Sản lượng lúa cả năm", en: "Rice output" },
        nearlyMet: { by: "percent_of_plan", threshold: 97.5 },
      });
      const stale = await admin.raw(
        "/workspace/admin/indicators/rice_output/edit",
        form({ ...INDICATOR_FORM, version }),
      );
      expect(stale.status).toBe(422);
      expect(await stale.text()).toContain("Chỉ tiêu vừa được người khác sửa.");
    });
  },
  { seed },
);
