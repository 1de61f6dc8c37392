/**
 * The grammar that turns the mentions of a sentence into statements. A quantity opens a
 * statement; a percent opens one when words naming an indicator stand before it ("tỷ lệ hộ
 * nghèo giảm 3,87%"), and otherwise joins the statement before it as a comparison ("…, đạt 107%
 * kế hoạch tỉnh giao, đạt 104,5% kế hoạch năm"). A percent is the level of a rate indicator
 * ("tăng trưởng kinh tế đạt 7,5%"), a percent of plan for other indicators ("thu ngân sách đạt
 * 145%"), or a change with a verb (tăng, giảm, vượt).
 */
import { directionOf, readBasis, settleYearBasis } from "./comparisons.ts";
import { isCeremonySentence, isDisasterSentence, isSpecification } from "./guards.ts";
import { lastIndexBefore, lastMatchingUpTo } from "./in-text-order.ts";
import { cleanIndicator, isRateIndicator } from "./indicator.ts";
import { type LocalityMention, localityAt } from "./locality.ts";
import { type Mention, scanMentions } from "./mentions.ts";
import type { PeriodMention } from "./period.ts";
import { isEstimated } from "./qualifiers.ts";
import { findSlashlessRollups, readRollupStatus } from "./rollups.ts";
import type { Sentence } from "./sentences.ts";
import type { Comparison, Statement } from "./types.ts";
import { isAreaUnit, isCountUnit } from "./units.ts";

export interface PassageContext {
  text: string;
  periods: PeriodMention[];
  localities: LocalityMention[];
  /** A heading such as "Các chỉ tiêu chủ yếu:" has been read: figures that follow are targets. */
  targetList: boolean;
  /** Where the passage's first sentence ends: its period and place stand for the whole passage. */
  leadEnd: number;
  /** The statements of the last sentence that had any: "Con số này tăng 47,5%" speaks of them. */
  previous?: Statement[];
}

interface Draft extends Statement {
  periodYear: number | null;
  /** The mention that gave the value, for the evidence. */
  valueMention?: Mention;
  periodAt?: number;
}

const TARGET_WORDS = /dự toán|phấn đấu|mục tiêu|chỉ tiêu (?:\p{L}+ )?giao|kế hoạch (?:năm \d{4} )?giao/iu;
const TARGET_HEADING =
  /(?:^|[\s\d.)\-–])(?:các\s+)?(?:chỉ\s+tiêu|mục\s+tiêu)\s+(?:chủ\s+yếu|cụ\s+thể|kinh\s+tế|chính|phát\s+triển|về)|các\s+chỉ\s+tiêu\s*:|(?:kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu)\s+(?:năm\s+)?\d{4}\s*:?\s*$/iu;
const RESULT_WORDS = /đạt|vượt|hoàn thành|thực hiện được|kết quả/iu;
const RESULT_HEADING = /kết quả|tình hình thực hiện|đánh giá/iu;

/** Whether a sentence with no figure announces a list of targets ("Các chỉ tiêu chủ yếu:"). */
export function isTargetHeading(sentence: string): boolean {
  return TARGET_HEADING.test(sentence) && !RESULT_WORDS.test(sentence);
}

/**
 * The period of a figure at `at` (its clause opens at `from`; its sentence spans `sentence`;
 * `paren` is the "(" it sits in, or -1), by structure: a period in the figure's clause, else the
 * last period that opened a clause before it ("Năm 2022, …"), else one later in its sentence
 * ("… đạt 76 tỷ USD trong 10 tháng năm 2025"), else the lead sentence's period. A period inside
 * an aside ("(quý I tăng 7,56%)") speaks for that aside and for its own clause only.
 */
