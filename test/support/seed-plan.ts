/**
 * The store the xlsx import and workspace tests start from: the fixture catalogue, rice output
 * (sản lượng lúa), and one unit's 2023 annual plan (kế hoạch năm) with a single rice target.
 */
import { createIndicator } from "../../src/app/indicators.ts";
import { loadCatalogue } from "../../src/app/load-catalogue.ts";
import { createPlan, createTarget, type PlanInput } from "../../src/app/plans.ts";
import type { Db } from "../../src/db/schema.ts";
import { FIXTURE_CATALOGUE } from "../fixtures/catalogue.ts";
import { RICE } from "../fixtures/indicators.ts";

export interface RicePlanSeed {
  planId: string;
  /** Unit code, as createPlan reads it. */
  unit: string;
  state: PlanInput["state"];
  targetId: string;
  /** Tonnes: the target is "at least" this much. */
  atLeast: number;
  /** Why the target was set, for the audit log; none when the test does not look. */
  reason?: string;
}

export async function seedRicePlan(db: Db, seed: RicePlanSeed): Promise<void> {
  const sys = { actor: "test" };
  await loadCatalogue(db, FIXTURE_CATALOGUE, { actor: "test", source: "fixture" });
  await createIndicator(db, RICE, sys);
  await createPlan(
    db,
    {
      id: seed.planId,
      kind: "annual_plan",
      unit: seed.unit,
      period: "2023",
      title: "Kế hoạch năm 2023",
      state: seed.state,
    },
    sys,
  );
  await createTarget(
    db,
    {
      id: seed.targetId,
      planId: seed.planId,
      indicator: RICE.code,
      spec: { kind: "gte", value: seed.atLeast },
    },
    seed.reason ? { ...sys, reason: seed.reason } : sys,
  );
}
