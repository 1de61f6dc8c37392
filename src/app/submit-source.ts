/**
 * Submitting a source (a report, a resolution, an article): recorded, and when its text comes
 * with it, the text kept (normalised) and read by src/extract into statements that wait in the
 * review queue, each with its sentence and offsets. One transaction, audited.
 */
import { randomUUID } from "node:crypto";
import { appendAudit } from "../db/audit.ts";
import { findSources, insertSource, type SourceData } from "../db/sources.ts";
import {
  insertSourceText,
  insertStatements,
  listStatements,
  type PendingStatement,
} from "../db/statements.ts";
import { findUnitByCode, findUnitById } from "../db/units.ts";
import { defaultsFromTitle, extractLocated, type SourceDefaults } from "../extract/extract.ts";
import { canAnywhere, forbidden } from "./auth/principal.ts";
import { conflict, unknownReference } from "./errors.ts";
import { type ReviewedStatement, withSuggestions } from "./suggest-indicators.ts";
import { type Db, inTransaction } from "./transaction.ts";
import type { WriteContext } from "./write-context.ts";

export interface SubmitSourceInput extends Omit<SourceData, "id"> {
  id?: string | undefined;
  /** The text to read statements from. */
  text?: string | undefined;
  /** The unit (code or id) the source is about: the locality of statements that name none. */
  unit?: string | undefined;
  /** The period the source is about, as written ("năm 2023"): for statements that state none. */
  period?: string | undefined;
}

export interface SourceWithStatements {
  source: SourceData;
  /** The text as stored (NFC, spaces folded): the statements' offsets refer to it. */
  text?: string;
  statements: ReviewedStatement[];
}

export async function submitSource(
  db: Db,
  input: SubmitSourceInput,
  ctx: WriteContext,
): Promise<SourceWithStatements> {
  return inTransaction(db, async (trx) => {
    // A source belongs to no unit: any grant that may write sources will do.
    if (ctx.principal && !canAnywhere(ctx.principal, "source.write")) throw forbidden("source.write");
    const { text: given, unit, period, ...data } = input;
    const id = data.id ?? randomUUID();
    if ((await findSources(trx, [id])).length > 0)
      throw conflict(`source ${id} already exists`, { field: "id" });
    await insertSource(trx, { ...data, id });
    const [source] = await findSources(trx, [id]);
    let text: string | undefined;
    if (given !== undefined) {
      // The source's own context, then its title, for statements that state no place or period.
      const defaults: SourceDefaults = defaultsFromTitle(data.title);
      if (unit !== undefined) {
        const at = data.date ?? new Date().toISOString().slice(0, 10);
        const found = (await findUnitByCode(trx, unit, at)) ?? (await findUnitById(trx, unit));
        if (!found) throw unknownReference("unit", "unit", unit);
        defaults.locality = `${found.kind} ${found.name}`;
      }
      if (period !== undefined) defaults.period = period;
      const extraction = extractLocated(given, defaults);
      text = extraction.text;
      await insertSourceText(trx, id, text);
      const pending: PendingStatement[] = extraction.statements.map((located, position) => ({
        id: randomUUID(),
        sourceId: id,
        position,
        sentence: located.sentence,
        extracted: located.statement,
      }));
      await insertStatements(trx, pending);
    }
    const statements = await withSuggestions(trx, await listStatements(trx, { sourceId: id }));
    await appendAudit(trx, {
      actor: ctx.actor,
      action: "create",
      entity: "source",
      entityId: id,
      after: {
        ...source,
        ...(text !== undefined ? { textLength: text.length } : {}),
        statementIds: statements.map((s) => s.id),
      },
    });
    return { source: source!, ...(text !== undefined ? { text } : {}), statements };
  });
}
