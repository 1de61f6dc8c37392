/**
 * The plan file that `chitieu assess` reads (and the demo loads): a unit, a period, its
 * indicators, plans, targets and observations, with their sources. Checked with Zod; an error
 * names the field ("targets[2].spec.value: expected number").
 *
 * Figures in the file are numbers in JSON, or strings in Vietnamese notation ("88.800",
 * "104,5"), read by the domain's number parser. A target whose plan document is not at hand can
 * be written `"implied": true`: its figure is then implied from the percent of that plan stated
 * next to the observation ("đạt 107% kế hoạch tỉnh giao"), and marked so.
 */
import { z } from "zod";
import { assessPlan, type PlanAssessment } from "../domain/assess-plan.ts";
import { ordinalRank } from "../domain/compare-to-target.ts";
import { FieldError } from "../domain/field-error.ts";
import { targetImpliedBy } from "../domain/implied-target.ts";
import { statusOfLabel, yesNoOfWord } from "../domain/judgement.ts";
import { NumberFormatError, parseNumberDetailed } from "../domain/numbers.ts";
import { parsePeriod } from "../domain/periods.ts";
import { normalizeText } from "../domain/text.ts";
import {
  DIRECTIONS,
  type Direction,
  HORIZONS,
  type Horizon,
  type Indicator,
  OBSERVATION_STAGES,
  type Observation,
  PLAN_KINDS,
  type PlanKind,
  QUALIFIERS,
  type Target,
} from "../domain/types.ts";
import { findUnit } from "../domain/units-of-measure.ts";
import { isWebAddress, WEB_ADDRESS_MESSAGE } from "./web-address.ts";

/** A figure: a JSON number, or a string in Vietnamese notation; keeps the decimals as written. */
const figure = z.union([z.number(), z.string()]).transform((raw, ctx) => {
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) {
      ctx.addIssue({ code: "custom", message: "expected a finite number" });
      return z.NEVER;
    }
    const text = String(raw);
    return { value: raw, decimals: text.includes(".") ? text.split(".")[1]!.length : 0 };
  }
  try {
    const parsed = parseNumberDetailed(raw, "vi");
    return { value: parsed.value, decimals: parsed.decimals };
  } catch (error) {
    ctx.addIssue({
      code: "custom",
      message: error instanceof NumberFormatError ? error.message : String(error),
    });
    return z.NEVER;
  }
});
const value = figure.transform((f) => f.value);

const text = z.string().min(1).transform(normalizeText);
const unitName = text.refine((u) => findUnit(u) !== undefined, { message: "unknown unit of measure" });
const periodCode = z.string().refine(
  (p) => {
    try {
      parsePeriod(p);
      return true;
    } catch {
      return false;
    }
  },
  { message: "expected a period such as 2023, 2023-Q3, 2023-07, 2023-YTD9 or 2020-2025" },
);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/, "expected an ISO date YYYY-MM-DD");

const specSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("gte"), value, strict: z.boolean().optional() }),
  z.object({ kind: z.literal("lte"), value, strict: z.boolean().optional() }),
  z.object({ kind: z.literal("eq"), value }),
  z
    .object({
      kind: z.literal("range"),
      lo: value,
      hi: value,
      stretch: z.object({ lo: value, hi: value }).optional(),
    })
    .refine((r) => r.lo <= r.hi, { message: "lo must not be above hi", path: ["lo"] }),
  z.object({ kind: z.literal("approx"), value, tolerance: value.optional() }),
  z
    .object({ kind: z.literal("band"), lo: value, hi: value })
    .refine((r) => r.lo <= r.hi, { message: "lo must not be above hi", path: ["lo"] }),
  z.object({ kind: z.literal("count_share"), count: value, of: value }),
  z
    .object({ kind: z.literal("ordinal"), scale: z.array(text).min(2), atLeast: text })
    .refine((o) => o.scale.includes(o.atLeast), {
      message: "atLeast must be on the scale",
      path: ["atLeast"],
    }),
  z.object({ kind: z.literal("boolean") }),
  z.object({ kind: z.literal("reduce_pp"), points: value, baseline: value }),
  z.object({ kind: z.literal("unknown") }),
]);

