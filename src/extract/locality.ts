/**
 * Place names as written: an administrative unit with its name ("huyện Cần Đước", "xã Đại
 * Đồng"), a province or city by its bare name ("tỉnh Thanh Hóa" → "Thanh Hóa"), the name behind a
 * Party committee ("Huyện ủy Duy Xuyên" → "Duy Xuyên"), or the generic word a report uses for
 * itself ("toàn huyện", "cả nước", "UBND huyện" → "huyện", "trên địa bàn tỉnh" → "tỉnh").
 */
import { lastIndexBefore, lastMatchingUpTo } from "./in-text-order.ts";
import { COUNTRY, PROVINCES, REGIONS } from "./places.ts";

const SYLLABLE = String.raw`\p{Lu}[\p{Ll}\p{M}]*(?![\p{L}\p{M}])`;
const NAME = String.raw`${SYLLABLE}(?:\s+${SYLLABLE}){0,3}`;
const KIND = "huyện|xã|thị xã|thị trấn|phường|quận|tỉnh|thành phố|đặc khu|TP";
/** Bare names from the lexicon, longest first so that "Thừa Thiên Huế" wins over "Huế". */
const lexicon = (names: string[]) =>
  [...names]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/\./g, "\\.").replace(/\s+/g, String.raw`\s+`))
    .join("|");
const GENERIC = "huyện|tỉnh|thị xã|xã|thành phố";
/** "huyện|xã" → "[hH]uyện|[xX]ã": a kind word may open a sentence. */
const anyCase = (words: string) =>
  words
    .split("|")
    .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
    .join("|");
const NOT_AFTER_LETTER = String.raw`(?<![\p{L}\p{M}])`;
/** What may follow a bare place name that is the subject of its clause. */
const SUBJECT_VERB = String.raw`(?:ước|đạt|có|đã|luôn|phấn\s+đấu|tăng|giảm|đón|chiếm|xếp|đứng|được|vẫn|tiếp\s+tục|cùng|là|với|không)`;
const PLACE = new RegExp(
  // Every alternative opens a word with one of these letters: a cheap test before the rest.
  String.raw`(?<![\p{L}\p{M}])(?=[\p{Lu}hxtpqđcv])(?:` +
    [
      String.raw`${NOT_AFTER_LETTER}(${anyCase(KIND)})(?:(?<=TP)\.)?\s+(${NAME}(?:\s*\((?:mới|cũ)\))?)`,
      String.raw`${NOT_AFTER_LETTER}(?:Huyện|Thị|Tỉnh|Thành)\s+ủy\s+(${NAME})`,
      String.raw`${NOT_AFTER_LETTER}([Tt]oàn\s+(?:huyện|tỉnh|thị xã|xã|thành phố|quốc|vùng)|[Cc]ả\s+nước)(?![\p{L}\p{M}])(?!\s+hội)`,
      String.raw`(?:(?<=^\s{0,3}|[.;:,]\s{0,3}|\d{4}\s{0,3})|(?<=(?:của|UBND|HĐND|địa\s+bàn)\s{1,3}))(${anyCase(GENERIC)})(?=\s{1,3}(?:đạt|có|đã|thu|ước|tiếp tục|không|phấn đấu|là)\s|\s{0,3}[.;,:]|\s{1,3}(?:đã|đang|và)\s|$)`,
      String.raw`(?<=của\s{1,3}|^|[,;:]\s{1,3})(${NAME})(?=\s{0,3}[:,]|\s{1,3}${SUBJECT_VERB}\s)`,
      String.raw`(?<=(?:UBND|HĐND|địa\s+bàn|của|Đảng\s+bộ|trong)\s{1,3})(${GENERIC})(?![\p{L}\p{M}])(?!\s+\p{Lu})`,
      String.raw`${NOT_AFTER_LETTER}vùng\s+(${lexicon(REGIONS)})(?![\p{L}\p{M}])`,
      String.raw`${NOT_AFTER_LETTER}(${lexicon([...PROVINCES, ...COUNTRY])})(?![\p{L}\p{M}])`,
    ].join("|") +
    ")",
  "gu",
);
const PROVINCE_SET = new Set(PROVINCES);
const COMMITTEE_KIND: Record<string, string> = {
  huyện: "huyện",
  thị: "thị xã",
  tỉnh: "tỉnh",
  thành: "thành phố",
};
const LEVEL: Record<string, number> = {
  tỉnh: 1,
  "thành phố": 1,
  huyện: 2,
  "thị xã": 2,
  quận: 2,
  xã: 3,
  phường: 3,
  "thị trấn": 3,
  "đặc khu": 3,
};
const RANK_CONTEXT = /(?:thứ\s*\d*|đầu|nhất|tốp|top|so với|bình quân|chung của|mức)\s*$/iu;

