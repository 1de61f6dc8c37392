/**
 * A province sets its own reporting deadlines (thời hạn gửi báo cáo), kind by kind, over the
 * defaults of src/domain/reporting-calendar.ts: a reviewer of the province (workflow.review over
 * it) or an administrator. Every rule is checked before any is written; one transaction, audited.
 */
import { appendAudit } from "../db/audit.ts";
import { listDeadlineRules, upsertDeadlineRule } from "../db/reporting-deadlines.ts";
import type { AdminUnit } from "../domain/admin-units.ts";
import { FieldError } from "../domain/field-error.ts";
import {
  checkDeadlineRule,
  type DeadlineRule,
  REPORT_KINDS,
  type ReportingRules,
  type ReportKind,
} from "../domain/reporting-calendar.ts";
import { can } from "./auth/principal.ts";
import { invalidField } from "./errors.ts";
import { provinceRules } from "./reporting-board.ts";
import { type Db, inTransaction } from "./transaction.ts";
import { resolveUnit } from "./units.ts";
import type { Visibility } from "./visibility.ts";
import { authorize, type WriteContext } from "./write-context.ts";

/**
 * A province's deadlines as its form shows them: the rules (its own over the defaults), and
 * whether the caller may change them (a reviewer of the province). Officers' material.
 */
export async function readReportingDeadlines(
  db: Db,
  who: Visibility,
  input: { province: string; at: string },
): Promise<{ province: AdminUnit; rules: ReportingRules; mayChange: boolean }> {
  who.checkOfficerMaterial("province", input.province, "province");
  const province = await resolveProvince(db, input.province, input.at);
  const mayChange = who.principal ? await can(db, who.principal, "workflow.review", province.id) : false;
  return { province, rules: await provinceRules(db, province.id), mayChange };
}

async function resolveProvince(db: Db, ref: string, at: string): Promise<AdminUnit> {
  const province = await resolveUnit(db, ref, at, "province");
  if (province.level !== "province") {
    throw invalidField("province", `${ref} is a ${province.level}, not a province`);
  }
  return province;
}

export async function setReportingDeadlines(
  db: Db,
  input: { province: string; at: string; rules: Partial<Record<ReportKind, DeadlineRule>> },
  ctx: WriteContext,
) {
  const checked: [ReportKind, DeadlineRule][] = [];
  for (const kind of REPORT_KINDS) {
    const rule = input.rules[kind];
    if (!rule) continue;
    try {
      checked.push([kind, checkDeadlineRule(rule, `rules.${kind}`)]);
    } catch (error) {
      if (error instanceof FieldError) throw invalidField(error.field, error.message);
      throw error;
    }
  }
  const province = await resolveProvince(db, input.province, input.at);
  return inTransaction(db, async (trx) => {
    await authorize(trx, ctx, "workflow.review", province.id);
    const before = await listDeadlineRules(trx, province.id);
    for (const [kind, rule] of checked) await upsertDeadlineRule(trx, province.id, kind, rule, ctx.actor);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: "update",
      entity: "reporting_deadlines",
      entityId: province.id,
      before: { unitId: province.id, rules: before },
      after: { unitId: province.id, rules: Object.fromEntries(checked) },
    });
    return provinceRules(trx, province.id);
  });
}
