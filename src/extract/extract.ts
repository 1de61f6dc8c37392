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
  return dropRepeatsOf(statements, (s) => s);
}

/** {@link dropRepeats} over items that carry a statement (and where it was read). */
function dropRepeatsOf<T>(items: T[], statementOf: (item: T) => Statement): T[] {
  const kept: (T | null)[] = [];
  const byFigure = new Map<string, number[]>();
  for (const item of items) {
    const s = statementOf(item);
    const key = `${s.value}|${s.unit}|${s.met}|${s.total}|${s.comparisons.map((c) => c.percent).join(",")}`;
    const bucket = byFigure.get(key) ?? [];
    // Repeats sit close together (a headline and its lead): the last few of a bucket suffice.
    const twin = bucket.slice(-8).find((i) => sameFigure(statementOf(kept[i]!), s));
    if (twin === undefined) {
      bucket.push(kept.length);
      byFigure.set(key, bucket);
      kept.push(item);
    } else if (statementOf(kept[twin]!).period === null && s.period !== null) kept[twin] = item;
  }
  return kept.filter((item): item is T => item !== null);
}

/** A sentence that opens by pointing back at the one before: "Theo đó, …", "So với cùng kỳ, …". */
const CONTINUES = /^\s*(?:theo\s+đó|so\s+(?:với\s+)?[^,]{1,40},)/iu;

/** A statement and the sentence it was read from: offsets into the normalised passage. */
export interface LocatedStatement {
  statement: Statement;
  sentence: { text: string; start: number; end: number };
}

/**
 * Reads the statements of a passage, each with its sentence (trimmed) and that sentence's
 * offsets in `text`, the normalised passage (NFC, spaces folded) that the offsets refer to.
 */
/**
 * What the source says of itself: the unit and the period it was added for (or that its title
 * names). A statement whose text states no locality or period takes these.
 */
export interface SourceDefaults {
  locality?: string | null | undefined;
  period?: string | null | undefined;
}

/** The place and period a source's title names ("Báo cáo KT-XH huyện Cần Đước năm 2023"). */
export function defaultsFromTitle(title: string): SourceDefaults {
  const text = normalizePassage(title);
  const place = findLocalities(text, bracketOpenings(text)).find((l) => !l.generic);
  const period = findPeriods(text)[0];
  return { locality: place?.text ?? null, period: period?.text ?? null };
}

export function extractLocated(
  input: string,
  defaults: SourceDefaults = {},
): { text: string; statements: LocatedStatement[] } {
  const text = normalizePassage(input);
  const openings = bracketOpenings(text);
  const sentences = splitSentences(text);
  const context: PassageContext = {
    text,
    periods: findPeriods(text, openings),
    localities: findLocalities(text, openings),
    targetList: false,
    leadEnd: sentences[0] ? sentences[0].start + sentences[0].text.length : 0,
  };
  const located: LocatedStatement[] = [];
  for (const sentence of sentences) {
    let statements = readSentence(sentence, context);
    if (statements.length === 0) continue;
    // "… đạt 464 tỷ đồng. Theo đó, tổng thu … bằng 58,55% dự toán", "Với 76 tỷ USD, … . So với
    // cùng kỳ, kim ngạch … tăng 30,6%": a sentence that opens by pointing back gives its first,
    // percent-only statement to the figure the sentence before ended on.
    const first = statements[0]!;
    const before = context.previous?.[context.previous.length - 1];
    if (
      CONTINUES.test(sentence.text) &&
      before &&
      before.value !== null &&
      before.comparisons.length === 0 &&
      first.value === null &&
      first.met === undefined &&
      first.value_range === undefined &&
      first.comparisons.length > 0
    ) {
      before.comparisons.push(...first.comparisons);
      if (before.evidence && first.evidence?.comparisons)
        before.evidence.comparisons = first.evidence.comparisons;
      before.locality ??= first.locality;
      statements = statements.slice(1);
      if (statements.length === 0) continue;
    }
    context.previous = statements;
    const lead = sentence.text.length - sentence.text.trimStart().length;
    const trimmed = sentence.text.trim();
    const start = sentence.start + lead;
    const where = { text: trimmed, start, end: start + trimmed.length };
    for (const statement of statements) located.push({ statement, sentence: where });
  }
  for (const { statement } of located) {
    const evidence = statement.evidence;
    if (statement.locality === null && defaults.locality) {
      statement.locality = defaults.locality;
      if (evidence) evidence.locality = "source";
    }
    if (statement.period === null && defaults.period) {
      statement.period = defaults.period;
      if (evidence) evidence.period = "source";
    }
  }
  return { text, statements: dropRepeatsOf(located, (l) => l.statement) };
}

/** Reads the statements of a passage of report text; `defaults` as for {@link extractLocated}. */
export function extractStatements(input: string, defaults: SourceDefaults = {}): ExtractionResult {
  return { statements: extractLocated(input, defaults).statements.map((l) => l.statement) };
}
