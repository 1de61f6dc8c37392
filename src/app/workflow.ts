/**
 * The workflow of a unit's period: the officer submits (nộp), the reviewer returns it for
 * revision with a comment (trả lại), approves (phê duyệt) or publishes (công bố). From submission
 * on, the period is locked for that unit: no value is recorded or corrected until it is returned.
 */
import { appendAudit } from "../db/audit.ts";
import { findWorkflow, upsertWorkflow, type WorkflowRecord } from "../db/workflow.ts";
import { breaksSeparationOfDuties, isLocked, TRANSITIONS, type WorkflowAction } from "../domain/workflow.ts";
import { AppError, invalidField } from "./errors.ts";
import { type Db, inTransaction, type Trx } from "./transaction.ts";
import { authorize, type WriteContext } from "./write-context.ts";

export { isLocked, WORKFLOW_ACTIONS, type WorkflowAction } from "../domain/workflow.ts";

/** Refuses a write to a unit's period that is submitted, approved or published. */
export async function checkPeriodOpen(trx: Trx | Db, unitId: string, period: string): Promise<void> {
  const current = await findWorkflow(trx, unitId, period);
  if (current && isLocked(current.state)) {
    throw new AppError(
      "period_locked",
      `period ${period} of unit ${unitId} is ${current.state}: it is locked until a reviewer returns it`,
      { field: "period", state: current.state },
    );
  }
}

export async function getWorkflow(db: Db | Trx, unitId: string, period: string): Promise<WorkflowRecord> {
  return (
    (await findWorkflow(db, unitId, period)) ?? {
      unitId,
      period,
      state: "draft",
      comment: null,
      updatedBy: "",
      version: 0,
      updatedAt: "",
      submittedAt: null,
    }
  );
}

export async function moveWorkflow(
  db: Db,
  input: { unitId: string; period: string; action: WorkflowAction; comment?: string | undefined },
  ctx: WriteContext,
): Promise<WorkflowRecord> {
  const rule = TRANSITIONS[input.action];
  const comment = input.comment?.normalize("NFC").trim() || null;
  if (input.action === "return" && !comment) throw invalidField("comment", "say what needs revising");
  return inTransaction(db, async (trx) => {
    await authorize(trx, ctx, rule.permission, input.unitId);
    const before = (await findWorkflow(trx, input.unitId, input.period, true)) ?? null;
    const state = before?.state ?? "draft";
    if (!rule.from.includes(state)) {
      throw new AppError("invalid_transition", `cannot ${input.action} a period that is ${state}`, {
        field: "action",
        state,
      });
    }
    // The last move of a submitted period is its submission: who made it may not approve it.
    if (
      ctx.separateDuties !== false &&
      breaksSeparationOfDuties(input.action, before?.updatedBy, ctx.actor)
    ) {
      throw new AppError(
        "separation_of_duties",
        "the account that submitted this period may not approve it: another reviewer must",
        { field: "action", state },
      );
    }
    await upsertWorkflow(trx, {
      unitId: input.unitId,
      period: input.period,
      state: rule.to,
      comment,
      updatedBy: ctx.actor,
    });
    const after = (await findWorkflow(trx, input.unitId, input.period))!;
    await appendAudit(trx, {
      actor: ctx.actor,
      action: "update",
      entity: "workflow",
      entityId: `${input.unitId}/${input.period}`,
      before: before ? { state: before.state, unitId: input.unitId } : undefined,
      after: { state: after.state, unitId: input.unitId, period: input.period, action: input.action },
      reason: comment ?? undefined,
    });
    return after;
  });
}
