/**
 * Keys for matching Vietnamese names and phrases. Sources spell the same name in NFD or NFC and
 * put the tone mark the old way (Hòa, khỏe, thúy) or the new way (Hoà, khoẻ, thuý). Display always
 * keeps the original spelling; only keys are normalised.
 */

/** Combining tone marks: huyền, sắc, hỏi, ngã, nặng. */
const TONE_MARKS = new Set(["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]);
/** Combining marks that make a vowel of its own: ă, â/ê/ô, ơ/ư. */
const QUALITY_MARKS = new Set(["\u0306", "\u0302", "\u031b"]);
const VOWELS = new Set([..."aeiouy"]);

/** NFC, trimmed, white space folded. The form every stored text takes. */
export function normalizeText(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

interface Letter {
  base: string;
  marks: string[];
}

function lettersOf(word: string): Letter[] {
  const letters: Letter[] = [];
  for (const ch of word.normalize("NFD")) {
    if (/\p{M}/u.test(ch) && letters.length > 0) letters[letters.length - 1]!.marks.push(ch);
    else letters.push({ base: ch, marks: [] });
  }
  return letters;
}

/**
 * Moves the tone mark of one syllable to where the new-style rule puts it: on the vowel with a
 * quality mark (ơ in ươ); else on the last vowel when a consonant closes the syllable; else on
 * the second of "oa", "oe", "uy" and the middle of three vowels; else on the first vowel.
 */
function placeTone(word: string): string {
  const letters = lettersOf(word);
  let tone: string | undefined;
  for (const letter of letters) {
    const found = letter.marks.find((m) => TONE_MARKS.has(m));
    if (found) {
      tone = found;
      letter.marks = letter.marks.filter((m) => !TONE_MARKS.has(m));
    }
  }
  if (!tone) return word.normalize("NFC");

  const lower = letters.map((l) => l.base.toLowerCase());
  let start = lower.findIndex((b) => VOWELS.has(b));
  if (start < 0) return word.normalize("NFC");
  // "qu" and "gi" before another vowel: the u / i belongs to the consonant.
  const next = lower[start + 1];
  if (
    next !== undefined &&
    VOWELS.has(next) &&
    ((lower[start] === "u" && lower[start - 1] === "q") || (lower[start] === "i" && lower[start - 1] === "g"))
  ) {
    start++;
  }
  let end = start;
  while (end + 1 < lower.length && VOWELS.has(lower[end + 1]!)) end++;
  const cluster = letters.slice(start, end + 1);
  const closed = end + 1 < letters.length;

  let target: number;
  const qualityAt = cluster
    .map((l, i) => (l.marks.some((m) => QUALITY_MARKS.has(m)) ? i : -1))
    .filter((i) => i >= 0);
  if (qualityAt.length > 0) target = qualityAt[qualityAt.length - 1]!;
  else if (closed) target = cluster.length - 1;
  else if (cluster.length === 3) target = 1;
  else if (cluster.length === 2) {
    const pair = lower.slice(start, end + 1).join("");
    target = pair === "oa" || pair === "oe" || pair === "uy" ? 1 : 0;
  } else target = 0;

  cluster[target]!.marks.push(tone);
  return letters
    .map((l) => l.base + l.marks.join(""))
    .join("")
    .normalize("NFC");
}

/**
 * The matching key of a name or phrase: NFC, lower case, white space folded, one tone placement.
 * "Hòa Bình", "Hoà Bình" and their NFD forms have the same key; diacritics are otherwise kept, so
 * "Cần Đước" and "Cán Được" differ.
 */
export function textKey(text: string): string {
  return normalizeText(text)
    .toLowerCase()
    .split(/(\p{L}+)/u)
    .map((part) => (/^\p{L}+$/u.test(part) ? placeTone(part) : part))
    .join("");
}

/**
 * The search key: {@link textKey} without any diacritic and with đ → d, so that a person typing
 * "can duoc" finds "Cần Đước".
 */
export function searchKey(text: string): string {
  return normalizeText(text)
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .normalize("NFC");
}
