/**
 * Period phrases as written: "năm 2023", "9 tháng đầu năm 2023", "6 tháng năm 2015", "quý I/2024",
 * "nhiệm kỳ 2020-2025", "giai đoạn 2021 - 2025", "tính đến hết năm 2022", "đến cuối nhiệm kỳ",
 * "5 năm qua", "trong năm". A figure's year in a basis ("so với năm 2022", "cùng kỳ năm 2022",
 * "giá so sánh năm 2010") is no period.
 */

const YEAR = String.raw`(?:19|20)\d{2}`;
const PERIOD = new RegExp(
  [
    String.raw`(?:tính\s+)?(?:[đð]ến|tới)\s+(?:hết\s+|cuối\s+|nay\s+)?(?:năm\s+${YEAR}|tháng\s+\d{1,2}(?:\s*[/-]\s*${YEAR}|\s+năm\s+${YEAR})?|quý\s+[IVX]+(?:\s*\/\s*${YEAR})?|(?:ngày\s+)?\d{1,2}[./]\d{1,2}(?:[./]${YEAR})?|nhiệm\s+kỳ|thời\s+điểm\s+này)`,
    String.raw`(?:tính\s+)?[đð]ến\s+nay`,
    String.raw`(?:nửa\s+(?:đầu|cuối)\s+)?(?:nhiệm\s+kỳ|giai\s+đoạn|thời\s+kỳ|năm\s+học|niên\s+độ|niên\s+khóa)\s+${YEAR}\s*[-–—]\s*${YEAR}`,
    String.raw`nhiệm\s+kỳ\s+(?:vừa\s+)?qua`,
    String.raw`(?:lũy\s+kế\s+)?(?:\d{1,2}|ba|sáu|chín|mười)\s+tháng(?:\s+đầu)?(?:\s+năm)?(?:\s+${YEAR})?`,
    String.raw`quý\s+[IVX]+(?:\s*(?:\/|năm)\s*${YEAR})?`,
    String.raw`tuần\s+(?:thứ\s+)?\d{1,2}(?:\s+(?:của\s+)?năm\s+${YEAR})?`,
    // Holidays: "9 ngày nghỉ Tết Nguyên đán Bính Ngọ 2026", "dịp Tết Quý Mão".
    String.raw`(?:\d{1,2}\s+ngày\s+nghỉ\s+|dịp\s+)Tết(?:\s+Nguyên\s+đán)?(?:\s+\p{Lu}[\p{Ll}\p{M}]*){0,2}(?:\s+${YEAR})?`,
    String.raw`\d+\s+năm\s+(?:qua|gần\s+đây|trở\s+lại\s+đây)`,
    String.raw`tháng\s+\d{1,2}(?:\s*[/-]\s*${YEAR}|\s+năm\s+${YEAR})?(?![\d/.,-])`,
    String.raw`cuối\s+năm\s+${YEAR}`,
    String.raw`trong\s+năm\s+${YEAR}`,
    String.raw`năm\s+${YEAR}`,
    String.raw`trong\s+năm(?!\s+\d)`,
  ].join("|"),
  "giu",
);
const NOT_A_PERIOD =
  /(?:so\s+với|so|cùng\s+kỳ|kế\s+hoạch|KH|giá\s+so\s+sánh|dự\s+toán|cuối|đầu|kỷ\s+niệm|tháng\s+\d{1,2}\s*\/?|ngày\s+\d{1,2}|mục\s+tiêu|phương\s+án|trước)\s*$/iu;
const NOT_LETTER_BEFORE = /[\p{L}\p{M}\d]$/u;

export interface PeriodMention {
  text: string;
  start: number;
  end: number;
  /** The last year the phrase names, for "so với năm 2021" checks. */
  year: number | null;
  /** Opens its clause ("Năm 2022, …"), so it scopes the statements that follow. */
  scoping: boolean;
  /** Offset of the "(" the phrase sits in, or -1: a period in an aside scopes only that aside. */
  parenOpen: number;
}

/** Period phrases of a text, left to right, each with its year and whether it scopes. */
export function findPeriods(text: string, openings?: Int32Array): PeriodMention[] {
  const periods: PeriodMention[] = [];
  for (const match of text.matchAll(PERIOD)) {
    const start = match.index;
    const head = text.slice(Math.max(0, start - 30), start);
    if (NOT_LETTER_BEFORE.test(head) || NOT_A_PERIOD.test(head)) continue;
    const phrase = match[0].replace(/^trong\s+(?=\d)/iu, "");
    const years = [...phrase.matchAll(/(?:19|20)\d{2}/g)].map((y) => Number(y[0]));
    const end = start + match[0].length;
    const tail = text.slice(end, end + 3);
    const lead = text.slice(Math.max(0, start - 12), start);
    const deadline = /^(?:tính\s+)?(?:đến|tới)/iu.test(phrase);
    const scoping =
      /^\s*,/.test(tail) ||
      (!deadline && /^\s*(?:[:.;]|$)/.test(tail)) ||
      /(?:^|[.;,:\n]\s*|(?:^|\s)(?:trong|riêng|đến|tính|trước|sau|của)\s+)$/iu.test(lead) ||
      (start < 80 && /^(?:\s|trong|riêng|theo báo cáo[^.]*)*$/iu.test(text.slice(0, start)));
    const parenOpen = openings?.[start] ?? -1;
    periods.push({
      text: phrase,
      start,
      end,
      year: years.length ? years[years.length - 1]! : null,
      scoping: scoping && parenOpen < 0,
      parenOpen,
    });
  }
  return periods;
}

/** The text with its period phrases blanked out (for cleaning indicator phrases). */
export function removePeriods(text: string): string {
  return text.replace(PERIOD, (m, offset: number, whole: string) => {
    const head = whole.slice(Math.max(0, offset - 30), offset);
    return NOT_LETTER_BEFORE.test(head) ? m : " ";
  });
}
