/**
 * The assessment as a table of text, in Vietnamese or English: the layout officers know (STT,
 * Chỉ tiêu, Kế hoạch, Thực hiện, % so KH, Đánh giá, Ghi chú). Numbers are formatted by locale;
 * nothing here computes a percent or a status, it only words what src/domain decided.
 */

import type { PlanAssessment } from "../domain/assess-plan.ts";
import type { TargetAssessment } from "../domain/assess-target.ts";
import type { ConsistencyFlag } from "../domain/consistency.ts";
import { impliedDecimals } from "../domain/implied-target.ts";
import { type DisplayLocale, formatNumber, formatPercent } from "../domain/numbers.ts";
import { formatPeriod, parsePeriod } from "../domain/periods.ts";
import type { Indicator, Target, TargetSpec } from "../domain/types.ts";
import { findUnit } from "../domain/units-of-measure.ts";
import { messages } from "../i18n/messages.ts";

export interface TableRow {
  cells: string[];
}

export interface AssessmentTable {
  title: string;
  header: string[];
  rows: TableRow[];
  termHeader: string[] | null;
  termRows: TableRow[];
  summary: string[];
}

function unitLabel(unit: string, locale: DisplayLocale): string {
  return findUnit(unit)?.name[locale] ?? unit;
}

function quantity(value: number, unit: string, decimals: number, locale: DisplayLocale): string {
  const label = unitLabel(unit, locale);
  return label === "%" || label === "%/năm" || label === "%/year"
    ? `${formatNumber(value, locale, { maxDecimals: decimals })}${label}`
    : `${formatNumber(value, locale, { maxDecimals: decimals })} ${label}`;
}

export function targetText(
  spec: TargetSpec,
  unit: string,
  decimals: number,
  locale: DisplayLocale,
  implied: boolean,
): string {
  const m = messages(locale);
  const q = (v: number) => quantity(v, unit, decimals, locale);
  switch (spec.kind) {
    case "gte":
      // An implied figure is only as precise as the percent it came from.
      return implied
        ? `≈ ${quantity(spec.value, unit, impliedDecimals(spec.value, decimals), locale)}`
        : `${spec.strict ? ">" : "≥"} ${q(spec.value)}`;
    case "lte":
      return `${spec.strict ? "<" : "≤"} ${q(spec.value)}`;
    case "band":
      return `[${formatNumber(spec.lo, locale, { maxDecimals: decimals })}–${q(spec.hi)}]`;
    case "count_share":
      return `≥ ${formatNumber(spec.count, locale)}/${q(spec.of)}`;
    case "ordinal":
      return `≥ ${spec.atLeast}`;
    case "eq":
      return `= ${q(spec.value)}`;
    case "range":
      return `${formatNumber(spec.lo, locale, { maxDecimals: decimals })}–${q(spec.hi)}`;
    case "approx":
      return spec.tolerance === undefined
        ? `≈ ${q(spec.value)}`
        : `${q(spec.value)} ± ${formatNumber(spec.tolerance, locale, { maxDecimals: decimals })}`;
    case "boolean":
      return m.status.met;
    case "reduce_pp":
      return `−${formatNumber(spec.points, locale, { maxDecimals: decimals })} pp`;
    case "unknown":
      return m.unknownTarget;
  }
}

function actualText(a: TargetAssessment, indicator: Indicator, locale: DisplayLocale): string {
  const m = messages(locale);
  if (!a.actual) return "";
  const stage =
    a.actual.stage === "estimate"
      ? `${m.estimate} `
      : a.actual.stage === "preliminary"
        ? `${m.preliminary} `
        : "";
  const qualifier = m.qualifier[a.actual.qualifier];
  const value =
    typeof a.actual.value === "boolean"
      ? m.status[a.actual.value ? "met" : "not_met"]
      : // As written: a reported 540,136 tỷ keeps its three decimals.
        quantity(a.actual.value, a.actual.unit, Math.max(indicator.decimals, 3), locale);
  return `${stage}${qualifier ? `${qualifier} ` : ""}${value}`;
}

export function flagText(flag: ConsistencyFlag, locale: DisplayLocale): string {
  const m = messages(locale);
  const pct = (v: number) => formatPercent(v, locale, 2);
  return flag.kind === "implausible_percent"
    ? m.implausiblePercent(pct(flag.stated), flag.likely === null ? null : pct(flag.likely))
    : m.percentMismatch(pct(flag.stated), pct(flag.computed), flag.likely === null ? null : pct(flag.likely));
}

