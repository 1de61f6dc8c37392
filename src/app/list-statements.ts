/** The review queue: statements by source and status, each with its suggested indicator. */
import { listStatements as listRows, type ReviewStatus } from "../db/statements.ts";
import { type ReviewedStatement, withSuggestions } from "./suggest-indicators.ts";
import type { Db } from "./transaction.ts";
import type { Visibility } from "./visibility.ts";

/** Officers' material: 401 without a session, 404 to a caller without draft rights. */
export async function listStatements(
  db: Db,
  who: Visibility,
  filter: { sourceId?: string | undefined; status?: ReviewStatus | undefined },
): Promise<ReviewedStatement[]> {
  who.checkOfficerMaterial("review queue", filter.sourceId ?? "", "source");
  return withSuggestions(
    db,
    await listRows(db, {
      ...(filter.sourceId ? { sourceId: filter.sourceId } : {}),
      ...(filter.status ? { status: filter.status } : {}),
    }),
  );
}
