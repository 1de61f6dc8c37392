/** One statement of the review queue, with its suggested indicator. */
import { findStatement } from "../db/statements.ts";
import { notFound } from "./errors.ts";
import { type ReviewedStatement, withSuggestions } from "./suggest-indicators.ts";
import type { Db } from "./transaction.ts";

export async function getStatement(db: Db, id: string): Promise<ReviewedStatement> {
  const found = await findStatement(db, id);
  if (!found) throw notFound("statement", id, "id");
  const [reviewed] = await withSuggestions(db, [found]);
  return reviewed!;
}
