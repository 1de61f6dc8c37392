/**
 * The reporting board (bảng theo dõi báo cáo, issue 16 part 6): for a province and a year, every
 * unit under it × every periodic report its rules call for, with where each report stands (not
 * due, missing, returned, on time, late, approved, published) and how many of the unit's targets
 * still have no figure for the period; and, for an officer's workspace home, the reports of
 * their units that are overdue.
 *
 * Who sees what is visibility.ts's: the board is officers' material, and its rows are the units
 * whose drafts the caller may read. There is no other check. The rules are the domain's
 * (src/domain/reporting-calendar.ts) with the province's own rows over them.
 */
import { listObservations } from "../db/observations.ts";
import { listPlans, listTargets } from "../db/plans.ts";
import { listDeadlineRules } from "../db/reporting-deadlines.ts";
import { findUnitsByIds } from "../db/units.ts";
import { ancestorsOf, descendantsOf } from "../db/users.ts";
import { listWorkflows } from "../db/workflow.ts";
import { type AdminUnit, isValidAt } from "../domain/admin-units.ts";
import { FieldError } from "../domain/field-error.ts";
import {
  type BoardRow,
  countWithoutFigure,
  REPORT_KINDS,
  type ReportingBoard,
  type ReportingPeriod,
  type ReportingRules,
  type ReportKind,
  type ReportStatus,
  reportingPeriods,
  reportStanding,
  rulesWith,
  vietnamDay,
} from "../domain/reporting-calendar.ts";
import { searchKey } from "../domain/text.ts";
import { roleHas } from "./auth/principal.ts";
import { invalidField } from "./errors.ts";
import type { Db } from "./transaction.ts";
import { resolveUnit } from "./units.ts";
import type { Visibility } from "./visibility.ts";

export {
  REPORT_KINDS,
  REPORT_STATUSES,
  type ReportKind,
  type ReportStatus,
} from "../domain/reporting-calendar.ts";

export interface BoardQuery {
  /** The province's code or id. */
  province: string;
  year: number;
  /** Only these kinds of report (all the rules require, when absent or empty). */
  kinds?: readonly ReportKind[] | undefined;
  /** Only the units whose name or code contains this. */
  unit?: string | undefined;
  /** Only the cells in these statuses (the rows keep all their periods). */
  statuses?: readonly ReportStatus[] | undefined;
  /** The day to read the standings at (an ISO date in Vietnam); today when absent. */
  today?: string | undefined;
}

const YEAR_MIN = 2000;
const YEAR_MAX = 2100;

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < YEAR_MIN || year > YEAR_MAX) {
    throw invalidField("year", `a year ${YEAR_MIN}-${YEAR_MAX}`);
  }
}

/** The rules of a province: its own rows over the default ones. */
export async function provinceRules(db: Db, provinceId: string): Promise<ReportingRules> {
  return rulesWith(await listDeadlineRules(db, provinceId));
}

/** The day a unit's units are read at in a year: its first day, or its last if the unit began later. */
function dayOfYearFor(unit: AdminUnit, year: number): string {
  const start = `${year}-01-01`;
  return isValidAt(unit, start) ? start : `${year}-12-31`;
}

async function resolveProvince(db: Db, ref: string, year: number): Promise<AdminUnit> {
  const start = `${year}-01-01`;
  let unit: AdminUnit;
  try {
    unit = await resolveUnit(db, ref, start, "province");
  } catch {
    unit = await resolveUnit(db, ref, `${year}-12-31`, "province");
  }
  if (unit.level !== "province") throw invalidField("province", `${ref} is a ${unit.level}, not a province`);
  return unit;
}

/**
 * Where each unit's reports stand: the cells of `units` × `periods`, with the count of targets
 * (of the year's plans the caller may see) still without a figure.
 */
async function standings(
  db: Db,
  who: Visibility,
  units: readonly AdminUnit[],
  year: number,
  periods: readonly ReportingPeriod[],
  today: string,
): Promise<BoardRow[]> {
  const unitIds = units.map((u) => u.id);
  const codes = periods.map((p) => p.code);
  const workflows = new Map(
    (await listWorkflows(db, unitIds, codes)).map((w): [string, typeof w] => [`${w.unitId}|${w.period}`, w]),
  );
  const plans = await who.plans(await listPlans(db, { unitIds, period: String(year) }));
  const targets = await listTargets(db, { planIds: plans.map((p) => p.id) });
  const indicatorsOf = new Map<string, string[]>();
  for (const t of targets)
    indicatorsOf.set(t.unitId, [...(indicatorsOf.get(t.unitId) ?? []), t.indicatorCode]);
  const observed = await who.observations(
    await listObservations(db, {
      unitIds,
      periods: codes,
      indicatorCodes: [...new Set(targets.map((t) => t.indicatorCode))],
    }),
  );
  const withFigure = new Map<string, Set<string>>();
  for (const o of observed) {
    const key = `${o.unitId}|${o.observation.period}`;
    withFigure.set(key, (withFigure.get(key) ?? new Set()).add(o.observation.indicatorCode));
  }
  return units.map((unit) => {
    const indicators = indicatorsOf.get(unit.id) ?? [];
    return {
      unit,
      plans: plans.filter((p) => p.unitId === unit.id).map((p) => ({ id: p.id, title: p.title })),
      targets: indicators.length,
      cells: periods.map((p) => {
        const key = `${unit.id}|${p.code}`;
        const workflow = workflows.get(key);
        const standing = reportStanding(p.due, today, workflow);
        return {
          period: p.code,
          ...standing,
          submittedAt: workflow?.submittedAt ?? null,
          withoutFigure: countWithoutFigure(indicators, withFigure.get(key) ?? new Set()),
        };
      }),
    };
  });
}

