/** Use-case on sources: recording one (a plan document, a report, an article), audited. */
import { randomUUID } from "node:crypto";
import { appendAudit } from "../db/audit.ts";
import { findSources, insertSource, type SourceData } from "../db/sources.ts";
import { canAnywhere, forbidden } from "./auth/principal.ts";
import { conflict } from "./errors.ts";
import { type Db, inTransaction } from "./transaction.ts";
import type { WriteContext } from "./write-context.ts";

export async function createSource(
  db: Db,
  input: Omit<SourceData, "id"> & { id?: string | undefined },
  ctx: WriteContext,
): Promise<SourceData> {
  if (ctx.principal && !canAnywhere(ctx.principal, "source.write")) throw forbidden("source.write");
  return inTransaction(db, async (trx) => {
    const id = input.id ?? randomUUID();
    if ((await findSources(trx, [id])).length > 0)
      throw conflict(`source ${id} already exists`, { field: "id" });
    await insertSource(trx, { ...input, id });
    const [created] = await findSources(trx, [id]);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: "create",
      entity: "source",
      entityId: id,
      after: created,
    });
    return created!;
  });
}
