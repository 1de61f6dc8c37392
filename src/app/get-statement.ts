/** One statement of the review queue, with its suggested indicator. */
import { findStatement } from "../db/statements.ts";
import { notFound } from "./errors.ts";
import { type ReviewedStatement, withSuggestions } from "./suggest-indicators.ts";
import type { Db } from "./transaction.ts";
import type { Visibility } from "./visibility.ts";

/** Officers' material (visibility.ts). */
export async function getStatement(db: Db, who: Visibility, id: string): Promise<ReviewedStatement> {
  who.checkOfficerMaterial("statement", id, "id");
  const found = await findStatement(db, id);
  if (!found) throw notFound("statement", id, "id");
  const [reviewed] = await withSuggestions(db, [found]);
  return reviewed!;
}
