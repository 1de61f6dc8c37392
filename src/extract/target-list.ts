/**
 * A resolution's list of targets as pasted (dán danh sách chỉ tiêu): one target a line, with the
 * list's numbering ("1.", "a)", "-", "+") taken off and its group headings ("I. CHỈ TIÊU KINH TẾ",
 * "Về xã hội:") left out; and the words of a target that name what it measures, for matching the
 * catalogue. Pure: the plan builder reads each line with parseTargetText.
 */
import { type Period, parsePeriod } from "../domain/periods.ts";
import { normalizeTargetText } from "./target-text.ts";
import type { TargetPeriod } from "./target-types.ts";

export interface TargetLine {
  /** 1-based line of the pasted text. */
  line: number;
  /** The target's words, without the list's numbering. */
  text: string;
}

const NUMBERING = /^(?:\(?\d{1,3}(?:\.\d{1,3})*[.):](?=\s|$)|\(?[a-zđ][.)](?=\s)|[-–—+•*▪·])\s*/iu;
const ROMAN_HEADING = /^[IVXLC]{1,6}[.)/-]\s*\S/u;

/** Whether a line is a group heading: roman-numbered, or words ending with ":" and no figure. */
function isHeading(text: string): boolean {
  if (ROMAN_HEADING.test(text) && !/\d/u.test(text)) return true;
  return /:\s*$/u.test(text) && !/\d/u.test(text);
}

/** The target lines of a pasted list, in order; blank lines and headings are not targets. */
export function splitTargetList(text: string): TargetLine[] {
  const out: TargetLine[] = [];
  text.split(/\r?\n/u).forEach((raw, i) => {
    const line = normalizeTargetText(raw);
    if (!line || isHeading(line)) return;
    let words = line;
    for (let previous = ""; previous !== words; ) {
      previous = words;
      words = words.replace(NUMBERING, "").trim();
    }
    if (words) out.push({ line: i + 1, text: words });
  });
  return out;
}

const BOUND_WORDS =
  /(?:\s|:|,|\(|-)+$|(?:^|\s)(?:đạt|là|chiếm|khoảng|trên|dưới|từ|có|ít nhất|tối thiểu|tối đa|không quá|tăng|giảm|phấn đấu|mức|ở mức|còn|đến năm|vào năm|năm|bình quân|hằng năm|hàng năm|trong đó)$/iu;

/**
 * The words that name what a target measures: those before its first figure, without the bound
 * ("trên", "đạt khoảng") and time ("đến năm") words next to it; all of them when there is none.
 */
export function indicatorPhrase(text: string): string {
  const words = normalizeTargetText(text);
  const figure = /\d/u.exec(words);
  let phrase = figure ? words.slice(0, figure.index) : words;
  for (let previous = ""; previous !== phrase; ) {
    previous = phrase;
    phrase = phrase.replace(BOUND_WORDS, "").trim();
  }
  return phrase || words;
}

/** A plan's period as the target reader takes it: a year is a plan year, a term a term. */
export function targetPeriodOf(code: string): TargetPeriod {
  const period: Period = parsePeriod(code);
  if (period.kind === "term") return { type: "term", from: period.from, to: period.to };
  return { type: "annual", from: period.year, to: period.year };
}
