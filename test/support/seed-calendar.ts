/** The store the reporting calendar's page tests start from. */
import { sql } from "kysely";
import { createIndicator } from "../../src/app/indicators.ts";
import { loadCatalogue } from "../../src/app/load-catalogue.ts";
import { createPlan, createTarget } from "../../src/app/plans.ts";
import type { Db } from "../../src/app/transaction.ts";
import { moveWorkflow } from "../../src/app/workflow.ts";
import { FIXTURE_CATALOGUE } from "../fixtures/catalogue.ts";
import { RICE } from "../fixtures/indicators.ts";

export const PROVINCE = "80@-2025-06-30";
export const CAN_DUOC = "806@-2025-06-30";
export const KIEN_TUONG = "795@-2025-06-30";

/**
 * Cần Đước (806) and Kiến Tường (795), in Long An (80), each with an adopted 2023 plan of one rice
 * target. Cần Đước's officer (`officer`) sends January's report on the 19th (due the 20th) and
 * February's on the 25th (due the 20th: late); Kiến Tường sends nothing.
 */
export async function seedCalendar(db: Db, officer: string): Promise<void> {
  const sys = { actor: "test", reason: "Nghị quyết HĐND giao" };
  await loadCatalogue(db, FIXTURE_CATALOGUE, { actor: "test", source: "fixture" });
  await createIndicator(db, RICE, sys);
  for (const unit of ["806", "795"]) {
    const id = `kh-${unit}`;
    await createPlan(
      db,
      { id, kind: "annual_plan", unit, period: "2023", title: "Kế hoạch năm 2023", state: "adopted" },
      sys,
    );
    await createTarget(db, { planId: id, indicator: RICE.code, spec: { kind: "gte", value: 88_800 } }, sys);
  }
  for (const [period, at] of [
    ["2023-01", "2023-01-19T03:00:00Z"],
    ["2023-02", "2023-02-25T03:00:00Z"],
  ] as const) {
    await moveWorkflow(
      db,
      { unitId: CAN_DUOC, period, action: "submit" },
      {
        actor: officer,
        principal: { userId: officer, name: officer, grants: [{ role: "officer", unitId: CAN_DUOC }] },
      },
    );
    await sql`update period_workflow set submitted_at = ${at} where unit_id = ${CAN_DUOC} and period = ${period}`.execute(
      db,
    );
  }
}
