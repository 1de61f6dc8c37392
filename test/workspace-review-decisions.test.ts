/**
 * The review queue's statements that are not figures (issue 16, part 3), over HTTP as a browser
 * posts its forms: a roll-up ("23/24 chỉ tiêu đạt và vượt") is recorded as the report's roll-up of
 * a plan and shows on the public scorecard as "Báo cáo: 23/24" beside the computed one; a target
 * statement ("phấn đấu … đạt 650 tỷ đồng") is put into a draft plan as a target and shows on the
 * plan's page; an adopted plan asks a reason first. Out of their units a planner gets a 404, an officer (no plan.write) a 403; a form
 * missing its plan is a 422 whose summary names the field; nothing is written on a refusal.
 */
import { expect, it } from "vitest";
import { createIndicator } from "../src/app/indicators.ts";
import { createPlan, updatePlan } from "../src/app/plans.ts";
import { listAudit } from "../src/db/audit.ts";
import { findPlan, listTargets } from "../src/db/plans.ts";
import { listReportedRollups } from "../src/db/sources.ts";
import { listStatements } from "../src/db/statements.ts";
import { BUDGET_REVENUE } from "./fixtures/indicators.ts";
import { client } from "./support/api.ts";
import { describeStore } from "./support/engines.ts";
import { seedRicePlan } from "./support/seed-plan.ts";

const DISTRICT = "806@-2025-06-30";
const OFFICER = { userId: "can-bo-806", grants: [{ role: "officer" as const, unitId: DISTRICT }] };
const PLANNER = { userId: "ke-hoach-806", grants: [{ role: "planner" as const, unitId: DISTRICT }] };
const OTHER_PLANNER = {
  userId: "ke-hoach-795",
  grants: [{ role: "planner" as const, unitId: "795@-2025-06-30" }],
};

const ROLLUP = "Năm 2023 có 23/24 chỉ tiêu đạt và vượt kế hoạch.";
const TARGET = "Năm 2024, phấn đấu tổng thu ngân sách nhà nước trên địa bàn đạt 650 tỷ đồng.";
const TEXT = [ROLLUP, TARGET].join("\n");

type Client = ReturnType<typeof client>;

/** A form as a browser posts it, with the session's CSRF token read from the page it came from. */
async function post(who: Client, path: string, from: string, fields: Record<string, string>) {
  const page = await who.page(from);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? "";
  return who.raw(path, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ _csrf: csrf, ...fields }).toString(),
  });
}

/** Statement `p`'s card: its form's address, version and selected options. */
function card(page: string, p: number) {
  const section = page.slice(page.indexOf(`id="s-${p}"`)).split("</section>")[0]!;
  const form = /action="([^"]+\/(?:record-rollup|to-plan))"/.exec(section)?.[1]?.replace(/&amp;/g, "&");
  const version = /name="version" value="(\d+)"/.exec(section)?.[1] ?? "";
  const selected = (id: string) =>
    new RegExp(`<select id="${id}"[\\s\\S]*?<option value="([^"]*)" selected=""`).exec(section)?.[1];
  return { section, form, version, selected };
}

