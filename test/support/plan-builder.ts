/**
 * What the plan builder's tests start from: the fixture catalogue, a few indicators a commune's
 * plan names, a 2026 draft plan of the commune Rạch Kiến (28114, under the new Tây Ninh), and the
 * callers of the permission cases: a planner over the commune, one over another commune, an
 * officer and a reviewer over the commune. Target lines come from ../shared/eval/targets-dev.json,
 * read by path when a test runs (its texts are not copied into the project).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Principal } from "../../src/app/auth/principal.ts";
import { createIndicator } from "../../src/app/indicators.ts";
import { loadCatalogue } from "../../src/app/load-catalogue.ts";
import { createPlan } from "../../src/app/plans.ts";
import type { WriteContext } from "../../src/app/write-context.ts";
import type { Db } from "../../src/db/schema.ts";
import type { Role } from "../../src/domain/roles.ts";
import { FIXTURE_CATALOGUE } from "../fixtures/catalogue.ts";
import {
  BUDGET_REVENUE,
  ECONOMIC_GROWTH,
  INCOME_PER_HEAD,
  POVERTY_RATE,
  RICE,
} from "../fixtures/indicators.ts";

export const COMMUNE = "28114@2025-07-01";
export const OTHER_COMMUNE = "28126@2025-07-01";
export const PROVINCE = "80@2025-07-01";
export const PLAN_ID = "rach-kien-2026";

const caller = (name: string, role: Role, unitId: string | null): WriteContext => {
  const principal: Principal = { userId: name, name, grants: [{ role, unitId }] };
  return { actor: name, principal };
};

export const CALLERS = {
  planner: caller("ke-hoach-rach-kien", "planner", COMMUNE),
  plannerElsewhere: caller("ke-hoach-long-cang", "planner", OTHER_COMMUNE),
  officer: caller("nhap-lieu-rach-kien", "officer", COMMUNE),
  reviewer: caller("duyet-rach-kien", "reviewer", COMMUNE),
  provincePlanner: caller("ke-hoach-tinh", "planner", PROVINCE),
} as const;

export async function seedCommunePlan(db: Db): Promise<void> {
  const sys = { actor: "test" };
  await loadCatalogue(db, FIXTURE_CATALOGUE, { actor: "test", source: "fixture" });
  for (const indicator of [RICE, BUDGET_REVENUE, INCOME_PER_HEAD, POVERTY_RATE, ECONOMIC_GROWTH])
    await createIndicator(db, indicator, sys);
  await createPlan(
    db,
    {
      id: PLAN_ID,
      kind: "annual_plan",
      unit: COMMUNE,
      period: "2026",
      title: "Kế hoạch phát triển kinh tế - xã hội năm 2026",
      state: "draft",
    },
    sys,
  );
}

interface DevList {
  id: string;
  period: { type: "annual" | "term"; from: number; to: number };
  targets: { id: string; target_text: string }[];
}

const DEV_FILE = path.resolve(import.meta.dirname, "../../../shared/eval/targets-dev.json");

/** The target words of one list of the development set, by the list's id. */
export function devList(id: string): DevList {
  const lists = (JSON.parse(readFileSync(DEV_FILE, "utf8")) as { lists: DevList[] }).lists;
  const list = lists.find((l) => l.id === id);
  if (!list) throw new Error(`${DEV_FILE}: no list ${id}`);
  return list;
}
