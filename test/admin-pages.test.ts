/**
 * The administration pages (issue 16, part 5): every route for each role (an administrator over
 * every unit, one over district 806, and a planner, officer, reviewer and viewer over 806), and
 * for a reader not signed in; in scope (the officer "cuong" of commune 28108, under 806) and out
 * of it (the planner "hai" of district 795). Then what a person sees: forms whose refusals are
 * worded in the page's language with a summary linking to the field, a code shown once, and a
 * password set with it.
 */
import { expect, it } from "vitest";
import { addUser } from "../src/app/auth/users.ts";
import { requestIndicator } from "../src/app/indicator-requests.ts";
import { createIndicator } from "../src/app/indicators.ts";
import { loadCatalogue } from "../src/app/load-catalogue.ts";
import { createPlan, createTarget } from "../src/app/plans.ts";
import { readIndicator } from "../src/app/read-catalogue.ts";
import { listAudit } from "../src/db/audit.ts";
import type { Store } from "../src/db/connect.ts";
import { findUser, type RoleGrant } from "../src/db/users.ts";
import { FIXTURE_CATALOGUE } from "./fixtures/catalogue.ts";
import { RICE } from "./fixtures/indicators.ts";
import { ADMIN_CASES, INDICATOR_FORM } from "./support/admin-page-cases.ts";
import { describeStore } from "./support/engines.ts";
import {
  CALLERS,
  COMMUNE,
  callerClient,
  DISTRICT,
  type Expect,
  form,
  OTHER,
} from "./support/workspace-callers.ts";

const PASSWORD = "một mật khẩu đủ dài";

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

describeStore(
  "the administration pages",
  import.meta.filename,
  (ctx) => {
    for (const c of ADMIN_CASES) {
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
      // Once a plan has a target of it, its unit stays: the refusal is on the unit's field.
      await createPlan(
        ctx.store.db,
        {
          id: "kh-lua",
          kind: "annual_plan",
          unit: DISTRICT,
          period: "2023",
          title: "Kế hoạch",
          state: "draft",
        },
        { actor: "test" },
      );
      await createTarget(
        ctx.store.db,
        { planId: "kh-lua", indicator: "rice_output", spec: { kind: "gte", value: 88_800 } },
        { actor: "test" },
      );
      const fresh = await admin.page("/workspace/admin/indicators/rice_output/edit");
      const now = /name="version" value="(\d+)"/.exec(fresh.text)![1]!;
      const unit = await admin.raw(
        "/workspace/admin/indicators/rice_output/edit",
        form({ ...INDICATOR_FORM, unitOfMeasure: "nghìn tấn", version: now }),
      );
      expect(unit.status).toBe(422);
      expect(await unit.text()).toContain(
        'href="#unitOfMeasure">Chỉ tiêu đã có kế hoạch hoặc số liệu ghi theo đơn vị tính này',
      );
      expect((await readIndicator(ctx.store.db, "rice_output")).indicator.unit).toBe("tấn");
    });
  },
  { seed },
);