/** "gap_in_points" for rates, shares and growth; "percent_of_plan" for levels (docs/assessment.md). */
const nearlyMetSchema = z.discriminatedUnion("by", [
  z.object({ by: z.literal("percent_of_plan"), threshold: z.number().min(0).max(100) }),
  z.object({ by: z.literal("gap_in_points"), points: z.number().min(0) }),
]);

/** A published label: a status code, or the word as published ("Vượt", "Cơ bản đạt"), kept. */
const labelSchema = text.transform((raw, ctx) => {
  const status = statusOfLabel(raw);
  if (!status) {
    ctx.addIssue({
      code: "custom",
      message: `unknown label "${raw}": expected Vượt, Đạt, Hoàn thành, Cơ bản đạt, Không đạt or a status code`,
    });
    return z.NEVER;
  }
  return { status, text: raw };
});

const sourceSchema = z.object({
  id: z.string().min(1),
  title: text,
  url: z.url().refine(isWebAddress, WEB_ADDRESS_MESSAGE).optional(),
  publisher: text.optional(),
  date: isoDate.optional(),
  note: text.optional(),
});

export const planFileSchema = z
  .object({
    $comment: z.string().optional(),
    unit: z
      .object({ code: z.string().min(1), name: text, nameEn: text.optional() })
      .describe("The administrative unit the plan is for: its official code and names"),
    period: periodCode.describe(
      "Period of the targets: 2023, 2023-Q3, 2023-07, 2023-YTD9, or a term 2020-2025",
    ),
    at: isoDate.optional().describe("Date of a mid-term review (for a term); defaults to the period's end"),
    sources: z.array(sourceSchema).default([]),
    indicators: z
      .array(
        z.object({
          code: z.string().min(1),
          name: z.object({ vi: text, en: text }),
          unit: unitName,
          direction: z.enum(DIRECTIONS as [Direction, ...Direction[]]).default("higher_better"),
          measure: z
            .enum(["level", "rate", "growth", "avg_growth", "cumulative", "annual_average", "count"])
            .default("level"),
          aggregation: z.enum(["sum", "none"]).default("sum"),
          decimals: z.number().int().min(0).max(6).default(2),
          sector: text.optional(),
          nearlyMet: nearlyMetSchema.optional().describe("How nearly met is judged; by kind when absent"),
          aboutTolerance: z.number().min(0).optional().describe('Half-width of "khoảng", in the unit'),
        }),
      )
      .min(1),
    plans: z
      .array(
        z.object({
          id: z.string().min(1),
          kind: z.enum(PLAN_KINDS as [PlanKind, ...PlanKind[]]),
          title: text,
          issuer: text.optional(),
          period: periodCode.optional(),
          nearlyMetThreshold: z.number().min(0).max(100).optional(),
          nearlyMet: nearlyMetSchema.optional().describe("Overrides every indicator's nearly-met rule"),
          aboutTolerance: z.number().min(0).optional(),
          baseYear: z
            .number()
            .int()
            .optional()
            .describe('Base year of a term: a term "2021-2025" does not say whether 2021 is the base'),
          source: z.string().optional(),
        }),
      )
      .min(1),
    listComplete: z
      .boolean()
      .default(true)
      .describe("false when the source shows only part of the plan's list of targets"),
    targets: z.array(
      z.object({
        id: z.string().min(1),
        plan: z.string().min(1),
        indicator: z.string().min(1),
        unit: unitName.optional(),
        spec: specSchema
          .optional()
          .describe("What the target asks for: gte, lte, eq, range, approx, boolean, reduce_pp, unknown"),
        implied: z
          .literal(true)
          .optional()
          .describe(
            "Instead of spec: imply the figure from the percent of this plan stated with the observation",
          ),
        officialLabel: labelSchema.optional().describe("The published label, verbatim, or a status code"),
        note: text.optional().describe("Ghi chú: kept as the target's notes when the file is loaded"),
        responsibleAgency: text
          .optional()
          .describe("Cơ quan chủ trì: the department or locality the target is assigned to"),
        provenance: text
          .optional()
          .describe('Where the target is written: "Nghị quyết số 12/NQ-HĐND, mục II.1"'),
        horizon: z.enum(HORIZONS as [Horizon, ...Horizon[]]).optional(),
        baseYear: z.number().int().optional(),
        growthFrom: z.enum(["rates", "levels"]).optional(),
        partOf: z.string().min(1).optional().describe("A part of a composite target: the whole's id"),
        amends: z
          .object({ target: z.string().min(1), from: isoDate, document: text, reason: text.optional() })
          .optional()
          .describe("This target supersedes another from a date, by an amending document"),
        nearlyMet: nearlyMetSchema.optional(),
        aboutTolerance: z.number().min(0).optional(),
        source: z.string().optional(),
        sourceText: text.optional(),
      }),
    ),
    observations: z.array(
      z.object({
        id: z.string().min(1),
        indicator: z.string().min(1),
        value: z.union([z.boolean(), value]).optional(),
        range: z
          .object({ lo: value, hi: value })
          .refine((r) => r.lo <= r.hi, { message: "lo must not be above hi", path: ["lo"] })
          .optional()
          .describe('A result given as a range ("61-62")'),
        word: text.optional().describe('A result given as a word ("hoàn thành tốt nhiệm vụ")'),
        unit: unitName.optional(),
        qualifier: z.enum(QUALIFIERS as [string, ...string[]]).default("exact"),
        stage: z.enum(OBSERVATION_STAGES as [string, ...string[]]).default("official"),
        revision: z.number().int().min(1).default(1),
        recordedAt: isoDate,
        period: periodCode.optional(),
        statedPercents: z
          .array(z.object({ percent: figure, plan: z.string().min(1) }))
          .default([])
          .describe('Percents of plan the source states next to the value ("đạt 107% kế hoạch tỉnh giao")'),
        source: z.string().optional(),
        sourceText: text.optional(),
      }),
    ),
    baseValues: z.record(z.string(), value).default({}),
    reportedRollups: z
      .array(
        z.object({
          plan: z.string().min(1),
          met: z.number().int().min(0),
          total: z.number().int().min(1),
          status: z.enum(["met_or_exceeded", "met", "exceeded", "not_met"]).default("met_or_exceeded"),
          source: z.string().optional(),
          sourceText: text.optional(),
        }),
      )
      .default([]),
    keyProjects: z
      .array(
        z.object({
          name: z.object({ vi: text, en: text }),
          kind: z.enum(["project", "programme"]),
          stage: z
            .object({ vi: text, en: text })
            .describe("Where it stands, as a phrase: đang tổ chức cuộc thi sáng tác mẫu phác thảo"),
        }),
      )
      .default([])
      .describe("Key projects (công trình trọng điểm) and breakthrough programmes (chương trình đột phá)"),
    nextYear: z
      .object({ vi: z.array(text), en: z.array(text) })
      .optional()
      .describe("Tasks ahead, one phrase each: the next year's plan, or the rest of a term"),
    publication: z
      .object({
        byline: text.optional(),
        publishedAt: z
          .string()
          .regex(
            /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2}))?$/,
            "expected an ISO date or date-time with its offset",
          )
          .optional(),
      })
      .optional()
      .describe("Byline and date of the drafted report (chitieu report)"),
  })
  .superRefine((file, ctx) => {
    const ids = (list: { id: string }[]) => new Set(list.map((x) => x.id));
    const indicators = new Set(file.indicators.map((i) => i.code));
    const plans = ids(file.plans);
    const sources = ids(file.sources);
    const targetIds = new Set(file.targets.map((t) => t.id));
    file.plans.forEach((p, i) => {
      const term = p.period ?? file.period;
      if (!/^\d{4}-\d{4}$/.test(term) || p.baseYear !== undefined) return;
      const [from, to] = term.split("-").map(Number) as [number, number];
      // A Party term "2020-2025" is based on 2020 by convention; any other span says nothing.
      if (to - from !== 5)
        ctx.addIssue({
          code: "custom",
          path: ["plans", i, "baseYear"],
          message: `the term ${term} does not say its base year: give baseYear (${from - 1} when ${from} is the plan's first year)`,
        });
    });
    file.targets.forEach((t, i) => {
      if (t.partOf && !targetIds.has(t.partOf))
        ctx.addIssue({
          code: "custom",
          path: ["targets", i, "partOf"],
          message: `unknown target "${t.partOf}"`,
        });
      if (t.amends && !targetIds.has(t.amends.target))
        ctx.addIssue({
          code: "custom",
          path: ["targets", i, "amends", "target"],
          message: `unknown target "${t.amends.target}"`,
        });
      if (t.source && !sources.has(t.source))
        ctx.addIssue({
          code: "custom",
          path: ["targets", i, "source"],
          message: `unknown source "${t.source}"`,
        });
      if (!indicators.has(t.indicator))
        ctx.addIssue({
          code: "custom",
          path: ["targets", i, "indicator"],
          message: `unknown indicator "${t.indicator}"`,
        });
      if (!plans.has(t.plan))
        ctx.addIssue({ code: "custom", path: ["targets", i, "plan"], message: `unknown plan "${t.plan}"` });
      if (!t.spec === !t.implied)
        ctx.addIssue({
          code: "custom",
          path: ["targets", i, "spec"],
          message: 'give either "spec" or "implied": true',
        });
    });
    file.observations.forEach((o, i) => {
      if (o.value === undefined && !o.range && !o.word)
        ctx.addIssue({
          code: "custom",
          path: ["observations", i, "value"],
          message: 'give "value", "range" or "word"',
        });
      if (!indicators.has(o.indicator))
        ctx.addIssue({
          code: "custom",
          path: ["observations", i, "indicator"],
          message: `unknown indicator "${o.indicator}"`,
        });
      if (o.source && !sources.has(o.source))
        ctx.addIssue({
          code: "custom",
          path: ["observations", i, "source"],
          message: `unknown source "${o.source}"`,
        });
      o.statedPercents.forEach((p, j) => {
        if (!plans.has(p.plan))
          ctx.addIssue({
            code: "custom",
            path: ["observations", i, "statedPercents", j, "plan"],
            message: `unknown plan "${p.plan}"`,
          });
      });
    });
  });

