/** Key projects (công trình trọng điểm) and programmes (chương trình đột phá), with milestones. */
import { webMessages } from "../../../i18n/web-messages.ts";
import { formatDay } from "../format.ts";
import type { Page, PageContext } from "../page.tsx";
import { type DataTable, TableView } from "../table.tsx";
import { loadUnitPeriod, UnitPeriodLinks, unitTitle } from "./scorecard.tsx";

export async function projectsPage(ctx: PageContext): Promise<Page> {
  const { c, locale, path } = ctx;
  const m = webMessages(locale);
  const store = await loadUnitPeriod(ctx);
  const names = unitTitle(store, locale);
  const title = m.projects.title(names.unit, names.period);
  const name = (n: { vi: string; en?: string | undefined }) => (locale === "en" ? (n.en ?? n.vi) : n.vi);
  const sourceLabel = (id: string | undefined) => {
    const s = id ? store.sources.get(id) : undefined;
    return s
      ? [s.publisher ?? s.title, s.date ? formatDay(s.date, locale) : ""].filter(Boolean).join(", ")
      : "";
  };
  /** Where it stands: the milestone under way, in the page's language, or the recorded state. */
  const stage = (p: (typeof store.projects)[number]) => {
    const current = p.milestones.findLast((ms) => ms.state === "in_progress");
    return current ? name(current.name) : (p.state ?? "");
  };
  const table: DataTable = {
    id: "projects",
    caption: title,
    header: [
      m.projects.column.name,
      m.projects.column.kind,
      m.projects.column.state,
      m.projects.column.source,
    ],
    rows: store.projects.map((p) => [
      name(p.name),
      m.projects.kind[p.kind],
      p.state ?? "",
      sourceLabel(p.sourceId),
    ]),
  };
  const at = c.req.query("at");
  const body = (
    <>
      <h1>{title}</h1>
      <UnitPeriodLinks
        locale={locale}
        code={store.unitAssessment.unit.code}
        period={store.input.period}
        at={at ?? store.unitAssessment.assessment.at}
      />
      {store.projects.length === 0 ? (
        <p>{m.projects.none}</p>
      ) : (
        <TableView table={table} locale={locale} path={path} />
      )}
      {store.projects.map((p) => (
        <section>
          <h2>{name(p.name)}</h2>
          <p>
            {m.projects.kind[p.kind]}
            {stage(p) ? `. ${m.projects.state}: ${stage(p)}` : ""}
          </p>
          {p.milestones.length > 0 ? (
            <>
              <h3>{m.projects.milestones}</h3>
              <ul>
                {p.milestones.map((ms) => (
                  <li>
                    {name(ms.name)}: {m.projects.milestoneState[ms.state]}
                    {ms.actualDate
                      ? ` (${formatDay(ms.actualDate, locale)})`
                      : ms.plannedDate
                        ? ` (${formatDay(ms.plannedDate, locale)})`
                        : ""}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {p.notes.length > 0 ? (
            <>
              <h3>{m.projects.notes}</h3>
              <ul>
                {p.notes.map((n) => (
                  <li>
                    {formatDay(n.date, locale)}: {n.text}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ))}
    </>
  );
  return { title, body, tables: store.projects.length > 0 ? [table] : [], illustrative: store.illustrative };
}
