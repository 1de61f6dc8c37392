/**
 * "Paste the resolution's text" (dán văn bản nghị quyết): each target line read into a draft
 * target beside the sentence it reads as, its indicator matched to the catalogue where the words
 * allow, and what the words could not give. Nothing is saved: the planner checks, fixes or drops
 * drafts, then saveTargets writes the confirmed list.
 */

import { PeriodError } from "../domain/periods.ts";
import { indicatorPhrase, splitTargetList, targetPeriodOf } from "../extract/target-list.ts";
import { parseTargetText } from "../extract/target-text.ts";
import { invalidField } from "./errors.ts";
import { indicatorMatcher } from "./suggest-indicators.ts";
import { draftOfReading, type PlanTargetDraft } from "./target-drafts.ts";
import type { Db } from "./transaction.ts";

export interface TargetListInput {
  text: string;
  /** The plan's period: a year (2026) or a term (2025-2030), which decides when each target holds. */
  period: string;
}

export async function readTargetList(db: Db, input: TargetListInput): Promise<PlanTargetDraft[]> {
  let period: ReturnType<typeof targetPeriodOf>;
  try {
    period = targetPeriodOf(input.period);
  } catch (error) {
    if (error instanceof PeriodError) throw invalidField("period", error.message);
    throw error;
  }
  const lines = splitTargetList(input.text);
  if (lines.length === 0) throw invalidField("text", "no target line: paste one target a line");
  const { suggest } = await indicatorMatcher(db);
  return lines.map(({ line, text }) =>
    draftOfReading({ line, text, phrase: indicatorPhrase(text) }, parseTargetText({ text, period }), suggest),
  );
}
