/**
 * A unit's scorecard for a period: the roll-up ("23/24"), the table of targets (indicator, target,
 * actual with "trên"/"ước", % of plan, status with its icon, official label where it differs,
 * consistency flags, the source of each figure linking to its sentence), the mid-term assessment
 * of a term with each projection's method, and the units before and after the 2025 reform.
 */

import { notFound } from "../../../app/errors.ts";
import { getUnit } from "../../../app/get-unit.ts";
import { isPeriod } from "../../../app/periods.ts";
import { reportInputFromStore, type StoreReport } from "../../../app/report-input.ts";
import { isWebAddress } from "../../../app/web-address.ts";
import { isCalendarDate } from "../../../domain/dates.ts";
import type { DisplayLocale } from "../../../domain/numbers.ts";
import { formatNumber } from "../../../domain/numbers.ts";
import { formatPeriod, parsePeriod } from "../../../domain/periods.ts";
import { webMessages } from "../../../i18n/web-messages.ts";
import { buildAssessmentTable } from "../../../report/assessment-table.ts";
import { formatDay } from "../format.ts";
import { StatusMark } from "../layout.tsx";
import type { Page, PageContext } from "../page.tsx";
import { type DataTable, TableView } from "../table.tsx";
import { UnitLink } from "./unit.tsx";

/** The store report a unit-and-period page reads: `/units/:code/:period?at=`. */
export async function loadUnitPeriod(ctx: PageContext): Promise<StoreReport> {
  const { c } = ctx;
  const at = c.req.query("at");
  const period = c.req.param("period")!;
  if (!isPeriod(period)) throw notFound("period", period, "period");
  return reportInputFromStore(c.get("store").db, ctx.view, {
    unit: c.req.param("code")!,
    period,
    ...(at && isCalendarDate(at) ? { at } : {}),
  });
}

/**
 * "Báo Long An, 19/01/2024", linking to the sentence itself where the source is online; for a
 * figure the unit entered itself, with no document behind it, its own report ("Báo cáo của UBND
 * xã Rạch Kiến (số liệu ước tính, nhập ngày 03/12/2026)") with the officer's note.
 */
function sourceCell(
  report: StoreReport,
  observationId: string | undefined,
  locale: DisplayLocale,
  unitName: string,
) {
  const record = report.unitAssessment.records.find(
    (r) =>
      r.observation.id === observationId && r.observation.revision === latestRevision(report, observationId),
  );
  const source = record?.sourceId ? report.sources.get(record.sourceId) : undefined;
  if (record && !record.sourceId) {
    const { stage, recordedAt } = record.observation;
    const text = webMessages(locale).scorecard.ownReport(
      unitName,
      stage,
      formatDay(recordedAt, locale),
      record.note,
    );
    return { text, url: undefined, sentence: undefined };
  }
  if (!source) return { text: "", url: undefined, sentence: undefined };
  const label = [source.publisher ?? source.title, source.date ? formatDay(source.date, locale) : ""]
    .filter(Boolean)
    .join(", ");
  const sentence = record?.sourceText;
  // A text fragment takes the reader to the sentence on the source's page.
  const fragment = sentence
    ? `#:~:text=${encodeURIComponent(sentence.split(/\s+/).slice(0, 8).join(" "))}`
    : "";
  return {
    text: sentence ? `${label}: “${sentence}”` : label,
    label,
    // Checked again here: a source stored before addresses were checked must not become a link.
    url: source.url && isWebAddress(source.url) ? `${source.url}${fragment}` : undefined,
    sentence,
  };
}

function latestRevision(report: StoreReport, observationId: string | undefined): number {
  const a = report.unitAssessment.assessment.targets.find((t) => t.actual?.observationId === observationId);
  return a?.actual?.revision ?? 1;
}

export function unitTitle(report: StoreReport, locale: DisplayLocale): { unit: string; period: string } {
  const m = webMessages(locale);
  const { unit } = report.unitAssessment;
  return {
    unit: m.unitName(unit.kind, unit.name),
    period: formatPeriod(parsePeriod(report.input.period), locale),
  };
}

export function UnitPeriodLinks(props: { locale: DisplayLocale; code: string; period: string; at: string }) {
  const m = webMessages(props.locale).links;
  const base = `/${props.locale}/units/${props.code}/${props.period}`;
  const q = `?at=${props.at}`;
  return (
    <nav class="links" aria-label={m.scorecard}>
      <a href={`${base}${q}`}>{m.scorecard}</a> · <a href={`${base}/report${q}`}>{m.report}</a> ·{" "}
      <a href={`${base}/projects${q}`}>{m.projects}</a> ·{" "}
      <a href={`/${props.locale}/units/${props.code}${q}`}>{m.unit}</a>
    </nav>
  );
}

