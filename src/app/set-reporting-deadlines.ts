/**
 * A province sets its own reporting deadlines (thời hạn gửi báo cáo), kind by kind, over the
 * defaults of src/domain/reporting-calendar.ts: a reviewer of the province (workflow.review over
 * it) or an administrator. Every rule is checked before any is written; one transaction, audited.
 */
import { appendAudit } from "../db/audit.ts";
import { listDeadlineRules, upsertDeadlineRule } from "../db/reporting-deadlines.ts";
import { FieldError } from "../domain/field-error.ts";
import {
  checkDeadlineRule,
  type DeadlineRule,
  REPORT_KINDS,
  type ReportKind,
} from "../domain/reporting-calendar.ts";
import { invalidField } from "./errors.ts";
import { provinceRules } from "./reporting-board.ts";
import { type Db, inTransaction } from "./transaction.ts";
import { resolveUnit } from "./units.ts";
import { authorize, type WriteContext } from "./write-context.ts";

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
  const province = await resolveUnit(db, input.province, input.at, "province");
  if (province.level !== "province") {
    throw invalidField("province", `${input.province} is a ${province.level}, not a province`);
  }
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