function periodFor(
  context: PassageContext,
  from: number,
  at: number,
  sentence: { start: number; end: number },
  paren = -1,
): PeriodMention | null {
  const periods = context.periods;
  const i = lastIndexBefore(periods, at);
  // In the clause: a period in the running text (or the figure's own aside) before one in an
  // aside ("trong tháng 1/2024 (tính đến ngày 23/1/2024), …").
  let aside: PeriodMention | null = null;
  for (let j = i; j >= 0 && periods[j]!.start >= from; j--) {
    if (periods[j]!.parenOpen < 0 || periods[j]!.parenOpen === paren) return periods[j]!;
    aside ??= periods[j]!;
  }
  if (aside) return aside;
  if (i >= 0) {
    const scoping = periods[lastMatchingUpTo(periods, "scoping", (p) => p.scoping)[i]!];
    if (scoping) return scoping;
  }
  // Only the next few: a sentence of a long report can hold hundreds of periods.
  for (let j = i + 1; j < Math.min(periods.length, i + 4) && periods[j]!.start < sentence.end; j++) {
    if (periods[j]!.parenOpen < 0 && periods[j]!.start > at) return periods[j]!;
  }
  const lead = periods[0];
  return lead && lead.start < context.leadEnd && lead.start < at ? lead : null;
}

/** The noun phrase after a count ("1.200 doanh nghiệp thành lập mới"), up to a verb or a mark. */
function countedPhrase(m: Mention, text: string): string {
  if (!m.unit || !isCountUnit(m.unit)) return "";
  const after = text.slice(m.end, m.end + 80);
  const phrase = /^[^,;.:()\d]*/u.exec(after)![0].split(/\s(?:với|đạt|tăng|giảm|là|của|trên|so)\s/u)[0]!;
  return `${m.unit} ${phrase}`.replace(/\s+/g, " ").trim();
}

/** The population after a percent ("100% xã có trạm y tế"), when the words there are no basis. */
function populationAfter(m: Mention, text: string): string {
  const after = text.slice(m.end, m.end + 100);
  const phrase = /^\s+(?:số\s+)?(\p{Ll}[\p{L}\p{M}]*(?:\s+[\p{L}\p{M}-]+)*)/u.exec(
    after.split(/[,;.:()]/)[0]!,
  );
  if (!phrase) return "";
  const words = phrase[1]!.trim();
  if (/^(?:và|hoặc|so|trong|kế|tổng|của|trên|tương|thì|là)(?![\p{L}\p{M}])/u.test(words)) return "";
  return words;
}

const PLAN_ASIDE =
  /^(?:kế hoạch|KH|chỉ tiêu|mục tiêu|NQ|nghị quyết|dự toán)(?![\p{L}\p{M}])[\p{L}\p{M}\s]{0,30}$/iu;

/** "(kế hoạch 7%)", "(KH 240 ha)" after a figure: the plan beside the result. */
function isPlanAside(m: Mention, indicator: string): boolean {
  return m.parenOpen >= 0 && m.prefix.verb === null && !m.basis && PLAN_ASIDE.test(indicator);
}

/** Copies a plan figure ("/KH 55-56 triệu đồng", "chỉ tiêu tỉnh giao 240ha") onto a statement. */
function applyPlan(d: Draft, plan: Mention["plan"], unit = plan?.unit): void {
  if (!plan) return;
  if (plan.range) d.plan_range = plan.range;
  if (plan.value !== undefined) d.plan_value = plan.value;
  d.plan_unit = unit!;
}

/** Makes a mention's figure the statement's level. */
function setLevel(d: Draft, m: Mention): void {
  d.valueMention = m;
  d.value = m.value;
  d.unit = m.unit;
  d.qualifier = m.qualifier;
}

/** "Con số này", "Các con số này", "Số liệu trên": a subject that points back at figures. */
const ANAPHOR = /^(?:các\s+)?(?:con\s+số|số\s+liệu|mức)\s+(?:này|trên|đó|nói\s+trên)$/iu;

/** "… tăng 2,2% về số doanh nghiệp": the measure a percent is about, right after it. */
const ABOUT = /^\s*về\s+([^,;.()]+?)(?=\s+(?:so|và|tăng|giảm|đạt)(?![\p{L}\p{M}])|\s*[,;.()]|\s*$)/iu;

const wordSet = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .split(/[^\p{L}\p{M}\d]+/u)
      .filter(Boolean),
  );

