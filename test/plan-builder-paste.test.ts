/**
 * The plan builder's "paste the resolution's text" (issue 16, part 1), through its use-cases:
 * target lines of a real commune resolution (../shared/eval/targets-dev.json, read by path) come
 * back as drafts beside their sentences, matched to the catalogue where the words allow and
 * naming what they could not give; a confirmed list is saved in one transaction or not at all,
 * and only by a planner over the plan's unit.
 */
import { sql } from "kysely";
import { expect, it } from "vitest";
import { readTargetList } from "../src/app/read-target-list.ts";
import { saveTargets, type TargetToSave } from "../src/app/save-targets.ts";
import { isComplete, toTargetToSave } from "../src/app/target-drafts.ts";
import type { Store } from "../src/db/connect.ts";
import { listTargets } from "../src/db/plans.ts";
import { describeStore } from "./support/engines.ts";
import { CALLERS, devList, PLAN_ID, seedCommunePlan } from "./support/plan-builder.ts";

/** A commune's 2026 list pasted as an officer copies it: numbered, under a group heading. */
function pasted(): { text: string; ids: string[] } {
  const list = devList("dev-comm-tanhoa-2026");
  const lines = list.targets.map((t, i) => `${i + 1}. ${t.target_text}`);
  return { text: ["I. CÁC CHỈ TIÊU CHỦ YẾU", ...lines].join("\n"), ids: list.targets.map((t) => t.id) };
}

async function counts(store: Store): Promise<{ targets: number; audit: number }> {
  const { rows } = await sql<{ t: number; a: number }>`
    select (select count(*)::int from targets) as t, (select count(*)::int from audit_log) as a`.execute(
    store.db,
  );
  return { targets: rows[0]!.t, audit: rows[0]!.a };
}

