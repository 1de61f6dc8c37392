/**
 * "Copy last year's plan" (sao chép kế hoạch năm trước): a new draft plan for another period,
 * of the same kind and unit (read at the new period), with the same indicators in the same order
 * and the same forms (horizon, nearly-met rule, "khoảng" tolerance, base year; parts under their
 * whole), each target's responsible agency and notes. The figures are carried or left blank (a
 * target "not known yet", to be filled in), as the planner chooses. What belonged to the old
 * document alone (an amendment, a published status word, the provenance naming the old document's
 * clause) is not carried. A base year moves with the period: 2025 for 2026-2030 becomes 2030 for
 * 2031-2035. One transaction, through createPlan and createTarget.
 */
import { randomUUID } from "node:crypto";
import { findPlan, listTargets, type PlanRecord, type TargetRecord } from "../db/plans.ts";
import { findUnitById } from "../db/units.ts";
import type { PlanForm, TargetForm, TargetSpec } from "../domain/types.ts";
import { notFound } from "./errors.ts";
import { isPeriod, periodBounds } from "./periods.ts";
import { createPlanIn, createTargetIn } from "./plans.ts";
import { type Db, inTransaction } from "./transaction.ts";
import { authorizeExisting, type WriteContext } from "./write-context.ts";

export interface CopyPlanInput {
  /** The plan copied. */
  from: string;
  /** The new plan's period ("2027"). */
  period: string;
  /** "carry": the old figures; "blank": each target's figure left to fill in. */
  values: "carry" | "blank";
  id?: string | undefined;
  /** Defaults to the old title with the old period's years replaced by the new one's. */
  title?: string | undefined;
}

export interface CopiedPlan {
  plan: PlanRecord;
  targets: TargetRecord[];
}

/** Years from one period's start to another's (2026-2030 → 2031-2035: 5); 0 for a bad code. */
function yearsBetween(from: string, to: string): number {
  if (!isPeriod(from) || !isPeriod(to)) return 0;
  const year = (code: string) => Number(periodBounds(code).start.slice(0, 4));
  return year(to) - year(from);
}

/** A form's base year moved by `years`, the rest as it was. */
function moved<F extends { baseYear?: number }>(form: F, years: number): F {
  return form.baseYear === undefined ? form : { ...form, baseYear: form.baseYear + years };
}

function carriedForm(
  form: TargetForm | undefined,
  partOf: string | undefined,
  years: number,
): TargetForm | undefined {
  if (!form && !partOf) return undefined;
  const { amends: _amends, officialLabelText: _label, partOf: _old, ...kept } = form ?? {};
  return { ...moved(kept, years), ...(partOf ? { partOf } : {}) };
}

function specOf(spec: TargetSpec, values: CopyPlanInput["values"]): TargetSpec {
  // A yes/no target has no figure to leave blank.
  if (values === "carry" || spec.kind === "boolean") return spec;
  return { kind: "unknown" };
}

export async function copyPlan(db: Db, input: CopyPlanInput, ctx: WriteContext): Promise<CopiedPlan> {
  return inTransaction(db, async (trx) => {
    const source = await findPlan(trx, input.from);
    const missing = () => notFound("plan", input.from, "from");
    if (!source) throw missing();
    await authorizeExisting(trx, ctx, "plan.write", source.unitId, missing);
    const unit = (await findUnitById(trx, source.unitId))!;
    const years = yearsBetween(source.period, input.period);
    const plan = await createPlanIn(
      trx,
      {
        id: input.id,
        kind: source.kind,
        unit: unit.code,
        period: input.period,
        title: input.title ?? source.title.replaceAll(source.period, input.period),
        issuer: source.issuer,
        state: "draft",
        nearlyMetThreshold: source.nearlyMetThreshold,
        illustrative: source.illustrative,
        form: source.form && moved<PlanForm>(source.form, years),
      },
      ctx,
    );
    // The plan's own targets; wholes before their parts, so that each part finds its whole.
    const old = (await listTargets(trx, { planIds: [source.id] })).filter((t) => t.unitId === source.unitId);
    const ids = new Map(old.map((t) => [t.id, randomUUID()]));
    const ordered = [...old.filter((t) => !t.form?.partOf), ...old.filter((t) => t.form?.partOf)];
    const targets: TargetRecord[] = [];
    for (const t of ordered) {
      const partOf = t.form?.partOf ? ids.get(t.form.partOf) : undefined;
      const form = carriedForm(t.form, partOf, years);
      targets.push(
        await createTargetIn(
          trx,
          {
            id: ids.get(t.id),
            planId: plan.id,
            indicator: t.indicatorCode,
            unitOfMeasure: t.unit,
            spec: specOf(t.spec, input.values),
            position: t.position,
            ...(form && Object.keys(form).length > 0 ? { form } : {}),
            responsibleAgency: t.responsibleAgency,
            notes: t.notes,
          },
          ctx,
        ),
      );
    }
    targets.sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
    return { plan, targets };
  });
}
