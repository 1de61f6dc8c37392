/**
 * Assessment of a unit's targets for a period: every target assessed, rolled up overall and per
 * kind of plan, and, for a term reviewed at a date inside it, the mid-term projection. The one
 * entry point the CLI, the API, the pages and the reports call.
 */
import { assessTarget, type TargetAssessment } from "./assess-target.ts";
import { assessTermTarget, type TermAssessment } from "./assess-term.ts";
import { statusRank } from "./compare-to-target.ts";
import { FieldError } from "./field-error.ts";
import { parsePeriod, periodBounds } from "./periods.ts";
import { type RollUp, rollUp } from "./roll-up.ts";
import type { Indicator, Observation, PlanKind, Status, Target } from "./types.ts";

export interface PlanAssessmentInput {
  indicators: readonly Indicator[];
  targets: readonly Target[];
  /** Observations of the unit: all revisions, of the period and, for a term, of its years. */
  observations: readonly Observation[];
  /** Period code of the targets: "2023", or a term "2020-2025". */
  period: string;
  /** Date of a mid-term review; defaults to the end of the period. */
  at?: string;
  /** Base-year values by indicator code, for growth and trends over a term. */
  baseValues?: Readonly<Record<string, number>>;
  /** Whether the list of targets is only part of the plan's ("the source shows only part"). */
  listPartial?: boolean;
}

export interface PlanAssessment {
  period: string;
  at: string;
  targets: TargetAssessment[];
  rollup: RollUp;
  rollupsByPlan: Partial<Record<PlanKind, RollUp>>;
  /** Mid-term assessment of each target, when the period is a term. */
  term: TermAssessment[] | null;
  /** Indicators observed that no target covers ("trên 2.000 lao động"): shown, not judged. */
  untargeted: string[];
  /** The source shows only part of the list: roll-ups speak for the targets shown, not the plan. */
  listPartial: boolean;
}

/**
 * Indicators by code, built once per indicator list: a scorecard assesses thousands of units
 * against the same list.
 */
const indexes = new WeakMap<readonly Indicator[], Map<string, Indicator>>();
function indicatorIndex(list: readonly Indicator[]): Map<string, Indicator> {
  let index = indexes.get(list);
  if (!index) {
    index = new Map(list.map((i) => [i.code, i]));
    indexes.set(list, index);
  }
  return index;
}

export function assessPlan(input: PlanAssessmentInput): PlanAssessment {
  const period = parsePeriod(input.period);
  const at = input.at ?? periodBounds(period).end;
  const indicators = indicatorIndex(input.indicators);
  // Observations of the period itself count for the plain assessment; a term's yearly ones feed
  // only its projection.
  const ofPeriod = input.observations.filter((o) => o.period === undefined || o.period === input.period);
  const ofIndicator = new Map<string, Observation[]>();
  for (const o of ofPeriod) {
    const list = ofIndicator.get(o.indicatorCode);
    if (list) list.push(o);
    else ofIndicator.set(o.indicatorCode, [o]);
  }

  const targets = input.targets.map((target, index) => {
    const indicator = indicators.get(target.indicatorCode);
    if (!indicator) {
      throw new FieldError(`targets[${index}].indicator`, `unknown indicator "${target.indicatorCode}"`);
    }
    return {
      target,
      indicator,
      assessment: assessTarget({
        target,
        indicator,
        observations: ofIndicator.get(target.indicatorCode) ?? [],
      }),
    };
  });

  linkComposites(targets.map((t) => t.assessment));
  applyAmendments(
    targets.map((t) => t.assessment),
    at,
  );

  const rollupsByPlan: Partial<Record<PlanKind, RollUp>> = {};
  for (const kind of new Set(targets.map((t) => t.assessment.planKind))) {
    rollupsByPlan[kind] = rollUp(targets.map((t) => t.assessment).filter((a) => a.planKind === kind));
  }

  const term =
    period.kind === "term"
      ? targets.map(({ target, indicator }) =>
          assessTermTarget({
            target,
            indicator,
            term: input.period,
            at,
            observations: input.observations.filter((o) => o.indicatorCode === target.indicatorCode),
            baseValue: input.baseValues?.[target.indicatorCode],
          }),
        )
      : null;

  // An every-year target of a term is judged by all its years: one missed year is a miss, named.
  if (term) {
    for (const [i, t] of term.entries()) {
      const a = targets[i]!.assessment;
      if (t.years === null) continue;
      a.years = t.years;
      a.missedYears = t.missedYears;
      a.method = "every_year";
      a.provisional = a.provisional || t.provisional;
      const judged = t.years.filter((y) => y.status !== "no_data").map((y) => y.status);
      if (judged.length > 0) a.status = worstOf(judged);
    }
  }
  for (const t of targets) {
    if (t.target.spec.kind === "unknown" && t.assessment.parts.length > 0)
      inheritFromParts(t.assessment, targets);
  }

  const targeted = new Set(input.targets.map((t) => t.indicatorCode));
  const untargeted = [...ofIndicator.keys()].filter((code) => !targeted.has(code));

  const assessments = targets.map((t) => t.assessment);
  return {
    period: input.period,
    at,
    targets: assessments,
    rollup: rollUp(assessments),
    rollupsByPlan,
    term,
    untargeted,
    listPartial: input.listPartial ?? false,
  };
}

function worstOf(statuses: readonly Status[]): Status {
  return statuses.reduce((w, s) => (statusRank(s) < statusRank(w) ? s : w));
}

/** Each whole lists its parts; a part names its whole (set from the target). */
function linkComposites(assessments: TargetAssessment[]): void {
  const byId = new Map(assessments.map((a) => [a.targetId, a]));
  for (const a of assessments) {
    if (!a.partOf) continue;
    const whole = byId.get(a.partOf);
    if (!whole) throw new FieldError(`targets.${a.targetId}.partOf`, `unknown target "${a.partOf}"`);
    whole.parts.push(a.targetId);
  }
}

/**
 * A whole whose own figure is not set (only its parts are: "trong đó …") takes the worst status
 * of its parts, since every part must be met for the whole to be.
 */
function inheritFromParts(whole: TargetAssessment, all: readonly { assessment: TargetAssessment }[]): void {
  const statuses = all
    .map((t) => t.assessment)
    .filter((a) => a.partOf === whole.targetId && a.status !== "no_data")
    .map((a) => a.status);
  if (statuses.length > 0) {
    whole.status = worstOf(statuses);
    whole.provisional = all.some((t) => t.assessment.partOf === whole.targetId && t.assessment.provisional);
  }
}

/**
 * An amending target supersedes the one it names from its date: before that date the earlier one
 * is in force and the amending one is not yet; from it, the reverse. Both stay in the list.
 */
function applyAmendments(assessments: TargetAssessment[], at: string): void {
  const byId = new Map(assessments.map((a) => [a.targetId, a]));
  for (const a of assessments) {
    if (!a.amends) continue;
    const earlier = byId.get(a.amends.targetId);
    if (!earlier) {
      throw new FieldError(`targets.${a.targetId}.amends`, `unknown target "${a.amends.targetId}"`);
    }
    if (a.amends.from <= at) {
      earlier.inForce = false;
      earlier.supersededBy = a.targetId;
    } else {
      a.inForce = false;
    }
  }
}
