/**
 * Accepting a target statement of the review queue ("Năm 2024, phấn đấu tổng thu ngân sách nhà
 * nước trên địa bàn đạt 650 tỷ đồng") into a plan, as a target of that plan: the planner picks
 * the plan (an adopted plan asks for a reason, as every change to it does: plans.ts), the
 * statement's words are read by the same target reader as a pasted list (src/extract/target-*.ts,
 * target-drafts.ts), the indicator is the one the planner names or else the one its words match,
 * and saveTargets writes it with the report as its source. One transaction: the target, the
 * decision on the statement (accepted, with the target's id), and their audit entries.
 *
 * A statement not read as a target is a 422 naming `extracted.is_target`; words that do not give
 * what a target needs (no indicator matched and none named, a unit of measure the catalogue does
 * not know, a base figure) a 422 naming it; a plan of another period than the statement's a 422
 * naming `planId` (rule "period"); a plan the caller may not see a 404; writing a plan needs
 * plan.write over its unit (403).
 */
import { appendAudit } from "../db/audit.ts";
import { findPlan, type TargetRecord } from "../db/plans.ts";
import { markAccepted, type StatementRecord } from "../db/statements.ts";
import { PeriodError, parsePeriod, periodWithin } from "../domain/periods.ts";
import { unitFitsIndicator } from "../domain/target-unit.ts";
import { periodCodeOf } from "../extract/period-code.ts";
import { targetPeriodOf } from "../extract/target-list.ts";
import { parseTargetText } from "../extract/target-text.ts";
import { pendingStatement } from "./accept-statement.ts";
import { invalidField, notFound, unknownReference } from "./errors.ts";
import { saveTargetsIn } from "./save-targets.ts";
import { indicatorMatcher } from "./suggest-indicators.ts";
import { type DraftGap, draftOfReading, toTargetToSave } from "./target-drafts.ts";
import { type Db, inTransaction } from "./transaction.ts";
import { authorizeExisting, type WriteContext } from "./write-context.ts";

export interface AcceptTargetInput {
  planId: string;
  /** Indicator code; by default the one the statement's words match. */
  indicator?: string | undefined;
}

export interface AcceptTargetResult {
  statement: StatementRecord;
  /** The target, then its parts when the words state a composite ("trong đó …"). */
  targets: TargetRecord[];
}

const GAP_FIELD: Record<DraftGap, string> = {
  indicator: "indicator",
  unit_of_measure: "extracted.unit",
  unit_mismatch: "indicator",
  baseline: "extracted.value",
  base_value: "extracted.value",
  benchmark: "extracted.value",
};

/**
 * The period the statement's own sentence names ("Năm 2024, phấn đấu …" → 2024), or undefined.
 * A period the extractor carried from an earlier sentence does not count: a year-end report's
 * "Phấn đấu …" after a sentence on 2023 sets next year's targets.
 */
function statedPeriod(statement: StatementRecord): string | undefined {
  const words = statement.extracted.period;
  if (!words || !statement.sentence.text.includes(words)) return undefined;
  return periodCodeOf(words);
}

export async function acceptTargetStatement(
  db: Db,
  id: string,
  input: AcceptTargetInput,
  ctx: WriteContext,
): Promise<AcceptTargetResult> {
  return inTransaction(db, async (trx) => {
    const current = await pendingStatement(trx, id, ctx);
    const extracted = current.extracted;
    if (!extracted.is_target) {
      throw invalidField(
        "extracted.is_target",
        "the statement states a result, not a target: accept it as a figure, or reject it",
      );
    }
    const plan = await findPlan(trx, input.planId);
    const missing = () => notFound("plan", input.planId, "planId");
    if (!plan) throw missing();
    await authorizeExisting(trx, ctx, "plan.write", plan.unitId, missing);
    // "Năm 2024, phấn đấu …" is a target of 2024: in a plan of 2023 it would be judged on 2023.
    const stated = statedPeriod(current);
    if (stated && !periodWithin(parsePeriod(stated), parsePeriod(plan.period))) {
      throw invalidField(
        "planId",
        `the statement sets a target for ${stated}, the plan is for ${plan.period}: choose a plan of ${stated}`,
        "period",
      );
    }
    let period: ReturnType<typeof targetPeriodOf>;
    try {
      period = targetPeriodOf(plan.period);
    } catch (error) {
      if (error instanceof PeriodError) throw invalidField("planId", error.message);
      throw error;
    }

    const { indicators, suggest } = await indicatorMatcher(trx);
    const named = input.indicator ? indicators.get(input.indicator) : undefined;
    if (input.indicator && !named) throw unknownReference("indicator", "indicator", input.indicator);
    const text = current.sentence.text;
    const draft = draftOfReading(
      { line: 1, text, phrase: extracted.indicator },
      parseTargetText({ text, period }),
      suggest,
    );
    // An indicator named replaces the one matched: the unit is checked against it instead.
    const gap = draft.missing.find((g) => !(named && (g === "indicator" || g === "unit_mismatch")));
    const unitRefused =
      named && !unitFitsIndicator({ unit: draft.unitOfMeasure ?? undefined, spec: draft.spec }, named.unit);
    if (gap === "unit_mismatch" || unitRefused) {
      throw invalidField(
        "indicator",
        `the target's unit ${draft.unitOfMeasure} cannot be compared with ${(named ?? draft.indicator)?.unit}, the indicator's: choose another indicator`,
        "dimension",
      );
    }
    if (gap) {
      throw invalidField(
        GAP_FIELD[gap],
        gap === "indicator"
          ? "the words match no indicator of the catalogue: choose one"
          : `the words do not give what the target needs (${gap}): enter it on the plan's page`,
      );
    }
    // The indicator named replaces the one matched, for the whole and for parts that matched none.
    const read = toTargetToSave(draft);
    const toSave = {
      ...read,
      indicator: named?.code ?? read.indicator,
      sourceId: current.sourceId,
      ...(read.parts
        ? {
            parts: read.parts.map((p) => ({
              ...p,
              indicator: p.indicator || (named?.code ?? ""),
              sourceId: current.sourceId,
            })),
          }
        : {}),
    };
    const targets = await saveTargetsIn(trx, plan.id, [toSave], ctx);

    const mapping = { planId: plan.id, indicator: toSave.indicator, spec: toSave.spec };
    const accepted = await markAccepted(trx, id, current.version, {
      mapping,
      edited: named !== undefined && named.code !== draft.indicator?.code,
      targetIds: targets.map((t) => t.id),
      decidedBy: ctx.actor,
    });
    await appendAudit(trx, {
      actor: ctx.actor,
      action: "accept",
      entity: "statement",
      entityId: id,
      before: { status: current.status, extracted },
      after: { status: accepted.status, mapping, targetIds: accepted.targetIds },
      reason: ctx.reason,
    });
    return { statement: accepted, targets };
  });
}
