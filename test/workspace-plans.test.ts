/**
 * The plan builder's pages (issue 16, parts 1 and 2), driven over HTTP as a browser posts them:
 * each page's happy path, a form with a fault answered 422 with the summary naming the field,
 * and a caller out of scope refused (404 outside the caller's units, 403 without the right).
 */
import ExcelJS from "exceljs";
import { expect, it } from "vitest";
import { createIndicator } from "../src/app/indicators.ts";
import { createPlan } from "../src/app/plans.ts";
import { saveTargets } from "../src/app/save-targets.ts";
import { findPlan, listPlans, listTargets } from "../src/db/plans.ts";
import { GRDP_GROWTH } from "./fixtures/indicators.ts";
import { client } from "./support/api.ts";
import { describeStore } from "./support/engines.ts";
import { CALLERS, COMMUNE, devList, PLAN_ID, seedCommunePlan } from "./support/plan-builder.ts";

const as = (c: { principal?: { userId: string; grants: unknown } }) =>
  c.principal as unknown as Parameters<typeof client>[1];
const planner = (ctx: { store: Parameters<typeof client>[0] }) => client(ctx.store, as(CALLERS.planner));
const elsewhere = (ctx: { store: Parameters<typeof client>[0] }) =>
  client(ctx.store, as(CALLERS.plannerElsewhere));

const form = (fields: Record<string, string> | [string, string][]) => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams(fields).toString(),
});

const multipart = (fields: Record<string, string | Blob>) => {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  return { method: "POST", body };
};

const targetsOf = async (db: Parameters<typeof listTargets>[0], planId = PLAN_ID) =>
  listTargets(db, { planIds: [planId] });

