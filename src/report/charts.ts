/**
 * Charts rendered on the server to SVG with Apache ECharts (SSR mode: no DOM, no canvas), so that
 * pages show them without JavaScript and reports embed the same SVG. Each chart comes with a text
 * alternative — a sentence and a small table — in the chart's language.
 *
 * - {@link lineChart}: an indicator across periods, with its target as a dashed line.
 * - {@link barChart}: an indicator across units, sorted from highest to lowest.
 *
 * The SVG carries no `style` attribute nor `<style>` element (svg-styles.ts), so that pages can
 * forbid inline styles in their Content-Security-Policy.
 *
 * Numbers are formatted by locale through src/domain/numbers.ts. A status is never carried by
 * colour alone: bars carry it as a word in their label, the target line is dashed and named in
 * the legend, and estimates are marked in their label.
 */
import type * as echarts from "echarts";
import { type DisplayLocale, formatNumber } from "../domain/numbers.ts";
import { formatPeriod, parsePeriod } from "../domain/periods.ts";
import type { Status } from "../domain/types.ts";
import { findUnit } from "../domain/units-of-measure.ts";
import { messages } from "../i18n/messages.ts";
import { renderTextTable } from "./assessment-table.ts";
import { onFirstUse } from "./load-on-use.ts";
import { escapeHtml } from "./report-html.ts";
import { withoutInlineStyles } from "./svg-styles.ts";

export interface ChartResult {
  svg: string;
  /** A sentence, then a small table in text: what the chart shows, for who cannot see it. */
  textAlternative: string;
}

interface ChartIndicator {
  /** The indicator's name in the chart's language. */
  name: string;
  /** Unit of measure code ("tấn", "%"). */
  unit: string;
  decimals: number;
}

export interface LinePoint {
  /** Period code: "2023", "2023-Q3", a term "2020-2025". */
  period: string;
  value: number | null;
  /** The value is an estimate (ước): marked in its label. */
  estimate?: boolean;
}

export interface LineChartInput {
  locale: DisplayLocale;
  indicator: ChartIndicator;
  points: readonly LinePoint[];
  /** Targets by period; a period without one has no point on the target line. */
  targets?: readonly { period: string; value: number }[];
  /** First period whose figures are not comparable with the earlier ones (a split, a merger). */
  notComparableFrom?: string;
  width?: number;
  height?: number;
}

export interface BarItem {
  /** The unit's name ("xã Rạch Kiến"). */
  name: string;
  value: number | null;
  /** Its status, from the assessment: written in the bar's label, not only coloured. */
  status?: Status;
}

export interface BarChartInput {
  locale: DisplayLocale;
  indicator: ChartIndicator;
  items: readonly BarItem[];
  width?: number;
  /** Height of one bar's row; the chart grows with the number of units. */
  rowHeight?: number;
}

/** Colours that stay apart for the common colour-vision deficiencies; the label carries the status. */
const STATUS_COLOUR: Record<Status, string> = {
  exceeded: "#1b7837",
  met: "#2166ac",
  nearly_met: "#b35806",
  not_met: "#b2182b",
  no_data: "#878787",
};
const ACTUAL_COLOUR = "#2166ac";
const TARGET_COLOUR = "#b35806";
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";

function unitName(code: string, locale: DisplayLocale): string {
  return findUnit(code)?.name[locale] ?? code;
}

function axisPeriod(code: string, locale: DisplayLocale): string {
  const period = parsePeriod(code);
  return period.kind === "year" ? String(period.year) : formatPeriod(period, locale);
}

const loadEcharts = onFirstUse<typeof echarts>("echarts");

/** Renders an ECharts option to an SVG string, with its accessible name. */
function renderSvg(option: echarts.EChartsCoreOption, width: number, height: number, label: string): string {
  const chart = loadEcharts().init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT }, ...option });
    const svg = withoutInlineStyles(chart.renderToSVGString());
    return svg.replace(/^<svg /, `<svg role="img" aria-label="${escapeHtml(label)}" `);
  } finally {
    chart.dispose();
  }
}

