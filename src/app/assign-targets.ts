/**
 * Assigning targets down the hierarchy (giao chỉ tiêu): a province (or, before 2025, a district)
 * gives each unit under it a figure per indicator, by one decision (Quyết định số …). Each cell of
 * the matrix unit × indicator becomes a target of that unit's plan of kind `assigned` for the
 * period, the plan bearing the decision's number, date and issuer, so every assigned figure is
 * traceable to it; assigning again under the same decision replaces the figures. The matrix read
 * back shows, per indicator, the assigning unit's own target beside the sum or average of what it
 * assigned (src/domain/assignment-check.ts).
 */
import { listIndicators } from "../db/indicators.ts";
import { listPlans, listTargets, type PlanRecord, type TargetRecord } from "../db/plans.ts";
import type { AdminUnit } from "../domain/admin-units.ts";
import { type AssignmentCheck, checkAssignment, referenceValue } from "../domain/assignment-check.ts";
import { type DisplayLocale, formatNumber } from "../domain/numbers.ts";
import type { Indicator, PlanKind, TargetSpec } from "../domain/types.ts";
import { targetPeriodOf } from "../extract/target-list.ts";
import { toDraftTarget } from "../extract/target-model.ts";
import { parseTargetText } from "../extract/target-text.ts";
import { messages } from "../i18n/messages.ts";
import {
  readAssignmentSheet,
  type SheetErrorCode,
  writeAssignmentSheet,
} from "../report/xlsx/assignment-sheet.ts";
import type { CellError } from "../report/xlsx/cells.ts";
import { errorsOfSheet } from "../report/xlsx/cells.ts";
import type { Principal } from "./auth/principal.ts";
import { AppError, invalidField, notFound, unknownReference } from "./errors.ts";
import { periodBounds } from "./periods.ts";
import { createPlanIn, createTargetIn, updateTargetIn } from "./plans.ts";
import { type Db, inTransaction, type Trx } from "./transaction.ts";
import { resolveUnitForPeriod, unitsUnder } from "./units.ts";
import { authorize, authorizeExisting, type WriteContext } from "./write-context.ts";

/** The assigning decision (Quyết định giao chỉ tiêu). */
export interface Decision {
  /** "25/QĐ-UBND". */
  number: string;
  /** ISO date of signature. */
  date: string;
  /** "UBND tỉnh Tây Ninh"; defaults to none. */
  issuer?: string | undefined;
}

export interface AssignedCell {
  /** Code (read at the period) or id of a unit directly under the assigning one. */
  unit: string;
  indicator: string;
  spec: TargetSpec;
}

export interface AssignInput {
  /** The assigning unit: code (read at the period) or id. */
  parent: string;
  period: string;
  decision: Decision;
  cells: readonly AssignedCell[];
}

export interface AssignResult {
  /** The units' plans of kind `assigned` under this decision, created or found. */
  plans: PlanRecord[];
  targets: TargetRecord[];
}

const decisionLabel = (d: Decision) => `Quyết định số ${d.number} ngày ${d.date}`;

/** The units' `assigned` plan for the period bearing this decision's number, if any. */
async function planOfDecision(
  trx: Db | Trx,
  unitId: string,
  period: string,
  number: string,
): Promise<PlanRecord | undefined> {
  const plans = await listPlans(trx, { unitIds: [unitId], period, kind: "assigned" });
  return plans.find((p) => p.number === number);
}

async function childrenOf(db: Db | Trx, parent: AdminUnit, period: string): Promise<AdminUnit[]> {
  return unitsUnder(db as Db, parent.id, periodBounds(period).start);
}