/** Of `candidates`, the statement whose indicator shares most words with `about`, or `null`. */
function bestByWords(candidates: Statement[], about: string): Statement | null {
  const want = wordSet(about);
  let best: Statement | null = null;
  let bestScore = 0;
  for (const c of candidates) {
    const have = wordSet(`${c.indicator} ${c.unit ?? ""}`);
    const score = [...want].filter((w) => have.has(w)).length;
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/** "Quảng Ninh (11,67%)": a bare figure in brackets right after a place name. */
const PLACE_BEFORE_BRACKET = /\p{Lu}[\p{Ll}\p{M}]*(?:[\s-]+\p{Lu}[\p{Ll}\p{M}]*)*\s*$/u;

/** "đóng góp 3,6 điểm phần trăm", "làm giảm 1,3 điểm phần trăm": a contribution, no statement. */
const CONTRIBUTION = /(?:đóng\s+góp|làm\s+(?:giảm|tăng))(?:\s+(?:gần|khoảng|hơn|trên|thêm))?\s*$/iu;

/** "Với 76,44 tỷ USD, Bắc Ninh dẫn đầu …": with no place before, the named place after in the sentence. */
function placeLaterIn(context: PassageContext, at: number, end: number): string | null {
  const next = context.localities[lastIndexBefore(context.localities, at) + 1];
  return next && next.start < end && !next.generic && next.parenOpen < 0 ? next.text : null;
}

/** "25.055 tỷ đồng (năm 2019)": a period in an aside right after a figure is that figure's. */
function periodAsideAfter(
  context: PassageContext,
  text: string,
  offset: number,
  end: number,
): PeriodMention | null {
  const aside = /^\s*\(/u.exec(text.slice(end, end + 4));
  if (!aside) return null;
  const open = offset + end + aside[0].length - 1;
  const next = context.periods[lastIndexBefore(context.periods, open) + 1];
  return next && next.parenOpen === open && /^\s*\)/u.test(context.text.slice(next.end, next.end + 3))
    ? next
    : null;
}

/** Whether a named place ends right before `at` (within a few words). */
function namedJustBefore(context: PassageContext, at: number): boolean {
  const place = context.localities[lastIndexBefore(context.localities, at)];
  return place !== undefined && !place.generic && place.start >= at - 40;
}

/** "tương ứng là:", "lần lượt là": the figures after it follow, in order, the ones before. */
const RESPECTIVELY = /(?:tương\s+ứng|lần\s+lượt)(?:\s+là)?\s*:?\s*$/iu;

/** "so với năm 2020 là 5,3%": the figure that follows is the earlier period's. */
const EARLIER_FIGURE = /(?:^|[,;]\s*)so\s+(?:với\s+)?(năm\s+(?:19|20)\d{2})\s*$/iu;

/** A subject that counts units ("6 địa phương tăng trưởng trên 10%"): the percent is a threshold. */
const COUNTED_SUBJECT =
  /^(?:có\s+)?\d+(?:\/\d+)?\s+(?:địa\s+phương|tỉnh|thành\s+phố|huyện|xã|đơn\s+vị|doanh\s+nghiệp|ngành)/iu;

/** The words each comparison was read from, for the evidence. */
const comparisonWords = new WeakMap<Comparison, string>();

/** Reads the statements of one sentence; `offset` is the sentence's place in the passage. */
export function readSentence(sentence: Sentence, context: PassageContext): Statement[] {
  const text = sentence.text;
  const offset = sentence.start;
  const bounds = { start: offset, end: offset + text.length };
  const mentions = scanMentions(text);
  if (mentions.length === 0) {
    if (isTargetHeading(text)) context.targetList = true;
    else if (RESULT_HEADING.test(text)) context.targetList = false;
  }
  const drafts: Draft[] = [];
  const ceremony = isCeremonySentence(text);
  const disaster = isDisasterSentence(text);
  let current: Draft | null = null;
  /** The statement a "trong đó" breakdown belongs to, and how many items it has had. */
  let whole: Draft | null = null;
  let items = 0;
  let lastIndicator = "";
  let previousEnd = 0;

  const open = (m: Mention, indicator: string, gapFrom: number, gap: string): Draft => {
    const period =
      periodAsideAfter(context, text, offset, m.end) ??
      periodFor(
        context,
        offset + gapFrom,
        offset + m.numStart,
        bounds,
        m.parenOpen < 0 ? -1 : offset + m.parenOpen,
      );
    const locality =
      localityAt(context.localities, offset + m.numStart, m.parenOpen < 0 ? -1 : offset + m.parenOpen) ??
      placeLaterIn(context, offset + m.numStart, bounds.end);
    const clause =
      text
        .slice(Math.max(gapFrom, m.numStart - 400), m.numStart)
        .split(/[;]/)
        .pop() ?? "";
    const draft: Draft = {
      indicator: indicator || lastIndicator,
      value: null,
      unit: null,
      qualifier: null,
      estimated: isEstimated(clause.slice(-200)),
      comparisons: [],
      period: period?.text ?? null,
      locality,
      is_target: false,
      periodYear: period?.year ?? null,
      evidence: { indicator: gap.trim() },
    };
    if (period) draft.periodAt = period.start;
    const targetByWords = TARGET_WORDS.test(clause.slice(-200));
    const head = drafts[0];
    draft.is_target = targetByWords || context.targetList || head?.is_target === true;
    if (!draft.estimated && /trong\s+đó/iu.test(gap) && head?.estimated) draft.estimated = true;
    if (/trong\s+đó/iu.test(gap)) {
      whole = current;
      items = 0;
    }
    if (whole) items++;
    drafts.push(draft);
    if (indicator) lastIndicator = indicator;
    current = draft;
    return draft;
  };

  const periodWithin = (from: number, to: number): boolean => {
    const i = lastIndexBefore(context.periods, to);
    return i >= 0 && context.periods[i]!.start >= from;
  };

  const comparisonOf = (m: Mention, owner: Draft | null): Comparison => {
    const c: Comparison = { percent: 0, basis: "other", basis_text: null };
    comparisonWords.set(c, text.slice(m.start, m.end).trim());
    if (m.kind === "multiplier") {
      c.percent = Math.round(m.value! * 100 * 1e9) / 1e9;
      c.multiplier = m.value!;
    } else c.percent = m.value!;
    if (m.basis) {
      c.basis = settleYearBasis(m.basis, owner?.periodYear ?? null);
      c.basis_text = m.basis.text;
    } else if (leadingBasis && directionOf(m.prefix.verb)) {
      // "So với cùng kỳ năm ngoái, kim ngạch … tăng 30,6%": the basis that opens the sentence.
      c.basis = leadingBasis.basis;
      c.basis_text = leadingBasis.text;
    } else if (m.kind !== "multiplier" && (m.prefix.verb === "reach" || m.prefix.verb === null)) {
      c.basis = "plan";
    }
    const direction = m.kind === "multiplier" ? undefined : directionOf(m.prefix.verb);
    if (direction) c.direction = direction;
    if (m.qualifier && m.qualifier !== "exact" && m.kind === "percent") c.qualifier = m.qualifier;
    if (m.basisValue) {
      c.basis_value = m.basisValue.value;
      c.basis_unit = m.basisValue.unit;
    }
    return c;
  };

  /** The statement a comparison belongs to: by its unit or aspect when the sentence lists several. */
  const ownerOf = (m: Mention): Draft | null => {
    const unit = m.plan?.unit ?? m.basisValue?.unit;
    if (m.aspectArea || unit) {
      for (let i = drafts.length - 1; i >= 0; i--) {
        const d = drafts[i]!;
        if (d.unit && (m.aspectArea ? isAreaUnit(d.unit) : d.unit === unit)) return d;
      }
    }
    // After a breakdown of two or more bare items ("trong đó A là x ha, B là y ha, đạt 101%
    // kế hoạch"), a comparison speaks of the whole. This reading is a convention: such
    // sentences are ambiguous, and one item alone keeps its comparison.
    const last = current as Draft | null;
    if (
      whole &&
      last &&
      last !== whole &&
      items >= 2 &&
      drafts.every((d) => d === whole || d.comparisons.length === 0)
    ) {
      return whole;
    }
    return current;
  };

  /** The comparisons of an "về X" list, to receive the list's shared basis. */
  const listed: Comparison[] = [];
  let listBasis: Comparison | null = null;
  const leadingBasis = /^\s*so\s+(?:với\s+)?/iu.test(text) ? readBasis(text.trimStart()) : null;
  let previousKind: Mention["kind"] | null = null;
  let lastFigureEnd = -1;
  let respectively: { refs: Draft[]; next: number; period: string | null } | null = null;
  let previousVerb: Mention["prefix"]["verb"] = null;

  for (const m of mentions) {
    let gapFrom = previousEnd;
    if (m.parenOpen >= gapFrom) gapFrom = m.parenOpen + 1;
    const gap = text.slice(Math.max(gapFrom, m.start - 400), Math.max(gapFrom, m.start));
    previousEnd = m.end;
    const afterCount = previousKind === "count";
    const previousFigureEnd = lastFigureEnd;
    lastFigureEnd = m.end;
    const afterChange = previousVerb === "increase" || previousVerb === "decrease";
    previousKind = m.kind;
    previousVerb = m.prefix.verb;
    const rawIndicator = cleanIndicator(gap);
    const anaphor = ANAPHOR.test(rawIndicator);
    // "So với cùng kỳ năm trước, tăng 24,8% …": a basis phrase is no indicator.
    const basisOnly = /^so\s/iu.test(rawIndicator) ? readBasis(rawIndicator) : null;
    let indicator = anaphor || basisOnly?.text.length === rawIndicator.length ? "" : rawIndicator;
    // "GRDP của tỉnh dẫn đầu cả nước, với mức tăng 11,51%": with nothing before to continue, the
    // clause before the comma names the indicator.
    if (!indicator && !anaphor && !current && !basisOnly) {
      const before = cleanIndicator(gap.replace(/,[^,]*$/u, ""));
      if (!/^so\s/iu.test(before)) indicator = before;
    }
    const inParens = m.parenOpen >= 0;
    const verb = m.prefix.verb;
    const closesRightAfter = /^\s*\)/.test(text.slice(m.end, m.end + 4));

    // "Các con số này tăng 2,2% về số doanh nghiệp, giảm 2,3% về vốn đăng ký … so với tháng
    // 12/2023": each percent goes to the earlier figure it is about, and the list shares a basis.
    const about =
      m.kind === "percent" || m.kind === "multiplier" ? ABOUT.exec(text.slice(m.end, m.end + 80)) : null;
    if (about && !indicator && (context.previous?.length || drafts.length)) {
      // The few statements just before are the candidates: a list speaks of what it follows.
      const owner = bestByWords([...drafts.slice(-12), ...(context.previous ?? []).slice(-12)], about[1]!);
      if (owner) {
        const c = comparisonOf(m, null);
        previousEnd = m.end + about[0].length;
        const trailing = readBasis(text.slice(m.end + about[0].length, m.end + about[0].length + 120));
        if (trailing) {
          c.basis = trailing.basis;
          c.basis_text = trailing.text;
          listBasis = c;
          previousEnd = m.end + about[0].length + trailing.length;
        } else if (c.basis_text === null) {
          c.basis = "other";
          listed.push(c);
        }
        owner.comparisons.push(c);
        continue;
      }
    }
    if (anaphor && !current && context.previous?.length && m.kind !== "quantity") {
      const owner = context.previous[context.previous.length - 1]!;
      owner.comparisons.push(comparisonOf(m, null));
      continue;
    }
    // "…, so với năm 2020 là 5,3%": the same indicator's figure for an earlier period.
    const earlier = EARLIER_FIGURE.exec(gap);
    if (earlier && (verb === "be" || verb === "reach") && !m.basis && m.value !== null && lastIndicator) {
      const d = open(m, lastIndicator, gapFrom, gap);
      setLevel(d, m);
      d.period = earlier[1]!;
      continue;
    }
    // "(… năm 2024 tương ứng là: 2,18%; 20,3%; 66,91% và 10,61%)": a list that repeats, in
    // order, the indicators of the figures before it, for another period.
    if (
      m.kind === "percent" &&
      (verb === null || verb === "be") &&
      !m.basis &&
      RESPECTIVELY.test(text.slice(gapFrom, m.numStart))
    ) {
      const at = mentions.indexOf(m);
      let length = 1;
      while (
        at + length < mentions.length &&
        mentions[at + length]!.kind === "percent" &&
        mentions[at + length]!.prefix.verb === null &&
        /^\s*(?:[;,]|và)?\s*$/u.test(text.slice(mentions[at + length - 1]!.end, mentions[at + length]!.start))
      ) {
        length++;
      }
      const refs = drafts.filter((d) => d.unit === "%" && d.value !== null);
      if (refs.length >= length && length > 1) {
        respectively = { refs: refs.slice(-length), next: 0, period: null };
      }
    }
    if (respectively && m.kind === "percent" && (verb === null || respectively.next === 0) && !m.basis) {
      const ref = respectively.refs[respectively.next++];
      if (ref) {
        const d = open(m, ref.indicator, gapFrom, gap);
        setLevel(d, m);
        if (respectively.period === null) respectively.period = d.period;
        else d.period = respectively.period;
        continue;
      }
      respectively = null;
    }
    // "đóng góp 3,6 điểm phần trăm vào mức tăng chung": a contribution to the statement before.
    if (m.kind === "quantity" && m.unit && /^điểm (?:phần trăm|%)$/u.test(m.unit)) {
      if (CONTRIBUTION.test(text.slice(Math.max(0, m.numStart - 40), m.numStart))) continue;
    }
    // "có 16/34 địa phương tăng trưởng đạt từ 8% trở lên", "6 địa phương tăng trưởng trên 10%":
    // a threshold that selects units, no result.
    if (
      m.kind === "percent" &&
      m.qualifier !== null &&
      m.qualifier !== "exact" &&
      ((afterCount && !gap.includes(";")) || COUNTED_SUBJECT.test(indicator))
    ) {
      if (indicator) lastIndicator = indicator.replace(COUNTED_SUBJECT, "").trim() || lastIndicator;
      continue;
    }
    // "Quảng Ninh (11,67%), Hải Phòng (11,59%)", "sau Quảng Ninh (72,95 điểm)": a list of places,
    // each with its figure for the indicator of the sentence.
    if (
      inParens &&
      closesRightAfter &&
      verb === null &&
      !m.basis &&
      !m.range &&
      m.value !== null &&
      (m.kind === "percent" || m.kind === "quantity") &&
      m.parenOpen >= gapFrom - 1 &&
      PLACE_BEFORE_BRACKET.test(text.slice(Math.max(0, m.parenOpen - 40), m.parenOpen)) &&
      localityAt(context.localities, offset + m.parenOpen, -1) !== null &&
      namedJustBefore(context, offset + m.parenOpen)
    ) {
      const d = open(m, lastIndicator || indicator, gapFrom, gap);
      setLevel(d, m);
      continue;
    }
    // "Số vốn đăng ký tăng 46,7%, đạt 38.015 tỷ đồng", "giảm 1,0% (3.502 doanh nghiệp)", "đạt
    // gần 80% kế hoạch năm, tương đương 5.919 tỷ đồng": the figure of a statement opened by its percent.
    if (
      m.kind === "quantity" &&
      !indicator &&
      !m.range &&
      current !== null &&
      (current as Draft).value === null &&
      (current as Draft).value_range === undefined &&
      (current as Draft).met === undefined &&
      (current as Draft).comparisons.length > 0 &&
      (inParens ? verb === null && closesRightAfter : verb === "reach" || verb === "equal" || verb === "be")
    ) {
      setLevel(current, m);
      continue;
    }
    // "tăng 29 bậc và 8,06 điểm so với năm 2021": a second change joined by "và".
    if (
      m.kind === "quantity" &&
      afterChange &&
      verb === null &&
      !indicator &&
      /^\s*(?:và|,)\s*$/u.test(gap)
    ) {
      continue;
    }

    if (m.kind === "rank") {
      if (current) (current as Draft).rank = { position: m.position!, out_of: m.outOf ?? null };
      continue;
    }
    if (m.kind === "count") {
      const d = open(m, indicator || m.noun!, gapFrom, gap);
      d.met = m.met!;
      d.total = m.total!;
      d.rollup_status = m.status!;
      if (m.resolution) d.rollup_basis = "resolution";
      d.is_target = false;
      continue;
    }
    if (isPlanAside(m, indicator) && current && m.value !== null && m.kind !== "multiplier") {
      const owner: Draft = current;
      if (owner.plan_value === undefined && owner.plan_range === undefined) {
        owner.plan_value = m.value;
        owner.plan_unit = m.unit!;
      }
      continue;
    }
    if (m.kind === "quantity") {
      const change =
        verb === "increase" || verb === "decrease" || verb === "exceed" || (verb === "equal" && inParens);
      // "tăng từ 25.055 tỷ đồng (năm 2019) lên 27.372 tỷ đồng": the level the change starts from.
      if (
        change &&
        indicator &&
        !inParens &&
        /từ\s*$/iu.test(text.slice(m.start, m.numStart)) &&
        /^\s*(?:\([^()]*\)\s*)?(?:lên|xuống)\s/iu.test(text.slice(m.end, m.end + 60))
      ) {
        const d = open(m, indicator, gapFrom, gap);
        setLevel(d, m);
        d.qualifier = "exact";
        continue;
      }
      // "tăng 29 bậc" with no statement before it: a change with nothing to change.
      if (change && !indicator && !current) continue;
      if (change && !inParens && indicator) {
        // "Số hộ nghèo giảm 245 hộ": a change with no level; kept only with a percent beside it.
        current = open(m, indicator, gapFrom, gap);
      }
      if (change && current && (!indicator || inParens || (current as Draft).value === null)) {
        const owner: Draft = current;
        const last = owner.comparisons[owner.comparisons.length - 1];
        const direction = directionOf(verb) ?? last?.direction ?? "increase";
        if (m.value !== null) {
          owner.absolute_changes ??= [];
          owner.absolute_changes.push({
            value: m.value,
            unit: m.unit!,
            direction,
            basis: m.basis ? settleYearBasis(m.basis, owner.periodYear) : (last?.basis ?? "other"),
            basis_text: m.basis?.text ?? last?.basis_text ?? null,
          });
        }
        continue;
      }
      // "(trong đó tôm đạt 155.000 tấn, …)": a sub-item in an aside is a statement of its own.
      const subItem =
        inParens && indicator !== "" && (verb === "reach" || verb === "be") && /trong\s+đó/iu.test(gap);
      if (inParens && !subItem) continue;
      if (ceremony) continue;
      if (disaster && isCountUnit(m.unit!)) continue;
      if (isSpecification(text.slice(Math.max(gapFrom, m.numStart - 120), m.numStart))) continue;
      if (
        current &&
        !indicator &&
        /thực\s+hiện/iu.test(gap) &&
        (current as Draft).unit === m.unit &&
        (current as Draft).value !== null &&
        (current as Draft).comparisons.length === 0
      ) {
        const owner: Draft = current;
        owner.plan_value = owner.value!;
        owner.plan_unit = owner.unit!;
        owner.value = m.value;
        owner.qualifier = m.qualifier;
        continue;
      }
      const d = open(m, indicator || countedPhrase(m, text), gapFrom, gap);
      if (m.range) {
        d.unit = m.unit;
        d.value_range = m.range;
      } else setLevel(d, m);
      applyPlan(d, m.plan);
      continue;
    }

    // Percents and multipliers.
    if (m.range) {
      if (indicator && !inParens) {
        const d = open(m, indicator, gapFrom, gap);
        d.unit = m.unit;
        d.value_range = m.range;
      }
      continue;
    }
    if (m.kind === "percent" && verb === "share") {
      if (indicator && !inParens) setLevel(open(m, indicator, gapFrom, gap), m);
      else if (current) {
        const owner: Draft = current;
        if (owner.value === null && isRateIndicator(owner.indicator)) setLevel(owner, m);
        else owner.share_percent = m.value!;
      }
      continue;
    }
    // "(7,09%)" beside a figure, with no verb and no basis, is a value to compare with, no comparison.
    if (inParens && !indicator && verb === null && !m.basis) continue;
    // "100% xã có trạm y tế", "có 98,5% dân số tham gia bảo hiểm y tế": the indicator follows.
    const population =
      !indicator && !m.basis && (verb === null || verb === "be") ? populationAfter(m, text) : "";
    if (m.kind === "percent" && population && !inParens) {
      setLevel(open(m, population, gapFrom, gap), m);
      continue;
    }
    const isChange = verb === "increase" || verb === "decrease" || verb === "exceed";
    const isLevel = verb === "down_to" || verb === "up_to";
    const rateContext = indicator
      ? isRateIndicator(indicator)
      : current !== null &&
        (current as Draft).value === null &&
        isRateIndicator((current as Draft).indicator);
    const asValue =
      m.kind === "percent" &&
      !m.basis &&
      (isLevel ||
        (!isChange && (rateContext || (indicator !== "" && (verb === null || verb === "be") && !inParens))));
    // "(đại học và cao đẳng đạt 9,4%, …)": an aside that is a clause of its own.
    const clauseInAside =
      inParens && (verb === "reach" || verb === "be" || (verb === null && /^\s*;/u.test(gap)));
    if (asValue || (clauseInAside && m.kind === "percent" && !m.basis && !isChange && indicator !== "")) {
      if (indicator && (!inParens || rateContext || clauseInAside)) {
        const parent = current as Draft | null;
        const d = open(m, indicator, gapFrom, gap);
        setLevel(d, m);
        applyPlan(d, m.plan);
        // "6.009 xã (tỷ lệ 73,06%) đạt chuẩn, tăng 4,8%": the share in an aside right after a
        // figure; what follows still speaks of that figure.
        if (
          inParens &&
          parent &&
          parent.value !== null &&
          /^\s*\(\s*$/u.test(text.slice(previousFigureEnd, m.parenOpen + 1))
        ) {
          parent.share_percent ??= m.value!;
          current = parent;
        }
      } else if (current && (current as Draft).value === null) setLevel(current, m);
      continue;
    }
    if (indicator && !inParens) {
      const d = open(m, indicator, gapFrom, gap);
      d.comparisons.push(comparisonOf(m, d));
      // "tăng 18,4%/KH tăng 10-12%": the plan is a growth range.
      applyPlan(d, m.plan, m.plan?.unit === "%" ? "% tăng" : m.plan?.unit);
      continue;
    }
    // "(quý I tăng 7,56%; quý II tăng 7,69%)": a sub-period of the statement before, read as
    // its own statement with the parent's indicator and basis.
    if (inParens && isChange && current && periodWithin(offset + gapFrom, offset + m.start)) {
      const parent: Draft = current;
      const d = open(m, parent.indicator, gapFrom, gap);
      const c = comparisonOf(m, d);
      const inherited = parent.comparisons[0];
      if (c.basis_text === null && inherited) {
        c.basis = inherited.basis;
        c.basis_text = inherited.basis_text;
      }
      d.comparisons.push(c);
      d.estimated ||= parent.estimated;
      current = parent;
      continue;
    }
    const owner = ownerOf(m);
    if (!owner) continue;
    owner.comparisons.push(comparisonOf(m, owner));
    applyPlan(owner, m.plan, m.plan?.unit === "%" && directionOf(verb) ? "% tăng" : m.plan?.unit);
  }

  for (const r of findSlashlessRollups(text, context.text.slice(Math.max(0, offset - 2000), offset))) {
    const period = periodFor(context, offset, offset + r.start, bounds);
    const locality = localityAt(context.localities, offset + r.start, -1);
    drafts.push({
      indicator: "chỉ tiêu",
      value: null,
      unit: null,
      qualifier: null,
      estimated: false,
      comparisons: [],
      period: period?.text ?? null,
      locality,
      met: r.met,
      total: r.total,
      rollup_status: readRollupStatus(text.slice(r.end, r.end + 60)).status,
      is_target: false,
      periodYear: null,
    });
  }

  const shared =
    listBasis ?? (leadingBasis ? { basis: leadingBasis.basis, basis_text: leadingBasis.text } : null);
  if (shared) {
    for (const c of listed) {
      c.basis = shared.basis;
      c.basis_text = shared.basis_text;
    }
  }

  // A figure with an estimate or a stated basis is a result after all, even among targets.
  for (const d of drafts) {
    if (d.is_target && (d.estimated || d.comparisons.some((c) => c.basis_text !== null))) {
      d.is_target = false;
    }
  }
  return drafts
    .filter((d) => d.value !== null || d.met !== undefined || d.comparisons.length > 0 || d.value_range)
    .map(({ periodYear: _, valueMention, periodAt, ...statement }) => {
      const evidence = statement.evidence ?? { indicator: statement.indicator };
      if (valueMention) evidence.value = text.slice(valueMention.start, valueMention.end).trim();
      if (statement.comparisons.length > 0) {
        evidence.comparisons = statement.comparisons.map((c) => comparisonWords.get(c) ?? "");
      }
      if (statement.period !== null && periodAt !== undefined) {
        evidence.period = { words: statement.period, at: periodAt };
      }
      return { ...statement, evidence };
    });
}
