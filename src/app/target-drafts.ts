/**
 * Draft targets (chỉ tiêu nháp): what the plan builder shows a planner after reading a pasted
 * list or an uploaded table, before anything is saved. Each carries the words it was read from,
 * the reading as one sentence in both languages, the catalogue indicator its words match (when
 * one does), and what the words could not give. The planner fixes or drops drafts, then
 * saveTargets (save-targets.ts) writes the confirmed list in one transaction.
 */

import { impliedDecimals } from "../domain/implied-target.ts";
import { roundTo } from "../domain/numbers.ts";
import { unitFitsIndicator } from "../domain/target-unit.ts";
import type { Horizon, Indicator, TargetSpec } from "../domain/types.ts";
import { findUnit } from "../domain/units-of-measure.ts";
import { describeSpec, describeTarget } from "../extract/target-describe.ts";
import { type DraftTarget, toDraftTarget } from "../extract/target-model.ts";
import type { ParsedTarget } from "../extract/target-types.ts";
import type { TargetToSave } from "./save-targets.ts";
import type { NamedSuggestion, Suggest } from "./suggest-indicators.ts";

/**
 * What a draft still needs before it can be saved as read: an indicator of the catalogue, a unit
 * of measure the catalogue knows and the indicator's results convert into, or a figure the words do not give (the rate a fall in points
 * starts from, a base year's value, another unit's benchmark).
 */
export type DraftGap =
  | "indicator"
  | "unit_of_measure"
  | "unit_mismatch"
  | "baseline"
  | "base_value"
  | "benchmark";

export interface DraftPart {
  /** The part's own words ("đàn heo", "khu vực nông, lâm, thủy sản"). */
  label: string;
  /** The table's row it was read from, when it has one of its own. */
  line?: number;
  indicator?: NamedSuggestion;
  spec: TargetSpec;
  unitOfMeasure: string | null;
  horizon: Horizon;
  missing: DraftGap[];
  /** The table's "Ghi chú" of the part's row. */
  notes?: string;
}

export interface PlanTargetDraft {
  /** Where it was read: the pasted text's line, or the table's row. */
  line: number;
  /** The words as read. */
  text: string;
  /** The reading as one sentence: "trên 73% (bằng 73% là chưa đạt), cao hơn là tốt, …". */
  sentence: { vi: string; en: string };
  /** The words naming what is measured, and the catalogue's best match for them. */
  phrase: string;
  indicator?: NamedSuggestion;
  spec: TargetSpec;
  unitOfMeasure: string | null;
  horizon: Horizon;
  /** Parts of a composite ("trong đó …"): each saved as a target under this one. */
  parts?: DraftPart[];
  missing: DraftGap[];
  /** The table's "Ghi chú" of the row, saved as the target's notes. */
  notes?: string;
}

/** A unit of measure as the catalogue names it, or null with "unit_of_measure" missing. */
function unitOf(written: string | null, gaps: DraftGap[]): string | null {
  if (written === null) return null;
  const known = findUnit(written);
  if (!known) gaps.push("unit_of_measure");
  return known ? known.code : written;
}

/** Whether a draft's figure, in its unit, can be judged on an indicator of the catalogue. */
function unitFits(
  written: { unit: string | null; spec: TargetSpec },
  indicator: Pick<NamedSuggestion, "unit">,
): boolean {
  return unitFitsIndicator({ unit: written.unit ?? undefined, spec: written.spec }, indicator.unit);
}

/**
 * The catalogue's best match for `phrase` among the indicators the figure can be judged on, or
 * the best match of all, with "unit_mismatch" among the gaps, when none of those matches.
 */
function suggestFitting(
  suggest: Suggest,
  phrase: string,
  written: { unit: string | null; spec: TargetSpec },
  gaps: DraftGap[],
): NamedSuggestion | undefined {
  const suggestion = suggest(phrase, (indicator) => unitFits(written, indicator));
  if (suggestion && !unitFits(written, suggestion)) gaps.push("unit_mismatch");
  return suggestion;
}

function gapsOf(draft: DraftTarget): DraftGap[] {
  return [...(draft.missing ?? [])];
}

