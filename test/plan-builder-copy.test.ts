/**
 * The plan builder's "copy last year's plan" (issue 16, part 1), through its use-case: the
 * indicators, their order and forms carried into a new draft plan; the figures carried or left
 * blank as chosen; only by a planner over the plan's unit.
 */
import { expect, it } from "vitest";
import { copyPlan } from "../src/app/copy-plan.ts";
import { saveTargets } from "../src/app/save-targets.ts";
import { findPlan, listTargets } from "../src/db/plans.ts";
import { describeStore } from "./support/engines.ts";
import { CALLERS, COMMUNE, PLAN_ID, seedCommunePlan } from "./support/plan-builder.ts";

describeStore("copying last year's plan", import.meta.filename, (ctx) => {
  const seed = async () => {
    await seedCommunePlan(ctx.store.db);
    await saveTargets(
      ctx.store.db,
      PLAN_ID,
      [
        {
          indicator: "budget_revenue",
          spec: { kind: "gte", value: 40.6 },
          responsibleAgency: "Phòng Tài chính - Kế hoạch",
          provenance: "Kế hoạch số 05/KH-UBND, mục II.2",
          notes: "Không kể thu tiền sử dụng đất",
        },
        {
          indicator: "rice_output",
          spec: { kind: "unknown" },
          parts: [{ indicator: "rice_output", spec: { kind: "gte", value: 3000 }, horizon: "each_year" }],
        },
        { indicator: "poverty_rate", spec: { kind: "lte", value: 0.8, strict: true } },
      ],
      { actor: "test" },
    );
  };

  it("carries indicators, order and forms into a draft of the next year, figures blank", async () => {
    await seed();
    const { plan, targets } = await copyPlan(
      ctx.store.db,
      { from: PLAN_ID, period: "2027", values: "blank" },
      CALLERS.planner,
    );
    expect(plan).toMatchObject({ period: "2027", unitId: COMMUNE, state: "draft", kind: "annual_plan" });
    expect(plan.title).toBe("Kế hoạch phát triển kinh tế - xã hội năm 2027");
    expect(targets.map((t) => [t.indicatorCode, t.spec.kind])).toEqual([
      ["budget_revenue", "unknown"],
      ["rice_output", "unknown"],
      ["rice_output", "unknown"],
      ["poverty_rate", "unknown"],
    ]);
    expect(targets[2]!.form).toEqual({ horizon: "each_year", partOf: targets[1]!.id });
    // The agency and the notes go on; the provenance named the old plan's clause and does not.
    expect(targets[0]).toMatchObject({
      responsibleAgency: "Phòng Tài chính - Kế hoạch",
      notes: "Không kể thu tiền sử dụng đất",
    });
    expect(targets[0]!.provenance).toBeUndefined();
    expect(targets.every((t) => t.period === "2027")).toBe(true);
    // The old plan is as it was.
    expect((await listTargets(ctx.store.db, { planIds: [PLAN_ID] }))[0]!.spec).toEqual({
      kind: "gte",
      value: 40.6,
    });
  });

  it("carries the figures when asked", async () => {
    await seed();
    const { targets } = await copyPlan(
      ctx.store.db,
      { from: PLAN_ID, period: "2027", values: "carry", id: "rach-kien-2027" },
      CALLERS.planner,
    );
    expect(targets.map((t) => t.spec)).toEqual([
      { kind: "gte", value: 40.6 },
      { kind: "unknown" },
      { kind: "gte", value: 3000 },
      { kind: "lte", value: 0.8, strict: true },
    ]);
  });

  it("lets only a planner over the plan's unit copy it", async () => {
    await seed();
    const input = { from: PLAN_ID, period: "2027", values: "blank" as const, id: "copy" };
    await expect(copyPlan(ctx.store.db, input, CALLERS.plannerElsewhere)).rejects.toMatchObject({
      code: "not_found",
    });
    for (const who of [CALLERS.officer, CALLERS.reviewer]) {
      await expect(copyPlan(ctx.store.db, input, who)).rejects.toMatchObject({ code: "forbidden" });
    }
    expect(await findPlan(ctx.store.db, "copy")).toBeUndefined();
  });
});
