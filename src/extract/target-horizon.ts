/**
 * When a target must hold (thời điểm đánh giá): an annual plan's targets hold for its year; a
 * term's targets hold at the term's end unless the words say a yearly average ("bình quân … /năm"),
 * every year ("hằng năm", "mỗi năm"), or the term's total ("giai đoạn 2021 - 2025", "5 năm").
 */
import type { FigureSpec } from "./target-bounds.ts";
import type { TargetHorizon, TargetPeriod } from "./target-types.ts";

const W = String.raw`(?![\p{L}\p{M}])`;
/** "bình quân" of a year, not of a person ("GRDP bình quân đầu người"). */
const AVERAGE_WORD =
  /(?:bình quân|trung bình)(?!\s+(?:đầu người|nhân khẩu|mỗi người|một người|người|chung cả nước|của))/iu;
const AVERAGE_PER_YEAR = new RegExp(
  String.raw`(?:bình quân|trung bình)(?:\s+(?:chung|đạt|là))?\s+(?:(?:hằng|hàng|mỗi|một|mỗi một|\d+)?\s*năm|(?:cả\s+)?(?:giai đoạn|thời kỳ|nhiệm kỳ))${W}`,
  "iu",
);
const AVERAGE_BEFORE_FIGURE =
  /(?:bình quân|trung bình)\s+(?:(?:đạt|chiếm|là|tăng|giảm|khoảng|trên|dưới|từ|ở mức|mức)\s+)*$/iu;
const PER_PERSON = /thu nhập|đầu người|tiền lương|lương/iu;
const EVERY_YEAR = new RegExp(String.raw`(?:hằng|hàng|mỗi)\s+năm${W}`, "iu");
/** A term's total: a span of years that is not the span of a standard ("chuẩn nghèo giai đoạn …"). */
const TERM_SPAN =
  /(?<!chuẩn\s(?:nghèo\s)?(?:đa chiều\s)?(?:theo\s)?)(?<!so\s(?:với\s)?)(?:giai đoạn|thời kỳ|nhiệm kỳ)\s*\d{4}\s*[-–]\s*\d{4}/iu;
const TERM_TOTAL = new RegExp(
  String.raw`(?:^|[^\p{L}\p{M}\d])(?:\d+|năm)\s+năm${W}|cả (?:giai đoạn|nhiệm kỳ)|trong (?:giai đoạn|nhiệm kỳ)|lũy kế|luỹ kế`,
  "iu",
);
/**
 * Ratings given once a year (xếp loại, đánh giá hằng năm): a term's share of party bodies
 * "hoàn thành tốt nhiệm vụ" or communes "vững mạnh" is judged on every year's rating.
 */
const YEARLY_RATING =
  /hoàn thành (?:tốt|xuất sắc) nhiệm vụ|trong sạch,? vững mạnh|vững mạnh(?: toàn diện| về)/iu;
const MAINTAIN = /^(?:phấn đấu\s+)?(?:duy trì|giữ vững)/iu;

/** What the horizon is read from: the words up to the end of the first figure's clause, and that figure. */
export interface HorizonClues {
  head: string;
  unit: string | null;
  spec: FigureSpec | null;
  /** All the words, for what a clause alone does not say. */
  whole?: string;
  /** The words of the first figure's clause before it. */
  beforeLead?: string;
}

/** The horizon of a target, or of one part of it. */
export function horizonOf(period: TargetPeriod | null | undefined, clues: HorizonClues): TargetHorizon {
  if (period?.type === "annual") return "annual";
  const { head, unit, spec } = clues;
  // "ha/năm" and "%/năm" are per year; "triệu đồng/người/năm" is an income, not a horizon.
  const perYear =
    unit !== null && /\/năm$/u.test(unit) && !/\/người/u.test(unit) && !/thu nhập|đầu người/iu.test(head);
  if (spec === null) {
    return MAINTAIN.test(head.trim()) || EVERY_YEAR.test(head)
      ? "each_year"
      : period
        ? "end_of_period"
        : "annual";
  }
  if (AVERAGE_PER_YEAR.test(head)) return "period_average";
  // "tổng vốn đầu tư bình quân chiếm 35% GRDP": an average right before the figure, not of a person's income.
  if (period && AVERAGE_BEFORE_FIGURE.test(clues.beforeLead ?? "") && !PER_PERSON.test(head))
    return "period_average";
  if (perYear && AVERAGE_WORD.test(head)) return "period_average";
  if (EVERY_YEAR.test(head)) return "each_year";
  // "duy trì 100% xã đạt chuẩn": a level kept through the term holds every year.
  if (period && MAINTAIN.test(head.trim())) return "each_year";
  if (perYear) {
    // "tăng 10%/năm trở lên" is a floor for every year; "đạt 10 - 10,5%/năm" is the term's average.
    if (!unit!.startsWith("%") || spec.kind === "min") return "each_year";
    return "period_average";
  }
  if (TERM_SPAN.test(head) || TERM_TOTAL.test(head)) return "period_cumulative";
  if (period && YEARLY_RATING.test(clues.whole ?? head)) return "each_year";
  return period ? "end_of_period" : "annual";
}