/** A draft of one reading: `phrase` names the indicator; `suggest` matches it to the catalogue. */
export function draftOfReading(
  source: { line: number; text: string; phrase: string },
  parsed: ParsedTarget,
  suggest: Suggest,
  unitWritten?: string | null,
): PlanTargetDraft {
  const model = toDraftTarget(parsed);
  const missing = gapsOf(model);
  const unitOfMeasure = unitOf(unitWritten ?? model.unit, missing);
  const indicator = suggestFitting(
    suggest,
    source.phrase,
    // An unknown unit is its own gap: whether it fits an indicator cannot be told.
    { unit: missing.includes("unit_of_measure") ? null : unitOfMeasure, spec: model.spec },
    missing,
  );
  if (!indicator) missing.unshift("indicator");
  const draft: PlanTargetDraft = {
    line: source.line,
    text: source.text,
    sentence: { vi: describeTarget(parsed, "vi"), en: describeTarget(parsed, "en") },
    phrase: source.phrase,
    ...(indicator ? { indicator } : {}),
    spec: model.spec,
    unitOfMeasure,
    horizon: model.horizon,
    missing,
  };
  if (model.parts) {
    draft.parts = model.parts.map((part) => {
      const partGaps = gapsOf(part);
      const label = part.label ?? source.phrase;
      // A part names its own indicator ("đàn heo") or is a share of the whole's ("nông nghiệp").
      const unitOfMeasure = unitOf(part.unit, partGaps);
      const written = { unit: partGaps.includes("unit_of_measure") ? null : unitOfMeasure, spec: part.spec };
      const suggested = suggestFitting(suggest, label, written, partGaps);
      const own = suggested ?? indicator;
      if (!own) partGaps.unshift("indicator");
      else if (!suggested && !unitFits(written, own)) partGaps.push("unit_mismatch");
      return {
        label,
        ...(own ? { indicator: own } : {}),
        spec: part.spec,
        unitOfMeasure,
        horizon: part.horizon,
        missing: partGaps,
      };
    });
  }
  return draft;
}

/** Whether a draft, and each of its parts, can be saved as read. */
export function isComplete(draft: PlanTargetDraft): boolean {
  return draft.missing.length === 0 && (draft.parts ?? []).every((p) => p.missing.length === 0);
}

/** A complete draft as saveTargets takes it (see {@link isComplete}). */
export function toTargetToSave(draft: PlanTargetDraft): TargetToSave {
  const one = (d: {
    indicator?: NamedSuggestion;
    spec: TargetSpec;
    unitOfMeasure: string | null;
    horizon: Horizon;
    notes?: string;
  }) => ({
    indicator: d.indicator?.code ?? "",
    spec: d.spec,
    ...(d.unitOfMeasure ? { unitOfMeasure: d.unitOfMeasure } : {}),
    horizon: d.horizon,
    ...(d.notes ? { notes: d.notes } : {}),
  });
  return {
    ...one(draft),
    ...(draft.parts ? { parts: draft.parts.map(one) } : {}),
  };
}

/**
 * A saved target read back as the sentence its draft showed ("trên 88.800 tấn (bằng 88.800 tấn là
 * chưa đạt), cao hơn là tốt, trong năm kế hoạch"), in its unit or its indicator's. A figure
 * implied from a stated percent (88.800 tấn at 107 % → 82.990,654…) is only as precise as that
 * percent: it reads rounded, as the scorecard prints it (report/assessment-table.ts).
 */
export function targetSentence(
  target: {
    spec: TargetSpec;
    unit?: string | undefined;
    implied?: unknown;
    form?: { horizon?: Horizon | undefined } | undefined;
  },
  indicator: Pick<Indicator, "unit" | "direction" | "decimals"> | undefined,
  lang: "vi" | "en",
): string {
  const spec =
    target.implied && target.spec.kind === "gte"
      ? {
          ...target.spec,
          value: roundTo(target.spec.value, impliedDecimals(target.spec.value, indicator?.decimals ?? 2)),
        }
      : target.spec;
  return describeSpec(
    {
      spec,
      unit: target.unit ?? indicator?.unit ?? null,
      direction: indicator?.direction ?? "higher_better",
      horizon: target.form?.horizon,
    },
    lang,
  );
}
