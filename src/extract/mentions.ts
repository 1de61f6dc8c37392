/**
 * Figures of one sentence, read with their surroundings: a quantity with its unit ("88.800
 * tấn"), a percent with its verb and basis ("đạt 107% kế hoạch tỉnh giao"), a multiplier ("gấp
 * 3,29 lần"), a count roll-up ("23/24 chỉ tiêu"), or a rank ("xếp thứ 3/8"). Figures that the
 * guards name (dates, document numbers, years, phone numbers…) and figures with no unit are
 * dropped here. Each figure is examined in a bounded window, so a sentence is read in linear time.
 */
import { parseNumberDetailed } from "../domain/numbers.ts";
import { ASPECT, type BasisMatch, readBasis } from "./comparisons.ts";
import { guardFigure } from "./guards.ts";
import { OR_MORE, type Prefix, readPrefix, settleQualifier } from "./qualifiers.ts";
import { isResolutionRollup, isRollupNoun, readCountNoun, readRollupStatus } from "./rollups.ts";
import { bracketOpenings } from "./sentences.ts";
import type { Qualifier, RollupStatus } from "./types.ts";
import { isCountUnit, matchUnit } from "./units.ts";

export type MentionKind = "quantity" | "percent" | "multiplier" | "count" | "rank";

export interface PlanFigure {
  value?: number;
  range?: [number, number];
  unit: string;
}

export interface Mention {
  kind: MentionKind;
  /** Where the verb or qualifier before the figure begins. */
  start: number;
  numStart: number;
  /** Just after everything the mention took: unit, basis, plan figure, bracketed basis value. */
  end: number;
  value: number | null;
  unit: string | null;
  range?: [number, number];
  prefix: Prefix;
  qualifier: Qualifier | null;
  basis: BasisMatch | null;
  /** "về diện tích": the comparison is about the area figure. */
  aspectArea: boolean;
  plan?: PlanFigure;
  basisValue?: { value: number; unit: string };
  met?: number;
  total?: number;
  noun?: string;
  status?: RollupStatus;
  resolution?: boolean;
  position?: number;
  outOf?: number | null;
  /** Offset of the innermost open "(" around the figure, or -1. */
  parenOpen: number;
}

const FIGURE = /(?<![\p{L}\p{M}\d.,])\d+(?:[.,]\d+)*/gu;
const FIGURE_AT = /^\d+(?:[.,]\d+)*/u;
const RANK_HEAD = /(?<![\p{L}\p{M}])(?:xếp|đứng|xếp hạng)\s+(?:thứ\s+)?$/iu;
const WINDOW = 90;

function readFigure(token: string): number | null {
  try {
    return parseNumberDetailed(token, "vi").value;
  } catch {
    return null;
  }
}

interface QuantityAt {
  value: number | null;
  range?: [number, number];
  unit: string;
  length: number;
}

/** A figure (or a range) and its unit at the start of `text`, after optional white space. */
export function readQuantityAt(text: string): QuantityAt | null {
  const lead = /^\s*/.exec(text)![0].length;
  const first = FIGURE_AT.exec(text.slice(lead));
  if (!first) return null;
  let at = lead + first[0].length;
  const lo = readFigure(first[0]);
  if (lo === null) return null;
  let range: [number, number] | undefined;
  const dash = /^\s*(?:-|–|—|đến|tới)\s*/u.exec(text.slice(at, at + 8));
  if (dash) {
    const second = FIGURE_AT.exec(text.slice(at + dash[0].length));
    const hi = second ? readFigure(second[0]) : null;
    if (second && hi !== null && hi >= lo) {
      const unitAfter = matchUnit(text.slice(at + dash[0].length + second[0].length, at + 60));
      if (unitAfter) {
        range = [lo, hi];
        at += dash[0].length + second[0].length;
      }
    }
  }
  const unit = matchUnit(text.slice(at, at + 60));
  if (!unit) return null;
  const result: QuantityAt = { value: range ? null : lo, unit: unit.unit, length: at + unit.length };
  if (range) result.range = range;
  return result;
}

