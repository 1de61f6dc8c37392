/**
 * Vietnamese report text → statements (shared/eval/README.md). Pure: no I/O, no state between
 * calls. A passage is normalised (NFC, spaces), split into sentences, and each sentence read by
 * the grammar of ./statements.ts; repeated statements (a headline that repeats the lead) are
 * kept once.
 */
import { findLocalities } from "./locality.ts";
import { findPeriods } from "./period.ts";
import { bracketOpenings, normalizePassage, splitSentences } from "./sentences.ts";
import { type PassageContext, readSentence } from "./statements.ts";
import type { ExtractionResult, Statement } from "./types.ts";

const wordsOf = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .split(/[^\p{L}\p{M}\d]+/u)
      .filter(Boolean),
  );

function sameFigure(a: Statement, b: Statement): boolean {
  if (a.value !== b.value || a.unit !== b.unit || a.met !== b.met || a.total !== b.total) return false;
  const key = (s: Statement) =>
    s.comparisons
      .map((c) => `${c.percent}|${c.basis}|${c.direction ?? ""}`)
      .sort()
      .join(";");
  if (key(a) !== key(b)) return false;
  const wa = wordsOf(a.indicator);
  const wb = wordsOf(b.indicator);
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared >= Math.max(1, Math.min(wa.size, wb.size) * 0.6);
}

/** Drops a statement that repeats an earlier one (same figures, similar indicator). */
export function dropRepeats(statements: Statement[]): Statement[] {
  const kept: (Statement | null)[] = [];
  const byFigure = new Map<string, number[]>();
  for (const s of statements) {
    const key = `${s.value}|${s.unit}|${s.met}|${s.total}|${s.comparisons.map((c) => c.percent).join(",")}`;
    const bucket = byFigure.get(key) ?? [];
    // Repeats sit close together (a headline and its lead): the last few of a bucket suffice.
    const twin = bucket.slice(-8).find((i) => sameFigure(kept[i]!, s));
    if (twin === undefined) {
      bucket.push(kept.length);
      byFigure.set(key, bucket);
      kept.push(s);
    } else if (kept[twin]!.period === null && s.period !== null) kept[twin] = s;
  }
  return kept.filter((s): s is Statement => s !== null);
}

/** Reads the statements of a passage of report text. */
export function extractStatements(input: string): ExtractionResult {
  const text = normalizePassage(input);
  const context: PassageContext = {
    text,
    periods: findPeriods(text),
    localities: findLocalities(text, bracketOpenings(text)),
    targetList: false,
  };
  const statements: Statement[] = [];
  for (const sentence of splitSentences(text)) statements.push(...readSentence(sentence, context));
  return { statements: dropRepeats(statements) };
}