export type PlanFile = z.output<typeof planFileSchema>;

/** The plan file's JSON Schema, generated from the Zod schema (`chitieu assess --schema`). */
export function planFileJsonSchema(): unknown {
  return z.toJSONSchema(planFileSchema, { io: "input", unrepresentable: "any" });
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === "number" ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    "",
  );
}

/** Validates a parsed JSON document; the first problem is thrown naming its field. */
export function readPlanFile(json: unknown): PlanFile {
  const result = planFileSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new FieldError(fieldPath(issue.path) || "(file)", issue.message);
  }
  return result.data;
}

/** The domain's view of a plan file: indicators, targets (implied ones derived), observations. */
export function toDomain(file: PlanFile): {
  indicators: Indicator[];
  targets: Target[];
  observations: Observation[];
} {
  const planKind = new Map(file.plans.map((p) => [p.id, p.kind]));
  const plans = new Map(file.plans.map((p) => [p.id, p]));
  const threshold = new Map(file.plans.map((p) => [p.id, p.nearlyMetThreshold]));
  // A rating given as a word is placed on the scale of its indicator's ordinal target.
  const scales = new Map<string, string[]>();
  for (const t of file.targets) if (t.spec?.kind === "ordinal") scales.set(t.indicator, t.spec.scale);
  const indicators: Indicator[] = file.indicators.map((i) => ({
    code: i.code,
    name: i.name,
    unit: i.unit,
    direction: i.direction,
    measure: i.measure,
    aggregation: { kind: i.aggregation },
    decimals: i.decimals,
    ...(i.sector ? { sector: i.sector } : {}),
    ...(i.nearlyMet ? { nearlyMet: i.nearlyMet } : {}),
    ...(i.aboutTolerance !== undefined ? { aboutTolerance: i.aboutTolerance } : {}),
  }));
  const observations: Observation[] = file.observations.map((o, index) => ({
    id: o.id,
    indicatorCode: o.indicator,
    value: observedValue(o, scales.get(o.indicator), `observations[${index}]`),
    ...(o.range ? { range: o.range } : {}),
    ...(o.word ? { word: o.word } : {}),
    ...(o.unit ? { unit: o.unit } : {}),
    qualifier: o.qualifier as Observation["qualifier"],
    stage: o.stage as Observation["stage"],
    revision: o.revision,
    recordedAt: o.recordedAt,
    ...(o.period ? { period: o.period } : {}),
    statedPercents: o.statedPercents.map((p) => ({
      percent: p.percent.value,
      decimals: p.percent.decimals,
      planKind: planKind.get(p.plan)!,
    })),
  }));
  const targets: Target[] = file.targets.map((t, index) => {
    const kind = planKind.get(t.plan)!;
    const common = {
      id: t.id,
      indicatorCode: t.indicator,
      planKind: kind,
      ...(t.unit ? { unit: t.unit } : {}),
      ...(t.officialLabel
        ? { officialLabel: t.officialLabel.status, officialLabelText: t.officialLabel.text }
        : {}),
      ...(threshold.get(t.plan) !== undefined ? { nearlyMetThreshold: threshold.get(t.plan)! } : {}),
      ...targetForm(t, plans.get(t.plan)!),
    };
    if (t.spec) return { ...common, spec: t.spec };
    const implied = observations
      .filter((o) => o.indicatorCode === t.indicator)
      .map((o) => targetImpliedBy(o, kind))
      .find((x) => x !== undefined);
    if (!implied) {
      throw new FieldError(
        `targets[${index}].implied`,
        `no observation of "${t.indicator}" states a percent of plan "${t.plan}" to imply the target from`,
      );
    }
    return { ...common, spec: implied.spec, implied: implied.implied };
  });
  return { indicators, targets, observations };
}

