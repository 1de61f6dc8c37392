/**
 * Clauses of a target's words (vế của chỉ tiêu): the stretch of text a figure belongs to, and the
 * clauses with no figure that still set a goal ("…, nâng cao chất lượng rừng"). A clause ends at
 * ";", ", ", ". ", a bracket or "trong đó", which is where target lists put a new part.
 */

const BOUNDARY = /;|,(?=\s|$)|\.(?=\s|$)|[()]|trong đó/giu;

/** A clause's place in the text. */
export interface Clause {
  start: number;
  end: number;
}

function boundaries(text: string): Array<{ at: number; length: number; mark: string }> {
  const marks: Array<{ at: number; length: number; mark: string }> = [];
  for (const m of text.matchAll(BOUNDARY)) marks.push({ at: m.index, length: m[0].length, mark: m[0] });
  return marks;
}

/** The clause around text[start, end). */
export function clauseAround(text: string, start: number, end: number): Clause {
  let from = 0;
  let to = text.length;
  for (const b of boundaries(text)) {
    if (b.at + b.length <= start) from = b.at + b.length;
    else if (b.at >= end) {
      to = b.at;
      break;
    }
  }
  return { start: from, end: to };
}

/**
 * A figure alone in brackets right after another ("tăng 04 doanh nghiệp (0,7 lần) so với năm
 * 2015") shares the clause of the words around the brackets.
 */
export function isBracketedAside(text: string, start: number, end: number): boolean {
  return /\(\s*$/u.test(text.slice(0, start)) && /^\s*\)/u.test(text.slice(end));
}

/** The words around a bracketed aside, as if the brackets were not there. */
export function contextAroundAside(
  text: string,
  start: number,
  end: number,
): { before: string; after: string } {
  const open = text.lastIndexOf("(", start);
  const close = text.indexOf(")", end);
  const outer = clauseAround(text, open, open);
  const next = clauseAround(text, close + 1, close + 1);
  return { before: text.slice(outer.start, open), after: text.slice(close + 1, next.end) };
}

/** Verbs that open a goal with no number ("duy trì", "nâng cao", "giữ vững"…). */
const GOAL_VERBS =
  /^(?:phấn đấu\s+)?(?:duy trì|giữ vững|nâng cao|xây dựng|bảo đảm|đảm bảo|tăng cường|đẩy mạnh|hoàn thành|phát triển|cải thiện|củng cố|thực hiện|nâng chất)(?![\p{L}\p{M}])/iu;

/** Top-level clauses (split at ";" and ", " outside brackets) with their places. */
export function topClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === ";" || (c === "," && /\s/.test(text[i + 1] ?? " ")))) {
      clauses.push({ start: from, end: i });
      from = i + 1;
    }
  }
  clauses.push({ start: from, end: text.length });
  return clauses;
}

/** Whether a clause with no figure sets a goal of its own ("nâng cao chất lượng rừng"). */
export function isGoalClause(words: string): boolean {
  return GOAL_VERBS.test(words.trim());
}