describeStore(
  "roll-up and target statements in the review queue",
  import.meta.filename,
  (ctx) => {
    async function addReport(who: Client): Promise<string> {
      const r = await post(who, "/workspace/sources/new", "/workspace/sources/new", {
        title: "Báo cáo kinh tế - xã hội huyện Cần Đước năm 2023",
        date: "2023-12-15",
        text: TEXT,
      });
      expect(r.status).toBe(303);
      return r.headers.get("location")!;
    }

    it("records a roll-up as the report's, shown on the public scorecard beside the computed one", async () => {
      const officer = client(ctx.store, OFFICER);
      const at = await addReport(officer);
      const page = (await officer.page(at)).text;
      const rollup = card(page, 0);
      expect(rollup.section).toContain("Ghi nhận số báo cáo");
      // The plan of the district for the statement's year is offered first.
      expect(rollup.selected("plan-0")).toBe("kh-806-2023");
      const before = await client(ctx.store, null).page("/vi/units/806/2023");
      expect(before.text).not.toContain("Báo cáo: 23/24");

      const r = await post(officer, rollup.form!, at, { version: rollup.version, "plan-0": "kh-806-2023" });
      expect(r.status).toBe(303);
      expect(r.headers.get("location")).toContain("done=recorded");
      const after = (await officer.page(r.headers.get("location")!)).text;
      expect(after).toContain("Đã ghi nhận số báo cáo.");
      expect(after).toContain("Đã ghi nhận số báo cáo 23/24 của Kế hoạch năm 2023 (2023).");

      const reported = await listReportedRollups(ctx.store.db, ["kh-806-2023"]);
      expect(reported).toMatchObject([
        { unitId: DISTRICT, period: "2023", met: 23, total: 24, statement: ROLLUP },
      ]);
      const [statement] = await listStatements(ctx.store.db);
      expect(statement).toMatchObject({ status: "accepted", reportedRollupId: reported[0]!.id });
      expect(reported[0]!.sourceId).toBe(statement!.sourceId);

      const scorecard = await client(ctx.store, null).page("/vi/units/806/2023");
      expect(scorecard.status).toBe(200);
      expect(scorecard.text).toContain("Báo cáo: 23/24 chỉ tiêu đạt, vượt");
    });

    it("puts a target statement into a draft plan, shown on the plan's page", async () => {
      const planner = client(ctx.store, PLANNER);
      const at = await addReport(planner);
      const page = (await planner.page(at)).text;
      const target = card(page, 1);
      expect(target.section).toContain("Đưa vào kế hoạch");
      expect(target.selected("plan-1")).toBe("kh-806-2024");
      expect(target.selected("indicator-1")).toBe("budget_revenue");

      const r = await post(planner, target.form!, at, {
        version: target.version,
        "plan-1": "kh-806-2024",
        "indicator-1": "budget_revenue",
        "why-1": "",
      });
      expect(r.status).toBe(303);
      const after = (await planner.page(r.headers.get("location")!)).text;
      expect(after).toContain("Đã đưa chỉ tiêu vào kế hoạch.");
      expect(after).toContain(
        "Đã đưa vào Kế hoạch năm 2024 (2024): Tổng thu ngân sách nhà nước trên địa bàn.",
      );

      const targets = await listTargets(ctx.store.db, { planIds: ["kh-806-2024"] });
      expect(targets).toMatchObject([
        {
          indicatorCode: "budget_revenue",
          unitId: DISTRICT,
          period: "2024",
          spec: { kind: "gte", value: 650 },
        },
      ]);
      const statement = (await listStatements(ctx.store.db)).find((s) => s.position === 1)!;
      expect(statement).toMatchObject({ status: "accepted", targetIds: [targets[0]!.id] });
      expect(targets[0]!.sourceId).toBe(statement.sourceId);

      const plan = await planner.page("/workspace/plans/kh-806-2024/edit");
      expect(plan.status).toBe(200);
      expect(plan.text).toContain("Tổng thu ngân sách nhà nước trên địa bàn");
      expect(plan.text).toContain("650");
    });

    it("asks a reason to put a target into an adopted plan, and records it", async () => {
      const planner = client(ctx.store, PLANNER);
      const at = await addReport(planner);
      const plan = (await findPlan(ctx.store.db, "kh-806-2024"))!;
      await updatePlan(
        ctx.store.db,
        plan.id,
        { ...plan, unit: plan.unitId, state: "adopted", number: "12/NQ-HĐND", date: "2023-12-15" },
        { actor: "test", ifMatch: `"${plan.version}"` },
      );
      const page = (await planner.page(at)).text;
      const fields = {
        version: card(page, 1).version,
        "plan-1": "kh-806-2024",
        "indicator-1": "budget_revenue",
      };
      const noReason = await post(planner, card(page, 1).form!, at, { ...fields, "why-1": " " });
      expect(noReason.status).toBe(422);
      expect(await noReason.text()).toContain("Kế hoạch đã được thông qua: hãy nêu lý do thay đổi.");
      expect(await listTargets(ctx.store.db, { planIds: ["kh-806-2024"] })).toHaveLength(0);

      const r = await post(planner, card(page, 1).form!, at, { ...fields, "why-1": "Bổ sung theo báo cáo" });
      expect(r.status).toBe(303);
      const targets = await listTargets(ctx.store.db, { planIds: ["kh-806-2024"] });
      expect(targets.map((t) => t.indicatorCode)).toEqual(["budget_revenue"]);
      // The reason is the target's, in the audit log.
      const created = await listAudit(ctx.store.db, { entity: "target", entityId: targets[0]!.id });
      expect(created.map((e) => e.reason)).toEqual(["Bổ sung theo báo cáo"]);
    });

    it("answers 404 for a plan out of scope, 403 without plan.write, 422 naming the plan; writes nothing", async () => {
      const at = await addReport(client(ctx.store, PLANNER));
      // A planner of another district: the district's plan does not exist for them.
      const other = client(ctx.store, OTHER_PLANNER);
      const theirs = card((await other.page(at)).text, 1);
      const notFound = await post(other, theirs.form!, at, {
        version: theirs.version,
        "plan-1": "kh-806-2024",
        "indicator-1": "budget_revenue",
      });
      expect(notFound.status).toBe(404);
      expect(await notFound.text()).toContain("(trường “planId”)");
      // An officer of the district reads the plan but may not write it.
      const officer = client(ctx.store, OFFICER);
      const page = (await officer.page(at)).text;
      const forbidden = await post(officer, card(page, 1).form!, at, {
        version: card(page, 1).version,
        "plan-1": "kh-806-2024",
        "indicator-1": "budget_revenue",
      });
      expect(forbidden.status).toBe(403);
      expect(await forbidden.text()).toContain("Bạn không có quyền thực hiện thao tác này");
      // No plan chosen: the summary names the field, on the statement's card.
      const noPlan = await post(officer, card(page, 0).form!, at, {
        version: card(page, 0).version,
        "plan-0": "",
      });
      expect(noPlan.status).toBe(422);
      expect(await noPlan.text()).toContain('href="#plan-0">');
      const planner = client(ctx.store, PLANNER);
      const noIndicator = await post(planner, card(page, 1).form!, at, {
        version: card(page, 1).version,
        "plan-1": "kh-806-2024",
        "indicator-1": "",
      });
      expect(noIndicator.status).toBe(422);
      expect(await noIndicator.text()).toContain('href="#indicator-1">');
      // "Năm 2024, phấn đấu …" into the plan of 2023: named on the card, as the plan to correct.
      const otherYear = await post(planner, card(page, 1).form!, at, {
        version: card(page, 1).version,
        "plan-1": "kh-806-2023",
        "indicator-1": "budget_revenue",
        "why-1": "Bổ sung",
      });
      expect(otherYear.status).toBe(422);
      expect(await otherYear.text()).toContain(
        'href="#plan-1">Đưa vào kế hoạch nào? – Câu này nêu chỉ tiêu của một kỳ khác với kỳ của kế hoạch đã chọn',
      );
      expect(await listTargets(ctx.store.db, { planIds: ["kh-806-2023"] })).toHaveLength(1);

      expect(await listTargets(ctx.store.db, { planIds: ["kh-806-2024"] })).toEqual([]);
      expect(await listReportedRollups(ctx.store.db, ["kh-806-2023"])).toEqual([]);
      expect((await listStatements(ctx.store.db)).every((s) => s.status === "pending")).toBe(true);
    });
  },
  {
    seed: async (store) => {
      await seedRicePlan(store.db, {
        planId: "kh-806-2023",
        unit: DISTRICT,
        state: "adopted",
        targetId: "t-lua",
        atLeast: 90_000,
        reason: "Nghị quyết HĐND huyện",
      });
      await createIndicator(store.db, BUDGET_REVENUE, { actor: "test" });
      await createPlan(
        store.db,
        {
          id: "kh-806-2024",
          kind: "annual_plan",
          unit: DISTRICT,
          period: "2024",
          title: "Kế hoạch năm 2024",
          state: "draft",
        },
        { actor: "test" },
      );
    },
  },
);
