/**
 * The units and periods the store holds plans for: the portal's "latest reports" and a unit's
 * list of scorecards. Illustrative plans are listed apart, flagged.
 */
import { listPlans } from "../db/plans.ts";
import { findUnitsByIds } from "../db/units.ts";
import type { AdminUnit } from "../domain/admin-units.ts";
import { periodBounds } from "./periods.ts";
import type { Db } from "./transaction.ts";
import type { Visibility } from "./visibility.ts";

export interface AssessedPeriod {
  unit: AdminUnit;
  period: string;
  /** The period's last day: where the unit's code is read. */
  end: string;
  illustrative: boolean;
}

export async function listAssessed(
  db: Db,
  who: Visibility,
  filter: { unitIds?: string[]; illustrative?: boolean } = {},
): Promise<AssessedPeriod[]> {
  const plans = await who.plans(await listPlans(db, filter.unitIds ? { unitIds: filter.unitIds } : {}));
  const seen = new Map<string, { unitId: string; period: string; illustrative: boolean }>();
  for (const p of plans) {
    if (filter.illustrative !== undefined && p.illustrative !== filter.illustrative) continue;
    const key = `${p.unitId}/${p.period}`;
    if (!seen.has(key)) seen.set(key, { unitId: p.unitId, period: p.period, illustrative: p.illustrative });
  }
  const units = new Map(
    (await findUnitsByIds(db, [...new Set([...seen.values()].map((s) => s.unitId))])).map((u) => [u.id, u]),
  );
  return [...seen.values()]
    .filter((s) => units.has(s.unitId))
    .map((s) => ({
      unit: units.get(s.unitId)!,
      period: s.period,
      end: periodBounds(s.period).end,
      illustrative: s.illustrative,
    }))
    .sort((a, b) => b.end.localeCompare(a.end) || a.unit.code.localeCompare(b.unit.code));
}
