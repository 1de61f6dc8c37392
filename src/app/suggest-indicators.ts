/**
 * Statements of the review queue with the catalogue indicator suggested for each, read when
 * asked (the catalogue may have grown since the source was submitted). The method is the one of
 * src/domain/suggest-indicator.ts.
 */
import { listIndicators } from "../db/indicators.ts";
import type { StatementRecord } from "../db/statements.ts";
import { type Suggestion, suggestIndicator } from "../domain/suggest-indicator.ts";
import type { Db, Trx } from "./transaction.ts";

export interface ReviewedStatement extends StatementRecord {
  suggestion?: Suggestion & { name: { vi: string; en: string } };
}

export async function withSuggestions(
  db: Db | Trx,
  records: readonly StatementRecord[],
): Promise<ReviewedStatement[]> {
  if (records.length === 0) return [];
  const indicators = (await listIndicators(db)).map((r) => r.indicator);
  const names = indicators.map((i) => ({ code: i.code, nameVi: i.name.vi }));
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  return records.map((record) => {
    const suggestion = suggestIndicator(record.extracted.indicator, names);
    if (!suggestion) return record;
    return { ...record, suggestion: { ...suggestion, name: byCode.get(suggestion.code)!.name } };
  });
}
