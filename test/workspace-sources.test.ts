/**
 * The review queue in the workspace (issue 16, part 3), over HTTP as a browser posts its forms:
 * an officer adds a report (pasted, or a .docx), sees each statement marked in the text, accepts
 * two (one edited) and rejects one; a bad field is a 422 whose summary names it; an officer of
 * another district may read the queue (sources belong to no unit) but not accept a figure into
 * this district (403), and nothing is written.
 */
import { Document, Packer, Paragraph } from "docx";
import { expect, it } from "vitest";
import { createIndicator } from "../src/app/indicators.ts";
import { listObservations } from "../src/db/observations.ts";
import { listStatements } from "../src/db/statements.ts";
import { BUDGET_REVENUE } from "./fixtures/indicators.ts";
import { client } from "./support/api.ts";
import { describeStore } from "./support/engines.ts";
import { seedRicePlan } from "./support/seed-plan.ts";

const DISTRICT = "806@-2025-06-30";
const OFFICER = { userId: "can-bo-806", grants: [{ role: "officer" as const, unitId: DISTRICT }] };
const OTHER = { userId: "can-bo-795", grants: [{ role: "officer" as const, unitId: "795@-2025-06-30" }] };

const RICE = "Năm 2023, sản lượng lúa của huyện đạt trên 91.500 tấn, đạt 106% kế hoạch tỉnh giao.";
const BUDGET = "Ước cả năm 2023, tổng thu ngân sách nhà nước trên địa bàn đạt 612,4 tỷ đồng.";
const VEGETABLE = "Diện tích trồng rau màu các loại đạt 4.250 ha.";
const ROLLUP = "Năm 2023 có 23/24 chỉ tiêu đạt và vượt kế hoạch.";
const TEXT = [RICE, BUDGET, VEGETABLE, ROLLUP].join("\n");

/** A form as a browser posts it, with the session's CSRF token read from the page it came from. */
async function post(
  officer: ReturnType<typeof client>,
  path: string,
  from: string,
  fields: Record<string, string>,
): Promise<Response> {
  const page = await officer.page(from);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? "";
  return officer.raw(path, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ _csrf: csrf, ...fields }).toString(),
  });
}

/** The fields of the accept form of statement `p` as the page prefills them. */
function prefilled(page: string, p: number): Record<string, string> {
  const form = page.slice(page.indexOf(`id="s-${p}"`)).split("</form>")[0]!;
  const fields: Record<string, string> = {};
  for (const m of form.matchAll(
    /<input type="(?:text|hidden)" (?:id="[^"]*" )?name="([^"]+)" value="([^"]*)"/g,
  ))
    fields[m[1]!] = m[2]!.replace(/&amp;/g, "&");
  for (const m of form.matchAll(/<select id="([^"]+)"[\s\S]*?<\/select>/g)) {
    const selected = /<option value="([^"]*)" selected=""/.exec(m[0]);
    fields[m[1]!] = selected?.[1] ?? "";
  }
  return fields;
}

