/**
 * A planner who needs an indicator the catalogue lacks asks for it (catalogue.request); an
 * administrator over every unit (catalogue.write) approves it, as asked or amended, which writes
 * the indicator, or rejects it with a reason. Until approved, nothing else sees the indicator:
 * requests live apart from the catalogue (migration 0011).
 */
import { appendAudit } from "../db/audit.ts";
import {
  decideIndicatorRequest,
  findIndicatorRequest,
  hasOpenIndicatorRequest,
  type IndicatorRequestRecord,
  type IndicatorRequestState,
  insertIndicatorRequest,
  listIndicatorRequests as listRows,
} from "../db/indicator-requests.ts";
import type { Indicator } from "../domain/types.ts";
import { can, canAnywhere, forbidden, type Principal } from "./auth/principal.ts";
import { conflict, invalidField, notFound } from "./errors.ts";
import { checkNewIndicator, insertIndicatorIn } from "./indicators.ts";
import { type Db, inTransaction } from "./transaction.ts";
import { authorize, type WriteContext } from "./write-context.ts";

export type { IndicatorRequestRecord, IndicatorRequestState };

/** Refuses (403) a caller who may not ask for an indicator (a page's form, before it is filled). */
export function requireIndicatorRequest(who: Principal | undefined): void {
  if (who && !canAnywhere(who, "catalogue.request")) throw forbidden("catalogue.request");
}

/** Asks for a new indicator; refused when the code is taken or already asked for. */
export async function requestIndicator(
  db: Db,
  input: { proposal: Indicator; reason?: string | undefined },
  ctx: WriteContext,
): Promise<IndicatorRequestRecord> {
  requireIndicatorRequest(ctx.principal);
  return inTransaction(db, async (trx) => {
    await checkNewIndicator(trx, input.proposal);
    if (await hasOpenIndicatorRequest(trx, input.proposal.code)) {
      throw conflict(`indicator ${input.proposal.code} is already requested`, { field: "code" });
    }
    const created = await insertIndicatorRequest(trx, {
      proposal: input.proposal,
      reason: input.reason?.normalize("NFC").trim() || undefined,
      requestedBy: ctx.actor,
    });
    await appendAudit(trx, {
      actor: ctx.actor,
      action: "create",
      entity: "indicator_request",
      entityId: created.id,
      after: { proposal: created.proposal, reason: created.reason },
    });
    return created;
  });
}

/**
 * Requests the caller may see: an administrator of the catalogue every one (each `decidable`), a
 * requester their own; newest first.
 */
export async function listIndicatorRequests(
  db: Db,
  who: Principal | undefined,
  filter: { state?: IndicatorRequestState } = {},
): Promise<(IndicatorRequestRecord & { decidable: boolean })[]> {
  if (!who || (await can(db, who, "catalogue.write"))) {
    return (await listRows(db, filter)).map((r) => ({ ...r, decidable: true }));
  }
  requireIndicatorRequest(who);
  return (await listRows(db, { ...filter, requestedBy: who.userId })).map((r) => ({
    ...r,
    decidable: false,
  }));
}

async function openRequest(trx: Db, id: string): Promise<IndicatorRequestRecord> {
  const request = await findIndicatorRequest(trx, id, true);
  if (!request) throw notFound("indicator request", id, "id");
  if (request.state !== "requested")
    throw conflict(`request ${id} is already ${request.state}`, { field: "state" });
  return request;
}

/** Approves a request: writes the indicator (as asked, or as the administrator amended it). */
export async function approveIndicatorRequest(
  db: Db,
  id: string,
  ctx: WriteContext,
  amended?: Indicator,
): Promise<IndicatorRequestRecord> {
  return inTransaction(db, async (trx) => {
    await authorize(trx, ctx, "catalogue.write");
    const request = await openRequest(trx, id);
    const indicator = amended ?? request.proposal;
    if (indicator.code !== request.proposal.code)
      throw invalidField("code", "the code of a request stays as asked");
    await insertIndicatorIn(trx, indicator, ctx);
    await decideIndicatorRequest(trx, id, { state: "approved", decidedBy: ctx.actor, proposal: indicator });
    await appendAudit(trx, {
      actor: ctx.actor,
      action: "accept",
      entity: "indicator_request",
      entityId: id,
      before: { proposal: request.proposal },
      after: { state: "approved", indicator },
    });
    return (await findIndicatorRequest(trx, id))!;
  });
}

/** Rejects a request; the reason is required and shown to the requester. */
export async function rejectIndicatorRequest(
  db: Db,
  id: string,
  reason: string,
  ctx: WriteContext,
): Promise<IndicatorRequestRecord> {
  const note = reason.normalize("NFC").trim();
  if (!note) throw invalidField("reason", "say why the request is rejected");
  return inTransaction(db, async (trx) => {
    await authorize(trx, ctx, "catalogue.write");
    await openRequest(trx, id);
    await decideIndicatorRequest(trx, id, { state: "rejected", decidedBy: ctx.actor, note });
    await appendAudit(trx, {
      actor: ctx.actor,
      action: "reject",
      entity: "indicator_request",
      entityId: id,
      after: { state: "rejected" },
      reason: note,
    });
    return (await findIndicatorRequest(trx, id))!;
  });
}
