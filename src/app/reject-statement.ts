/**
 * Rejecting a statement of the review queue, with the reason: nothing else is written. A
 * statement already decided is a conflict (409); the If-Match must name its current version.
 */
import { appendAudit } from "../db/audit.ts";
import { findStatement, markRejected, type StatementRecord } from "../db/statements.ts";
import { canAnywhere, forbidden } from "./auth/principal.ts";
import { alreadyDecided, invalidField, notFound } from "./errors.ts";
import { type Db, inTransaction } from "./transaction.ts";
import { checkIfMatch, type WriteContext } from "./write-context.ts";

export async function rejectStatement(
  db: Db,
  id: string,
  reason: string,
  ctx: WriteContext,
): Promise<StatementRecord> {
  return inTransaction(db, async (trx) => {
    const current = await findStatement(trx, id, true);
    if (!current) throw notFound("statement", id, "id");
    if (current.status !== "pending") throw alreadyDecided(current.id, current.status, current.observationId);
    // A source belongs to no unit: any grant that may write sources will do.
    if (ctx.principal && !canAnywhere(ctx.principal, "source.write")) throw forbidden("source.write");
    checkIfMatch(ctx, current.version);
    const why = reason.trim();
    if (!why) throw invalidField("reason", "say why the statement is rejected");
    const rejected = await markRejected(trx, id, current.version, why, ctx.actor);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: "reject",
      entity: "statement",
      entityId: id,
      before: { status: current.status, extracted: current.extracted },
      after: { status: rejected.status },
      reason: why,
    });
    return rejected;
  });
}
