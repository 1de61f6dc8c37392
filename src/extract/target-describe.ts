/**
 * A target read back as one sentence for a person (đọc lại chỉ tiêu): "trên 73 % (mức 73 chưa
 * đạt), cao hơn là tốt, trong năm kế hoạch", so an officer can check the reading before using it.
 */
import { formatNumber } from "../domain/numbers.ts";
import type { Direction, Horizon, TargetSpec as ModelSpec } from "../domain/types.ts";
import type { ParsedTarget, TargetDirection, TargetHorizon, TargetPart, TargetSpec } from "./target-types.ts";

type Lang = "vi" | "en";

const WORDS = {
  vi: {
    point: "đạt {0}",
    approx: "khoảng {0}",
    range: "từ {0} đến {1}",
    rangeApprox: "khoảng {0} đến {1}",
    stretch: "phấn đấu {0} đến {1}",
    minStrict: "trên {0} (bằng {0} là chưa đạt)",
    minInclusive: "từ {0} trở lên",
    maxStrict: "dưới {0} (bằng {0} là chưa đạt)",
    maxInclusive: "không quá {0}",
    reduce: "giảm {0}",
    reduceRange: "giảm {0} đến {1}",
    change: "thay đổi {0} so với {1}",
    ratio: "{0}/{1}",
    benchmarkLt: "thấp hơn {0}",
    benchmarkGt: "cao hơn {0}",
    qualitative: "đạt hoặc giữ một trạng thái (không có số)",
    parts: "gồm: ",
    higher_better: "cao hơn là tốt",
    lower_better: "thấp hơn là tốt",
    band: "nằm ở mức đề ra (không có phía tốt hơn)",
    qualitativeDirection: "đạt hay không",
    annual: "trong năm kế hoạch",
    end_of_period: "vào năm cuối nhiệm kỳ",
    period_average: "bình quân mỗi năm của nhiệm kỳ",
    period_cumulative: "cộng cả nhiệm kỳ",
    each_year: "mọi năm của nhiệm kỳ",
  },
  en: {
    point: "reach {0}",
    approx: "about {0}",
    range: "between {0} and {1}",
    rangeApprox: "about {0} to {1}",
    stretch: "striving for {0} to {1}",
    minStrict: "more than {0} ({0} itself misses)",
    minInclusive: "{0} or more",
    maxStrict: "less than {0} ({0} itself misses)",
    maxInclusive: "at most {0}",
    reduce: "a fall of {0} points",
    reduceRange: "a fall of {0} to {1} points",
    change: "a change of {0} against {1}",
    ratio: "{0} of {1}",
    benchmarkLt: "below {0}",
    benchmarkGt: "above {0}",
    qualitative: "reach or keep a status (no number)",
    parts: "made of: ",
    higher_better: "higher is better",
    lower_better: "lower is better",
    band: "sits at the set level (no better side)",
    qualitativeDirection: "reached or not",
    annual: "in the plan year",
    end_of_period: "in the term's last year",
    period_average: "as a yearly average over the term",
    period_cumulative: "as the term's total",
    each_year: "in every year of the term",
  },
} as const;

function fill(template: string, ...args: string[]): string {
  return template.replace(/\{(\d)\}/g, (_, i: string) => args[Number(i)] ?? "");
}

/** A number written the Vietnamese way for vi (91,5; 82.700), the English way for en. */
function num(n: number, lang: Lang): string {
  return formatNumber(n, lang, { maxDecimals: 6 });
}

/** "1,5%" and "15‰" as Vietnamese and English both print them; "12 xã" with a space. */
function withUnit(text: string, unit: string | null | undefined): string {
  if (!unit) return text;
  return /^[%‰]/u.test(unit) ? `${text}${unit}` : `${text} ${unit}`;
}

