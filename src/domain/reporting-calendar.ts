/**
 * The reporting calendar (lịch báo cáo): which periodic reports a plan's period calls for, when
 * each closes its figures (thời gian chốt số liệu) and when it is due (thời hạn gửi báo cáo), and
 * where each unit's report stands.
 *
 * The rules are one table, {@link DEFAULT_REPORTING_RULES}, each row with its basis; a province
 * sets its own rows (src/app/reporting-board.ts keeps them), the rest stay the default.
 *
 * - Cut-off: Decree 09/2019/NĐ-CP on the reporting regime of state administrative agencies,
 *   Article 12, counts a periodic report's figures from the 15th of the month before the period
 *   to the 14th of the period's last month (a year: 15 December of the year before to 14
 *   December). The rule here is the cut-off day; the window starts the day after the previous
 *   month's cut-off.
 * - Due date: the decree leaves it to the body that sets the regime. The default is chitieu's,
 *   the common practice of provincial regimes: the 20th of the period's last month (month,
 *   quarter, 6 and 9 months), the year's report on 15 December. Each province sets its own.
 *
 * Periods are the codes of periods.ts: a month `2026-03`, a quarter `2026-Q1`, the first 6 and 9
 * months `2026-YTD6`, `2026-YTD9`, the year `2026`.
 */
import type { AdminUnit } from "./admin-units.ts";
import { FieldError } from "./field-error.ts";
import { type Period, periodCode } from "./periods.ts";
import type { WorkflowState } from "./workflow.ts";

