/**
 * Suggesting a catalogue indicator for the phrase an extractor read ("sản lượng lúa cả năm").
 *
 * The method, stated so a reviewer can judge the suggestion: both the phrase and each
 * indicator's Vietnamese name are cut into words (syllables) by their {@link textKey}, so NFD
 * text and old-style tone placement (hoà/hòa) match; a few words that name no indicator ("các",
 * "của", "năm"...) are left out. The score is the Dice coefficient of the two word sets,
 * 2·|shared| / (|phrase| + |name|), between 0 and 1; a word that matches only without its
 * diacritics ({@link searchKey}: "lua" for "lúa") counts half. The best indicator scoring at
 * least {@link MIN_SCORE} is suggested, ties going to the shorter name, then the code.
 */
import { searchKey, textKey } from "./text.ts";

/** Below this a suggestion is more noise than help. */
export const MIN_SCORE = 0.34;

/** Words too common in report phrases to say which indicator is meant. */
const STOP_WORDS = new Set(
  [
    "các",
    "của",
    "và",
    "trên",
    "địa",
    "bàn",
    "năm",
    "trong",
    "đó",
    "toàn",
    "huyện",
    "tỉnh",
    "xã",
    "thị",
    "đạt",
    "được",
    "cả",
    "so",
    "với",
    "theo",
    "cho",
    "đến",
    "là",
    "có",
  ].map(textKey),
);

export interface IndicatorName {
  code: string;
  nameVi: string;
}

export interface Suggestion {
  code: string;
  /** Between 0 and 1, see the method above. */
  score: number;
  method: "dice_words";
}

function wordsOf(text: string): string[] {
  const words = textKey(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((w) => !STOP_WORDS.has(w)))];
}

/** The Dice score of a phrase against a name (see the method above). */
export function phraseScore(phrase: string, name: string): number {
  const a = wordsOf(phrase);
  const b = wordsOf(name);
  if (a.length === 0 || b.length === 0) return 0;
  const exact = new Set(b);
  const loose = new Set(b.map(searchKey));
  let shared = 0;
  for (const word of a) {
    if (exact.has(word)) shared += 1;
    else if (loose.has(searchKey(word))) shared += 0.5;
  }
  return (2 * shared) / (a.length + b.length);
}

/** The indicator whose name best matches the phrase, or undefined when none scores enough. */
export function suggestIndicator(
  phrase: string,
  indicators: readonly IndicatorName[],
): Suggestion | undefined {
  let best: { code: string; score: number; length: number } | undefined;
  for (const indicator of indicators) {
    const score = phraseScore(phrase, indicator.nameVi);
    if (score < MIN_SCORE) continue;
    const length = indicator.nameVi.length;
    if (
      !best ||
      score > best.score ||
      (score === best.score &&
        (length < best.length || (length === best.length && indicator.code < best.code)))
    ) {
      best = { code: indicator.code, score, length };
    }
  }
  return best && { code: best.code, score: Math.round(best.score * 1000) / 1000, method: "dice_words" };
}
