/** The review queue: statements by source and status, each with its suggested indicator. */
import { listStatements as listRows, type ReviewStatus } from "../db/statements.ts";
import { type ReviewedStatement, withSuggestions } from "./suggest-indicators.ts";
import type { Db } from "./transaction.ts";

export async function listStatements(
  db: Db,
  filter: { sourceId?: string | undefined; status?: ReviewStatus | undefined },
): Promise<ReviewedStatement[]> {
  return withSuggestions(
    db,
    await listRows(db, {
      ...(filter.sourceId ? { sourceId: filter.sourceId } : {}),
      ...(filter.status ? { status: filter.status } : {}),
    }),
  );
}
