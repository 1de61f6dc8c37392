/**
 * Where a published figure came from (issue 16, "the public scorecard shows the figures with their
 * sources"): a figure the commune's officer typed in the entry form has no document behind it, so
 * the scorecard names the commune's own report, the figure's stage, the day it was entered and
 * the officer's note, in the reader's language. (A figure read from a report keeps that report:
 * test/e2e/planner-year.test.ts, step 8.)
 */
import { expect, it } from "vitest";
import { createPlan, createTarget } from "../src/app/plans.ts";
import { moveWorkflow } from "../src/app/workflow.ts";
import type { WriteContext } from "../src/app/write-context.ts";
import { INCOME_PER_HEAD } from "./fixtures/indicators.ts";
import { client } from "./support/api.ts";
import { describeStore } from "./support/engines.ts";
import { CALLERS, COMMUNE, seedCommunePlan } from "./support/plan-builder.ts";

const PLAN = "rach-kien-2026-adopted";
const OFFICER = { userId: "nhap-lieu-rach-kien", grants: [{ role: "officer" as const, unitId: COMMUNE }] };
const NOTE = "Theo số liệu điều tra mức sống hộ gia đình năm 2026";

/** The text of the scorecard row naming `indicator`. */
function row(page: string, indicator: string): string {
  const rows = page.split("<tr").filter((r) => r.includes(indicator));
  return (rows[0] ?? "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ");
}

describeStore(
  "the source of a figure on the public scorecard",
  import.meta.filename,
  (ctx) => {
    it("names the commune's own report, stage, day and note for a figure typed in the entry form", async () => {
      const officer = client(ctx.store, OFFICER);
      const entry = `/workspace/entry/${PLAN}?period=2026`;
      const form = await officer.page(entry);
      const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)?.[1] ?? "";
      const target = /name="value-([^"]+)"/.exec(form.text)?.[1] ?? "";
      expect(target).not.toBe("");
      const saved = await officer.raw(entry, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({
          _csrf: csrf,
          target,
          [`value-${target}`]: "80,5",
          [`qualifier-${target}`]: "exact",
          [`stage-${target}`]: "estimate",
          [`note-${target}`]: NOTE,
        }).toString(),
      });
      expect(saved.status).toBe(303);
      expect(saved.headers.get("location")).toContain("saved=1");
      // Submitted, approved and published: only then is the commune's figure public.
      const move = (action: "submit" | "approve" | "publish", ctxOf: WriteContext) =>
        moveWorkflow(ctx.store.db, { unitId: COMMUNE, period: "2026", action }, ctxOf);
      await move("submit", CALLERS.officer);
      await move("approve", CALLERS.reviewer);
      await move("publish", CALLERS.reviewer);

      const vi = row((await client(ctx.store, null).page("/vi/units/28114/2026")).text, "Thu nhập");
      expect(vi).toContain("80,5");
      expect(vi).toMatch(
        new RegExp(
          `Báo cáo của UBND xã Rạch Kiến \\(số liệu ước tính, nhập ngày \\d{2}/\\d{2}/\\d{4}\\); ghi chú: ${NOTE}`,
          "u",
        ),
      );
      const en = row((await client(ctx.store, null).page("/en/units/28114/2026")).text, "Income");
      expect(en).toContain("Report of the People's Committee of");
      expect(en).toContain(`(estimate, entered`);
      expect(en).toContain(`note: ${NOTE}`);
    });
  },
  {
    seed: async (store) => {
      await seedCommunePlan(store.db);
      const sys = { actor: "test" };
      await createPlan(
        store.db,
        {
          id: PLAN,
          kind: "resolution",
          unit: COMMUNE,
          period: "2026",
          title: "Nghị quyết về nhiệm vụ năm 2026",
          state: "adopted",
          number: "05/NQ-HĐND",
          date: "2026-01-10",
        },
        sys,
      );
      await createTarget(
        store.db,
        { planId: PLAN, indicator: INCOME_PER_HEAD.code, spec: { kind: "gte", value: 78 } },
        { ...sys, reason: "thêm chỉ tiêu khi lập nghị quyết" },
      );
    },
  },
);
