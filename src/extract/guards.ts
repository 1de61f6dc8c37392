/**
 * Distractor guards: figures that look like results but are not. A guard looks at a figure in
 * its sentence and names what it is (a document number, a date, a time, a phone number, a year,
 * an item number, a code) so that the scanner skips it, and says how far to skip.
 */

export type GuardReason =
  | "code"
  | "document_number"
  | "date"
  | "time"
  | "phone"
  | "year"
  | "item_number"
  | "ordinal"
  | "non_indicator_percent";

export interface Guard {
  reason: GuardReason;
  /** Offset just after the guarded token (a date or a document number spans several figures). */
  end: number;
}

const WINDOW = 80;
const before = (text: string, at: number) => text.slice(Math.max(0, at - WINDOW), at);
const after = (text: string, at: number) => text.slice(at, at + WINDOW);

const DOCUMENT_WORDS =
  /(?:^|[^\p{L}])(?:số|nghị quyết|quyết định|nghị định|thông tư|chỉ thị|công văn|văn bản|kết luận|thông báo|tờ trình|luật|điều|khoản|mục|chương|phần|khóa|khoá|đại hội|lần thứ|thứ|hạng|lớp|tuyến|quốc lộ|tỉnh lộ|đường|km)\s*$/iu;
const DATE_WORDS =
  /(?:^|[^\p{L}])(?:ngày|sáng|chiều|tối|trưa|đêm|nay|hôm|mùng|mồng|từ|đến|hết|tháng|quý)\s*$/iu;
const YEAR_WORDS =
  /(?:^|[^\p{L}])(?:năm|giai đoạn|nhiệm kỳ|niên khóa|niên khoá|niên độ|kỳ|vụ|mùa|đến|từ|trước|sau|cuối|đầu|giữa|khóa|khoá)\s*$|[/\-–]\s*$/iu;
const PHONE_WORDS = /(?:điện thoại|đt|sđt|hotline|đường dây nóng|tel|fax|di động|zalo)\s*[:.]?\s*$/iu;
const PERCENT_NOT_RESULT =
  /^\s*%\s*(?:số\s+)?(?:đại biểu|phiếu|cử tri|vốn|kinh phí|chi phí|lệ phí|học phí|phí|giá vé|lãi suất|thuế suất|mức phạt|chiết khấu|giảm giá|khuyến mãi|ưu đãi|hoa hồng)/iu;

/**
 * Names what a figure at [start, end) of `text` is when it is not a candidate value, or
 * returns `null` when it may be one.
 */
export function guardFigure(text: string, start: number, end: number): Guard | null {
  const token = text.slice(start, end);
  const head = before(text, start);
  const tail = after(text, end);

  // Codes: "Covid-19", "OM-18", "H5N1" (a letter right before is excluded by the scanner).
  if (/\p{L}[-_]$/u.test(head)) return { reason: "code", end };
  if (/^[-_]?\p{L}*\d/u.test(tail) && /^\p{Lu}/u.test(tail)) return { reason: "code", end };

  // Dates: 19/01/2024, 9/12/1937, 17-8-2009, 30.11 after "ngày", 9/12 after "sáng nay".
  const fullDate = /^[/.-]\d{1,2}[/.-]\d{2,4}(?!\d)/.exec(tail);
  if (/^\d{1,2}$/.test(token) && fullDate) return { reason: "date", end: end + fullDate[0].length };
  // "từ 1-1,5%" is a range, not a day and month.
  const dayMonth = /^([/-])\d{1,2}(?![\d/]|[.,]\d)/.exec(tail);
  if (/^\d{1,2}$/.test(token) && dayMonth && DATE_WORDS.test(head)) {
    return { reason: "date", end: end + dayMonth[0].length };
  }
  const monthYear = /^\/\d{4}(?!\d)/.exec(tail);
  if (/^\d{1,2}$/.test(token) && monthYear && Number(token) <= 12) {
    return { reason: "date", end: end + monthYear[0].length };
  }
  if (/^\d{1,2}[.]\d{1,2}$/.test(token) && DATE_WORDS.test(head)) return { reason: "date", end };
  // "quý I/2023" and "tháng 9/2023" leave the year after a slash.
  if (/^\d{4}$/.test(token) && /(?:quý\s+[IVX]+|tháng\s+\d{1,2})\s*\/\s*$/iu.test(head)) {
    return { reason: "date", end };
  }

  // Times: 07:00, 7h30, 9 giờ.
  const time = /^(?::\d{2}|\s?h\d{0,2}(?![\p{L}])|\s*giờ)/u.exec(tail);
  if (/^\d{1,2}$/.test(token) && time) return { reason: "time", end: end + time[0].length };

  // Document numbers: "số 12/NQ-HĐND", "81/QĐ-UBND", "Nghị quyết 11", "Điều 1".
  const docNumber = /^\s*\/\s*(?:\d{4}\s*\/\s*)?\p{Lu}[\p{L}\d/-]*/u.exec(tail);
  if (docNumber) return { reason: "document_number", end: end + docNumber[0].length };
  if (DOCUMENT_WORDS.test(head) && !/^\s*%/.test(tail)) return { reason: "document_number", end };

  // Phone numbers: 0912 345 678, 0276.3822.123, (028) 3829 1234, after "điện thoại".
  const phone = /^[\d .-]{6,}\d/.exec(text.slice(start, start + 24));
  if (phone && PHONE_WORDS.test(head)) return { reason: "phone", end: start + phone[0].length };
  if (/^0\d{2,4}(?:[ .-]?\d{2,4}){2,3}(?!\d)/.test(text.slice(start, start + 24)) && !/^\s*%/.test(tail)) {
    const digits = /^0[\d .-]*\d/.exec(text.slice(start, start + 24))![0];
    if (digits.replace(/\D/g, "").length >= 9) return { reason: "phone", end: start + digits.length };
  }

  // Years: 2023 after "năm", "giai đoạn", "nhiệm kỳ"; the two ends of 2020-2025.
  if (/^(?:19|20)\d{2}$/.test(token)) {
    if (YEAR_WORDS.test(head) || /^\s*[-–—]\s*(?:19|20)\d{2}(?!\d)/.test(tail))
      return { reason: "year", end };
  }

  // Item numbers: "1. Tốc độ…", "2) Thu…", "- 3. …", "I. 1." at the start of a sentence.
  if (
    /^\d{1,2}$/.test(token) &&
    /^(?:[.)]\s|[.)]?$)/.test(tail) &&
    /^[\s\-–•*+IVXivx.]*$/.test(head.slice(-12))
  ) {
    return { reason: "item_number", end: end + 1 };
  }

  // Ordinals and ranks are read by the scanner; "lần thứ 3" and "thứ hai" are no values.
  if (/thứ\s*$/iu.test(head)) return { reason: "ordinal", end };

  if (PERCENT_NOT_RESULT.test(tail)) return { reason: "non_indicator_percent", end };
  return null;
}