export interface LocalityMention {
  text: string;
  start: number;
  /** A generic word ("huyện", "toàn tỉnh") rather than a name. */
  generic: boolean;
  /** The kind of unit the phrase names, when it says: "huyện", "tỉnh"… */
  kind: string | null;
  /** Offset of the "(" the phrase sits in, or -1: a place in an aside names no other figure. */
  parenOpen: number;
}

/** Place phrases of a text, left to right. */
export function findLocalities(text: string, openings: Int32Array): LocalityMention[] {
  const found: LocalityMention[] = [];
  for (const match of text.matchAll(PLACE)) {
    const head = text.slice(Math.max(0, match.index - 24), match.index);
    let mention: Omit<LocalityMention, "parenOpen">;
    if (match[1] && match[2]) {
      // As written: "tỉnh Bạc Liêu", "Thành phố Hà Nội", "TP Hải Phòng".
      const kind = match[1].toLowerCase() === "tp" ? "thành phố" : match[1].toLowerCase();
      const written = `${match[1] === "TP" ? "TP" : kind} ${match[2].replace(/\s+/g, " ")}`;
      mention = { text: written, start: match.index, generic: false, kind };
    } else if (match[3]) {
      const committee = /^(\p{L}+)/u.exec(match[0])![1]!.toLowerCase();
      mention = {
        text: match[3],
        start: match.index,
        generic: false,
        kind: COMMITTEE_KIND[committee] ?? null,
      };
    } else if (match[4]) {
      if (RANK_CONTEXT.test(head)) continue;
      const phrase = match[4].replace(/\s+/g, " ").replace(/^T/, "t").replace(/^C/, "c");
      mention = { text: phrase, start: match.index, generic: true, kind: phrase.replace(/^toàn\s+/u, "") };
    } else if (match[5]) {
      mention = { text: match[5], start: match.index, generic: true, kind: match[5].toLowerCase() };
    } else if (match[7]) {
      mention = { text: match[7], start: match.index, generic: true, kind: match[7] };
    } else if (match[8]) {
      mention = { text: match[0].replace(/\s+/g, " "), start: match.index, generic: false, kind: "vùng" };
    } else if (match[9]) {
      if (/(?:so\s+với|vượt)\s+$/iu.test(head)) continue;
      mention = { text: match[9], start: match.index, generic: false, kind: "tỉnh" };
    } else {
      if (
        /^(?:Theo|Trong|Năm|Tổng|Các|Thông|Báo|Tính|Về|Riêng|Đặc|Bên|Cụ|Qua)(?![\p{L}\p{M}])/u.test(match[6]!)
      )
        continue;
      mention = {
        text: match[6]!,
        start: match.index,
        generic: false,
        kind: PROVINCE_SET.has(match[6]!) ? "tỉnh" : null,
      };
    }
    found.push({ ...mention, parenOpen: openings[match.index] ?? -1 });
  }
  return found;
}

/**
 * The locality of a figure at `at`: the last place named before it, except that a generic word
 * ("toàn huyện") defers to a named unit of the same kind earlier in the passage.
 */
export function localityAt(localities: LocalityMention[], at: number, parenOpen: number): string | null {
  const before = lastIndexBefore(localities, at);
  if (before < 0) return null;
  // The last mention outside any aside, or a later one inside this figure's own aside (those all
  // start after its "(", so the walk back is as long as the aside, not the passage).
  let found = lastMatchingUpTo(localities, "outside an aside", (l) => l.parenOpen < 0)[before]!;
  if (parenOpen >= 0) {
    for (let j = before; j > found && localities[j]!.start > parenOpen; j--) {
      if (localities[j]!.parenOpen === parenOpen) {
        found = j;
        break;
      }
    }
  }
  const last = localities[found];
  if (!last) return null;
  const level = last.generic && last.kind ? LEVEL[last.kind] : undefined;
  if (level !== undefined) {
    // The first named unit of this level or above, outside any aside, if it comes before `at`.
    const first = firstNamedAtLevel(localities, level);
    if (first && first.start < at) return first.text;
  }
  return last.text;
}

const firstNamed = new WeakMap<LocalityMention[], Map<number, LocalityMention | null>>();

function firstNamedAtLevel(localities: LocalityMention[], level: number): LocalityMention | null {
  let byLevel = firstNamed.get(localities);
  if (!byLevel) {
    byLevel = new Map();
    firstNamed.set(localities, byLevel);
  }
  let found = byLevel.get(level);
  if (found === undefined) {
    found =
      localities.find(
        (l) => !l.generic && l.kind !== null && (LEVEL[l.kind] ?? 0) >= level && l.parenOpen < 0,
      ) ?? null;
    byLevel.set(level, found);
  }
  return found;
}
