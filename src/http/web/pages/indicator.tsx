/**
 * An indicator across years for a unit (a line chart with its target; through the 2025 reform,
 * marked where not comparable) and across the communes of a province (a sorted bar chart).
 */

import { raw } from "hono/html";
import { assessArea } from "../../../app/assess-area.ts";
import { seriesAcrossReform, seriesTargets } from "../../../app/series.ts";
import { isCalendarDate } from "../../../domain/dates.ts";
import { type DisplayLocale, formatNumber, formatPercent } from "../../../domain/numbers.ts";
import { formatPeriod, parsePeriod } from "../../../domain/periods.ts";
import { messages } from "../../../i18n/messages.ts";
import { webMessages } from "../../../i18n/web-messages.ts";
import { barChart, lineChart } from "../../../report/charts.ts";
import { today } from "../format.ts";
import type { Page, PageContext } from "../page.tsx";
import { type DataTable, TableView } from "../table.tsx";
import { MAP_AT, MAP_PERIOD, MAP_PROVINCE } from "./home.tsx";

const YEAR = /^\d{4}$/;
/**
 * Without `?unit=`, the demo's district (Cần Đước) as it stood on its last day: the district was
 * abolished on 1 July 2025, so "806 today" names no unit and the bare page was a 404.
 */
const DEFAULT_UNIT = { code: "806", at: "2025-06-30" } as const;

/** "+8,5%", "−2,1%": the sign written, as reports write a change on last year. */
const signedPercent = (change: number, locale: DisplayLocale) =>
  `${change > 0 ? "+" : change < 0 ? "−" : ""}${formatPercent(Math.abs(change), locale, 1)}`;

function ChartFigure(props: { svg: string; text: string; summary: string }) {
  return (
    <figure class="chart">
      {raw(props.svg)}
      <figcaption>
        <details>
          <summary>{props.summary}</summary>
          <pre>{props.text}</pre>
        </details>
      </figcaption>
    </figure>
  );
}

export async function indicatorPage({ c, locale, path, view }: PageContext): Promise<Page> {
  const m = webMessages(locale);
  const words = messages(locale);
  const db = c.get("store").db;
  const code = c.req.param("code")!;
  const unitQuery = c.req.query("unit");
  const unitCode = unitQuery ?? DEFAULT_UNIT.code;
  const atQuery = c.req.query("at");
  const at = atQuery && isCalendarDate(atQuery) ? atQuery : unitQuery ? today() : DEFAULT_UNIT.at;
  const year = Number(at.slice(0, 4));
  const fromQuery = c.req.query("from");
  const toQuery = c.req.query("to");
  const from = fromQuery && YEAR.test(fromQuery) ? Number(fromQuery) : Math.min(year, 2025) - 4;
  const to = toQuery && YEAR.test(toQuery) ? Number(toQuery) : Math.min(year + 2, 2025);

  const series = await seriesAcrossReform(db, view, { unit: unitCode, indicator: code, from, to, at });
  const targets = await seriesTargets(db, view, series);
  const { indicator } = series;
  const unitName = m.unitName(series.unit.kind, series.unit.name);
  const chartIndicator = { name: indicator.name[locale], unit: indicator.unit, decimals: indicator.decimals };
  const firstBreak = series.points.findIndex((p, i) => i > 0 && !p.comparable);
  const line = lineChart({
    locale,
    indicator: chartIndicator,
    points: series.points.map((p) => ({
      period: String(p.year),
      value: p.comparable ? p.value : null,
      estimate: p.provisional,
    })),
    targets,
    ...(firstBreak > 0 ? { notComparableFrom: String(series.points[firstBreak]!.year) } : {}),
  });
  const fmt = (v: number | null) =>
    v === null ? "" : formatNumber(v, locale, { maxDecimals: indicator.decimals });
  const targetBy = new Map(targets.map((t) => [t.period, t.value]));
  const yearsTable: DataTable = {
    id: "years",
    caption: `${indicator.name[locale]}: ${m.indicator.acrossYears(unitName)}`,
    header: [
      words.chart.column.period,
      words.chart.column.value,
      words.chart.column.target,
      m.indicator.changeOnPreviousYear,
      words.column.note,
    ],
    numeric: [1, 2, 3],
    rows: series.points.map((p) => [
      formatPeriod(parsePeriod(String(p.year)), locale),
      p.comparable ? fmt(p.value) : "",
      fmt(targetBy.get(String(p.year)) ?? null),
      p.changeOnPreviousYear === null ? "" : signedPercent(p.changeOnPreviousYear, locale),
      [p.comparable ? "" : m.indicator.notComparable, p.provisional ? words.estimate : ""]
        .filter(Boolean)
        .join("; "),
    ]),
  };

  const area = await assessArea(db, view, { parent: MAP_PROVINCE, at: MAP_AT, period: MAP_PERIOD });
  const areaName = m.unitName(area.parent.kind, area.parent.name);
  const items = area.units
    .map((u) => {
      const a = u.assessment?.targets.find((t) => t.indicatorCode === code);
      const value = typeof a?.actual?.valueInTargetUnit === "number" ? a.actual.valueInTargetUnit : null;
      return { unit: u, name: m.unitName(u.unit.kind, u.unit.name), value, status: a?.status };
    })
    .filter((i) => i.status !== undefined)
    .sort((a, b) => (b.value ?? Number.NEGATIVE_INFINITY) - (a.value ?? Number.NEGATIVE_INFINITY));
  const periodText = formatPeriod(parsePeriod(MAP_PERIOD), locale);
  const bar =
    items.length > 0
      ? barChart({
          locale,
          indicator: chartIndicator,
          items: items.map((i) => ({
            name: i.name,
            value: i.value,
            ...(i.status ? { status: i.status } : {}),
          })),
        })
      : null;
  const communesTable: DataTable = {
    id: "communes",
    caption: `${indicator.name[locale]}: ${m.indicator.acrossCommunes(areaName, periodText)}`,
    header: [words.chart.column.unit, words.chart.column.value, words.chart.column.status],
    numeric: [1],
    rows: items.map((i) => [
      i.name + (i.unit.illustrative ? ` (${m.illustrativeMark})` : ""),
      fmt(i.value),
      i.status ? words.status[i.status] : "",
    ]),
  };
  const illustrative = items.some((i) => i.unit.illustrative);
  const title = m.indicator.title(indicator.name[locale]);
  const body = (
    <>
      <h1>{title}</h1>
      <h2>{m.indicator.acrossYears(unitName)}</h2>
      <ChartFigure svg={line.svg} text={line.textAlternative} summary={m.indicator.textAlternative} />
      <TableView table={yearsTable} locale={locale} path={path} />
      <h2>{m.indicator.acrossCommunes(areaName, periodText)}</h2>
      {bar ? (
        <ChartFigure svg={bar.svg} text={bar.textAlternative} summary={m.indicator.textAlternative} />
      ) : null}
      {items.length > 0 ? (
        <TableView table={communesTable} locale={locale} path={path} />
      ) : (
        <p>{m.unit.none}</p>
      )}
    </>
  );
  return { title, body, tables: [yearsTable, communesTable], illustrative };
}
