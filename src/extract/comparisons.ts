/**
 * What a percent is measured against: the basis phrase after it ("kế hoạch năm", "KH tỉnh
 * giao", "dự toán HĐND huyện giao", "so với cùng kỳ năm 2023", "so với năm 2021", "Nghị quyết"),
 * read literally as shared/eval/README.md encodes it.
 */

import type { Verb } from "./qualifiers.ts";
import type { Basis, Direction } from "./types.ts";

export interface BasisMatch {
  basis: Basis;
  /** The phrase as written, trimmed. */
  text: string;
  /** Characters taken from the start of the examined text. */
  length: number;
  /** The year of "so với năm 2021", to tell the previous year from a distant one. */
  year?: number;
}

const W = String.raw`[\p{L}\p{M}]+`;
const END = String.raw`(?![\p{L}\p{M}])`;
const SO = String.raw`(?:so\s+(?:với\s+)?)`;
const GIVEN_BY = String.raw`(?:\s+(?!giao)${W}){0,6}?\s+giao${END}(?:\s+năm\s+\d{4})?`;

const SAME_PERIOD = new RegExp(
  String.raw`^\s*(?:${SO}?cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái|\d{4})|\s+\d{4})?|${SO}(?:quý\s+[IVX]+(?:\s*\/\s*\d{4}|\s+năm\s+\d{4})?|\d+\s+tháng(?:\s+đầu)?\s+năm\s+\d{4}))${END}`,
  "iu",
);
const PREVIOUS_YEAR = new RegExp(
  String.raw`^\s*${SO}(?:năm\s+(?:trước|ngoái)${END}|(?:cuối\s+|đầu\s+)?năm\s+(\d{4})|(\d{4}))(?!\d)`,
  "iu",
);
const RESOLUTION = new RegExp(
  String.raw`^\s*${SO}?(?:(?:mục\s+tiêu|chỉ\s+tiêu)\s+)?(?:của\s+)?(?:nghị\s+quyết|NQ)${END}(?:\s+(?:Đại\s+hội|ĐH|HĐND)(?:\s+${W}){0,4})?`,
  "iu",
);
const BUDGET = new RegExp(
  String.raw`^\s*${SO}?dự\s+toán${END}(?:${GIVEN_BY}|\s+pháp\s+lệnh${END}|\s+năm(?:\s+\d{4})?${END})?`,
  "iu",
);
const PLAN = new RegExp(
  String.raw`^\s*${SO}?(?:kế\s+hoạch|KH|chỉ\s+tiêu)${END}(?:(${GIVEN_BY})|(\s+(?:cả\s+)?năm(?!\s+(?:trước|ngoái))(?:\s+\d{4})?${END})|\s+(?:đề\s+ra|đặt\s+ra)${END})?`,
  "iu",
);
const ASSIGNED = new RegExp(
  String.raw`^\s*(?:${SO}(?:${W}\s+){0,3}?|(?:xã|huyện|tỉnh|thành\s+phố|cấp\s+trên|trên)\s+)giao${END}`,
  "iu",
);
const OTHER = new RegExp(
  String.raw`^\s*${SO}(?!\d)[^,;.()]{1,40}?(?=\s*(?:[,;.()]|$|\s(?:và|đạt|tăng|giảm)\s))`,
  "iu",
);

function found(basis: Basis, match: RegExpExecArray, year?: string): BasisMatch {
  const result: BasisMatch = { basis, text: match[0].trim(), length: match[0].length };
  if (year) result.year = Number(year);
  return result;
}

/** Reads the basis phrase at the start of `text`, or `null` when the text names none. */
export function readBasis(text: string): BasisMatch | null {
  const window = text.slice(0, 120);
  let m = SAME_PERIOD.exec(window);
  if (m) return found("same_period", m);
  m = PREVIOUS_YEAR.exec(window);
  if (m) return found("previous_year", m, m[1] ?? m[2]);
  m = RESOLUTION.exec(window);
  if (m) return found("resolution", m);
  m = BUDGET.exec(window);
  if (m) return found("budget_estimate", m);
  m = PLAN.exec(window);
  if (m) return found(m[1] ? "plan_assigned" : m[2] ? "plan_year" : "plan", m);
  m = ASSIGNED.exec(window);
  if (m) return found("plan_assigned", m);
  m = OTHER.exec(window);
  if (m) return found("other", m);
  return null;
}

/**
 * "So với năm 2021" is the previous year when the statement's period is 2022 (or unknown);
 * a more distant year ("so với năm 1995") is `other`.
 */
export function settleYearBasis(match: BasisMatch, periodYear: number | null): Basis {
  if (match.basis !== "previous_year" || match.year === undefined || periodYear === null) return match.basis;
  return match.year === periodYear - 1 ? "previous_year" : "other";
}

/** The direction a verb gives a comparison: tăng, vượt, cao hơn → increase; giảm → decrease. */
export function directionOf(verb: Verb | null): Direction | undefined {
  if (verb === "increase" || verb === "exceed") return "increase";
  if (verb === "decrease") return "decrease";
  return undefined;
}

/** "Đạt 121% về diện tích": the measure a comparison is about, read before its basis. */
export const ASPECT =
  /^\s*về\s+(diện\s+tích|sản\s+lượng|giá\s+trị|số\s+lượng|số\s+tiền|kinh\s+phí|số\s+hộ)/iu;