describeStore(
  "the review queue in the workspace",
  import.meta.filename,
  (ctx) => {
    async function addReport(officer: ReturnType<typeof client>): Promise<string> {
      const r = await post(officer, "/workspace/sources/new", "/workspace/sources/new", {
        title: "Báo cáo tình hình kinh tế - xã hội huyện Cần Đước năm 2023",
        date: "2023-12-15",
        text: TEXT,
      });
      expect(r.status).toBe(303);
      return r.headers.get("location")!;
    }

    it("adds a report, marks its statements in the text, accepts two and rejects one", async () => {
      const officer = client(ctx.store, OFFICER);
      const at = await addReport(officer);
      const page = await officer.page(at);
      expect(page.status).toBe(200);
      // Each statement's sentence is marked in place, with an id the statement links to.
      for (const [p, sentence] of [RICE, BUDGET, VEGETABLE, ROLLUP].entries()) {
        expect(page.text).toContain(`<mark id="m-${p}" class="mark-pending">${sentence}</mark>`);
        expect(page.text).toContain(`href="#m-${p}"`);
      }
      // Suggested: the indicator, the unit the text's place names, the period its words name.
      const rice = prefilled(page.text, 0);
      expect(rice).toMatchObject({ "indicator-0": "rice_output", "unit-0": "806", "period-0": "2023" });
      expect(rice["value-0"]).toBe("91.500");
      // The roll-up is the report's, beside the one computed from the figures.
      expect(page.text).toContain("Báo cáo: 23/24");

      // Accept the rice figure as suggested, its percent of the plan kept with the district's plan.
      expect(rice["plan-0-0"]).toBe("");
      const accepted = await post(officer, `${at}/statements/${stmtId(page.text, 0)}/accept`, at, {
        ...rice,
        "plan-0-0": "kh-806-2023",
      });
      expect(accepted.status).toBe(303);
      expect(accepted.headers.get("location")).toMatch(/\?done=accepted#s-1$/);
      // Edit and accept the budget figure: another value.
      const budgetPage = (await officer.page(at)).text;
      const budget = prefilled(budgetPage, 1);
      expect(budget["indicator-1"]).toBe("budget_revenue");
      const edited = await post(officer, `${at}/statements/${stmtId(budgetPage, 1)}/accept`, at, {
        ...budget,
        "value-1": "612,5",
      });
      expect(edited.status).toBe(303);
      // Reject the vegetable figure with a reason.
      const third = (await officer.page(at)).text;
      const rejected = await post(officer, `${at}/statements/${stmtId(third, 2)}/reject`, at, {
        version: prefilled(third, 2).version!,
        "reason-2": "Không có chỉ tiêu này trong kế hoạch",
      });
      expect(rejected.status).toBe(303);

      const after = await officer.page(at);
      expect(after.text).toContain("Đã chấp nhận: Sản lượng lúa, 91.500, 2023.");
      expect(after.text).toContain("Lý do: Không có chỉ tiêu này trong kế hoạch");
      const values = await listObservations(ctx.store.db, { unitIds: [DISTRICT] });
      expect(values.map((o) => [o.observation.indicatorCode, o.observation.value]).sort()).toEqual([
        ["budget_revenue", 612.5],
        ["rice_output", 91_500],
      ]);
      const statuses = (await listStatements(ctx.store.db)).map((s) => [s.status, s.edited]);
      expect(statuses).toEqual([
        ["accepted", false],
        ["accepted", true],
        ["rejected", false],
        ["pending", false],
      ]);
      // The list counts them.
      const list = await officer.page("/workspace/sources/");
      expect(list.text).toContain(
        "Cần Đước năm 2023</a></td><td>15/12/2023</td><td>1 chờ duyệt, 2 đã chấp nhận, 1 đã loại</td>",
      );
    });

    it("reads the text of an uploaded .docx report", async () => {
      const officer = client(ctx.store, OFFICER);
      const docx = await Packer.toBuffer(
        new Document({ sections: [{ children: [RICE, VEGETABLE].map((t) => new Paragraph(t)) }] }),
      );
      const page = await officer.page("/workspace/sources/new");
      const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? "";
      const form = new FormData();
      form.set("_csrf", csrf);
      form.set("title", "Báo cáo năm 2023");
      form.set("text", "");
      form.set("file", new File([new Uint8Array(docx)], "bao-cao.docx"));
      const r = await officer.raw("/workspace/sources/new", { method: "POST", body: form });
      expect(r.status).toBe(303);
      const source = await officer.page(r.headers.get("location")!);
      expect(source.text).toContain(`<mark id="m-0" class="mark-pending">${RICE}</mark>`);
      expect(source.text).toContain(`<mark id="m-1" class="mark-pending">${VEGETABLE}</mark>`);
    });

    it("answers a bad field with a 422 whose summary names it, writing nothing", async () => {
      const officer = client(ctx.store, OFFICER);
      const at = await addReport(officer);
      const page = (await officer.page(at)).text;
      const bad = await post(officer, `${at}/statements/${stmtId(page, 0)}/accept`, at, {
        ...prefilled(page, 0),
        "value-0": "nhiều",
      });
      expect(bad.status).toBe(422);
      const text = await bad.text();
      expect(text).toContain('href="#value-0">Giá trị – Số liệu 1: “nhiều” không phải là số');
      expect(text).toContain('value="nhiều"');
      // A figure in hectares taken as rice output, counted in tấn: named on its card.
      const hectares = await post(officer, `${at}/statements/${stmtId(page, 0)}/accept`, at, {
        ...prefilled(page, 0),
        "uom-0": "ha",
      });
      expect(hectares.status).toBe(422);
      expect(await hectares.text()).toContain(
        "Đơn vị tính này không đổi được sang đơn vị của chỉ tiêu đã chọn",
      );
      const noReason = await post(officer, `${at}/statements/${stmtId(page, 2)}/reject`, at, {
        version: prefilled(page, 2).version!,
        "reason-2": " ",
      });
      expect(noReason.status).toBe(422);
      expect(await noReason.text()).toContain('href="#reason-2">Nhập Lý do loại – Số liệu 3.');
      const empty = await post(officer, "/workspace/sources/new?lang=en", "/workspace/sources/new", {
        title: "Báo cáo",
        text: "",
      });
      expect(empty.status).toBe(422);
      expect(await empty.text()).toContain(
        'href="#text">Enter the report&#39;s text (paste it or choose a file).',
      );
      expect(await listObservations(ctx.store.db, { unitIds: [DISTRICT] })).toEqual([]);
      expect((await listStatements(ctx.store.db)).every((s) => s.status === "pending")).toBe(true);
    });

    it("refuses an officer of another district a figure of this one (403), writing nothing", async () => {
      const at = await addReport(client(ctx.store, OFFICER));
      const other = client(ctx.store, OTHER);
      const page = (await other.page(at)).text;
      // Their own district is what the page suggests; they name this one.
      expect(prefilled(page, 0)["unit-0"]).toBe("795");
      const r = await post(other, `${at}/statements/${stmtId(page, 0)}/accept`, at, {
        ...prefilled(page, 0),
        "unit-0": "806",
      });
      expect(r.status).toBe(403);
      expect(await r.text()).toContain("Bạn không có quyền thực hiện thao tác này");
      expect(await listObservations(ctx.store.db, { unitIds: [DISTRICT] })).toEqual([]);
      // A statement of another source is not found under this one.
      expect((await other.page(`/workspace/sources/khong-co`)).status).toBe(404);
    });
  },
  {
    seed: async (store) => {
      await seedRicePlan(store.db, {
        planId: "kh-806-2023",
        unit: DISTRICT,
        state: "draft",
        targetId: "t-lua",
        atLeast: 90_000,
      });
      await createIndicator(store.db, BUDGET_REVENUE, { actor: "test" });
    },
  },
);

/** The id of statement `p`, from its form's address. */
function stmtId(page: string, p: number): string {
  const section = page.slice(page.indexOf(`id="s-${p}"`));
  return /\/statements\/([^/]+)\/(?:accept|reject)/.exec(section)![1]!;
}
