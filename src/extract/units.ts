/**
 * Units of measure as reports write them after a figure: an optional magnitude (nghìn, ngàn,
 * triệu, tỷ, tỉ), a measure or a counted noun, and optional per-unit tails ("/người/năm").
 * The list is closed on purpose: a figure followed by a word that is not a unit ("94 năm",
 * "04 thủ tục") is no candidate value.
 */

/** "vạn" (ten thousand) as in "61,8 vạn tấn"; "ngàn" is the southern "nghìn". */
const MAGNITUDE = "(?:nghìn|ngàn|vạn|triệu|tỷ|tỉ)";

/** Measures, then counted nouns; longer names first so that "lượt khách quốc tế" wins. */
const MEASURES = [
  "%",
  "tấn",
  "tạ",
  "kg",
  "ha",
  "hecta",
  "hécta",
  "héc-ta",
  "héc ta",
  "m2",
  "m²",
  "m3",
  "m³",
  "km2",
  "km²",
  "km",
  "mét",
  "lít",
  "kwh",
  "mw",
  "đồng",
  "usd",
  "đô la mỹ",
  "con",
  "điểm phần trăm",
  "điểm %",
  "điểm",
  "bậc",
];

export const COUNT_NOUNS = [
  "lượt khách quốc tế",
  "lượt khách du lịch",
  "lượt khách nội địa",
  "lượt khách",
  "lượt du khách",
  "du khách",
  "khách",
  "lượt người",
  "lượt lao động",
  "lượt",
  "lao động",
  "công dân",
  "đảng viên",
  "đoàn viên",
  "hội viên",
  "thành viên",
  "người",
  "hộ gia đình",
  "hộ",
  "khu dân cư",
  "khu công nghiệp",
  "cụm công nghiệp",
  "xã",
  "phường",
  "thôn",
  "làng",
  "bản",
  "tổ dân phố",
  "sản phẩm",
  "tổ chức",
  "doanh nghiệp",
  "hợp tác xã",
  "tổ hợp tác",
  "dự án",
  "công trình",
  "cơ sở",
  "phương án",
  "tiêu chí",
  "trường",
  "học sinh",
  "sinh viên",
  "giáo viên",
  "trường hợp",
  "giường bệnh",
  "bác sĩ",
  "căn nhà",
  "ngôi nhà",
  "căn hộ",
  "nhà",
  "việc làm",
  "thẻ",
  "hồ sơ",
  "mô hình",
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const names = [...MEASURES, ...COUNT_NOUNS].sort((a, b) => b.length - a.length).map(escapeRegExp);
const PER = String.raw`(?:\s*\/\s*(?:người|năm|kg|ha|tháng|hộ|lao động|ngày|con|tấn|m2|sào|lít|vạn dân|nghìn dân|ngàn dân|dân))*`;
const UNIT = new RegExp(
  String.raw`^\s*((?:${MAGNITUDE}\s+)*(?:${names.join("|")})${PER}|(?:${MAGNITUDE}\s+)*${MAGNITUDE}${PER})(?![\p{L}\p{M}\d])`,
  "iu",
);
const PERCENT_UNIT = /^\s*%(?:\s*\/\s*năm)?/u;
const COUNT_SET = new Set(COUNT_NOUNS);

export interface UnitMatch {
  /** As written, lower-cased, white space folded; the currency code stays "USD". */
  unit: string;
  /** Characters taken from the start of the text, leading white space included. */
  length: number;
}

/** Lower-cases a unit as written, keeping the currency code "USD" in capitals. */
export function normalizeUnit(unit: string): string {
  return unit
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/\s*\/\s*/g, "/")
    .replace(/usd/g, "USD")
    .trim();
}

/** Reads the unit at the start of `text` ("  tỷ đồng, đạt" → "tỷ đồng"), or `null`. */
export function matchUnit(text: string): UnitMatch | null {
  const percent = PERCENT_UNIT.exec(text);
  if (percent) return { unit: normalizeUnit(percent[0]), length: percent[0].length };
  const match = UNIT.exec(text);
  if (!match) return null;
  return { unit: normalizeUnit(match[1]!), length: match[0].length };
}

/** Whether a unit counts things (người, hộ, xã) rather than measuring (tấn, ha, tỷ đồng). */
export function isCountUnit(unit: string): boolean {
  const base = unit
    .replace(/^(?:(?:nghìn|ngàn|vạn|triệu|tỷ|tỉ)\s+)+/u, "")
    .split("/")[0]!
    .trim();
  return COUNT_SET.has(base);
}

/** Area units, for "đạt 121% về diện tích". */
export function isAreaUnit(unit: string): boolean {
  return /(?:^|\s)(?:ha|m2|m²|km2|km²|sào)$/u.test(unit);
}
