/**
 * Reading a target's words (đọc chỉ tiêu): "GRDP bình quân đầu người đến năm 2025 đạt 91,5 - 93,5
 * triệu đồng" → a range 91,5–93,5, unit "triệu đồng", higher-better, at the term's end. Pure: no
 * I/O. Each figure becomes a part with the bound its own words set; several parts make one
 * composite target ("trong đó", a structure's shares, a total and its final year), counted once.
 */
import { type FigureSpec, specOfFigure } from "./target-bounds.ts";
import {
  clauseAround,
  contextAroundAside,
  isBracketedAside,
  isGoalClause,
  topClauses,
} from "./target-clauses.ts";
import { directionOf } from "./target-direction.ts";
import { type Figure, findFigures, matchUnit } from "./target-figures.ts";
import { horizonOf } from "./target-horizon.ts";
import type { ParsedTarget, TargetInput, TargetPart, TargetPeriod, TargetSpec } from "./target-types.ts";

/** One goal found in the words: a figure with its spec, or a clause with none. */
interface Goal {
  start: number;
  end: number;
  spec: FigureSpec | { kind: "qualitative" };
  unit: string | null;
  before: string;
  after: string;
}

/** NFC, one space between words, no stray spaces at the ends. */
export function normalizeTargetText(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** The words after a figure up to the end of its segment (";" or a sentence's end). */
function segmentAfter(text: string, end: number): string {
  const stop = /;|\.(?=\s|$)/u.exec(text.slice(end));
  return text.slice(end, stop ? end + stop.index : text.length);
}

function contextOf(
  text: string,
  start: number,
  end: number,
): { before: string; after: string; rest: string } {
  if (isBracketedAside(text, start, end))
    return { ...contextAroundAside(text, start, end), rest: segmentAfter(text, end) };
  const clause = clauseAround(text, start, end);
  let to = clause.end;
  // "tăng 04 doanh nghiệp (0,7 lần) so với năm 2015": the words after an aside still belong here.
  if (text[to] === "(") {
    const close = text.indexOf(")", to);
    if (close > 0) to = clauseAround(text, close + 1, close + 1).end;
  }
  return {
    before: text.slice(clause.start, start),
    after: text.slice(end, to),
    rest: segmentAfter(text, end),
  };
}

function figureGoal(text: string, figure: Figure, subject: string): Goal {
  const { before, after, rest } = contextOf(text, figure.start, figure.end);
  return {
    start: figure.start,
    end: figure.end,
    spec: specOfFigure(figure, before, after, rest, subject),
    unit: figure.unit,
    before,
    after,
  };
}

/** "không còn hộ nghèo", "không có tổ chức … không hoàn thành": at most zero. */
const NONE_LEFT = /(?:^|[^\p{L}\p{M}])không\s+(?:còn|có)\s+(?!\d)/giu;
/** "Đàn lợn: 3.000 con, bằng năm 2015": no change against the base. */
const SAME_AS_BASE =
  /(?:^|[^\p{L}\p{M}])bằng\s+(?:với\s+)?(?:năm|thời kỳ|giai đoạn)\s*(\d{4}(?:\s*[-–]\s*\d{4})?)/giu;

function wordGoals(text: string): Goal[] {
  const goals: Goal[] = [];
  for (const m of text.matchAll(NONE_LEFT)) {
    const end = m.index + m[0].length;
    const { before, after } = contextOf(text, end, end);
    goals.push({
      start: end,
      end,
      spec: { kind: "max", value: 0, strict: false },
      unit: matchUnit(text.slice(end))?.unit ?? null,
      before,
      after,
    });
  }
  for (const m of text.matchAll(SAME_AS_BASE)) {
    const start = m.index + m[0].indexOf("bằng");
    const { before, after } = contextOf(text, start, start);
    goals.push({
      start,
      end: m.index + m[0].length,
      spec: { kind: "change_vs_base", value: 0, unit: "lần", base: m[1]!.replace(/\s+/gu, "") },
      unit: "lần",
      before,
      after,
    });
  }
  return goals;
}

const STRETCH_JOIN = /^\s*[,;]?\s*(?:và\s+)?phấn đấu(?:\s+đạt)?(?:\s+(?:khoảng|mức|trên))?\s*$/iu;

/** "khoảng 6,5-7,0% và phấn đấu khoảng 7,0-7,5%": the second figure is a stretch of the first. */
function mergeStretches(text: string, goals: Goal[]): Goal[] {
  const out: Goal[] = [];
  for (const goal of goals) {
    const previous = out.at(-1);
    const spec = previous?.spec;
    if (
      previous &&
      spec &&
      (spec.kind === "point" || spec.kind === "approx" || spec.kind === "range") &&
      (goal.spec.kind === "point" || goal.spec.kind === "approx" || goal.spec.kind === "range") &&
      STRETCH_JOIN.test(text.slice(previous.end, goal.start))
    ) {
      const s = goal.spec;
      spec.stretch = s.kind === "range" ? { min: s.min, max: s.max } : { min: s.value, max: s.value };
      previous.end = goal.end;
      continue;
    }
    out.push(goal);
  }
  return out;
}

const FROM_TO = /^\s*(?:xuống|lên)?(?:\s*còn)?(?:\s+(?:mức|dưới|trên))?\s*$/iu;

/**
 * Figures that only restate or set the scene: "giảm từ 3,5% xuống còn 2%" starts from 3,5 (the
 * target is 2); "10/12 xã (83,3%)" gives the same share twice.
 */
function dropRestatements(text: string, goals: Goal[]): Goal[] {
  return goals.filter((goal, i) => {
    const next = goals[i + 1];
    if (next && /(?:^|\s)từ\s*$/iu.test(goal.before) && FROM_TO.test(text.slice(goal.end, next.start))) {
      const between = text.slice(goal.end, next.start);
      if (/xuống|lên|còn/iu.test(between)) return false;
    }
    const previous = goals[i - 1];
    if (
      previous?.spec.kind === "ratio_pair" &&
      goal.unit === "%" &&
      goal.spec.kind === "point" &&
      /^[^;()]*\(\s*$/u.test(text.slice(previous.end, goal.start)) &&
      Math.abs((previous.spec.numerator / previous.spec.denominator) * 100 - goal.spec.value) < 0.1
    ) {
      return false;
    }
    return true;
  });
}

const CHANGE_CLAUSE = /^(tăng|giảm)(?:\s+(?:khoảng|thêm))?\s*$/iu;

/**
 * "đạt 2,5 tỷ USD, tăng 10%": a change right after a level, in another unit, is the change of
 * that level against the year before, not a second level.
 */
function markChanges(goals: Goal[]): void {
  for (let i = 1; i < goals.length; i++) {
    const goal = goals[i]!;
    const previous = goals[i - 1]!;
    const verb = CHANGE_CLAUSE.exec(goal.before.trim());
    if (!verb || previous.unit === goal.unit) continue;
    if (goal.spec.kind !== "point" && goal.spec.kind !== "approx") continue;
    const value = verb[1]!.toLowerCase() === "giảm" ? -goal.spec.value : goal.spec.value;
    goal.spec = { kind: "change_vs_base", value, unit: goal.unit, base: null };
  }
}

/** Clauses with no figure that still set a goal, beside those that do ("…, nâng cao chất lượng rừng"). */
function goalClauses(text: string, goals: Goal[]): Goal[] {
  const found: Goal[] = [];
  for (const clause of topClauses(text)) {
    if (goals.some((g) => g.start >= clause.start && g.start <= clause.end)) continue;
    const words = text.slice(clause.start, clause.end);
    if (!isGoalClause(words)) continue;
    found.push({
      start: clause.start,
      end: clause.end,
      spec: { kind: "qualitative" },
      unit: null,
      before: words,
      after: "",
    });
  }
  return found;
}

const BENCHMARK = /(thấp hơn|cao hơn)\s+(?:so với\s+)?(?:mức\s+)?((?:bình quân|trung bình)[^,;.()]*)/iu;

/** "Số trang trại, gia trại trên địa bàn vào năm 2020: 70": the counted noun names the unit. */
function countedNoun(text: string): string | null {
  const m =
    /^(?:tổng\s+)?số\s+(.+?)(?:\s+(?:trên địa bàn|vào năm|năm|đến năm|được|đạt|là)(?![\p{L}\p{M}])|\s*:)/iu.exec(
      text,
    );
  return m ? m[1]!.trim().toLowerCase() : null;
}

const TRIM_LABEL_END =
  /(?:\s|:|,)+$|(?:^|\s)(?:đạt|là|chiếm|khoảng|trên|dưới|từ|có|ít nhất|tối thiểu|tăng|giảm|phấn đấu|mức|ở mức|còn)$/iu;

/**
 * A part's label: the words since the figure before it, from the last ";", "trong đó" or open
 * bracket, without connectors at the start or bound words at the end.
 */
function labelOf(text: string, goal: Goal, from: number, fallback: string): string {
  let words = text.slice(from, goal.start);
  const cuts = [...words.matchAll(/;|trong đó/giu)].map((m) => m.index + m[0].length);
  const open = words.lastIndexOf("(");
  if (open > words.lastIndexOf(")")) cuts.push(open + 1);
  if (cuts.length) words = words.slice(Math.max(...cuts));
  let label = words;
  for (let previous = ""; previous !== label; ) {
    previous = label;
    label = label
      .replace(/^(?:\s|[:,;().-]|và(?![\p{L}\p{M}])|có(?![\p{L}\p{M}])|gồm(?![\p{L}\p{M}]))+/iu, "")
      .replace(TRIM_LABEL_END, "")
      .trim();
  }
  // "70, trong đó: 15 trang trại, 55 gia trại": a count with no words before it is named by its noun.
  const counted = goal.unit && !/^[%‰]|^điểm/u.test(goal.unit) ? goal.unit : null;
  return label || counted || fallback;
}

const RATE_NAME = /^\s*(?:tỷ lệ|tỉ lệ|tốc độ|tỷ trọng|tỉ trọng|tăng trưởng)/iu;

function unitOfTarget(
  text: string,
  indicator: string,
  lead: Goal | undefined,
  goals: Goal[],
  period: TargetPeriod | null | undefined,
  horizon: string,
  head: string,
): string | null {
  if (!lead) return null;
  // A fall in a rate is counted in points of that rate ("giảm 0,2‰" → points per mille).
  if (lead.spec.kind === "reduce_pp") return lead.unit?.includes("‰") ? "điểm ‰" : "điểm %";
  // A rate or a growth speed with no unit written ("Tốc độ tăng trưởng kinh tế | 6,5 - 7") is in %.
  let unit =
    lead.unit ??
    countedNoun(text) ??
    goals.find((g) => g.unit)?.unit ??
    (RATE_NAME.test(`${indicator} ${text}`) ? "%" : null);
  if (unit === "%") {
    const plan = /^\s*(?:so\s+với\s+)?(kế hoạch|KH|dự toán)(?![\p{L}\p{M}])/iu.exec(lead.after);
    if (plan || /giải ngân/iu.test(head)) {
      const basis = plan && /dự toán/iu.test(plan[1]!) ? "dự toán" : "kế hoạch";
      unit = `% ${basis}${/(?:^|\s)giao(?![\p{L}\p{M}])/iu.test(text) ? " giao" : ""}`;
    } else if (
      period?.type === "term" &&
      (horizon === "period_average" || horizon === "each_year") &&
      /(?:^|[^\p{L}\p{M}])tăng(?![\p{L}\p{M}])/iu.test(lead.before.length ? head.slice(0, lead.start) : head)
    ) {
      // "tốc độ tăng thu ngân sách bình quân hằng năm đạt 10%" is a yearly rate.
      unit = "%/năm";
    }
  }
  return unit;
}

/** The unit an indicator's name gives in brackets at its end: "Tốc độ tăng trưởng GRDP (%)" → "%". */
export function unitInName(name: string): string | null {
  const bracket = /\(([^()]+)\)\s*$/u.exec(name);
  if (!bracket) return null;
  const unit = matchUnit(bracket[1]!);
  return unit && unit.length >= bracket[1]!.trimEnd().length ? unit.unit : null;
}

/** Reads one target's words into a spec, a unit, a direction and a horizon. */
export function parseTargetText(input: TargetInput): ParsedTarget {
  const text = normalizeTargetText(input.text);
  const period = input.period ?? null;
  const subject = `${input.indicator ?? ""} ${text}`;
  const figureGoals = findFigures(text).map((f) => figureGoal(text, f, subject));
  const numeric = dropRestatements(
    text,
    mergeStretches(
      text,
      [...figureGoals, ...wordGoals(text)].sort((a, b) => a.start - b.start),
    ),
  );
  const goals = numeric.length
    ? [...numeric, ...goalClauses(text, numeric)].sort((a, b) => a.start - b.start)
    : [];
  markChanges(numeric);
  const lead = numeric[0];

  let target: TargetSpec;
  if (goals.length === 0) {
    const benchmark = BENCHMARK.exec(text);
    target = benchmark
      ? {
          kind: "relative_to_benchmark",
          benchmark: benchmark[2]!.trim(),
          comparator: /thấp/iu.test(benchmark[1]!) ? "lt" : "gt",
        }
      : { kind: "qualitative" };
  } else if (goals.length === 1) {
    target = goals[0]!.spec;
  } else {
    target = { kind: "composite", parts: [] };
  }

  // A table's cell ("7,5 - 8", "≥ 95") has no words of its own: the indicator's name speaks for it.
  const indicator = input.indicator ? normalizeTargetText(input.indicator) : "";
  const isBare = !/\p{L}/u.test(text);
  const textHead = lead ? text.slice(0, clauseAround(text, lead.start, lead.end).end) : text;
  const head = isBare ? `${indicator} ${textHead}` : textHead;
  if (lead && lead.unit === null) lead.unit = unitInName(indicator);
  const horizon = horizonOf(period, {
    head,
    whole: text,
    beforeLead: lead ? lead.before : "",
    unit: lead?.unit ?? null,
    spec: lead ? (lead.spec as FigureSpec) : null,
  });
  let unit = unitOfTarget(text, indicator, lead, numeric, period, horizon, head);
  if (target.kind === "relative_to_benchmark")
    unit = /tỷ lệ|tỉ lệ/iu.test(`${input.indicator ?? ""} ${text}`) ? "%" : null;

  if (target.kind === "composite") {
    let previousLabel = "tổng";
    target.parts = goals.map((goal, i): TargetPart => {
      const fallback =
        goal.spec.kind === "change_vs_base"
          ? `${previousLabel} — ${goal.spec.base ? `so với ${goal.spec.base}` : "mức thay đổi"}`
          : i === 0
            ? "tổng"
            : previousLabel;
      const label =
        goal.spec.kind === "qualitative"
          ? goal.before.trim()
          : labelOf(text, goal, i > 0 ? goals[i - 1]!.end : 0, fallback);
      if (goal.spec.kind !== "change_vs_base") previousLabel = label;
      const part: TargetPart = { label_vi: label, ...goal.spec } as TargetPart;
      if (goal.spec.kind !== "qualitative") {
        part.unit = goal.spec.kind === "reduce_pp" ? "điểm %" : goal.unit;
        const clause = clauseAround(text, goal.start, goal.end);
        part.horizon = horizonOf(period, {
          head: text.slice(clause.start, clause.end),
          unit: goal.unit,
          spec: goal.spec as FigureSpec,
        });
        if (goal.spec.kind === "max") part.direction = "lower_better";
      }
      return part;
    });
  }

  return { target, unit, direction: directionOf(target, text, input.indicator), horizon };
}