describeStore(
  "pasting a resolution's target list",
  import.meta.filename,
  (ctx) => {
    it("reads each line into a draft beside its sentence, with the catalogue's indicator where the words name one", async () => {
      const { text } = pasted();
      const drafts = await readTargetList(ctx.store.db, { text, period: "2026" });
      // The heading is not a target; each numbered line is one, its line number kept.
      expect(drafts.map((d) => d.line)).toEqual([2, 3, 4, 5, 6, 7]);
      const revenue = drafts[0]!;
      expect(revenue.text.startsWith("1.")).toBe(false);
      expect(revenue.indicator?.code).toBe("budget_revenue");
      expect(revenue.spec).toEqual({ kind: "gte", value: 40.6 });
      expect(revenue.unitOfMeasure).toBe("tỷ đồng");
      expect(revenue.sentence.vi).toContain("40,6 tỷ đồng");
      expect(revenue.sentence.en).toContain("40.6 tỷ đồng");
      expect(revenue.missing).toEqual([]);
      const poverty = drafts.find((d) => d.indicator?.code === "poverty_rate")!;
      expect(poverty.spec).toMatchObject({ kind: "lte" });
      expect(poverty.sentence.vi).toContain("thấp hơn là tốt");
      // "tỷ lệ giải ngân … 100% kế hoạch giao": no such indicator, and "% kế hoạch giao" is no unit.
      const disbursement = drafts[1]!;
      expect(disbursement.indicator).toBeUndefined();
      expect(disbursement.missing).toEqual(["indicator", "unit_of_measure"]);
      // Nothing was written.
      expect(await counts(ctx.store)).toMatchObject({ targets: 0 });
    });

    it("reads a 'trong đó' breakdown as a whole with its parts", async () => {
      const herd = devList("dev-comm-loku-2021-2025").targets.find((t) => /gia súc/u.test(t.target_text))!;
      const [draft] = await readTargetList(ctx.store.db, { text: herd.target_text, period: "2021-2025" });
      expect(draft!.spec).toEqual({ kind: "unknown" });
      expect(draft!.horizon).toBe("term_end");
      expect(draft!.parts!.length).toBeGreaterThanOrEqual(3);
      expect(draft!.parts!.every((p) => p.spec.kind === "gte")).toBe(true);
    });

    it("refuses a period that is none, naming the field", async () => {
      await expect(readTargetList(ctx.store.db, { text: "x", period: "năm nay" })).rejects.toMatchObject({
        code: "invalid",
        details: { field: "period" },
      });
    });

    it("saves the confirmed drafts in order after the plan's own; a part under its whole", async () => {
      const drafts = await readTargetList(ctx.store.db, { text: pasted().text, period: "2026" });
      const confirmed = drafts.filter(isComplete).map(toTargetToSave);
      expect(confirmed.length).toBeGreaterThanOrEqual(3);
      const composite: TargetToSave = {
        indicator: "rice_output",
        spec: { kind: "unknown" },
        parts: [
          { indicator: "rice_output", spec: { kind: "gte", value: 5000 } },
          { indicator: "rice_output", spec: { kind: "gte", value: 3000 }, horizon: "each_year" },
        ],
      };
      const written = await saveTargets(ctx.store.db, PLAN_ID, [...confirmed, composite], CALLERS.planner);
      const stored = await listTargets(ctx.store.db, { planIds: [PLAN_ID] });
      expect(stored.map((t) => t.id)).toEqual(written.map((t) => t.id));
      expect(stored.slice(0, confirmed.length).map((t) => t.indicatorCode)).toEqual(
        confirmed.map((t) => t.indicator),
      );
      const whole = stored[confirmed.length]!;
      expect(stored.slice(-2).map((t) => t.form?.partOf)).toEqual([whole.id, whole.id]);
      expect(stored.at(-1)!.form?.horizon).toBe("each_year");
      // One audit entry per target written.
      expect(await counts(ctx.store)).toMatchObject({ targets: stored.length });
    });

    it("writes nothing when one target of the list is refused, and names it", async () => {
      const before = await counts(ctx.store);
      const list: TargetToSave[] = [
        { indicator: "budget_revenue", spec: { kind: "gte", value: 40.6 } },
        { indicator: "poverty_rate", spec: { kind: "lte", value: 0.8 } },
        { indicator: "no_such_indicator", spec: { kind: "gte", value: 1 } },
      ];
      await expect(saveTargets(ctx.store.db, PLAN_ID, list, CALLERS.planner)).rejects.toMatchObject({
        code: "unknown_reference",
        details: { field: "targets[2].indicator" },
      });
      const parts: TargetToSave[] = [
        {
          indicator: "rice_output",
          spec: { kind: "unknown" },
          parts: [{ indicator: "rice_output", spec: { kind: "gte", value: 1 }, unitOfMeasure: "thúng" }],
        },
      ];
      await expect(saveTargets(ctx.store.db, PLAN_ID, parts, CALLERS.planner)).rejects.toMatchObject({
        details: { field: "targets[0].parts[0].unitOfMeasure" },
      });
      expect(await counts(ctx.store)).toEqual(before);
    });

    it("lets only a planner over the plan's unit save: elsewhere the plan is not there, other roles are refused", async () => {
      const list: TargetToSave[] = [{ indicator: "budget_revenue", spec: { kind: "gte", value: 40.6 } }];
      const before = await counts(ctx.store);
      await expect(saveTargets(ctx.store.db, PLAN_ID, list, CALLERS.plannerElsewhere)).rejects.toMatchObject({
        code: "not_found",
      });
      for (const who of [CALLERS.officer, CALLERS.reviewer]) {
        await expect(saveTargets(ctx.store.db, PLAN_ID, list, who)).rejects.toMatchObject({
          code: "forbidden",
        });
      }
      expect(await counts(ctx.store)).toEqual(before);
      // The province's planner covers the commune under it.
      await expect(saveTargets(ctx.store.db, PLAN_ID, list, CALLERS.provincePlanner)).resolves.toHaveLength(
        1,
      );
    });
  },
  { seed: (store) => seedCommunePlan(store.db) },
);