type FileTarget = PlanFile["targets"][number];
type FilePlan = PlanFile["plans"][number];

/** The forms of a target beyond its spec: the target's own setting over its plan's. */
function targetForm(t: FileTarget, plan: FilePlan): Partial<Target> {
  const nearlyMet = t.nearlyMet ?? plan.nearlyMet;
  const aboutTolerance = t.aboutTolerance ?? plan.aboutTolerance;
  const baseYear = t.baseYear ?? plan.baseYear;
  return {
    ...(nearlyMet ? { nearlyMet } : {}),
    ...(aboutTolerance !== undefined ? { aboutTolerance } : {}),
    ...(baseYear !== undefined ? { baseYear } : {}),
    ...(t.horizon ? { horizon: t.horizon } : {}),
    ...(t.growthFrom ? { growthFrom: t.growthFrom } : {}),
    ...(t.partOf ? { partOf: t.partOf } : {}),
    ...(t.amends
      ? {
          amends: {
            targetId: t.amends.target,
            from: t.amends.from,
            document: t.amends.document,
            ...(t.amends.reason ? { reason: t.amends.reason } : {}),
          },
        }
      : {}),
  };
}

/**
 * The value an observation is judged by: as given; the lower end of a range; a rating's place on
 * its indicator's scale; a yes/no word ("đạt", "hoàn thành") as yes/no.
 */
function observedValue(
  o: PlanFile["observations"][number],
  scale: readonly string[] | undefined,
  place: string,
): number | boolean {
  if (o.value !== undefined) return o.value;
  if (o.range) return o.range.lo;
  const word = o.word!;
  if (scale) {
    const rank = ordinalRank(scale, word);
    if (rank < 0) throw new FieldError(`${place}.word`, `"${word}" is not on the scale ${scale.join(" < ")}`);
    return rank;
  }
  const yesNo = yesNoOfWord(word);
  if (yesNo === undefined) {
    throw new FieldError(`${place}.word`, `"${word}" is neither a rating on a scale nor a yes/no word`);
  }
  return yesNo;
}

/** Reads, validates and assesses a plan file. */
export function assessPlanFile(json: unknown): { file: PlanFile; assessment: PlanAssessment } {
  const file = readPlanFile(json);
  const domain = toDomain(file);
  const assessment = assessPlan({
    ...domain,
    period: file.period,
    ...(file.at ? { at: file.at } : {}),
    baseValues: file.baseValues,
    listPartial: !file.listComplete,
  });
  return { file, assessment };
}