/** The kinds of periodic report, in the order a board shows them. */
export const REPORT_KINDS = ["month", "quarter", "half_year", "nine_months", "year"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export interface DeadlineRule {
  /** Whether units send this kind of report at all. */
  required: boolean;
  /** The day of the period's last month on which its figures close (1-31; past a month's end, its last day). */
  cutoffDay: number;
  /** The day the report is due (1-31, as above) … */
  dueDay: number;
  /** … of the period's last month (0) or of a month after it (1-3). */
  dueMonthsAfter: number;
  /** Where the rule comes from: a document, or "chitieu default". */
  basis: string;
}

export type ReportingRules = Readonly<Record<ReportKind, DeadlineRule>>;

const DECREE_CUTOFF = "Nghị định 09/2019/NĐ-CP, Điều 12 (chốt số liệu ngày 14)";
const DEFAULT_DUE = "hạn gửi: mặc định của chitieu, tỉnh quy định lại";

/** The default rules (see the module comment for their basis). */
export const DEFAULT_REPORTING_RULES: ReportingRules = {
  month: {
    required: true,
    cutoffDay: 14,
    dueDay: 20,
    dueMonthsAfter: 0,
    basis: `${DECREE_CUTOFF}; ${DEFAULT_DUE}`,
  },
  quarter: {
    required: true,
    cutoffDay: 14,
    dueDay: 20,
    dueMonthsAfter: 0,
    basis: `${DECREE_CUTOFF}; ${DEFAULT_DUE}`,
  },
  half_year: {
    required: true,
    cutoffDay: 14,
    dueDay: 20,
    dueMonthsAfter: 0,
    basis: `${DECREE_CUTOFF}; ${DEFAULT_DUE}`,
  },
  nine_months: {
    required: true,
    cutoffDay: 14,
    dueDay: 20,
    dueMonthsAfter: 0,
    basis: `${DECREE_CUTOFF}; ${DEFAULT_DUE}`,
  },
  year: {
    required: true,
    cutoffDay: 14,
    dueDay: 15,
    dueMonthsAfter: 0,
    basis: `${DECREE_CUTOFF}; ${DEFAULT_DUE}`,
  },
};

/** A province's rules: its own rows over the default ones. */
export function rulesWith(overrides: Partial<Record<ReportKind, DeadlineRule>>): ReportingRules {
  return { ...DEFAULT_REPORTING_RULES, ...overrides };
}

/**
 * Checks one rule a province sets, naming the field at fault (`${field}.dueDay`): days 1-31, due
 * 0-3 months after the period, and not before the figures close.
 */
export function checkDeadlineRule(rule: DeadlineRule, field: string): DeadlineRule {
  const day = (name: "cutoffDay" | "dueDay") => {
    const v = rule[name];
    if (!Number.isInteger(v) || v < 1 || v > 31)
      throw new FieldError(`${field}.${name}`, "must be a day 1-31");
  };
  day("cutoffDay");
  day("dueDay");
  if (!Number.isInteger(rule.dueMonthsAfter) || rule.dueMonthsAfter < 0 || rule.dueMonthsAfter > 3) {
    throw new FieldError(`${field}.dueMonthsAfter`, "must be 0-3 months after the period");
  }
  if (rule.dueMonthsAfter === 0 && rule.dueDay < rule.cutoffDay) {
    throw new FieldError(`${field}.dueDay`, "a report cannot be due before its figures close");
  }
  const basis = rule.basis.normalize("NFC").trim();
  if (!basis) throw new FieldError(`${field}.basis`, "name the document that sets the rule");
  return { ...rule, basis };
}

/** One report a unit owes: its period, when its figures close and when it is due. */
export interface ReportingPeriod {
  kind: ReportKind;
  period: Period;
  /** The period's code (`2026-Q1`): the workflow's and the observations' key. */
  code: string;
  /** The days whose figures it counts, ISO dates, inclusive. */
  window: { from: string; to: string };
  /** The last day it may be sent on, ISO date. */
  due: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Day `day` of a month counted from January of `year` (month 13 is next January), clamped to the month's end. */
function dayOfMonth(year: number, month: number, day: number): string {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return `${y}-${pad(m)}-${pad(Math.min(day, daysIn(y, m)))}`;
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The first and last month (from January of the period's year) of a reportable period. */
function monthsOf(period: Period): { year: number; first: number; last: number } {
  switch (period.kind) {
    case "month":
      return { year: period.year, first: period.month, last: period.month };
    case "quarter":
      return { year: period.year, first: period.quarter * 3 - 2, last: period.quarter * 3 };
    case "ytd":
      return { year: period.year, first: 1, last: period.months };
    case "year":
      return { year: period.year, first: 1, last: 12 };
    case "term":
      throw new FieldError("period", "a term is reported year by year, not as one periodic report");
  }
}

/** The window and due date of one period's report under `rule`. */
export function deadlineOf(
  period: Period,
  rule: DeadlineRule,
): { window: { from: string; to: string }; due: string } {
  const { year, first, last } = monthsOf(period);
  return {
    window: {
      from: nextDay(dayOfMonth(year, first - 1, rule.cutoffDay)),
      to: dayOfMonth(year, last, rule.cutoffDay),
    },
    due: dayOfMonth(year, last + rule.dueMonthsAfter, rule.dueDay),
  };
}

function periodsOfYear(year: number): { kind: ReportKind; period: Period }[] {
  const out: { kind: ReportKind; period: Period }[] = [];
  for (let month = 1; month <= 12; month++)
    out.push({ kind: "month", period: { kind: "month", year, month } });
  for (const quarter of [1, 2, 3, 4] as const)
    out.push({ kind: "quarter", period: { kind: "quarter", year, quarter } });
  out.push({ kind: "half_year", period: { kind: "ytd", year, months: 6 } });
  out.push({ kind: "nine_months", period: { kind: "ytd", year, months: 9 } });
  out.push({ kind: "year", period: { kind: "year", year } });
  return out;
}

/**
 * The reports a plan's period calls for, by due date (then month, quarter, 6 months, 9 months,
 * year): a year's plan, every kind its rules require; a term's plan (2020-2025), the year report
 * of each year after its base year.
 */
export function reportingPeriods(
  planPeriod: Period,
  rules: ReportingRules = DEFAULT_REPORTING_RULES,
): ReportingPeriod[] {
  let wanted: { kind: ReportKind; period: Period }[];
  if (planPeriod.kind === "year") wanted = periodsOfYear(planPeriod.year);
  else if (planPeriod.kind === "term") {
    wanted = [];
    for (let year = planPeriod.from + 1; year <= planPeriod.to; year++) {
      wanted.push({ kind: "year", period: { kind: "year", year } });
    }
  } else {
    throw new FieldError("period", "a plan covers a year or a term");
  }
  return wanted
    .filter((w) => rules[w.kind].required)
    .map((w) => ({ ...w, code: periodCode(w.period), ...deadlineOf(w.period, rules[w.kind]) }))
    .sort(
      (a, b) => a.due.localeCompare(b.due) || REPORT_KINDS.indexOf(a.kind) - REPORT_KINDS.indexOf(b.kind),
    );
}

/**
 * Where a unit's report stands (tình trạng nộp báo cáo):
 * - `not_due`: nothing sent, the due date not passed (chưa đến hạn);
 * - `missing`: nothing sent, the due date passed (chưa nộp, quá hạn);
 * - `returned`: sent, then returned for revision and not sent again (bị trả lại);
 * - `on_time` / `late`: sent on or before / after the due date, awaiting review (nộp đúng hạn / nộp muộn);
 * - `approved`, `published`: reviewed (đã phê duyệt, đã công bố).
 */
export const REPORT_STATUSES = [
  "not_due",
  "missing",
  "returned",
  "on_time",
  "late",
  "approved",
  "published",
] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** Vietnam keeps one time zone, UTC+7, without daylight saving: a deadline is a day there. */
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

/** The day and time in Vietnam of a moment (ISO date-time with offset), "2026-03-20T23:30". */
export function vietnamTime(moment: string): string {
  return new Date(Date.parse(moment) + VIETNAM_OFFSET_MS).toISOString().slice(0, 16);
}

/** The day in Vietnam of a moment. */
export function vietnamDay(moment: string): string {
  return vietnamTime(moment).slice(0, 10);
}

/** Whether a report sent at `submittedAt` missed `due`: sent on a later day in Vietnam. */
export function isLate(submittedAt: string, due: string): boolean {
  return vietnamDay(submittedAt) > due;
}

export interface ReportStanding {
  status: ReportStatus;
  /** Whether it was (first) sent after the due date; undefined when not sent. */
  late: boolean | undefined;
  /** Whether the officer owes it now: past due and not sent, or returned and past due. */
  overdue: boolean;
}

/**
 * The standing of one unit's report for one period, on `today` (an ISO date in Vietnam), from its
 * workflow: none (nothing sent), or its state and when it was first submitted. Only a return
 * brings a period back to draft, so a draft that was once submitted has been returned.
 */
export function reportStanding(
  due: string,
  today: string,
  workflow: { state: WorkflowState; submittedAt: string | null } | undefined,
): ReportStanding {
  const pastDue = today > due;
  const late = workflow?.submittedAt ? isLate(workflow.submittedAt, due) : undefined;
  if (!workflow || (workflow.state === "draft" && !workflow.submittedAt)) {
    return { status: pastDue ? "missing" : "not_due", late: undefined, overdue: pastDue };
  }
  switch (workflow.state) {
    case "draft":
      return { status: "returned", late, overdue: pastDue };
    case "submitted":
      return { status: late ? "late" : "on_time", late, overdue: false };
    case "approved":
    case "published":
      return { status: workflow.state, late, overdue: false };
  }
}

/** Of a unit's targets for the year, how many have no figure for the reporting period. */
export function countWithoutFigure(
  targetIndicators: readonly string[],
  indicatorsWithFigure: ReadonlySet<string>,
): number {
  return targetIndicators.filter((code) => !indicatorsWithFigure.has(code)).length;
}

/** One unit's report for one period. */
export interface BoardCell {
  period: string;
  status: ReportStatus;
  /** Whether it was first sent after the due date (undefined: not sent). */
  late: boolean | undefined;
  overdue: boolean;
  /** When it was first submitted, ISO date-time, or null. */
  submittedAt: string | null;
  /** Of the unit's targets for the year, how many have no figure for this period. */
  withoutFigure: number;
}

export interface BoardRow {
  unit: AdminUnit;
  /** The unit's plans for the year the caller may see: where its figures are entered. */
  plans: { id: string; title: string }[];
  /** The unit's targets for the year, in the plans the caller may see. */
  targets: number;
  cells: BoardCell[];
}

export interface ReportingBoard {
  province: AdminUnit;
  year: number;
  /** The day the standings are read at (Vietnam). */
  today: string;
  rules: ReportingRules;
  periods: ReportingPeriod[];
  rows: BoardRow[];
}
