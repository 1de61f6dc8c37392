/**
 * The bound a figure sets (cận của chỉ tiêu), read from the words right around it: "trên" and
 * "dưới" are strict (the bound itself misses), "từ … trở lên", "tối thiểu", "không quá" are
 * inclusive; "khoảng" makes it approximate; "giảm X%" of a rate is a fall in points; "tăng X lần
 * so với năm 2015" is a change against a base.
 */
import type { Figure } from "./target-figures.ts";
import type { TargetSpec } from "./target-types.ts";

export type FigureSpec = Exclude<TargetSpec, { kind: "composite" | "qualitative" | "relative_to_benchmark" }>;

const W = String.raw`(?![\p{L}\p{M}])`;
/** Words that may stand between a qualifier and its number ("trên mức 5%", "khoảng chừng"). */
const FILLER = String.raw`(?:\s+(?:ở mức|mức|con số|là|đạt))*\s*`;
const STRICT_MIN = new RegExp(
  String.raw`(?:^|[^\p{L}\p{M}])(?:trên|hơn|cao hơn|nhiều hơn|vượt)${FILLER}$|>\s*$`,
  "iu",
);
const INCLUSIVE_MIN = new RegExp(
  String.raw`(?:^|[^\p{L}\p{M}])(?:ít nhất|tối thiểu|không dưới|không thấp hơn|không ít hơn|từ)${FILLER}$|(?:≥|>=)\s*$`,
  "iu",
);
const STRICT_MAX = new RegExp(String.raw`(?:^|[^\p{L}\p{M}])(?:dưới|thấp hơn|ít hơn)${FILLER}$|<\s*$`, "iu");
const INCLUSIVE_MAX = new RegExp(
  String.raw`(?:^|[^\p{L}\p{M}])(?:không quá|không vượt quá|tối đa|không cao hơn|không nhiều hơn)${FILLER}$|(?:≤|<=)\s*$`,
  "iu",
);
const ABOUT = new RegExp(
  String.raw`(?:^|[^\p{L}\p{M}])(?:khoảng|xấp xỉ|gần|chừng|trên dưới)${FILLER}$|~\s*$`,
  "iu",
);
/** "… trở lên" after the figure, unless another number owns it ("15 sản phẩm đạt từ 3 sao trở lên"). */
const OR_MORE = new RegExp(String.raw`^[^;\d]*?trở lên${W}`, "iu");
/** "so với năm 2015", "so năm 2015", but not "giá so sánh 2010". */
const VERSUS = String.raw`so\s+(?:với\s+|(?=năm|thời kỳ|giai đoạn|cùng kỳ))`;
const VERSUS_AFTER = new RegExp(String.raw`^\s*(?:\([^)]*\)\s*)?${VERSUS}(.*)$`, "iu");
const VERSUS_BEFORE = new RegExp(String.raw`${VERSUS}(.+?)\s+(?:tăng|giảm)(?:\s+thêm)?\s*$`, "iu");
const CHANGE_VERB = new RegExp(String.raw`(?:^|[^\p{L}\p{M}])(tăng|giảm)${W}`, "giu");
const FALL = new RegExp(String.raw`(?:^|[^\p{L}\p{M}])giảm${W}`, "iu");
/** Words naming a rate, whose fall is counted in points. */
const RATE = /tỷ lệ|tỉ lệ|tỷ suất|tỉ suất|hộ nghèo|giảm nghèo|mức sinh|lạm phát|chỉ số/iu;
const FALL_TO = new RegExp(`(?:còn|xuống|ở mức|về mức|chỉ còn)${W}`, "iu");

/** The base a change is measured against, as written ("năm 2015" → "2015", "thời kỳ 2010 - 2015"). */
function baseOf(words: string): string | null {
  const years = /(\d{4})(?:\s*[-–]\s*(\d{4}))?/u.exec(words);
  if (years) return years[2] ? `${years[1]}-${years[2]}` : years[1]!;
  const trimmed = words.trim().replace(/[.;,]+$/u, "");
  return trimmed || null;
}

/** The last "tăng" or "giảm" before the figure, if any. */
function lastChangeVerb(before: string): "tăng" | "giảm" | null {
  let verb: "tăng" | "giảm" | null = null;
  for (const m of before.matchAll(CHANGE_VERB)) verb = m[1]!.toLowerCase() as "tăng" | "giảm";
  return verb;
}

/**
 * The spec of one figure, from the words of its clause before it and after it, and the rest of
 * its segment.
 */
export function specOfFigure(
  figure: Figure,
  before: string,
  after: string,
  rest = after,
  subject = "",
): FigureSpec {
  const { value, max } = figure;
  if (figure.isRatio && max !== undefined) return { kind: "ratio_pair", numerator: value, denominator: max };
  const verb = lastChangeVerb(before);
  // "tăng 20 trang, gia trại so với năm 2015": the base may come after a comma of the same segment,
  // as long as no other figure stands between.
  const versusRest = new RegExp(VERSUS, "iu").exec(rest);
  const versusAfter =
    VERSUS_AFTER.exec(after) ??
    (versusRest && !/\d/u.test(rest.slice(0, versusRest.index))
      ? VERSUS_AFTER.exec(rest.slice(versusRest.index))
      : null);
  const versusBefore = VERSUS_BEFORE.exec(before);
  if (verb && (versusAfter || versusBefore || figure.unit === "lần")) {
    const base = versusAfter ? baseOf(versusAfter[1]!) : versusBefore ? baseOf(versusBefore[1]!) : null;
    return { kind: "change_vs_base", value: verb === "giảm" ? -value : value, unit: figure.unit, base };
  }
  if (isFallInPoints(figure, before)) {
    // Of a rate, a fall in points; of anything else ("giảm 10% số vụ tai nạn") a fall against
    // the year before.
    if (RATE.test(`${subject} ${before}`) || !figure.unit?.startsWith("%")) {
      return max === undefined ? { kind: "reduce_pp", value } : { kind: "reduce_pp", min: value, max };
    }
    if (max === undefined) return { kind: "change_vs_base", value: -value, unit: figure.unit, base: null };
  }
  const approx = ABOUT.test(before);
  if (max !== undefined)
    return approx ? { kind: "range", min: value, max, approx: true } : { kind: "range", min: value, max };
  // Inclusive words first: "không dưới" and "không vượt quá" hold the strict words inside them.
  if (/trên dưới\s*$/iu.test(before)) return { kind: "approx", value };
  if (INCLUSIVE_MAX.test(before)) return { kind: "max", value, strict: false };
  if (OR_MORE.test(after) || INCLUSIVE_MIN.test(before)) return { kind: "min", value, strict: false };
  if (STRICT_MAX.test(before)) return { kind: "max", value, strict: true };
  if (STRICT_MIN.test(before)) return { kind: "min", value, strict: true };
  if (approx) return { kind: "approx", value };
  return { kind: "point", value };
}

/**
 * "giảm X%" of a rate is a fall of X percentage points ("tỷ lệ hộ nghèo giảm 1-1,5%/năm"), while
 * "giảm còn X%" or "giảm xuống X%" is the level to reach.
 */
export function isFallInPoints(figure: Figure, before: string): boolean {
  const unit = figure.unit ?? "";
  if (!(unit.startsWith("%") || unit.startsWith("‰") || unit.startsWith("điểm") || unit === "")) return false;
  const at = before.search(FALL);
  if (at < 0) return false;
  const afterFall = before.slice(at);
  return !FALL_TO.test(afterFall);
}