export async function scorecardPage(ctx: PageContext): Promise<Page> {
  const { c, locale, path } = ctx;
  const m = webMessages(locale);
  const report = await loadUnitPeriod(ctx);
  const { unitAssessment: ua, input } = report;
  const { assessment } = ua;
  const names = unitTitle(report, locale);
  const title = m.scorecard.title(names.unit, names.period);
  const table = buildAssessmentTable(
    {
      unitName: names.unit,
      indicators: input.indicators,
      targets: input.targets,
      reportedRollups: input.reportedRollups,
    },
    assessment,
    locale,
  );
  const sources = assessment.targets.map((a) =>
    sourceCell(report, a.actual?.observationId, locale, names.unit),
  );
  const STATUS_COLUMN = 6;
  const targets: DataTable = {
    id: "targets",
    caption: `${m.scorecard.targets}: ${table.title}`,
    header: [...table.header, m.scorecard.source],
    rows: table.rows.map((r, i) => [...r.cells, sources[i]!.text]),
    numeric: [5],
    rowHeader: 1,
    render: (row, column, text) => {
      if (column === STATUS_COLUMN) {
        return <StatusMark status={assessment.targets[row]!.status} locale={locale} text={text} />;
      }
      const source = sources[row]!;
      if (column === table.header.length && source.url) {
        return (
          <>
            <a href={source.url}>{source.label}</a>
            {source.sentence ? <q>{source.sentence}</q> : null}
          </>
        );
      }
      return text;
    },
  };
  const tables = [targets];
  if (table.termHeader) {
    tables.push({
      id: "term",
      caption: `${m.scorecard.termTitle}: ${table.title}`,
      header: table.termHeader,
      rowHeader: 1,
      rows: table.termRows.map((r) => r.cells),
    });
  }
  const detail = await getUnit(c.get("store").db, ua.unit.id, assessment.at);
  const r = assessment.rollup;
  const at = c.req.query("at");
  const body = (
    <>
      <h1>{title}</h1>
      <UnitPeriodLinks locale={locale} code={ua.unit.code} period={input.period} at={at ?? assessment.at} />
      {r.total === 0 ? <p>{m.scorecard.notAssessed}</p> : null}
      <p class="methods-link">
        <a href={`/${locale}/methods`}>{m.scorecard.methodsLink}</a>
      </p>
      <p class="rollup">
        {m.scorecard.rollup(formatNumber(r.metOrExceeded, locale), formatNumber(r.total, locale))}
      </p>
      <ul>
        {table.summary.map((s) => (
          <li>{s}</li>
        ))}
      </ul>
      <h2>{m.scorecard.targets}</h2>
      <TableView table={targets} locale={locale} path={path} />
      {table.termHeader ? (
        <>
          <h2>{m.scorecard.termTitle}</h2>
          <p>{m.scorecard.termIntro(formatDay(assessment.at, locale))}</p>
          <form method="get" action={`/${locale}/units/${ua.unit.code}/${input.period}`}>
            <label for="at">{m.scorecard.midTermAt}</label>{" "}
            <input type="date" id="at" name="at" value={assessment.at} />{" "}
            <button type="submit">{m.scorecard.show}</button>
          </form>
          <TableView table={tables[1]!} locale={locale} path={path} />
        </>
      ) : null}
      <h2>{m.unit.predecessors}</h2>
      {detail.predecessors.length === 0 ? (
        <p>{m.unit.none}</p>
      ) : (
        <ul>
          {detail.predecessors.map((n) => (
            <li>
              <UnitLink unit={n.unit} locale={locale} />
            </li>
          ))}
        </ul>
      )}
      <h2>{m.unit.successors}</h2>
      {detail.successors.length === 0 ? (
        <p>{m.unit.none}</p>
      ) : (
        <ul>
          {detail.successors.map((n) => (
            <li>
              <UnitLink unit={n.unit} locale={locale} />
              {n.whole ? "" : ` (${m.unit.part})`}
            </li>
          ))}
        </ul>
      )}
      <p>
        {input.indicators.map((i, n) => (
          <>
            {n > 0 ? " · " : ""}
            <a href={`/${locale}/indicators/${i.code}?unit=${ua.unit.code}&at=${assessment.at}`}>
              {i.name[locale]}
            </a>
          </>
        ))}
      </p>
    </>
  );
  return { title, body, tables, illustrative: report.illustrative };
}
