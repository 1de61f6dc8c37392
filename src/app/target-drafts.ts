/**
 * Draft targets (chỉ tiêu nháp): what the plan builder shows a planner after reading a pasted
 * list or an uploaded table, before anything is saved. Each carries the words it was read from,
 * the reading as one sentence in both languages, the catalogue indicator its words match (when
 * one does), and what the words could not give. The planner fixes or drops drafts, then
 * saveTargets (save-targets.ts) writes the confirmed list in one transaction.
 */

import type { Horizon, Indicator, TargetSpec } from "../domain/types.ts";
import { findUnit } from "../domain/units-of-measure.ts";
import { describeSpec, describeTarget } from "../extract/target-describe.ts";
import { type DraftTarget, toDraftTarget } from "../extract/target-model.ts";
import type { ParsedTarget } from "../extract/target-types.ts";
import type { TargetToSave } from "./save-targets.ts";
import type { NamedSuggestion } from "./suggest-indicators.ts";

/**
 * What a draft still needs before it can be saved as read: an indicator of the catalogue, a unit
 * of measure the catalogue knows, or a figure the words do not give (the rate a fall in points
 * starts from, a base year's value, another unit's benchmark).
 */
export type DraftGap = "indicator" | "unit_of_measure" | "baseline" | "base_value" | "benchmark";

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
}

/** A unit of measure as the catalogue names it, or null with "unit_of_measure" missing. */
function unitOf(written: string | null, gaps: DraftGap[]): string | null {
  if (written === null) return null;
  const known = findUnit(written);
  if (!known) gaps.push("unit_of_measure");
  return known ? known.code : written;
}

function gapsOf(draft: DraftTarget): DraftGap[] {
  return [...(draft.missing ?? [])];
}

/** A draft of one reading: `phrase` names the indicator; `suggest` matches it to the catalogue. */
export function draftOfReading(
  source: { line: number; text: string; phrase: string },
  parsed: ParsedTarget,
  suggest: (phrase: string) => NamedSuggestion | undefined,
  unitWritten?: string | null,
): PlanTargetDraft {
  const model = toDraftTarget(parsed);
  const missing = gapsOf(model);
  const indicator = suggest(source.phrase);
  if (!indicator) missing.unshift("indicator");
  const unitOfMeasure = unitOf(unitWritten ?? model.unit, missing);
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
      const own = suggest(label) ?? indicator;
      if (!own) partGaps.unshift("indicator");
      return {
        label,
        ...(own ? { indicator: own } : {}),
        spec: part.spec,
        unitOfMeasure: unitOf(part.unit, partGaps),
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
  }) => ({
    indicator: d.indicator?.code ?? "",
    spec: d.spec,
    ...(d.unitOfMeasure ? { unitOfMeasure: d.unitOfMeasure } : {}),
    horizon: d.horizon,
  });
  return {
    ...one(draft),
    ...(draft.parts ? { parts: draft.parts.map(one) } : {}),
  };
}

/**
 * A saved target read back as the sentence its draft showed ("trên 88.800 tấn (bằng 88.800 tấn là
 * chưa đạt), cao hơn là tốt, trong năm kế hoạch"), in its unit or its indicator's.
 */
export function targetSentence(
  target: {
    spec: TargetSpec;
    unit?: string | undefined;
    form?: { horizon?: Horizon | undefined } | undefined;
  },
  indicator: Pick<Indicator, "unit" | "direction"> | undefined,
  lang: "vi" | "en",
): string {
  return describeSpec(
    {
      spec: target.spec,
      unit: target.unit ?? indicator?.unit ?? null,
      direction: indicator?.direction ?? "higher_better",
      horizon: target.form?.horizon,
    },
    lang,
  );
}
