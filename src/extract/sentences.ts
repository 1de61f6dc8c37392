/**
 * Sentences of a report text, and the bracket structure inside one sentence. The splitter is a
 * single linear pass: a report of tens of pages goes through it in milliseconds.
 */

export interface Sentence {
  /** The sentence text, untrimmed, exactly as it sits in the normalised passage. */
  text: string;
  /** Offset of the sentence in the normalised passage. */
  start: number;
}

/** Abbreviations after which a "." does not end a sentence: "TP. Hồ Chí Minh", "ThS. Lê". */
const ABBREVIATIONS = new Set(["tp", "tx", "ths", "ts", "pgs", "gs", "bs", "q", "p", "st", "tt", "đ/c"]);

/**
 * Normalises a passage for matching: NFC, no-break and other spaces folded to " ", line breaks
 * kept (they end sentences), zero-width characters dropped. Offsets refer to this text.
 */
export function normalizePassage(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u200b-\u200d\ufeff]/g, "")
    .replace(/[^\S\n]/g, " ");
}

function wordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && /[\p{L}\p{M}/]/u.test(text[i - 1]!)) i--;
  return text.slice(i, at).toLowerCase();
}

/**
 * Splits a normalised passage into sentences: at line breaks, at "!" or "?", and at "." or "…"
 * followed by white space (a "." between digits is a number's separator, never a boundary).
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number, next: number) => {
    if (/\S/.test(text.slice(start, end))) sentences.push({ text: text.slice(start, end), start });
    start = next;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\n") {
      push(i, i + 1);
    } else if (ch === "!" || ch === "?" || ch === "…") {
      if (i + 1 >= text.length || /\s/.test(text[i + 1]!)) push(i + 1, i + 1);
    } else if (ch === ".") {
      const next = text[i + 1];
      if (next !== undefined && next !== " ") continue;
      if (ABBREVIATIONS.has(wordBefore(text, i))) continue;
      push(i + 1, i + 1);
    }
  }
  push(text.length, text.length);
  return sentences;
}

/**
 * For each position of a text, the offset of the innermost open "(" or "[" around it, or -1.
 * Only brackets that close count: a stray "(" or ")" changes nothing.
 */
export function bracketOpenings(text: string): Int32Array {
  const closes = new Int32Array(text.length).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "(" || ch === "[") stack.push(i);
    else if ((ch === ")" || ch === "]") && stack.length > 0) closes[stack.pop()!] = i;
  }
  const open = new Int32Array(text.length + 1).fill(-1);
  const active: number[] = [];
  for (let i = 0; i < text.length; i++) {
    while (active.length > 0 && closes[active[active.length - 1]!]! < i) active.pop();
    open[i] = active.length > 0 ? active[active.length - 1]! : -1;
    if (closes[i]! >= 0) active.push(i);
  }
  while (active.length > 0 && closes[active[active.length - 1]!]! < text.length) active.pop();
  open[text.length] = -1;
  return open;
}