/**
 * Ceremony and event sentences ("kỷ niệm 94 năm", "trao tặng huy hiệu", "150 đại biểu dự", "trao 200
 * suất quà"): their figures are attendance, anniversaries, gifts and awards, never indicator values.
 * A sentence with a result verb (đạt, tăng, giảm, vượt) is not one.
 */
export function isCeremonySentence(sentence: string): boolean {
  if (/(?<![\p{L}\p{M}])(?:đạt|tăng|giảm|vượt)\s/iu.test(sentence)) return false;
  return /kỷ niệm|lễ (?:kỷ niệm|mít tinh|ra mắt|khánh thành|khởi công|trao)|trao tặng|trao \d|tặng \d|suất quà|học bổng|huy hiệu|tham dự|về dự|đại biểu|gặp mặt|tuyên dương|khen thưởng|phát hành|ủng hộ|quyên góp|vận động viên|giải (?:chạy|đấu|bóng)|cuộc thi|hội thi|hội diễn|liên hoan/iu.test(
    sentence,
  );
}

const SPECIFICATION =
  /(?:tổng mức đầu tư|quy mô|công suất|chiều dài|chiều rộng|cự ly|giải thưởng|trị giá|mỗi suất|mỗi hộ|mỗi người|mỗi xã|mức hỗ trợ|hỗ trợ mỗi|định mức|mức phạt|giá trị hợp đồng|giá bán|giá vé)\s*(?:[^\s,;]+\s*){0,4}$/iu;

/**
 * Words that make a figure a specification rather than a result: a project's total investment
 * or capacity, a per-household support level, a fine, a ticket price ("tổng mức đầu tư 1.200 tỷ
 * đồng", "mỗi hộ được hỗ trợ 40 triệu đồng").
 */
export function isSpecification(clause: string): boolean {
  return SPECIFICATION.test(clause.slice(-120)) || DIMENSION.test(clause.slice(-40));
}

/** A length, width or height right before the figure: "dài 32 km", "rộng khoảng 12 m". */
const DIMENSION = /(?<![\p{L}\p{M}])(?:dài|rộng|cao|sâu)(?:\s+(?:khoảng|gần|hơn|trên))?\s*$/iu;

const DISASTER =
  /(?<![\p{L}\p{M}])(?:bão|lũ|lụt|mưa lớn|thiên tai|sạt lở|lốc xoáy|hỏa hoạn|cháy|động đất|triều cường)(?![\p{L}\p{M}])/iu;

/** A report of a storm, flood or fire: its counts of people and houses are damage, no indicator. */
export function isDisasterSentence(sentence: string): boolean {
  return DISASTER.test(sentence);
}