/** Reads every mention of a sentence, left to right. */
export function scanMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  const openings = bracketOpenings(text);
  let skipUntil = 0;
  let floor = 0;
  for (const match of text.matchAll(FIGURE)) {
    const numStart = match.index;
    let numEnd = numStart + match[0].length;
    if (numStart < skipUntil) continue;
    const headFrom = Math.max(floor, numStart - WINDOW);
    const head = text.slice(headFrom, numStart);
    const tail = text.slice(numEnd, numEnd + WINDOW);
    let value = readFigure(match[0]);
    if (value === null) continue;
    const parenOpen = openings[numStart]!;
    const base = (kind: MentionKind, prefix: Prefix): Mention => ({
      kind,
      start: headFrom + prefix.start,
      numStart,
      end: numEnd,
      value,
      unit: null,
      prefix,
      qualifier: null,
      basis: null,
      aspectArea: false,
      parenOpen,
    });

    // Ranks: "xếp thứ 3/8", "đứng thứ 2 cả nước".
    if (RANK_HEAD.test(head) && /^\d+$/.test(match[0])) {
      const outOf = /^\s*\/\s*(\d+)/.exec(tail);
      const rankHead = /(?:xếp|đứng)[\p{L}\s]*$/iu.exec(head)!;
      const mention = base("rank", {
        verb: null,
        verbText: null,
        qualifier: null,
        start: rankHead.index,
        basisBefore: null,
      });
      mention.position = value;
      mention.outOf = outOf ? Number(outOf[1]) : null;
      mention.end = numEnd + (outOf ? outOf[0].length : 0);
      mentions.push(mention);
      skipUntil = floor = mention.end;
      continue;
    }

    const guard = guardFigure(text, numStart, numEnd);
    if (guard) {
      skipUntil = guard.end;
      continue;
    }
    const prefix = readPrefix(head);

    // Achieved/target pairs: "45.799/36.875 tỷ đồng", "22/23 triệu đồng", "8.793/6.500 đảng
    // viên". Two whole numbers before a counted noun stay a roll-up ("23/24 chỉ tiêu").
    const pair = /^\s*\/\s*(\d+(?:[.,]\d+)*)/u.exec(tail);
    const pairUnit = pair ? matchUnit(tail.slice(pair[0].length, pair[0].length + 60)) : null;
    const pairTarget = pair ? readFigure(pair[1]!) : null;
    const isPair =
      pair !== null &&
      pairUnit !== null &&
      pairTarget !== null &&
      !pairUnit.unit.startsWith("%") &&
      (!/^\d+$/.test(match[0]) || !/^\d+$/.test(pair[1]!) || !isCountUnit(pairUnit.unit));

    // Count roll-ups: "23/24 chỉ tiêu", "134/190 tiêu chí".
    const slash = /^\s*\/\s*(\d+)(?![\d.,]*\d|\s*\/)/.exec(tail);
    if (slash && /^\d+$/.test(match[0]) && !isPair) {
      const total = Number(slash[1]);
      const after = tail.slice(slash[0].length);
      const noun = readCountNoun(after);
      skipUntil = numEnd + slash[0].length;
      if (!noun || total === 0 || value > total) continue;
      if (!isRollupNoun(noun.noun) && prefix.verb !== "reach" && prefix.verb !== "be") continue;
      const mention = base("count", prefix);
      const afterNoun = after.slice(noun.length);
      const status = readRollupStatus(afterNoun);
      mention.value = null;
      mention.met = value;
      mention.total = total;
      mention.noun = noun.noun;
      mention.status = status.length === 0 && prefix.verb === "reach" ? "met" : status.status;
      mention.resolution = isResolutionRollup(noun.noun, afterNoun);
      mention.end = numEnd + slash[0].length + noun.length;
      mentions.push(mention);
      skipUntil = floor = mention.end;
      continue;
    }

    // The figure, a range to a second figure, and the unit.
    // "giảm 0 68%": a comma dropped between the units and the decimals of a percent.
    const dropped = match[0] === "0" ? /^ (\d{1,3})(?=\s*%)/u.exec(tail) : null;
    let quantity: QuantityAt | null = isPair
      ? { value, unit: pairUnit!.unit, length: match[0].length + pair![0].length + pairUnit!.length }
      : readQuantityAt(text.slice(numStart, numStart + 160));
    if (dropped) {
      const decimals = readQuantityAt(text.slice(numEnd + 1, numEnd + 40));
      if (decimals) {
        value = Number(`0.${dropped[1]}`);
        quantity = { value, unit: decimals.unit, length: match[0].length + 1 + decimals.length };
      }
    }
    // "4,110 USD", "131,777 doanh nghiệp": an English thousands comma. Whole things and money
    // without a magnitude word are not written with three decimals.
    if (
      quantity &&
      quantity.value !== null &&
      /^\d{1,3},\d{3}$/.test(match[0]) &&
      !/^(?:nghìn|ngàn|vạn|triệu|tỷ|tỉ)(?![\p{L}\p{M}])/u.test(quantity.unit) &&
      (isCountUnit(quantity.unit) || /^(?:USD|đồng)(?:$|\/)/u.test(quantity.unit))
    ) {
      value = Number(match[0].replace(",", ""));
      quantity = { ...quantity, value };
    }
    const times = /^\s*lần(?![\p{L}\p{M}])/iu.exec(tail);
    // "tổng điểm là 72,80": a score with its unit in the words before it.
    if (!quantity && !times && /điểm(?:\s+\p{Lu}+)?\s+(?:là|đạt)\s*$/u.test(head)) {
      quantity = { value, unit: "điểm", length: match[0].length };
    }
    // "… là 50.868 hộ; … là 6.312.": a count whose unit the writer left to the item before.
    const sibling = mentions[mentions.length - 1];
    if (
      !quantity &&
      !times &&
      sibling?.kind === "quantity" &&
      sibling.unit &&
      isCountUnit(sibling.unit) &&
      /(?:là|đạt|có)\s*$/u.test(head) &&
      /^\s*(?:[.;]|$)/u.test(tail)
    ) {
      quantity = { value, unit: sibling.unit, length: match[0].length };
    }
    if (!quantity && !times) continue;
    // "Giá trị thu trên 1ha canh tác", "mỗi 1 ha": a per-unit denominator, no figure.
    if (quantity && value === 1 && !isCountUnit(quantity.unit) && /(?:trên|mỗi|\/)\s*$/iu.test(head)) {
      skipUntil = numStart + quantity.length;
      continue;
    }
    let mention: Mention;
    if (times) {
      mention = base("multiplier", prefix);
      numEnd += times[0].length;
      mention.unit = null;
    } else {
      mention = base(quantity!.unit.startsWith("%") ? "percent" : "quantity", prefix);
      mention.value = quantity!.value;
      mention.unit = quantity!.unit;
      if (quantity!.range) mention.range = quantity!.range;
      numEnd = numStart + quantity!.length;
    }
    let at = numEnd;
    const rest = () => text.slice(at, at + 160);
    if (isPair) mention.plan = { value: pairTarget!, unit: pairUnit!.unit };
    // "83,2%/50%": the target after the achieved percent.
    const percentTarget = mention.kind === "percent" ? /^\s*\/\s*(\d+(?:[.,]\d+)*)\s*%/u.exec(rest()) : null;
    if (percentTarget) {
      const target = readFigure(percentTarget[1]!);
      if (target !== null) mention.plan = { value: target, unit: "%" };
      at += percentTarget[0].length;
    }

    const orMore = OR_MORE.exec(rest());
    if (orMore) at += orMore[0].length;
    const hadFrom = prefix.qualifier === "at_least" && /từ\s*$/iu.test(head);
    mention.qualifier = mention.range ? null : settleQualifier(prefix.qualifier, orMore !== null, hadFrom);

    // "55,3 triệu đồng/KH 55-56 triệu đồng", "tăng 18,4%/KH tăng 10-12%".
    const planSlash = /^\s*\/\s*(?:KH|kế\s+hoạch)(?![\p{L}\p{M}])\s*(?:(?:tăng|giảm)\s+)?/iu.exec(rest());
    if (planSlash) {
      const plan = readQuantityAt(text.slice(at + planSlash[0].length, at + planSlash[0].length + 120));
      if (plan) {
        mention.plan = { unit: plan.unit };
        if (plan.range) mention.plan.range = plan.range;
        else if (plan.value !== null) mention.plan.value = plan.value;
        at += planSlash[0].length + plan.length;
      }
    }

    const aspect = ASPECT.exec(rest());
    if (aspect) {
      mention.aspectArea = /diện\s+tích/iu.test(aspect[1]!);
      at += aspect[0].length;
    }
    const basis = readBasis(rest());
    if (basis) {
      mention.basis = basis;
      at += basis.length;
      // "so với năm 2022 (103,81ha)": the basis value; "chỉ tiêu tỉnh giao 240ha": the plan.
      const bracketed = /^\s*\(/.exec(rest());
      if (bracketed) {
        const inner = readQuantityAt(text.slice(at + bracketed[0].length, at + bracketed[0].length + 80));
        const close = inner ? /^\s*\)/.exec(text.slice(at + bracketed[0].length + inner.length)) : null;
        if (inner && close && inner.value !== null) {
          mention.basisValue = { value: inner.value, unit: inner.unit };
          at += bracketed[0].length + inner.length + close[0].length;
        }
      } else if (/^(?:plan|budget)/.test(basis.basis)) {
        const plan = readQuantityAt(rest());
        if (plan && plan.value !== null && !plan.unit.startsWith("%")) {
          mention.plan = { value: plan.value, unit: plan.unit };
          at += plan.length;
        }
      }
    } else if (prefix.basisBefore) {
      mention.basis = readBasis(prefix.basisBefore);
    }
    mention.end = at;
    mentions.push(mention);
    skipUntil = floor = at;
  }
  return mentions;
}