describeStore(
  "the plan builder's pages",
  import.meta.filename,
  (ctx) => {
    it("creates a plan from the header form, then opens its page; a missing title is a 422", async () => {
      const home = await planner(ctx).page("/workspace/");
      expect(home.text).toContain('href="/workspace/plans/new"');
      const page = await planner(ctx).page("/workspace/plans/new");
      expect(page.status).toBe(200);
      expect(page.text).toContain("Rạch Kiến");
      const fields = {
        kind: "resolution",
        title: "Nghị quyết về nhiệm vụ năm 2027",
        issuer: "HĐND xã Rạch Kiến",
        number: "",
        date: "",
        unit: COMMUNE,
        period: "2027",
      };
      const bad = await planner(ctx).raw("/workspace/plans/new", form({ ...fields, title: "" }));
      expect(bad.status).toBe(422);
      expect(await bad.text()).toContain('href="#title">Nhập Tên văn bản');
      const badPeriod = await planner(ctx).raw(
        "/workspace/plans/new?lang=en",
        form({ ...fields, period: "next" }),
      );
      expect(badPeriod.status).toBe(422);
      expect(await badPeriod.text()).toContain('href="#period">Plan period');
      const ok = await planner(ctx).raw("/workspace/plans/new", form(fields));
      expect(ok.status).toBe(303);
      const plans = await listPlans(ctx.store.db, { unitIds: [COMMUNE], period: "2027" });
      expect(plans.map((p) => [p.kind, p.title, p.state])).toEqual([
        ["resolution", "Nghị quyết về nhiệm vụ năm 2027", "draft"],
      ]);
      expect(ok.headers.get("location")).toBe(`/workspace/plans/${plans[0]!.id}/edit`);
      // Another commune's planner may not create the commune's plan.
      const refused = await elsewhere(ctx).raw("/workspace/plans/new", form(fields));
      expect(refused.status).toBe(403);
    });

    it("adds a target by form, shown with its sentence; a figure that is no number is a 422", async () => {
      const base = `/workspace/plans/${PLAN_ID}`;
      const fields = {
        indicator: "rice_output",
        form: "gt",
        value: "88.800",
        upper: "",
        horizon: "plan_year",
      };
      const bad = await planner(ctx).raw(`${base}/targets/new`, form({ ...fields, value: "nhiều" }));
      expect(bad.status).toBe(422);
      expect(await bad.text()).toContain('href="#value">Mức: “nhiều” không phải là số.');
      const noIndicator = await planner(ctx).raw(`${base}/targets/new`, form({ ...fields, indicator: "" }));
      expect(noIndicator.status).toBe(422);
      expect(await noIndicator.text()).toContain('href="#indicator"');
      // "Xem trước" shows the sentence the target will read as, and saves nothing.
      const preview = await planner(ctx).raw(`${base}/targets/new`, form({ ...fields, step: "preview" }));
      expect(preview.status).toBe(200);
      expect(await preview.text()).toMatch(
        /id="preview">Đọc là: trên 88.800 tấn \(bằng 88.800 tấn là chưa đạt\)/,
      );
      expect(await targetsOf(ctx.store.db)).toEqual([]);
      const ok = await planner(ctx).raw(`${base}/targets/new`, form(fields));
      expect(ok.status).toBe(303);
      const [target] = await targetsOf(ctx.store.db);
      expect(target!.spec).toEqual({ kind: "gte", value: 88_800, strict: true });
      const page = await planner(ctx).page(`${base}/edit`);
      expect(page.status).toBe(200);
      expect(page.text).toContain("trên 88.800 tấn");
      const en = await planner(ctx).page(`${base}/edit?lang=en`);
      expect(en.text).toContain("more than 88,800 tấn");
      // Edited to a range, then deleted.
      const edit = await planner(ctx).raw(
        `${base}/targets/${target!.id}`,
        form({ ...fields, form: "range", value: "85.000", upper: "90.000" }),
      );
      expect(edit.status).toBe(303);
      expect((await targetsOf(ctx.store.db))[0]!.spec).toEqual({ kind: "range", lo: 85_000, hi: 90_000 });
      // A band cannot be said by the form: its page says so and refuses to overwrite it.
      const [band] = await saveTargets(
        ctx.store.db,
        PLAN_ID,
        [{ indicator: "poverty_rate", spec: { kind: "band", lo: 0.5, hi: 1 } }],
        { actor: "test" },
      );
      const bandPage = await planner(ctx).page(`${base}/targets/${band!.id}`);
      expect(bandPage.text).toContain('id="not-editable"');
      expect(bandPage.text).not.toContain('id="target-form"');
      expect((await planner(ctx).raw(`${base}/targets/${band!.id}`, form(fields))).status).toBe(409);
      expect((await targetsOf(ctx.store.db)).find((t) => t.id === band!.id)!.spec.kind).toBe("band");
      await planner(ctx).raw(`${base}/targets/${band!.id}/delete`, form({}));
      // A page shown before another change does not overwrite it.
      const stale = await planner(ctx).raw(
        `${base}/targets/${target!.id}`,
        form({ ...fields, version: "1" }),
      );
      expect(stale.status).toBe(412);
      const del = await planner(ctx).raw(`${base}/targets/${target!.id}/delete`, form({}));
      expect(del.status).toBe(303);
      expect(await targetsOf(ctx.store.db)).toEqual([]);
      // The officer may read the plan but not write it; another commune's planner does not see it.
      const officer = client(ctx.store, as(CALLERS.officer));
      expect((await officer.raw(`${base}/targets/new`, form(fields))).status).toBe(403);
      const readOnly = await officer.page(`${base}/edit`);
      expect(readOnly.status).toBe(200);
      expect(readOnly.text).toContain('id="plan-header"');
      for (const task of ["add-target", "paste", "upload", "copy", "assign", "adopt"])
        expect(readOnly.text, task).not.toContain(`id="${task}"`);
      expect((await planner(ctx).page(`${base}/edit`)).text).toContain('id="add-target"');
      expect((await elsewhere(ctx).page(`${base}/edit`)).status).toBe(404);
      expect((await elsewhere(ctx).raw(`${base}/targets/new`, form(fields))).status).toBe(404);
    });

    it("adopts the plan with its document; a change after that asks for a reason", async () => {
      const base = `/workspace/plans/${PLAN_ID}`;
      const noNumber = await planner(ctx).raw(`${base}/adopt`, form({ number: "", date: "2026-01-10" }));
      expect(noNumber.status).toBe(422);
      expect(await noNumber.text()).toContain('href="#number"');
      expect((await findPlan(ctx.store.db, PLAN_ID))!.state).toBe("draft");
      const ok = await planner(ctx).raw(
        `${base}/adopt`,
        form({ number: "12/NQ-HĐND", date: "2026-01-10", issuer: "HĐND xã Rạch Kiến" }),
      );
      expect(ok.status).toBe(303);
      const plan = (await findPlan(ctx.store.db, PLAN_ID))!;
      expect([plan.state, plan.number, plan.date]).toEqual(["adopted", "12/NQ-HĐND", "2026-01-10"]);
      const fields = { indicator: "rice_output", form: "gte", value: "5.000", horizon: "plan_year" };
      const noReason = await planner(ctx).raw(`${base}/targets/new`, form(fields));
      expect(noReason.status).toBe(422);
      expect(await noReason.text()).toContain('href="#reason"');
      const withReason = await planner(ctx).raw(
        `${base}/targets/new`,
        form({ ...fields, reason: "bổ sung theo Nghị quyết điều chỉnh" }),
      );
      expect(withReason.status).toBe(303);
      expect(
        (await elsewhere(ctx).raw(`${base}/adopt`, form({ number: "1", date: "2026-01-01" }))).status,
      ).toBe(404);
    });

    it("pastes a list: drafts beside their sentences, nothing saved before Lưu, each fault named by its line", async () => {
      const base = `/workspace/plans/${PLAN_ID}`;
      const text = devList("dev-prov-phutho-2026")
        .targets.map((t) => t.target_text)
        .join("\n");
      const read = await planner(ctx).raw(`${base}/paste`, form({ text, step: "read" }));
      expect(read.status).toBe(200);
      const page = await read.text();
      // "Tăng trưởng kinh tế 11%" is matched to the growth rate, the one indicator in % it names.
      expect(page).toMatch(/<option value="economic_growth" selected/);
      expect(page).toContain("chưa khớp chỉ tiêu trong danh mục");
      // A complete draft is kept by default, an incomplete one is not.
      expect(page).toMatch(/id="keep-0" name="keep-0" value="1" checked/);
      expect(page).toMatch(/id="keep-2" name="keep-2" value="1" checked/);
      expect(page).not.toMatch(/id="keep-3" name="keep-3" value="1" checked/);
      expect(await targetsOf(ctx.store.db)).toEqual([]);
      // Line 1 given rice output, in tấn, where its 11% could never be judged; line 2 kept with a
      // unit the catalogue lacks; line 4 kept without an indicator: each named, nothing saved.
      const bad = await planner(ctx).raw(
        `${base}/paste`,
        form({
          text,
          step: "save",
          "keep-0": "1",
          "indicator-0": "rice_output",
          "keep-1": "1",
          "keep-2": "1",
          "keep-3": "1",
        }),
      );
      expect(bad.status).toBe(422);
      const errors = await bad.text();
      expect(errors).toContain(
        'href="#indicator-0">Dòng 1: đơn vị “%” không so được với đơn vị “tấn” của chỉ tiêu “Sản lượng lúa”',
      );
      expect(errors).toContain('href="#keep-1">Dòng 2: đơn vị tính không có trong danh mục');
      expect(errors).toContain('href="#indicator-3">Dòng 4: chưa khớp chỉ tiêu trong danh mục');
      expect(await targetsOf(ctx.store.db)).toEqual([]);
      // Line 1 back on the growth rate, lines 2 and 4 dropped: saved in order.
      const ok = await planner(ctx).raw(
        `${base}/paste`,
        form({ text, step: "save", "keep-0": "1", "indicator-0": "economic_growth", "keep-2": "1" }),
      );
      expect(ok.status).toBe(303);
      expect(ok.headers.get("location")).toBe(`${base}/edit?saved=2`);
      expect((await targetsOf(ctx.store.db)).map((t) => t.indicatorCode)).toEqual([
        "economic_growth",
        "budget_revenue",
      ]);
      const empty = await planner(ctx).raw(`${base}/paste`, form({ text: "", step: "read" }));
      expect(empty.status).toBe(422);
      expect(await empty.text()).toContain('href="#text"');
      expect((await elsewhere(ctx).raw(`${base}/paste`, form({ text, step: "read" }))).status).toBe(404);
    });

    it("uploads the target table: drafts shown, imported on confirmation, faults named by row and column", async () => {
      const base = `/workspace/plans/${PLAN_ID}`;
      const xlsx = async (rows: (string | number | null)[][]) => {
        const workbook = new ExcelJS.Workbook();
        const sheet = workbook.addWorksheet("Biểu 01");
        sheet.addRow(["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026", "Ghi chú"]);
        for (const row of rows) sheet.addRow(row);
        const bytes = (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
        return new File([bytes], "bieu.xlsx", {
          type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        });
      };
      const good = await xlsx([
        [1, "Sản lượng lúa", "tấn", 5200, null],
        [2, "Tỷ lệ hộ nghèo", "%", "dưới 0,8", "Theo chuẩn nghèo đa chiều"],
      ]);
      const read = await planner(ctx).raw(`${base}/upload`, multipart({ file: good }));
      expect(read.status).toBe(200);
      const page = await read.text();
      expect(page).toContain("đạt 5.200, cao hơn là tốt");
      expect(page).toContain('<p class="hint">Ghi chú: Theo chuẩn nghèo đa chiều</p>');
      const table = /name="table" value="([^"]+)"/.exec(page)?.[1];
      expect(table).toBeTruthy();
      expect(await targetsOf(ctx.store.db)).toEqual([]);
      const ok = await planner(ctx).raw(`${base}/upload/confirm`, form({ table: table! }));
      expect(ok.status).toBe(303);
      expect((await targetsOf(ctx.store.db)).map((t) => [t.indicatorCode, t.notes])).toEqual([
        ["rice_output", undefined],
        ["poverty_rate", "Theo chuẩn nghèo đa chiều"],
      ]);
      const bad = await planner(ctx).raw(
        `${base}/upload`,
        multipart({ file: await xlsx([[1, "Chỉ tiêu không có trong danh mục", "tấn", 5, null]]) }),
      );
      expect(bad.status).toBe(422);
      const text = await bad.text();
      expect(text).toContain('href="#file"');
      expect(text).toMatch(/B2|dòng 2|hàng 2/iu);
      expect((await elsewhere(ctx).raw(`${base}/upload`, multipart({ file: good }))).status).toBe(404);
    });

    it("copies the plan to another period, figures blank or carried; a bad period is a 422", async () => {
      const base = `/workspace/plans/${PLAN_ID}`;
      await saveTargets(
        ctx.store.db,
        PLAN_ID,
        [{ indicator: "rice_output", spec: { kind: "gte", value: 5000 } }],
        { actor: "test" },
      );
      const bad = await planner(ctx).raw(`${base}/copy`, form({ period: "sang năm", values: "carry" }));
      expect(bad.status).toBe(422);
      expect(await bad.text()).toContain('href="#period"');
      const ok = await planner(ctx).raw(`${base}/copy`, form({ period: "2027", values: "blank" }));
      expect(ok.status).toBe(303);
      const [copy] = await listPlans(ctx.store.db, { unitIds: [COMMUNE], period: "2027" });
      expect((await targetsOf(ctx.store.db, copy!.id)).map((t) => t.spec)).toEqual([{ kind: "unknown" }]);
      const page = await planner(ctx).page(`/workspace/plans/${copy!.id}/edit`);
      expect(page.text).toContain("chưa có số");
      expect(
        (await elsewhere(ctx).raw(`${base}/copy`, form({ period: "2028", values: "carry" }))).status,
      ).toBe(404);
    });

    it("keeps a target's agency, document and notes and how the term's growth is judged; shown on the plan's page, carried by a copy", async () => {
      await createIndicator(ctx.store.db, GRDP_GROWTH, { actor: "test" });
      const term = "rach-kien-2026-2030";
      await createPlan(
        ctx.store.db,
        {
          id: term,
          kind: "resolution",
          unit: COMMUNE,
          period: "2026-2030",
          title: "Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2026-2030",
          state: "draft",
        },
        { actor: "test" },
      );
      const base = `/workspace/plans/${term}`;
      const blank = await planner(ctx).page(`${base}/targets/new`);
      // A term plan opens the growth choice, its base year hinted from the term.
      expect(blank.text).toMatch(/<details class="rule" id="growth" open/);
      expect(blank.text).toContain("thường là năm trước nhiệm kỳ (2025). Để trống: 2026.");
      for (const id of ["growthFrom", "baseYear", "responsibleAgency", "provenance", "notes"])
        expect(blank.text).toContain(`id="${id}"`);
      const fields = {
        indicator: "grdp_growth",
        form: "gte",
        value: "7,5",
        upper: "",
        horizon: "term_average",
        growthFrom: "rates",
        baseYear: "2025",
        responsibleAgency: " Phòng Kinh tế ",
        provenance: "Nghị quyết số 12/NQ-HĐND, mục II.1",
        notes: "Tính theo giá so sánh 2010.",
      };
      // Each fault named in the summary: a growth choice where none applies, a base year
      // outside the term, notes too long.
      const bad = await planner(ctx).raw(
        `${base}/targets/new`,
        form({ ...fields, horizon: "plan_year", baseYear: "" }),
      );
      expect(bad.status).toBe(422);
      expect(await bad.text()).toContain('href="#growthFrom">Cách tính tốc độ tăng bình quân: chỉ dùng');
      const bad2 = await planner(ctx).raw(
        `${base}/targets/new`,
        form({ ...fields, baseYear: "2035", notes: "x".repeat(2001) }),
      );
      expect(bad2.status).toBe(422);
      const errors = await bad2.text();
      expect(errors).toContain('href="#baseYear">Năm gốc: hãy ghi một năm từ 2025 đến 2029.');
      expect(errors).toContain('href="#notes">Ghi chú');
      const badEn = await planner(ctx).raw(
        `${base}/targets/new?lang=en`,
        form({ ...fields, baseYear: "năm ngoái" }),
      );
      expect(await badEn.text()).toContain('href="#baseYear">Base year: give a year from 2025 to 2029.');
      // The preview reads the growth choice after the sentence.
      const preview = await planner(ctx).raw(`${base}/targets/new`, form({ ...fields, step: "preview" }));
      expect(preview.status).toBe(200);
      expect(await preview.text()).toMatch(
        /id="preview">Đọc là: [^<]*7,5%[^<]*, tính từ tốc độ tăng hằng năm \(lũy kế\), năm gốc 2025</,
      );
      expect(await targetsOf(ctx.store.db, term)).toEqual([]);
      expect((await planner(ctx).raw(`${base}/targets/new`, form(fields))).status).toBe(303);
      const [saved] = await targetsOf(ctx.store.db, term);
      expect(saved).toMatchObject({
        form: { horizon: "term_average", growthFrom: "rates", baseYear: 2025 },
        responsibleAgency: "Phòng Kinh tế",
        provenance: "Nghị quyết số 12/NQ-HĐND, mục II.1",
        notes: "Tính theo giá so sánh 2010.",
      });

      // Read back beside the sentence on the plan's page, and whole on the target's form.
      const page = await planner(ctx).page(`${base}/edit`);
      expect(page.text).toContain("năm gốc 2025");
      expect(page.text).toContain("<li>Cơ quan chủ trì: Phòng Kinh tế</li>");
      expect(page.text).toContain("<li>Ghi chú: Tính theo giá so sánh 2010.</li>");
      const en = await planner(ctx).page(`${base}/edit?lang=en`);
      expect(en.text).toContain("computed from yearly growth rates (compounded), base year 2025");
      expect(en.text).toContain("<li>Responsible agency: Phòng Kinh tế</li>");
      const edit = await planner(ctx).page(`${base}/targets/${saved!.id}`);
      expect(edit.text).toContain('value="Phòng Kinh tế"');
      expect(edit.text).toContain('value="Nghị quyết số 12/NQ-HĐND, mục II.1"');
      expect(edit.text).toMatch(/<textarea id="notes"[^>]*>Tính theo giá so sánh 2010.<\/textarea>/);
      expect(edit.text).toContain('<option value="rates" selected="">');
      expect(edit.text).toMatch(/id="baseYear" name="baseYear" value="2025"/);

      // The next term's copy keeps the agency and notes, moves the base year with the term, and
      // drops the provenance: it named the old resolution's clause.
      expect(
        (await planner(ctx).raw(`${base}/copy`, form({ period: "2031-2035", values: "carry" }))).status,
      ).toBe(303);
      const [next] = await listPlans(ctx.store.db, { unitIds: [COMMUNE], period: "2031-2035" });
      const [copied] = await targetsOf(ctx.store.db, next!.id);
      expect(copied).toMatchObject({
        form: { horizon: "term_average", growthFrom: "rates", baseYear: 2030 },
        responsibleAgency: "Phòng Kinh tế",
        notes: "Tính theo giá so sánh 2010.",
      });
      expect(copied!.provenance).toBeUndefined();

      // Changed by the form: the notes emptied are gone, the growth choice changed.
      const changed = await planner(ctx).raw(
        `${base}/targets/${saved!.id}`,
        form({
          ...fields,
          growthFrom: "levels",
          notes: "  ",
          responsibleAgency: "Phòng Tài chính - Kế hoạch",
        }),
      );
      expect(changed.status).toBe(303);
      const [after] = await targetsOf(ctx.store.db, term);
      expect(after!.form).toEqual({ horizon: "term_average", growthFrom: "levels", baseYear: 2025 });
      expect(after!.responsibleAgency).toBe("Phòng Tài chính - Kế hoạch");
      expect(after!.notes).toBeUndefined();
    });

    it("assigns the province's targets to its communes, the own target beside the sum with the warning", async () => {
      await createPlan(
        ctx.store.db,
        {
          id: "tay-ninh-2026",
          kind: "annual_plan",
          unit: "80",
          period: "2026",
          title: "KH 2026",
          state: "draft",
        },
        { actor: "test" },
      );
      await saveTargets(
        ctx.store.db,
        "tay-ninh-2026",
        [{ indicator: "budget_revenue", spec: { kind: "gte", value: 1000 } }],
        { actor: "test" },
      );
      const province = client(ctx.store, as(CALLERS.provincePlanner));
      const base = "/workspace/plans/tay-ninh-2026/assign";
      const page = await province.page(base);
      expect(page.status).toBe(200);
      expect(page.text).toContain('id="cell-28114-budget_revenue"');
      const noNumber = await province.raw(
        base,
        form({ number: "", date: "2026-01-15", "cell-28114-budget_revenue": "400" }),
      );
      expect(noNumber.status).toBe(422);
      expect(await noNumber.text()).toContain('href="#number"');
      const ok = await province.raw(
        base,
        form({
          number: "25/QĐ-UBND",
          date: "2026-01-15",
          "cell-28114-budget_revenue": "400",
          "cell-28126-budget_revenue": "300",
        }),
      );
      expect(ok.status).toBe(303);
      const after = await province.page(`${base}?number=${encodeURIComponent("25/QĐ-UBND")}`);
      expect(after.text).toContain('value="400"');
      expect(after.text).toContain("Tổng đã giao: 700");
      expect(after.text).toContain("Cảnh báo: tổng giao chưa đủ chỉ tiêu của đơn vị");
      const assigned = await listPlans(ctx.store.db, {
        unitIds: [COMMUNE],
        period: "2026",
        kind: "assigned",
      });
      expect(assigned.map((p) => p.number)).toEqual(["25/QĐ-UBND"]);
      const sheet = await province.raw(
        `/workspace/plans/tay-ninh-2026/assign.xlsx?number=${encodeURIComponent("25/QĐ-UBND")}`,
      );
      expect(sheet.status).toBe(200);
      expect(sheet.headers.get("content-type")).toContain("spreadsheetml");
      // The sheet uploaded back under another decision: its date is needed, then every figure assigned.
      const file = new File([await sheet.arrayBuffer()], "giao.xlsx");
      const upload = `/workspace/plans/tay-ninh-2026/assign/upload`;
      const noDate = await province.raw(upload, multipart({ "sheet-number": "26/QĐ-UBND", file }));
      expect(noDate.status).toBe(422);
      expect(await noDate.text()).toContain('href="#sheet-date"');
      const uploaded = await province.raw(
        upload,
        multipart({ "sheet-number": "26/QĐ-UBND", "sheet-date": "2026-02-01", file }),
      );
      expect(uploaded.status).toBe(303);
      const again = await listPlans(ctx.store.db, { unitIds: [COMMUNE], period: "2026", kind: "assigned" });
      expect(again.map((p) => p.number).sort()).toEqual(["25/QĐ-UBND", "26/QĐ-UBND"]);
      // A commune's planner does not see the province's plan.
      expect((await planner(ctx).page(base)).status).toBe(404);
    });
  },
  { seed: (store) => seedCommunePlan(store.db) },
);