/** The board of a province for a year, as the caller may see it. */
export async function readReportingBoard(
  db: Db,
  who: Visibility,
  query: BoardQuery,
): Promise<ReportingBoard> {
  checkYear(query.year);
  who.checkOfficerMaterial("province", query.province, "province");
  const today = query.today ?? vietnamDay(new Date().toISOString());
  const province = await resolveProvince(db, query.province, query.year);
  const rules = await provinceRules(db, province.id);
  const kinds = query.kinds && query.kinds.length > 0 ? query.kinds : REPORT_KINDS;
  let periods: ReportingPeriod[];
  try {
    periods = reportingPeriods({ kind: "year", year: query.year }, rules).filter((p) =>
      kinds.includes(p.kind),
    );
  } catch (error) {
    if (error instanceof FieldError) throw invalidField(error.field, error.message);
    throw error;
  }
  const at = dayOfYearFor(province, query.year);
  const wanted = query.unit?.trim() ? searchKey(query.unit.trim()) : undefined;
  const under = (
    await findUnitsByIds(
      db,
      (await descendantsOf(db, province.id)).filter((id) => id !== province.id),
    )
  )
    .filter((u) => isValidAt(u, at))
    .filter((u) => !wanted || u.code.includes(wanted) || searchKey(u.name).includes(wanted));
  const visible: AdminUnit[] = [];
  for (const unit of under) if (await who.mayReadDrafts(unit.id)) visible.push(unit);
  let rows = await standings(db, who, visible, query.year, periods, today);
  if (query.statuses && query.statuses.length > 0) {
    const wanted = query.statuses;
    rows = rows.filter((r) => r.cells.some((c) => wanted.includes(c.status)));
  }
  return { province, year: query.year, today, rules, periods, rows };
}

/**
 * The province the calendar opens on for the caller: that of their first unit; none for a grant
 * over every unit (an administrator names one).
 */
export async function homeProvinceOf(db: Db, who: Visibility): Promise<AdminUnit | undefined> {
  const unitId = who.principal?.grants.find((g) => g.unitId !== null)?.unitId;
  if (!unitId) return undefined;
  const top = (await ancestorsOf(db, unitId)).at(-1);
  const [unit] = top ? await findUnitsByIds(db, [top]) : [];
  return unit?.level === "province" ? unit : undefined;
}

/** An overdue report of one of the officer's units. */
export interface OverdueReport {
  unit: AdminUnit;
  /** The unit's plan of the report's year, whose entry form takes the report's figures. */
  planId: string;
  period: ReportingPeriod;
  status: ReportStatus;
  withoutFigure: number;
}

/**
 * The reports an officer owes (for the workspace home): of the units they submit for, those with a
 * plan for this year or last, each report past its due date and not sent, or returned and not sent
 * again. Oldest first.
 */
export async function readOverdueReports(
  db: Db,
  who: Visibility,
  options: { today?: string | undefined } = {},
): Promise<OverdueReport[]> {
  const principal = who.principal;
  if (!principal) return [];
  const today = options.today ?? vietnamDay(new Date().toISOString());
  const year = Number(today.slice(0, 4));
  const unitIds = [
    ...new Set(
      principal.grants
        .filter((g) => g.unitId !== null && roleHas(g.role, "workflow.submit"))
        .map((g) => g.unitId!),
    ),
  ];
  const units = await findUnitsByIds(db, unitIds);
  const out: OverdueReport[] = [];
  for (const y of [year - 1, year]) {
    const withPlans = new Set(
      (await who.plans(await listPlans(db, { unitIds, period: String(y) }))).map((p) => p.unitId),
    );
    const owing = units.filter((u) => withPlans.has(u.id));
    for (const unit of owing) {
      const province = (await ancestorsOf(db, unit.id)).at(-1)!;
      const periods = reportingPeriods({ kind: "year", year: y }, await provinceRules(db, province)).filter(
        (p) => p.due < today,
      );
      const [row] = await standings(db, who, [unit], y, periods, today);
      const planId = row!.plans[0]!.id;
      row!.cells.forEach((cell, i) => {
        if (cell.overdue) {
          out.push({
            unit,
            planId,
            period: periods[i]!,
            status: cell.status,
            withoutFigure: cell.withoutFigure,
          });
        }
      });
    }
  }
  return out.sort(
    (a, b) => a.period.due.localeCompare(b.period.due) || a.unit.code.localeCompare(b.unit.code),
  );
}
