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

/** A suggestion with the indicator's names and its unit of measure. */
export type NamedSuggestion = Suggestion & { name: { vi: string; en: string }; unit: string };

export interface ReviewedStatement extends StatementRecord {
  suggestion?: NamedSuggestion;
}

/**
 * Suggests an indicator for a phrase; with `fits`, the best of those it accepts (a figure in %
 * is a rate, not rice output in tấn), or when none of them matches, the best of all.
 */
export type Suggest = (
  phrase: string,
  fits?: (indicator: Indicator) => boolean,
) => NamedSuggestion | undefined;

/** The catalogue as it is now, and a function suggesting one of its indicators for a phrase. */
export async function indicatorMatcher(db: Db | Trx): Promise<{
  indicators: ReadonlyMap<string, Indicator>;
  suggest: Suggest;
}> {
  const indicators = (await listIndicators(db)).map((r) => r.indicator);
  const nameOf = (i: Indicator) => ({ code: i.code, nameVi: i.name.vi });
  const names = indicators.map(nameOf);
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const named = (suggestion: Suggestion | undefined) =>
    suggestion && {
      ...suggestion,
      name: byCode.get(suggestion.code)!.name,
      unit: byCode.get(suggestion.code)!.unit,
    };
  return {
    indicators: byCode,
    suggest: (phrase, fits) => {
      const fitting = fits ? suggestIndicator(phrase, indicators.filter(fits).map(nameOf)) : undefined;
      return named(fitting ?? suggestIndicator(phrase, names));
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
