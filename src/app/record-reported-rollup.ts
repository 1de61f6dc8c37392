/**
 * Accepting a roll-up statement of the review queue ("Năm 2023 có 23/24 chỉ tiêu đạt và vượt kế
 * hoạch"): it states no figure, so it is recorded as the source's reported roll-up of a plan, kept
 * beside the roll-up the store computes ("Báo cáo: 23/24" on the scorecard). The plan names the
 * unit and the period; the row keeps the statement's words and its source. One transaction: the
 * reported roll-up, the decision on the statement, and the audit entries of both.
 *
 * Recording what a unit reports is an officer's write (observation.write over the plan's unit); a
 * plan the caller may not see is a 404, as a missing id; a period submitted, approved or published
 * takes no new roll-up until a reviewer returns it, as it takes no figure. A statement that states no roll-up is a
 * 422 naming `extracted.met`; one already decided is a 409.
 */
import { randomUUID } from "node:crypto";
import { appendAudit } from "../db/audit.ts";
import { findPlan } from "../db/plans.ts";
import { insertReportedRollup, type ReportedRollup } from "../db/sources.ts";
import { markAccepted, type StatementRecord } from "../db/statements.ts";
import { pendingStatement } from "./accept-statement.ts";
import { invalidField, notFound } from "./errors.ts";
import { type Db, inTransaction } from "./transaction.ts";
import { checkPeriodOpen } from "./workflow.ts";
import { authorizeExisting, type WriteContext } from "./write-context.ts";

export interface RecordRollupResult {
  statement: StatementRecord;
  reported: ReportedRollup;
}

export async function recordReportedRollup(
  db: Db,
  id: string,
  input: { planId: string },
  ctx: WriteContext,
): Promise<RecordRollupResult> {
  return inTransaction(db, async (trx) => {
    const current = await pendingStatement(trx, id, ctx);
    const { met, total, rollup_status: status } = current.extracted;
    if (met === undefined || total === undefined) {
      throw invalidField("extracted.met", "the statement states no roll-up (“23/24 chỉ tiêu”) to record");
    }
    const plan = await findPlan(trx, input.planId);
    const missing = () => notFound("plan", input.planId, "planId");
    if (!plan) throw missing();
    await authorizeExisting(trx, ctx, "observation.write", plan.unitId, missing);
    // What a unit reports for a period is locked with its figures once submitted (workflow.ts).
    await checkPeriodOpen(trx, plan.unitId, plan.period);
    const reported: ReportedRollup = {
      id: randomUUID(),
      planId: plan.id,
      unitId: plan.unitId,
      period: plan.period,
      met,
      total,
      status: status ?? "met_or_exceeded",
      statement: current.sentence.text,
      sourceId: current.sourceId,
    };
    await insertReportedRollup(trx, reported);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: "create",
      entity: "reported_rollup",
      entityId: reported.id,
      after: reported,
      reason: `recorded from statement ${id}`,
    });
    const mapping = { planId: plan.id, unitId: plan.unitId, period: plan.period, met, total };
    const accepted = await markAccepted(trx, id, current.version, {
      mapping,
      edited: false,
      reportedRollupId: reported.id,
      targetIds: [],
      decidedBy: ctx.actor,
    });
    await appendAudit(trx, {
      actor: ctx.actor,
      action: "accept",
      entity: "statement",
      entityId: id,
      before: { status: current.status, extracted: current.extracted },
      after: { status: accepted.status, mapping, reportedRollupId: reported.id },
      reason: ctx.reason,
    });
    return { statement: accepted, reported };
  });
}