function specWords(spec: TargetSpec | TargetPart, unit: string | null | undefined, lang: Lang): string {
  const w = WORDS[lang];
  const u = (n: number) => withUnit(num(n, lang), unit);
  switch (spec.kind) {
    case "point":
    case "approx": {
      const base = fill(spec.kind === "point" ? w.point : w.approx, u(spec.value));
      return spec.stretch
        ? `${base}; ${fill(w.stretch, num(spec.stretch.min, lang), u(spec.stretch.max))}`
        : base;
    }
    case "range": {
      const base = fill(spec.approx ? w.rangeApprox : w.range, num(spec.min, lang), u(spec.max));
      return spec.stretch
        ? `${base}; ${fill(w.stretch, num(spec.stretch.min, lang), u(spec.stretch.max))}`
        : base;
    }
    case "min":
      return fill(spec.strict ? w.minStrict : w.minInclusive, u(spec.value));
    case "max":
      return fill(spec.strict ? w.maxStrict : w.maxInclusive, u(spec.value));
    case "reduce_pp":
      return "value" in spec
        ? fill(w.reduce, withUnit(num(spec.value, lang), lang === "vi" ? unit : null))
        : fill(
            w.reduceRange,
            num(spec.min, lang),
            withUnit(num(spec.max, lang), lang === "vi" ? unit : null),
          );
    case "change_vs_base":
      return fill(w.change, withUnit(num(spec.value, lang), spec.unit), spec.base ?? "?");
    case "ratio_pair":
      return withUnit(fill(w.ratio, num(spec.numerator, lang), num(spec.denominator, lang)), unit);
    case "relative_to_benchmark":
      return fill(spec.comparator === "lt" ? w.benchmarkLt : w.benchmarkGt, spec.benchmark);
    case "qualitative":
      return w.qualitative;
    case "composite":
      return (
        w.parts +
        spec.parts
          .map(
            (p) =>
              `${p.label_vi}: ${p.kind === "qualitative" ? p.label_vi : specWords(p, p.unit ?? unit, lang)}`,
          )
          .join("; ")
      );
  }
}

function directionWords(direction: TargetDirection, lang: Lang): string {
  return direction === "qualitative" ? WORDS[lang].qualitativeDirection : WORDS[lang][direction];
}

function horizonWords(horizon: TargetHorizon, lang: Lang): string {
  return WORDS[lang][horizon];
}

/** The target as one sentence: its bound, its better side, and when it must hold. */
export function describeTarget(parsed: ParsedTarget, lang: Lang = "vi"): string {
  return [
    specWords(parsed.target, parsed.unit, lang),
    directionWords(parsed.direction, lang),
    horizonWords(parsed.horizon, lang),
  ].join(", ");
}

const PARSED_DIRECTION: Record<Direction, TargetDirection> = {
  higher_better: "higher_better",
  lower_better: "lower_better",
  band: "band",
  boolean: "qualitative",
};

const PARSED_HORIZON: Record<Horizon, TargetHorizon> = {
  plan_year: "annual",
  term_end: "end_of_period",
  term_average: "period_average",
  term_total: "period_cumulative",
  each_year: "each_year",
};

/** A stored target's spec in the words' terms (the inverse of target-model.ts), or null: no figure yet. */
function parsedSpecOf(spec: ModelSpec): TargetSpec | null {
  switch (spec.kind) {
    case "gte":
      return { kind: "min", value: spec.value, strict: spec.strict === true };
    case "lte":
      return { kind: "max", value: spec.value, strict: spec.strict === true };
    case "eq":
      return { kind: "point", value: spec.value };
    case "approx":
      return { kind: "approx", value: spec.value };
    case "range":
      return {
        kind: "range",
        min: spec.lo,
        max: spec.hi,
        ...(spec.stretch ? { stretch: { min: spec.stretch.lo, max: spec.stretch.hi } } : {}),
      };
    case "band":
      return { kind: "range", min: spec.lo, max: spec.hi };
    case "count_share":
      return { kind: "ratio_pair", numerator: spec.count, denominator: spec.of };
    case "reduce_pp":
      return { kind: "reduce_pp", value: spec.points };
    case "boolean":
    case "ordinal":
      return { kind: "qualitative" };
    case "unknown":
      return null;
  }
}

/**
 * A stored target (the model's spec, its unit, its indicator's direction, its horizon) read back
 * as the sentence a pasted line shows: "trên 88.800 tấn (bằng 88.800 tấn là chưa đạt), cao hơn là
 * tốt, trong năm kế hoạch". A target with no figure yet says so.
 */
export function describeSpec(
  target: { spec: ModelSpec; unit: string | null; direction: Direction; horizon?: Horizon | undefined },
  lang: Lang = "vi",
): string {
  const spec = parsedSpecOf(target.spec);
  if (!spec) return lang === "vi" ? "chưa có số" : "no figure yet";
  return describeTarget(
    {
      target: spec,
      unit: target.unit,
      direction: PARSED_DIRECTION[target.direction],
      horizon: PARSED_HORIZON[target.horizon ?? "plan_year"],
    },
    lang,
  );
}
