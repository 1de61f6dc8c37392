/** A unit: its parent, the units under it, where it came from and went, and its scorecards. */

import { getUnit } from "../../../app/get-unit.ts";
import { listAssessed } from "../../../app/list-assessed.ts";
import type { AdminUnit } from "../../../domain/admin-units.ts";
import { isCalendarDate } from "../../../domain/dates.ts";
import type { DisplayLocale } from "../../../domain/numbers.ts";
import { formatPeriod, parsePeriod } from "../../../domain/periods.ts";
import { webMessages } from "../../../i18n/web-messages.ts";
import { formatDay, today } from "../format.ts";
import type { Page, PageContext } from "../page.tsx";

/** A link to a unit's page, read at a date inside its validity. */
export function UnitLink(props: { unit: AdminUnit; locale: DisplayLocale }) {
  const { unit, locale } = props;
  const at = unit.validTo ?? unit.validFrom ?? today();
  return (
    <a href={`/${locale}/units/${unit.code}?at=${at}`}>
      {webMessages(locale).unitName(unit.kind, unit.name)}
    </a>
  );
}

export async function unitPage({ c, locale, view }: PageContext): Promise<Page> {
  const m = webMessages(locale);
  const db = c.get("store").db;
  const at = c.req.query("at") ?? today();
  const detail = await getUnit(db, c.req.param("code")!, isCalendarDate(at) ? at : today());
  const { unit } = detail;
  const name = m.unitName(unit.kind, unit.name);
  const assessed = await listAssessed(db, view, { unitIds: [unit.id] });
  const neighbours = (list: typeof detail.predecessors) =>
    list.length === 0 ? (
      <p>{m.unit.none}</p>
    ) : (
      <ul>
        {list.map((n) => (
          <li>
            <UnitLink unit={n.unit} locale={locale} />
            {n.whole ? "" : ` (${m.unit.part})`}, {formatDay(n.change.date, locale)}
          </li>
        ))}
      </ul>
    );
  const body = (
    <>
      <h1>{name}</h1>
      <p>
        {unit.validFrom ? m.unit.validFrom(formatDay(unit.validFrom, locale)) : ""}
        {unit.validFrom && unit.validTo ? " " : ""}
        {unit.validTo ? m.unit.validTo(formatDay(unit.validTo, locale)) : ""}
      </p>
      {detail.parent ? (
        <p>
          {m.unit.parent}: <UnitLink unit={detail.parent} locale={locale} />
        </p>
      ) : null}
      <h2>{m.unit.plans}</h2>
      {assessed.length === 0 ? (
        <p>{m.unit.none}</p>
      ) : (
        <ul>
          {assessed.map((a) => {
            const base = `/${locale}/units/${unit.code}/${a.period}`;
            return (
              <li>
                {formatPeriod(parsePeriod(a.period), locale)}
                {a.illustrative ? ` (${m.illustrativeMark})` : ""}: <a href={base}>{m.links.scorecard}</a> ·{" "}
                <a href={`${base}/report`}>{m.links.report}</a> ·{" "}
                <a href={`${base}/projects`}>{m.links.projects}</a>
              </li>
            );
          })}
        </ul>
      )}
      <h2>{m.unit.predecessors}</h2>
      {neighbours(detail.predecessors)}
      <h2>{m.unit.successors}</h2>
      {neighbours(detail.successors)}
      <h2>{m.unit.children}</h2>
      {detail.children.length === 0 ? (
        <p>{m.unit.none}</p>
      ) : (
        <ul class="cols">
          {detail.children.map((u) => (
            <li>
              <UnitLink unit={u} locale={locale} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
  return { title: name, body, illustrative: assessed.some((a) => a.illustrative) };
}