export async function assignTargets(db: Db, input: AssignInput, ctx: WriteContext): Promise<AssignResult> {
  return inTransaction(db, async (trx) => {
    const parent = await resolveUnitForPeriod(trx, input.parent, periodBounds(input.period), "parent");
    await authorize(trx, ctx, "plan.write", parent.id);
    if (!input.decision.number.trim())
      throw invalidField("decision.number", "the decision's number is needed");
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(input.decision.date))
      throw invalidField("decision.date", "the decision's date is needed, as 2026-01-15");
    const children = await childrenOf(trx, parent, input.period);
    const byRef = new Map<string, AdminUnit>();
    for (const c of children) {
      byRef.set(c.code, c);
      byRef.set(c.id, c);
    }
    const reason = ctx.reason ?? `Giao chỉ tiêu theo ${decisionLabel(input.decision)}`;
    // The figures replace earlier ones of the same decision as one write: no version to match.
    const write: WriteContext = { ...ctx, reason, ifMatch: "*" };
    const plans = new Map<string, PlanRecord>();
    // Each unit's targets in the order of the matrix's columns.
    const column = new Map<string, number>();
    for (const cell of input.cells)
      if (!column.has(cell.indicator)) column.set(cell.indicator, column.size + 1);
    const targets: TargetRecord[] = [];
    for (const [i, cell] of input.cells.entries()) {
      const unit = byRef.get(cell.unit);
      if (!unit) throw unknownReference(`cells[${i}].unit`, `unit under ${parent.code} with code`, cell.unit);
      let plan =
        plans.get(unit.id) ?? (await planOfDecision(trx, unit.id, input.period, input.decision.number));
      if (!plan) {
        plan = await createPlanIn(
          trx,
          {
            kind: "assigned",
            unit: unit.id,
            period: input.period,
            title: `Chỉ tiêu ${parent.name} giao năm ${input.period} (${decisionLabel(input.decision)})`,
            issuer: input.decision.issuer,
            number: input.decision.number,
            date: input.decision.date,
            state: "adopted",
          },
          write,
        );
      }
      plans.set(unit.id, plan);
      const existing = (await listTargets(trx, { planIds: [plan.id] })).find(
        (t) => t.indicatorCode === cell.indicator && !t.form?.partOf,
      );
      const target = {
        planId: plan.id,
        indicator: cell.indicator,
        spec: cell.spec,
        position: column.get(cell.indicator),
        // The matrix gives figures only: the texts a planner wrote on the target are kept.
        responsibleAgency: existing?.responsibleAgency,
        provenance: existing?.provenance,
        notes: existing?.notes,
      };
      try {
        targets.push(
          existing
            ? await updateTargetIn(trx, existing.id, target, write)
            : await createTargetIn(trx, target, write),
        );
      } catch (error) {
        if (error instanceof AppError && error.details.field === "indicator")
          throw unknownReference(`cells[${i}].indicator`, "indicator", cell.indicator);
        throw error;
      }
    }
    return { plans: [...plans.values()], targets };
  });
}

/** Which plan kinds speak for a unit's own target, first first. */
const OWN_KINDS: readonly PlanKind[] = ["annual_plan", "resolution", "assigned", "budget_estimate"];

export interface AssignmentMatrix {
  parent: AdminUnit;
  period: string;
  decision: Decision | null;
  units: AdminUnit[];
  indicators: Indicator[];
  /** The parent's own target per indicator code, when it has one. */
  own: Record<string, TargetSpec>;
  /** Assigned figures: unit id → indicator code → spec. */
  cells: Record<string, Record<string, TargetSpec>>;
  /** Per indicator code: the own target beside the sum or average of the assigned. */
  checks: Record<string, AssignmentCheck>;
}

/**
 * The matrix of a decision (or, without a number, the indicators of the parent's own plan with no
 * figures yet), for a caller who may read drafts over the parent unit.
 */
export async function loadAssignment(
  db: Db,
  who: Principal | undefined,
  query: { parent: string; period: string; number?: string | undefined; indicators?: readonly string[] },
): Promise<AssignmentMatrix> {
  const parent = await resolveUnitForPeriod(db, query.parent, periodBounds(query.period), "parent");
  await authorizeExisting(db, { actor: who?.userId ?? "", principal: who }, "draft.read", parent.id, () =>
    notFound("unit", query.parent, "parent"),
  );
  const units = await childrenOf(db, parent, query.period);
  const ownPlans = (await listPlans(db, { unitIds: [parent.id], period: query.period })).sort(
    (a, b) => OWN_KINDS.indexOf(a.kind) - OWN_KINDS.indexOf(b.kind),
  );
  const ownTargets = await listTargets(db, { planIds: ownPlans.map((p) => p.id) });
  const own: Record<string, TargetSpec> = {};
  for (const plan of ownPlans) {
    for (const t of ownTargets) {
      if (t.planId === plan.id && t.unitId === parent.id && !t.form?.partOf && !(t.indicatorCode in own))
        own[t.indicatorCode] = t.spec;
    }
  }
  const cells: Record<string, Record<string, TargetSpec>> = {};
  let decision: Decision | null = null;
  if (query.number) {
    for (const unit of units) {
      const plan = await planOfDecision(db, unit.id, query.period, query.number);
      if (!plan) continue;
      decision ??= {
        number: query.number,
        date: plan.date ?? "",
        ...(plan.issuer ? { issuer: plan.issuer } : {}),
      };
      const row: Record<string, TargetSpec> = {};
      for (const t of await listTargets(db, { planIds: [plan.id] }))
        if (!t.form?.partOf) row[t.indicatorCode] = t.spec;
      cells[unit.id] = row;
    }
  }
  const codes = new Set(
    query.indicators ?? [...Object.keys(own), ...Object.values(cells).flatMap(Object.keys)],
  );
  const indicators = (await listIndicators(db, [...codes])).map((r) => r.indicator);
  const checks: Record<string, AssignmentCheck> = {};
  for (const indicator of indicators) {
    const assigned = units.map((u) => cells[u.id]?.[indicator.code]).filter((s): s is TargetSpec => !!s);
    checks[indicator.code] = checkAssignment(indicator, own[indicator.code], assigned);
  }
  return { parent, period: query.period, decision, units, indicators, own, cells, checks };
}

