/**
 * Place names as written: an administrative unit with its name ("huyện Cần Đước", "xã Đại
 * Đồng"), the name behind a Party committee ("Huyện ủy Duy Xuyên" → "Duy Xuyên"), or the generic
 * word a report uses for itself ("toàn huyện", "cả nước", "tỉnh").
 */

const NAME = String.raw`\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){0,3}`;
const KIND = String.raw`huyện|xã|thị xã|thị trấn|phường|quận|tỉnh|thành phố|đặc khu`;
const PLACE = new RegExp(
  [
    String.raw`(?<![\p{L}\p{M}])(?:${KIND})\s+(${NAME})`,
    String.raw`(?<![\p{L}\p{M}])(?:Huyện|Thị|Tỉnh|Thành)\s+ủy\s+(${NAME})`,
    String.raw`(?<![\p{L}\p{M}])(toàn\s+(?:huyện|tỉnh|thị xã|xã|thành phố|quốc)|cả\s+nước)(?![\p{L}\p{M}])`,
    String.raw`(?:(?<=^\s*|[.;:,]\s*|\d{4}\s*)|(?<=của\s+))(huyện|tỉnh|thị xã|xã)(?=\s+(?:đạt|có|đã|thu|ước|tiếp tục)\s|\s*[.;,]|$)`,
  ].join("|"),
  "gu",
);
const KIND_WORD = new RegExp(String.raw`^(?:${KIND})\s`, "iu");

export interface LocalityMention {
  text: string;
  start: number;
}

/** Place phrases of a text, left to right. */
export function findLocalities(text: string): LocalityMention[] {
  const found: LocalityMention[] = [];
  for (const match of text.matchAll(PLACE)) {
    const whole = match[0];
    let phrase = whole;
    if (/ủy\s/iu.test(whole)) phrase = match[2]!;
    else if (match[1] && KIND_WORD.test(whole)) phrase = whole;
    else phrase = (match[3] ?? match[4] ?? whole).trim();
    found.push({ text: phrase.replace(/\s+/g, " "), start: match.index });
  }
  return found;
}