export function buildAssessmentTable(
  input: {
    unitName: string;
    indicators: readonly Indicator[];
    targets: readonly Target[];
    reportedRollups?: readonly { met: number; total: number }[];
  },
  assessment: PlanAssessment,
  locale: DisplayLocale,
): AssessmentTable {
  const m = messages(locale);
  const indicators = new Map(input.indicators.map((i) => [i.code, i]));
  const targets = new Map(input.targets.map((t) => [t.id, t]));
  const rows = assessment.targets.map((a, index) => {
    const indicator = indicators.get(a.indicatorCode)!;
    const target = targets.get(a.targetId)!;
    const notes: string[] = [];
    if (a.implied) notes.push(m.implied);
    if (a.method === "no_target_value") notes.push(m.method.no_target_value);
    if (a.uncertain && a.statusRange) {
      notes.push(`${m.uncertain}: ${m.status[a.statusRange.worst]} – ${m.status[a.statusRange.best]}`);
    }
    if (a.labelMismatch && a.officialLabel) {
      // The published word verbatim ("Hoàn thành"), else the status it maps to.
      notes.push(m.labelMismatch(a.officialLabelText ?? m.status[a.officialLabel]));
    }
    if (a.method === "gap_in_points" && a.gap !== null && a.gap !== 0 && a.status !== "met") {
      notes.push(
        m.gapPoints(formatNumber(Math.abs(a.gap), locale, { maxDecimals: indicator.decimals }), a.gap > 0),
      );
    }
    if (a.supersededBy) {
      notes.push(
        m.supersededBy(String(assessment.targets.findIndex((x) => x.targetId === a.supersededBy) + 1)),
      );
    }
    if (a.amends) notes.push(m.amendedBy(a.amends.document));
    if (a.missedYears.length > 0) notes.push(m.missedYears(a.missedYears.join(", ")));
    for (const flag of a.consistency) notes.push(`⚠ ${flagText(flag, locale)}`);
    const status = `${m.status[a.status]}${a.provisional && a.status !== "no_data" ? ` (${m.estimate})` : ""}`;
    return {
      cells: [
        String(index + 1),
        `${a.partOf ? m.partPrefix : ""}${indicator.name[locale]}`,
        m.planKind[a.planKind],
        targetText(target.spec, a.targetUnit, indicator.decimals, locale, a.implied !== null),
        actualText(a, indicator, locale),
        a.showPercent && a.percent !== null ? formatPercent(a.percent, locale, 2) : "",
        status,
        notes.join("; "),
      ],
    };
  });

  const termRows = (assessment.term ?? []).map((t, index) => {
    const indicator = indicators.get(t.indicatorCode)!;
    const unit = targets.get(t.targetId)?.unit ?? indicator.unit;
    const fmt = (v: number | null) => (v === null ? "" : quantity(v, unit, indicator.decimals, locale));
    const pct = (v: number | null) => (v === null ? "" : ` (${formatPercent(v, locale, 2)})`);
    return {
      cells: [
        String(index + 1),
        indicator.name[locale],
        `${fmt(t.current)}${pct(t.currentPercent)}`,
        `${fmt(t.projected)}${pct(t.projectedPercent)}`,
        m.termState[t.state],
        m.projection[t.method],
      ],
    };
  });

  const r = assessment.rollup;
  const summary = [m.rollupComputed(r.metOrExceeded, r.withData, r.total)];
  if (assessment.listPartial) summary.push(m.listPartial);
  for (const reported of input.reportedRollups ?? [])
    summary.push(m.rollupReported(reported.met, reported.total));
  if (assessment.untargeted.length > 0) {
    summary.push(
      `${m.untargeted}: ${assessment.untargeted.map((c) => indicators.get(c)?.name[locale] ?? c).join(", ")}`,
    );
  }
  const period = parsePeriod(assessment.period);
  return {
    title: `${input.unitName}, ${formatPeriod(period, locale)}`,
    header: [
      m.column.no,
      m.column.indicator,
      m.column.plan,
      m.column.target,
      m.column.actual,
      m.column.percent,
      m.column.status,
      m.column.note,
    ],
    rows,
    termHeader:
      period.kind === "term"
        ? [
            m.column.no,
            m.column.indicator,
            m.column.toDate,
            m.column.projected,
            m.column.termState,
            m.column.method,
          ]
        : null,
    termRows,
    summary: period.kind === "term" ? [m.midTerm(assessment.at), ...summary] : summary,
  };
}

/** Lays a table out in fixed-width columns for a terminal. */
export function renderTextTable(header: string[], rows: TableRow[]): string {
  const all = [header, ...rows.map((r) => r.cells)];
  const widths = header.map((_, c) => Math.max(...all.map((row) => [...(row[c] ?? "")].length)));
  const line = (row: string[]) =>
    row
      .map((cell, c) => cell + " ".repeat(widths[c]! - [...cell].length))
      .join(" │ ")
      .trimEnd();
  return [line(header), widths.map((w) => "─".repeat(w)).join("─┼─"), ...all.slice(1).map(line)].join("\n");
}
