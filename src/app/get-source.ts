/** A source with its text and the statements read from it (with suggested indicators). */
import { findSources } from "../db/sources.ts";
import { findSourceText, listStatements } from "../db/statements.ts";
import { notFound } from "./errors.ts";
import type { SourceWithStatements } from "./submit-source.ts";
import { withSuggestions } from "./suggest-indicators.ts";
import type { Db } from "./transaction.ts";
import type { Visibility } from "./visibility.ts";

/** Officers' material (visibility.ts): a source's text and its statements. */
export async function getSource(db: Db, who: Visibility, id: string): Promise<SourceWithStatements> {
  who.checkOfficerMaterial("source", id, "id");
  const [source] = await findSources(db, [id]);
  if (!source) throw notFound("source", id, "id");
  const text = await findSourceText(db, id);
  const statements = await withSuggestions(db, await listStatements(db, { sourceId: id }));
  return { source, ...(text !== undefined ? { text } : {}), statements };
}
