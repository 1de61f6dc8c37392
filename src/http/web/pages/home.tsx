/**
 * Home: the provinces (today's, or before the 2025 reform), the map of Tây Ninh's communes coloured
 * by the share of their targets met, and the latest reports.
 */
import { raw } from "hono/html";
import { assessArea } from "../../../app/assess-area.ts";
import { listAssessed } from "../../../app/list-assessed.ts";
import { unitsUnder } from "../../../app/units.ts";
import { formatNumber, formatPercent } from "../../../domain/numbers.ts";
import { formatPeriod, parsePeriod } from "../../../domain/periods.ts";
import { webMessages } from "../../../i18n/web-messages.ts";
import { type MapTopology, readMapLayer, renderChoropleth } from "../../../report/map-svg.ts";
import { formatDay, today } from "../format.ts";
import type { Page, PageContext } from "../page.tsx";
import { type DataTable, TableView } from "../table.tsx";

export const MAP_PROVINCE = "80";
export const MAP_AT = "2025-07-01";
export const MAP_PERIOD = "2025";
const BEFORE_REFORM = "2025-06-30";

let communes: MapTopology | undefined;
/** The committed outlines: read once, they change only with a new build of the code. */
const communeMap = () => {
  communes ??= readMapLayer("communes-80");
  return communes;
};

export async function homePage({ c, locale, path, view }: PageContext): Promise<Page> {
  const m = webMessages(locale);
  const db = c.get("store").db;
  const before = c.req.query("map") === "before";
  const at = before ? BEFORE_REFORM : today();
  const [provinces, area, assessed] = await Promise.all([
    unitsUnder(db, null, at),
    assessArea(db, view, { parent: MAP_PROVINCE, at: MAP_AT, period: MAP_PERIOD }),
    listAssessed(db, view, { illustrative: false }),
  ]);
  const provinceName = m.unitName(area.parent.kind, area.parent.name);
  const periodText = formatPeriod(parsePeriod(MAP_PERIOD), locale);
  const values: Record<string, number | null> = {};
  for (const u of area.units) values[u.unit.code] = u.shareMet;
  const map = renderChoropleth({
    locale,
    topology: communeMap(),
    object: "communes",
    areaName: provinceName,
    valueName: m.mapValueName,
    values,
    classes: [{ from: 0 }, { from: 50 }, { from: 75 }, { from: 100 }],
    decimals: 0,
  });
  const withData = area.units.filter((u) => u.assessment);
  const communeTable: DataTable = {
    id: "communes",
    caption: `${m.mapTitle}, ${periodText}`,
    header: [m.unit.children, m.scorecard.targets, m.mapValueName],
    numeric: [1, 2],
    rows: withData.map((u) => [
      m.unitName(u.unit.kind, u.unit.name) + (u.illustrative ? ` (${m.illustrativeMark})` : ""),
      `${formatNumber(u.assessment!.rollup.metOrExceeded, locale)}/${formatNumber(u.assessment!.rollup.total, locale)}`,
      u.shareMet === null ? "" : formatPercent(u.shareMet, locale, 0),
    ]),
    render: (row, column, text) =>
      column === 0 ? (
        <a href={`/${locale}/units/${withData[row]!.unit.code}/${MAP_PERIOD}?at=${MAP_AT}`}>{text}</a>
      ) : (
        text
      ),
  };

  const body = (
    <>
      <h1>{m.siteName}</h1>
      <p>{m.siteTagline}</p>
      <h2>{m.latestReports}</h2>
      <ul>
        {assessed.map((a) => {
          const name = m.unitName(a.unit.kind, a.unit.name);
          const period = formatPeriod(parsePeriod(a.period), locale);
          const base = `/${locale}/units/${a.unit.code}/${a.period}`;
          return (
            <li>
              {name}, {period}: <a href={base}>{m.links.scorecard}</a> ·{" "}
              <a href={`${base}/report`}>{m.links.report}</a> ·{" "}
              <a href={`${base}/projects`}>{m.links.projects}</a>
            </li>
          );
        })}
      </ul>
      <h2 id="map">{m.mapTitle}</h2>
      <p>{m.mapPeriod(periodText)}</p>
      <figure class="map">
        {raw(map.svg)}
        <figcaption>
          <details>
            <summary>{webMessages(locale).indicator.textAlternative}</summary>
            <pre>{map.textAlternative}</pre>
          </details>
        </figcaption>
      </figure>
      <TableView table={communeTable} locale={locale} path={path} />
      <h2 id="provinces">{m.provinces.title}</h2>
      <p>
        <strong>{before ? m.provinces.before : m.provinces.today}</strong> ·{" "}
        <a href={before ? `/${locale}/#provinces` : `/${locale}/?map=before#provinces`}>
          {before ? m.provinces.switchToToday : m.provinces.switchToBefore}
        </a>
      </p>
      <ul class="cols">
        {provinces.map((p) => (
          <li>
            <a href={`/${locale}/units/${p.code}?at=${at}`}>{m.unitName(p.kind, p.name)}</a>
          </li>
        ))}
      </ul>
      <p>{formatDay(at, locale)}</p>
    </>
  );
  return { title: m.home, body, tables: [communeTable], illustrative: area.illustrative };
}
