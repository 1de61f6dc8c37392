/**
 * The words right before a figure: the verb that ties it to its indicator (đạt, tăng, giảm,
 * vượt, bằng, chiếm, là, …), the qualifier (trên, hơn, gần, khoảng, dưới, từ … trở lên), and
 * whether it is an estimate (ước, ước đạt, dự kiến, …).
 */
import type { Qualifier } from "./types.ts";

/** A verb as the grammar uses it; several spellings map to one. */
export type Verb =
  | "reach" // đạt, đạt mức, thực hiện, được
  | "equal" // bằng, tương đương
  | "increase" // tăng, cao hơn, nhiều hơn
  | "decrease" // giảm, thấp hơn, ít hơn
  | "exceed" // vượt
  | "share" // chiếm
  | "be" // là, có, ":", với, cho, phấn đấu
  | "down_to" // giảm xuống còn, còn
  | "up_to" // tăng lên
  | "times"; // gấp

const VERBS: [string, Verb][] = [
  ["giảm xuống còn", "down_to"],
  ["giảm xuống", "down_to"],
  ["giảm còn", "down_to"],
  ["xuống còn", "down_to"],
  ["tăng lên", "up_to"],
  ["cao hơn", "increase"],
  ["nhiều hơn", "increase"],
  ["thấp hơn", "decrease"],
  ["ít hơn", "decrease"],
  ["tương đương", "equal"],
  ["tương ứng", "equal"],
  // "với mức tăng 11,51%": the level of a growth rate, not a change of a level.
  ["mức tăng trưởng", "be"],
  ["mức tăng", "be"],
  ["mức giảm", "be"],
  ["đạt mức", "reach"],
  ["ở mức", "reach"],
  ["thực hiện", "reach"],
  ["phấn đấu", "be"],
  ["đạt", "reach"],
  ["bằng", "equal"],
  ["tăng", "increase"],
  ["giảm", "decrease"],
  ["vượt", "exceed"],
  ["chiếm", "share"],
  ["gấp", "times"],
  ["còn", "down_to"],
  ["được", "reach"],
  ["là", "be"],
  ["có", "be"],
  ["với", "be"],
  ["cho", "be"],
  [":", "be"],
];
const VERB_OF = new Map(VERBS);

const QUALIFIERS: [string, Qualifier][] = [
  ["trên dưới", "about"],
  ["xấp xỉ", "nearly"],
  ["gần như", "nearly"],
  ["chưa đến", "less_than"],
  ["chưa tới", "less_than"],
  ["tối đa", "less_than"],
  ["không quá", "less_than"],
  ["ít nhất", "at_least"],
  ["tối thiểu", "at_least"],
  ["khoảng", "about"],
  ["chừng", "about"],
  ["trên", "more_than"],
  ["hơn", "more_than"],
  ["gần", "nearly"],
  ["dưới", "less_than"],
  ["từ", "at_least"],
];
const QUALIFIER_OF = new Map(QUALIFIERS);

const alternatives = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/\s+/g, String.raw`\s+`))
    .join("|");
const NOT_LETTER = String.raw`(?<![\p{L}\p{M}])`;
const BASIS_BEFORE = String.raw`(?:so\s+(?:với\s+)?)?(?:(?:mục\s+tiêu|chỉ\s+tiêu)\s+)?(?:nghị\s+quyết|NQ|kế\s+hoạch|KH|dự\s+toán|cùng\s+kỳ)(?:\s+[\p{L}\p{M}]+){0,4}?`;
/** Adverbs between a verb and its figure: "tăng mạnh 46,7%", "giảm bình quân 1,41%", "tăng thêm 225 tỷ". */
const ADVERB = String.raw`(?:\s+(?:mạnh|nhẹ|thêm|bình\s+quân|trung\s+bình|đều|liên\s+tục))?`;
const PREFIX = new RegExp(
  String.raw`(?:${NOT_LETTER}(${alternatives(VERBS.map(([w]) => w).filter((w) => w !== ":"))})|(:))${ADVERB}(?:\s+(${BASIS_BEFORE}))?\s*(?:${NOT_LETTER}(${alternatives(QUALIFIERS.map(([w]) => w))})\s+)?$|${NOT_LETTER}(${alternatives(QUALIFIERS.map(([w]) => w))})\s+$`,
  "iu",
);

export interface Prefix {
  verb: Verb | null;
  /** The verb as written, lower-cased ("đạt", "tăng", ":"). */
  verbText: string | null;
  qualifier: Qualifier | null;
  /** Offset in the examined text where the verb (or the qualifier) begins. */
  start: number;
  /** A basis written between the verb and the figure: "vượt mục tiêu Nghị quyết 0,36%". */
  basisBefore: string | null;
}

/** Reads the verb, basis and qualifier at the end of `head`, the text right before a figure. */
export function readPrefix(head: string): Prefix {
  const match = PREFIX.exec(head);
  if (!match) return { verb: null, verbText: null, qualifier: null, start: head.length, basisBefore: null };
  const verbText = (match[1] ?? match[2])?.toLowerCase().replace(/\s+/g, " ") ?? null;
  const qualifierText = (match[4] ?? match[5])?.toLowerCase().replace(/\s+/g, " ") ?? null;
  return {
    verb: verbText ? (VERB_OF.get(verbText) ?? null) : null,
    verbText,
    qualifier: qualifierText ? (QUALIFIER_OF.get(qualifierText) ?? null) : null,
    start: match.index,
    basisBefore: match[3] ?? null,
  };
}

/**
 * Settles the qualifier of a figure from the word before it and what follows it: "từ" is
 * `at_least` only with "trở lên" after the figure; "trở lên" alone also means `at_least`.
 */
export function settleQualifier(before: Qualifier | null, hasOrMore: boolean, hadFrom: boolean): Qualifier {
  if (hasOrMore) return "at_least";
  if (before === "at_least" && hadFrom) return "exact";
  return before ?? "exact";
}

const ESTIMATE = /(?<![\p{L}\p{M}])(?:ước|dự kiến|dự ước|sẽ thực hiện|sơ bộ ước)(?![\p{L}\p{M}])/iu;

/** Whether an estimate word (ước, ước đạt, ước tính, dự kiến, dự ước, sẽ thực hiện) is present. */
export function isEstimated(text: string): boolean {
  return ESTIMATE.test(text);
}

/** "trở lên" right after a figure and its unit. */
export const OR_MORE = /^\s*trở\s+lên/iu;
