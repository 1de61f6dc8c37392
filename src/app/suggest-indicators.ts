/**
 * Catalogue indicators suggested for phrases: for the statements of the review queue, read when
 * asked (the catalogue may have grown since the source was submitted), and for the targets of a
 * pasted or uploaded plan. The method is the one of src/domain/suggest-indicator.ts.
 */
import { listIndicators } from "../db/indicators.ts";
import type { StatementRecord } from "../db/statements.ts";
import { type Suggestion, suggestIndicator } from "../domain/suggest-indicator.ts";
import type { Indicator } from "../domain/types.ts";
import type { Db, Trx } from "./transaction.ts";

export type NamedSuggestion = Suggestion & { name: { vi: string; en: string } };

export interface ReviewedStatement extends StatementRecord {
  suggestion?: NamedSuggestion;
}

/** The catalogue as it is now, and a function suggesting one of its indicators for a phrase. */
export async function indicatorMatcher(db: Db | Trx): Promise<{
  indicators: ReadonlyMap<string, Indicator>;
  suggest: (phrase: string) => NamedSuggestion | undefined;
}> {
  const indicators = (await listIndicators(db)).map((r) => r.indicator);
  const names = indicators.map((i) => ({ code: i.code, nameVi: i.name.vi }));
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  return {
    indicators: byCode,
    suggest: (phrase) => {
      const suggestion = suggestIndicator(phrase, names);
      return suggestion && { ...suggestion, name: byCode.get(suggestion.code)!.name };
    },
  };
}

export async function withSuggestions(
  db: Db | Trx,
  records: readonly StatementRecord[],
): Promise<ReviewedStatement[]> {
  if (records.length === 0) return [];
  const { suggest } = await indicatorMatcher(db);
  return records.map((record) => {
    const suggestion = suggest(record.extracted.indicator);
    return suggestion ? { ...record, suggestion } : record;
  });
}
