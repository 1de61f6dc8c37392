/**
 * Numbers as Vietnamese (and sometimes English) sources write them.
 *
 * Vietnamese groups thousands with "." and marks decimals with ",": 88.800 = 88800,
 * 104,5 = 104.5, 1.103,3 = 1103.3. Real sources also contain English-style figures ("654.1",
 * "131,777"), so a figure is read by these rules, in order:
 *
 * 1. Both separators present: the last one is the decimal mark, the other groups thousands
 *    ("1.103,3" and "1,103.3" are both 1103.3). Groups must be three digits, or it is an error.
 * 2. One separator repeated ("1.234.567", "1,234,567"): it groups thousands.
 * 3. One separator once, not followed by exactly three digits ("104,5", "654.1", "12,3456"):
 *    it is the decimal mark, whichever it is; a group of thousands always has three digits.
 * 4. One separator once, after a leading zero ("0,125", "0.125"): decimal.
 * 5. One separator once, followed by exactly three digits ("88.800", "540,136", "131,777"):
 *    ambiguous in the abstract, so the number style decides. Style `vi` (the default, for
 *    Vietnamese text): "." groups, "," is decimal, so "88.800" = 88800 and "540,136" = 540.136.
 *    Style `en`: the reverse. Style `strict`: a {@link NumberFormatError} naming the text.
 */

export type NumberStyle = "vi" | "en" | "strict";

export class NumberFormatError extends Error {
  readonly text: string;
  constructor(text: string, reason: string) {
    super(`cannot read "${text}" as a number: ${reason}`);
    this.name = "NumberFormatError";
    this.text = text;
  }
}

export interface ParsedNumber {
  value: number;
  /** Digits after the decimal mark as written: "104,5" has 1, "107" has 0. */
  decimals: number;
  /** The convention the text was read in; `null` when it has no separator at all. */
  style: "vi" | "en" | null;
}

const MINUS = /^[-−–]/;
const NUMBER_BODY = /^\d+(?:[.,]\d+)*$/;

/** Parses one figure ("88.800", "1.103,3", "-2,5") under the rules above. */
export function parseNumberDetailed(text: string, style: NumberStyle = "vi"): ParsedNumber {
  const trimmed = text.trim().replace(/\s/g, "");
  let sign = 1;
  let body = trimmed;
  if (MINUS.test(body)) {
    sign = -1;
    body = body.slice(1);
  } else if (body.startsWith("+")) {
    body = body.slice(1);
  }
  if (!NUMBER_BODY.test(body)) throw new NumberFormatError(text, "not a figure");

  const dots = body.split(".").length - 1;
  const commas = body.split(",").length - 1;
  let decimalMark: "." | "," | null = null;
  let groupMark: "." | "," | null = null;

  if (dots > 0 && commas > 0) {
    decimalMark = body.lastIndexOf(".") > body.lastIndexOf(",") ? "." : ",";
    groupMark = decimalMark === "." ? "," : ".";
    if (body.split(decimalMark).length - 1 > 1) {
      throw new NumberFormatError(text, `decimal mark "${decimalMark}" appears twice`);
    }
  } else if (dots + commas > 1) {
    groupMark = dots > 0 ? "." : ",";
  } else if (dots + commas === 1) {
    const mark = dots ? "." : ",";
    const [head, tail] = body.split(mark) as [string, string];
    if (tail.length !== 3 || /^0+$/.test(head)) {
      decimalMark = mark;
    } else if (style === "strict") {
      throw new NumberFormatError(
        text,
        `"${mark}" followed by three digits may group thousands or mark decimals; give the number style`,
      );
    } else {
      const viReading = mark === "." ? "group" : "decimal";
      const reading = style === "vi" ? viReading : viReading === "group" ? "decimal" : "group";
      if (reading === "group") groupMark = mark;
      else decimalMark = mark;
    }
  }

  let intPart = body;
  let fracPart = "";
  if (decimalMark) {
    const at = body.lastIndexOf(decimalMark);
    intPart = body.slice(0, at);
    fracPart = body.slice(at + 1);
  }
  if (groupMark) {
    const groups = intPart.split(groupMark);
    const [first, ...rest] = groups as [string, ...string[]];
    if (first.length === 0 || first.length > 3 || rest.some((g) => g.length !== 3)) {
      throw new NumberFormatError(text, `thousands must be grouped by three digits after "${groupMark}"`);
    }
    intPart = groups.join("");
  }
  const value = sign * Number(`${intPart}${fracPart ? `.${fracPart}` : ""}`);
  if (!Number.isFinite(value)) throw new NumberFormatError(text, "too large");
  const readStyle = decimalMark === "," || groupMark === "." ? "vi" : decimalMark || groupMark ? "en" : null;
  return { value: Object.is(value, -0) ? 0 : value, decimals: fracPart.length, style: readStyle };
}

/** Parses one figure to its value; see {@link parseNumberDetailed}. */
export function parseNumber(text: string, style: NumberStyle = "vi"): number {
  return parseNumberDetailed(text, style).value;
}

/** Magnitude words: nghìn/ngàn (10³), triệu (10⁶), tỷ/tỉ (10⁹), and their products. */
const MAGNITUDES: Record<string, number> = {
  nghìn: 1e3,
  ngàn: 1e3,
  triệu: 1e6,
  tỷ: 1e9,
  tỉ: 1e9,
};

/** Splits leading magnitude words off a unit: "nghìn tỷ đồng" → 10¹² and "đồng". */
export function splitMagnitude(unit: string): { scale: number; rest: string } {
  const words = unit.split(" ").filter(Boolean);
  let scale = 1;
  let i = 0;
  while (i < words.length && MAGNITUDES[words[i]!] !== undefined) {
    scale *= MAGNITUDES[words[i]!]!;
    i++;
  }
  return { scale, rest: words.slice(i).join(" ") };
}

export type DisplayLocale = "vi" | "en";
const INTL_LOCALE: Record<DisplayLocale, string> = { vi: "vi-VN", en: "en-GB" };
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Formats a number for display: vi-VN (88.800; 104,5) or en-GB (88,800; 104.5), through `Intl`.
 * `decimals` fixes the digits after the mark; otherwise up to `maxDecimals` (default 2) are shown.
 */
export function formatNumber(
  value: number,
  locale: DisplayLocale,
  options: { decimals?: number; maxDecimals?: number } = {},
): string {
  const min = options.decimals ?? 0;
  const max = options.decimals ?? options.maxDecimals ?? 2;
  const key = `${locale}|${min}|${max}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(INTL_LOCALE[locale], {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      useGrouping: true,
    });
    formatters.set(key, formatter);
  }
  return formatter.format(value).replace(/\u2212/g, "-");
}

/** Formats a percent: "107%", "104,5%" (vi) or "104.5%" (en). */
export function formatPercent(value: number, locale: DisplayLocale, maxDecimals = 2): string {
  return `${formatNumber(value, locale, { maxDecimals })}%`;
}

/** Rounds half away from zero to `decimals` places, as officers round by hand. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  // Nudge by a relative epsilon so that 104.45 (stored as 104.4499…) rounds as written.
  const rounded = Math.round(scaled * (1 + Number.EPSILON * 4)) / factor;
  return Math.sign(value) * rounded;
}
