/**
 * The period code (src/domain/periods.ts: "2023", "2024-Q1", "2023-YTD9", "2023-07",
 * "2020-2025") a period phrase of a statement names ("Năm 2023", "quý I/2024", "9 tháng đầu năm
 * 2023", "tháng 7/2023", "nhiệm kỳ 2020-2025"): what the review queue suggests for a statement's
 * period. Undefined when the phrase names no year ("trong năm", "5 năm qua").
 */
const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };
const MONTH_WORDS: Record<string, number> = { ba: 3, sáu: 6, chín: 9, mười: 10 };

export function periodCodeOf(phrase: string | null | undefined): string | undefined {
  if (!phrase) return undefined;
  const text = phrase.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
  let m = /((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})/.exec(text);
  if (m) return `${m[1]}-${m[2]}`;
  const year = [...text.matchAll(/(?:19|20)\d{2}/g)].pop()?.[0];
  if (!year) return undefined;
  m = /quý ([ivx]+)/.exec(text);
  if (m) {
    const q = ROMAN[m[1]!.toUpperCase()];
    return q ? `${year}-Q${q}` : undefined;
  }
  m = /(\d{1,2}|ba|sáu|chín|mười) tháng/.exec(text);
  if (m) {
    const months = MONTH_WORDS[m[1]!] ?? Number(m[1]);
    if (months >= 1 && months <= 12) return months === 12 ? year : `${year}-YTD${months}`;
    return undefined;
  }
  m = /tháng (\d{1,2})(?!\d)/.exec(text);
  if (m) {
    const month = Number(m[1]);
    return month >= 1 && month <= 12 ? `${year}-${String(month).padStart(2, "0")}` : undefined;
  }
  return year;
}
