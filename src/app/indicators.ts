/** Use-cases on indicators: create, update, delete; each one transaction, audited. */
import { appendAudit } from "../db/audit.ts";
import {
  deleteIndicator as deleteRow,
  findIndicator,
  type IndicatorRecord,
  insertIndicator,
  isIndicatorUsed,
  updateIndicator as updateRow,
} from "../db/indicators.ts";
import type { Indicator } from "../domain/types.ts";
import { findUnit as findUnitOfMeasure } from "../domain/units-of-measure.ts";
import type { Principal } from "./auth/principal.ts";
import { conflict, invalidField, notFound, unknownReference } from "./errors.ts";
import { type Db, inTransaction, type Trx } from "./transaction.ts";
import { authorize, checkIfMatch, type WriteContext } from "./write-context.ts";

/**
 * Refuses (403) a caller who may not write the catalogue (catalogue.write over every unit): a
 * page's form, before it is filled.
 */
export async function requireCatalogueWrite(db: Db, who: Principal): Promise<void> {
  await authorize(db, { actor: who.userId, principal: who }, "catalogue.write");
}

function checkUnitOfMeasure(unit: string): void {
  if (!findUnitOfMeasure(unit)) throw unknownReference("unit", "unit of measure", unit);
}

/** Checks what a new indicator must be: a known unit of measure, a code not taken. */
export async function checkNewIndicator(trx: Trx, input: Indicator): Promise<void> {
  checkUnitOfMeasure(input.unit);
  if (await findIndicator(trx, input.code))
    throw conflict(`indicator ${input.code} already exists`, { field: "code" });
}

/** Writes a new indicator with its audit entry, in the caller's transaction, once authorised. */
export async function insertIndicatorIn(
  trx: Trx,
  input: Indicator,
  ctx: WriteContext,
): Promise<IndicatorRecord> {
  await checkNewIndicator(trx, input);
  const created = await insertIndicator(trx, input);
  await appendAudit(trx, {
    actor: ctx.actor,
    action: "create",
    entity: "indicator",
    entityId: input.code,
    after: created.indicator,
  });
  return created;
}

export async function createIndicator(db: Db, input: Indicator, ctx: WriteContext): Promise<IndicatorRecord> {
  return inTransaction(db, async (trx) => {
    await authorize(trx, ctx, "catalogue.write");
    return insertIndicatorIn(trx, input, ctx);
  });
}

export async function updateIndicator(
  db: Db,
  code: string,
  input: Omit<Indicator, "code">,
  ctx: WriteContext,
): Promise<IndicatorRecord> {
  return inTransaction(db, async (trx) => {
    const current = await findIndicator(trx, code, true);
    if (!current) throw notFound("indicator", code, "code");
    await authorize(trx, ctx, "catalogue.write");
    checkIfMatch(ctx, current.version);
    checkUnitOfMeasure(input.unit);
    // Targets and results written without a unit of their own are read in the indicator's: a new
    // unit would silently turn 88.800 tấn into 88.800 nghìn tấn, or make them impossible to judge.
    if (input.unit !== current.indicator.unit && (await isIndicatorUsed(trx, code))) {
      throw invalidField(
        "unit",
        `indicator ${code} has targets or observations in ${current.indicator.unit}: its unit cannot change`,
        "in_use",
      );
    }
    const updated = await updateRow(trx, { ...input, code }, current.version);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: "update",
      entity: "indicator",
      entityId: code,
      before: current.indicator,
      after: updated.indicator,
      reason: ctx.reason,
    });
    return updated;
  });
}

export async function deleteIndicator(db: Db, code: string, ctx: WriteContext): Promise<void> {
  await inTransaction(db, async (trx) => {
    const current = await findIndicator(trx, code, true);
    if (!current) throw notFound("indicator", code, "code");
    await authorize(trx, ctx, "catalogue.write");
    checkIfMatch(ctx, current.version);
    if (await isIndicatorUsed(trx, code)) {
      throw conflict(`indicator ${code} has targets or observations: it cannot be deleted`, {
        field: "code",
      });
    }
    await deleteRow(trx, code);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: "delete",
      entity: "indicator",
      entityId: code,
      before: current.indicator,
      reason: ctx.reason,
    });
  });
}
