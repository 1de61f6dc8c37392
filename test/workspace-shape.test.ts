/**
 * What the workspace's sub-app does once for every route (issue 16, step 0): forms parsed by their
 * schema (a qualifier outside its list is a 422 whose summary names the field, and nothing is
 * written), refusals worded in the page's language by their code (never the English message of
 * the error), sign-in and CSRF before any handler.
 */
import { expect, it } from "vitest";
import { listObservations } from "../src/db/observations.ts";
import { client, sessionFor } from "./support/api.ts";
import { describeStore } from "./support/engines.ts";
import { seedRicePlan } from "./support/seed-plan.ts";

const DISTRICT = "806@-2025-06-30";
const OFFICER = { userId: "can-bo-806", grants: [{ role: "officer" as const, unitId: DISTRICT }] };
const PLAN = "kh-806-2023";
const TARGET = "t-lua";

const form = (fields: Record<string, string>) => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams(fields).toString(),
});

describeStore(
  "the workspace sub-app: forms, errors, sign-in, CSRF",
  import.meta.filename,
  (ctx) => {
    it("refuses a qualifier outside its list with a 422 naming the field, writing nothing", async () => {
      const officer = client(ctx.store, OFFICER);
      const fields = { target: TARGET, [`value-${TARGET}`]: "88.800", [`qualifier-${TARGET}`]: "mostly" };
      const vi = await officer.raw(`/workspace/entry/${PLAN}?period=2023`, form(fields));
      expect(vi.status).toBe(422);
      const page = await vi.text();
      // The summary links to the select, whose label is the column and the indicator.
      expect(page).toMatch(/class="error-summary"/);
      expect(page).toContain(`href="#qualifier-${TARGET}">Mức – Sản lượng lúa: hãy chọn một giá trị`);
      expect(page).toContain(`id="qualifier-${TARGET}"`);
      // What was typed is shown again.
      expect(page).toContain('value="88.800"');
      const en = await officer.raw(`/workspace/entry/${PLAN}?period=2023&lang=en`, form(fields));
      expect(en.status).toBe(422);
      expect(await en.text()).toContain("Qualifier – Rice output: choose one of the listed values.");
      expect(await listObservations(ctx.store.db, { unitIds: [DISTRICT] })).toEqual([]);
      // A good qualifier is saved.
      const ok = await officer.raw(
        `/workspace/entry/${PLAN}?period=2023`,
        form({ ...fields, [`qualifier-${TARGET}`]: "more_than" }),
      );
      expect(ok.status).toBe(303);
      const saved = await listObservations(ctx.store.db, { unitIds: [DISTRICT] });
      expect(saved.map((o) => [o.observation.value, o.observation.qualifier])).toEqual([
        [88_800, "more_than"],
      ]);
    });

    it("words a value that is not a number in the page's language", async () => {
      const officer = client(ctx.store, OFFICER);
      const fields = { target: TARGET, [`value-${TARGET}`]: "nhiều" };
      const vi = await officer.raw(`/workspace/entry/${PLAN}?period=2023`, form(fields));
      expect(vi.status).toBe(422);
      const text = await vi.text();
      expect(text).toContain(`href="#value-${TARGET}">Thực hiện – Sản lượng lúa: “nhiều” không phải là số`);
      expect(text).not.toContain("is not a number");
    });

    it("shows a refusal in Vietnamese by its code, never the error's English message", async () => {
      const officer = client(ctx.store, OFFICER);
      const missing = await officer.page("/workspace/entry/khong-co");
      expect(missing.status).toBe(404);
      expect(missing.text).toContain("Không tìm thấy");
      expect(missing.text).not.toContain("does not exist");
      const badPeriod = await officer.page(`/workspace/entry/${PLAN}?period=rice_output`);
      expect(badPeriod.status).toBe(422);
      expect(badPeriod.text).toContain("Giá trị của trường “period” không hợp lệ.");
      expect(badPeriod.text).not.toContain("expected");
      const docx = await officer.raw(`/workspace/entry/${PLAN}/report.docx?period=rice_output`);
      expect(docx.status).toBe(422);
      expect(await docx.text()).toContain("Giá trị của trường “period” không hợp lệ.");
      const en = await officer.page(`/workspace/entry/${PLAN}?period=rice_output&lang=en`);
      expect(en.status).toBe(422);
      expect(en.text).toContain("The value of field “period” is not valid.");
      expect(en.text).toContain('lang="en"');
    });

    it("a reviewer-only action by an officer is refused in Vietnamese (403)", async () => {
      const officer = client(ctx.store, OFFICER);
      const r = await officer.raw(`/workspace/workflow/${PLAN}?period=2023`, form({ action: "approve" }));
      expect(r.status).toBe(403);
      const text = await r.text();
      expect(text).toContain("Bạn không có quyền thực hiện thao tác này");
      expect(text).not.toContain("is not granted");
    });

    it("an unknown workflow action is a 422 naming the field", async () => {
      const officer = client(ctx.store, OFFICER);
      const r = await officer.raw(`/workspace/workflow/${PLAN}?period=2023`, form({ action: "destroy" }));
      expect(r.status).toBe(422);
      expect(await r.text()).toContain('href="#action"');
    });

    it("sends a reader without a session to the sign-in page, keeping the language", async () => {
      const anonymous = client(ctx.store, null);
      for (const path of [`/workspace/entry/${PLAN}`, "/workspace/audit", "/workspace/"]) {
        const r = await anonymous.raw(path);
        expect([path, r.status, r.headers.get("location")]).toEqual([path, 303, "/workspace/login"]);
      }
      const en = await anonymous.raw("/workspace/?lang=en");
      expect(en.headers.get("location")).toBe("/workspace/login?lang=en");
      // The script's JSON route answers as the API does.
      expect((await anonymous.raw(`/workspace/preview?target=${TARGET}&value=1`)).status).toBe(401);
    });

    it("refuses a form posted with the session cookie and without its token, before the handler", async () => {
      const token = await sessionFor(ctx.store, OFFICER.userId, OFFICER.grants);
      const r = await client(ctx.store, null).raw(`/workspace/entry/${PLAN}?period=2023`, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          cookie: `chitieu_session=${token}`,
        },
        body: new URLSearchParams({ target: TARGET, [`value-${TARGET}`]: "1" }).toString(),
      });
      expect(r.status).toBe(403);
      expect(await r.text()).toContain("Biểu mẫu đã cũ hoặc không hợp lệ");
      expect(await listObservations(ctx.store.db, { unitIds: [DISTRICT] })).toEqual([]);
    });

    it("the preview refuses a qualifier outside its list, naming the field", async () => {
      const r = await client(ctx.store, OFFICER).raw(
        `/workspace/preview?target=${TARGET}&value=1&qualifier=mostly`,
      );
      expect(r.status).toBe(422);
      expect(((await r.json()) as { error: { details: { field: string } } }).error.details.field).toBe(
        "qualifier",
      );
    });
  },
  {
    seed: (store) =>
      seedRicePlan(store.db, {
        planId: PLAN,
        unit: "806",
        state: "draft",
        targetId: TARGET,
        atLeast: 85_000,
      }),
  },
);
