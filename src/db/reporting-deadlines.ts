/** A province's own reporting deadlines (migration 0010), one row per kind of report. */
import type { DeadlineRule, ReportKind } from "../domain/reporting-calendar.ts";
import type { Db } from "./schema.ts";

export async function listDeadlineRules(
  db: Db,
  provinceId: string,
): Promise<Partial<Record<ReportKind, DeadlineRule>>> {
  const rows = await db
    .selectFrom("reporting_deadlines")
    .selectAll()
    .where("province_id", "=", provinceId)
    .execute();
  const rules: Partial<Record<ReportKind, DeadlineRule>> = {};
  for (const r of rows) {
    rules[r.kind as ReportKind] = {
      required: r.required,
      cutoffDay: r.cutoff_day,
      dueDay: r.due_day,
      dueMonthsAfter: r.due_months_after,
      basis: r.basis,
    };
  }
  return rules;
}

export async function upsertDeadlineRule(
  db: Db,
  provinceId: string,
  kind: ReportKind,
  rule: DeadlineRule,
  updatedBy: string,
): Promise<void> {
  const values = {
    required: rule.required,
    cutoff_day: rule.cutoffDay,
    due_day: rule.dueDay,
    due_months_after: rule.dueMonthsAfter,
    basis: rule.basis,
    updated_by: updatedBy,
  };
  await db
    .insertInto("reporting_deadlines")
    .values({ province_id: provinceId, kind, ...values })
    .onConflict((oc) =>
      oc.columns(["province_id", "kind"]).doUpdateSet({ ...values, updated_at: new Date().toISOString() }),
    )
    .execute();
}