/** A figure as the sheet writes it: the reference value in Vietnamese notation, or target words. */
function figureWords(spec: TargetSpec, locale: DisplayLocale): string {
  const n = (v: number) => formatNumber(v, locale, { maxDecimals: 6 });
  switch (spec.kind) {
    case "gte":
      return `${spec.strict ? ">" : "≥"} ${n(spec.value)}`;
    case "lte":
      return `${spec.strict ? "<" : "≤"} ${n(spec.value)}`;
    case "range":
    case "band":
      return `${n(spec.lo)} - ${n(spec.hi)}`;
    default: {
      const v = referenceValue(spec);
      return v === null ? "" : n(v);
    }
  }
}

/** The matrix of a decision as one .xlsx sheet, to fill in and upload with assignFromSheet. */
export async function assignmentSheetFor(
  db: Db,
  who: Principal | undefined,
  query: { parent: string; period: string; number?: string | undefined; indicators?: readonly string[] },
  locale: DisplayLocale,
): Promise<{ file: Buffer; name: string }> {
  const m = await loadAssignment(db, who, query);
  const unitCode = new Map(m.units.map((u) => [u.id, u.code]));
  const cells: Record<string, Record<string, string>> = {};
  for (const [unitId, row] of Object.entries(m.cells)) {
    cells[unitCode.get(unitId)!] = Object.fromEntries(
      Object.entries(row).map(([code, spec]) => [code, figureWords(spec, "vi")]),
    );
  }
  const file = await writeAssignmentSheet(
    {
      title: `Giao chỉ tiêu ${m.period}: ${m.parent.name}${m.decision ? ` (${m.decision.number})` : ""}`,
      parentName: m.parent.name,
      indicators: m.indicators.map((i) => ({
        code: i.code,
        name: locale === "vi" ? i.name.vi : i.name.en,
        unit: i.unit,
      })),
      units: m.units.map((u) => ({ code: u.code, name: u.name })),
      own: Object.fromEntries(Object.entries(m.own).map(([code, spec]) => [code, figureWords(spec, "vi")])),
      cells,
    },
    locale,
  );
  return { file, name: `giao-chi-tieu-${m.parent.code}-${m.period}.xlsx` };
}

/**
 * An assigned figure as written in a cell of the matrix (the sheet's or the page's), read as target
 * words with its indicator's name, as a pasted list is: the spec, or what the words could not give.
 */
export function assignedSpec(
  words: string,
  indicatorName: string | null,
  period: string,
): { spec: TargetSpec } | { gap: "baseline" | "base_value" | "benchmark" } {
  const draft = toDraftTarget(
    parseTargetText({ text: words, indicator: indicatorName, period: targetPeriodOf(period) }),
  );
  const gap = draft.missing?.[0];
  return gap ? { gap } : { spec: draft.spec };
}

/** Reads a filled sheet whole; with no error, assigns every figure as assignTargets does. */
export async function assignFromSheet(
  db: Db,
  buffer: Buffer,
  query: { parent: string; period: string; decision: Decision; locale?: DisplayLocale },
  ctx: WriteContext,
): Promise<{ errors: CellError[]; result: AssignResult | null }> {
  const parent = await resolveUnitForPeriod(db, query.parent, periodBounds(query.period), "parent");
  await authorize(db, ctx, "plan.write", parent.id);
  const units = await childrenOf(db, parent, query.period);
  const indicators = (await listIndicators(db)).map(({ indicator: i }) => ({
    code: i.code,
    name: i.name.vi,
    unit: i.unit,
  }));
  const locale = query.locale ?? "vi";
  const read = await readAssignmentSheet(buffer, {
    units: units.map((u) => u.code),
    indicators,
    parentName: parent.name,
    locale,
  });
  if (read.sheet === "") return { errors: read.errors, result: null };
  // Each figure read as target words with its indicator's name, as a pasted list is.
  const period = query.period;
  const names = new Map(indicators.map((i) => [i.code, i.name]));
  const e = messages(locale).xlsx.errors;
  const { errors, add } = errorsOfSheet<SheetErrorCode>(read.sheet, e);
  const cells: AssignedCell[] = [];
  for (const cell of read.cells) {
    const read = assignedSpec(cell.words, names.get(cell.indicator) ?? null, period);
    if ("gap" in read)
      add("figure_missing", cell.row, cell.column, cell.columnName, e.figureMissing(read.gap));
    else cells.push({ unit: cell.unit, indicator: cell.indicator, spec: read.spec });
  }
  const all = [...read.errors, ...errors].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  if (all.length > 0) return { errors: all, result: null };
  const result = await assignTargets(
    db,
    { parent: parent.id, period: query.period, decision: query.decision, cells },
    ctx,
  );
  return { errors: [], result };
}