export function lineChart(input: LineChartInput): ChartResult {
  const { locale, indicator } = input;
  const m = messages(locale);
  const c = m.chart;
  const unit = unitName(indicator.unit, locale);
  const fmt = (v: number) => formatNumber(v, locale, { maxDecimals: indicator.decimals });
  const categories = input.points.map((p) => axisPeriod(p.period, locale));
  const targetBy = new Map((input.targets ?? []).map((t) => [t.period, t.value]));
  const pointLabel = (p: LinePoint) =>
    p.value === null ? c.noData : `${p.estimate ? `${m.estimate} ` : ""}${fmt(p.value)}`;

  const series: Record<string, unknown>[] = [
    {
      name: c.actual,
      type: "line",
      data: input.points.map((p) => p.value),
      connectNulls: false,
      symbol: "circle",
      symbolSize: 7,
      lineStyle: { width: 2.5, color: ACTUAL_COLOUR, type: "solid" },
      itemStyle: { color: ACTUAL_COLOUR },
      label: {
        show: true,
        position: "top",
        formatter: (params: { dataIndex: number }) => pointLabel(input.points[params.dataIndex]!),
      },
      ...(input.notComparableFrom
        ? {
            markLine: {
              symbol: "none",
              silent: true,
              lineStyle: { type: "dotted", color: "#555" },
              label: { formatter: c.notComparable, position: "end" },
              data: [{ xAxis: axisPeriod(input.notComparableFrom, locale) }],
            },
          }
        : {}),
    },
  ];
  if (targetBy.size > 0) {
    series.push({
      name: c.target,
      type: "line",
      data: input.points.map((p) => targetBy.get(p.period) ?? null),
      connectNulls: true,
      symbol: "triangle",
      symbolSize: 8,
      lineStyle: { width: 2, color: TARGET_COLOUR, type: "dashed" },
      itemStyle: { color: TARGET_COLOUR },
      label: { show: false },
    });
  }

  const width = input.width ?? 640;
  const height = input.height ?? 320;
  const first = input.points[0];
  const last = input.points[input.points.length - 1];
  const latest = [...input.points].reverse().find((p) => p.value !== null);
  const latestTarget = latest ? targetBy.get(latest.period) : undefined;
  const sentence =
    first && last && latest
      ? c.lineSummary(
          indicator.name,
          unit,
          formatPeriod(parsePeriod(first.period), locale),
          formatPeriod(parsePeriod(last.period), locale),
          formatPeriod(parsePeriod(latest.period), locale),
          pointLabel(latest),
          latestTarget === undefined ? null : fmt(latestTarget),
        )
      : `${indicator.name} (${unit}): ${c.noData}.`;
  const svg = renderSvg(
    {
      title: { text: `${indicator.name} (${unit})`, left: 8, top: 4, textStyle: { fontSize: 14 } },
      legend: { top: 4, right: 8, data: series.map((s) => s.name as string) },
      grid: { left: 16, right: 24, top: 64, bottom: 24, containLabel: true },
      xAxis: { type: "category", data: categories, boundaryGap: true },
      yAxis: { type: "value", scale: true, axisLabel: { formatter: (v: number) => fmt(v) } },
      series,
    },
    width,
    height,
    sentence,
  );

  const header = [
    c.column.period,
    `${c.column.value} (${unit})`,
    ...(targetBy.size > 0 ? [c.column.target] : []),
  ];
  const rows = input.points.map((p) => ({
    cells: [
      formatPeriod(parsePeriod(p.period), locale),
      pointLabel(p),
      ...(targetBy.size > 0 ? [targetBy.has(p.period) ? fmt(targetBy.get(p.period)!) : ""] : []),
    ],
  }));
  const note = input.notComparableFrom
    ? `\n${c.notComparableNote(formatPeriod(parsePeriod(input.notComparableFrom), locale))}`
    : "";
  return { svg, textAlternative: `${sentence}${note}\n\n${renderTextTable(header, rows)}` };
}

export function barChart(input: BarChartInput): ChartResult {
  const { locale, indicator } = input;
  const m = messages(locale);
  const c = m.chart;
  const unit = unitName(indicator.unit, locale);
  const fmt = (v: number) => formatNumber(v, locale, { maxDecimals: indicator.decimals });
  // Highest first; units without a figure last, in their given order.
  const sorted = [...input.items].sort((a, b) => {
    if (a.value === null || b.value === null) return a.value === null ? (b.value === null ? 0 : 1) : -1;
    return b.value - a.value;
  });
  const label = (item: BarItem) => {
    const value = item.value === null ? c.noData : fmt(item.value);
    return item.status && item.value !== null ? `${value} · ${m.status[item.status]}` : value;
  };

  const rowHeight = input.rowHeight ?? 26;
  const width = input.width ?? 640;
  const height = Math.max(160, 72 + sorted.length * rowHeight);
  const withValue = sorted.filter((i) => i.value !== null);
  const top = withValue[0];
  const bottom = withValue[withValue.length - 1];
  const sentence =
    top && bottom
      ? c.barSummary(
          indicator.name,
          unit,
          sorted.length,
          `${top.name} (${fmt(top.value!)})`,
          `${bottom.name} (${fmt(bottom.value!)})`,
        )
      : `${indicator.name} (${unit}): ${c.noData}.`;
  const svg = renderSvg(
    {
      title: { text: `${indicator.name} (${unit})`, left: 8, top: 4, textStyle: { fontSize: 14 } },
      grid: { left: 16, right: 120, top: 40, bottom: 16, containLabel: true },
      xAxis: { type: "value", axisLabel: { formatter: (v: number) => fmt(v) } },
      yAxis: {
        type: "category",
        inverse: true,
        // A unit without a figure has no bar: its name says so.
        data: sorted.map((i) => (i.value === null ? `${i.name} (${c.noData})` : i.name)),
      },
      series: [
        {
          type: "bar",
          barMaxWidth: 18,
          data: sorted.map((i) => ({
            value: i.value,
            itemStyle: { color: STATUS_COLOUR[i.status ?? (i.value === null ? "no_data" : "met")] },
          })),
          label: {
            show: true,
            position: "right",
            formatter: (params: { dataIndex: number }) => label(sorted[params.dataIndex]!),
          },
        },
      ],
    },
    width,
    height,
    sentence,
  );

  const hasStatus = sorted.some((i) => i.status !== undefined);
  const header = [c.column.unit, `${c.column.value} (${unit})`, ...(hasStatus ? [c.column.status] : [])];
  const rows = sorted.map((i) => ({
    cells: [
      i.name,
      i.value === null ? c.noData : fmt(i.value),
      ...(hasStatus ? [i.status ? m.status[i.status] : ""] : []),
    ],
  }));
  return { svg, textAlternative: `${sentence}\n\n${renderTextTable(header, rows)}` };
}
