/**
 * Scorecards (bảng tổng hợp) of a year: every province with its targets met or exceeded over those
 * with data, or, with `?unit=CODE`, every unit within that one. The page twin of
 * GET /api/v1/scorecard (the same use-case, the same figures); each province links to its own.
 */
import { notFound } from "../../../app/errors.ts";
import { isPeriod } from "../../../app/periods.ts";
import { scorecard } from "../../../app/scorecard.ts";
import type { AdminUnitKind } from "../../../domain/admin-units.ts";
import { formatNumber, formatPercent } from "../../../domain/numbers.ts";
import { formatPeriod, parsePeriod } from "../../../domain/periods.ts";
import { shareMetOfWithData } from "../../../domain/roll-up.ts";
import { webMessages } from "../../../i18n/web-messages.ts";
import type { Page, PageContext } from "../page.tsx";
import { type DataTable, TableView } from "../table.tsx";

/**
 * Links name a unit by its id, not its code: a code read at a year may name another unit (80 was
 * Long An before 1 July 2025 and is Tây Ninh since), and the id is the unit the row is about.
 */
const unitRef = (unit: { id: string }) => encodeURIComponent(unit.id);

export async function scorecardsPage({ c, locale, path, view }: PageContext): Promise<Page> {
  const m = webMessages(locale);
  const period = c.req.param("period")!;
  // Found by the page fuzzer: a path that is no period at all was a 500.
  if (!isPeriod(period)) throw notFound("period", period, "period");
  const unit = c.req.query("unit") || undefined;
  const card = await scorecard(c.get("store").db, view, { period, unit });
  const periodText = formatPeriod(parsePeriod(period), locale);
  const name = (u: { kind: string; name: string; nameEn?: string | null | undefined }) =>
    m.unitName(u.kind as AdminUnitKind, locale === "en" ? (u.nameEn ?? u.name) : u.name);
  const title = card.parent
    ? m.scorecards.titleOf(name(card.parent), periodText)
    : m.scorecards.title(periodText);
  const n = (x: number) => formatNumber(x, locale);
  const share = (row: { metOrExceeded: number; withData: number }) => {
    const percent = shareMetOfWithData(row);
    return percent === null ? "" : formatPercent(percent, locale, 0);
  };
  const table: DataTable = {
    id: "scorecard",
    caption: title,
    header: [
      m.scorecards.unit,
      m.scorecards.met,
      m.scorecards.withData,
      m.scorecards.total,
      m.scorecards.share,
      m.scorecards.provisional,
    ],
    numeric: [1, 2, 3, 4, 5],
    rows: card.units.map((r) => [
      name(r.unit),
      n(r.metOrExceeded),
      n(r.withData),
      n(r.total),
      share(r),
      n(r.provisional),
    ]),
    render: (row, column, text) =>
      column === 0 ? (
        <a href={`/${locale}/units/${unitRef(card.units[row]!.unit)}/${period}`}>{text}</a>
      ) : (
        text
      ),
  };
  const { totals } = card;
  const body = (
    <>
      <h1>{title}</h1>
      <p>{m.scorecards.intro}</p>
      {card.units.length === 0 ? (
        <p>{m.scorecards.none}</p>
      ) : (
        <>
          <p>
            <strong>
              {card.parent ? name(card.parent) : m.scorecards.national}:{" "}
              {m.scorecard.rollup(n(totals.metOrExceeded), n(totals.withData))}
            </strong>
          </p>
          <TableView table={table} locale={locale} path={path} />
        </>
      )}
      {card.parent ? null : (
        <>
          <h2>{m.scorecards.children}</h2>
          <ul class="cols">
            {card.units.map((r) => (
              <li>
                <a href={`/${locale}/scorecard/${period}?unit=${unitRef(r.unit)}`}>{name(r.unit)}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
  return { title, body, tables: [table] };
}
