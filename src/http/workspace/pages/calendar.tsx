/**
 * The reporting calendar (lịch báo cáo, issue 16 part 6): for a province and a year, the reports
 * every plan of its units owes and when each is due, and the board of where each unit's reports
 * stand (units × reports, each cell's status in words with an icon, late marked, the targets
 * still without a figure), filtered by a GET form, downloadable as CSV and XLSX. The overdue
 * reports of an officer's units on the workspace home are here too. Who sees which unit is the
 * use-cases' (src/app/reporting-board.ts); this file only lays them out.
 */

import { invalidField } from "../../../app/errors.ts";
import { homeProvinceOf, readOverdueReports, readReportingBoard } from "../../../app/reporting-board.ts";
import { visibilityOf } from "../../../app/visibility.ts";
import { formatPeriod } from "../../../domain/periods.ts";
import {
  type BoardCell,
  type BoardRow,
  REPORT_KINDS,
  REPORT_STATUSES,
  type ReportingBoard,
  type ReportingPeriod,
  type ReportKind,
  type ReportStatus,
  vietnamDay,
} from "../../../domain/reporting-calendar.ts";
import { calendarMessages } from "../../../i18n/calendar-messages.ts";
import { upperFirst } from "../../../i18n/messages.ts";
import { webMessages } from "../../../i18n/web-messages.ts";
import { tableToCsv, tableToXlsx } from "../../../report/data-table.ts";
import { boardTable, day as dayText, statusText } from "../../../report/reporting-board-table.ts";
import { SelectField, TextField } from "../components.tsx";
import { download, type SignedInContext, type WorkspaceAnswer, workspaceUrl } from "../page.tsx";

/** The sign beside each status: the words say it, the sign and colour only help the eye. */
const ICON: Record<ReportStatus, string> = {
  not_due: "○",
  missing: "✗",
  returned: "↩",
  on_time: "✓",
  late: "!",
  approved: "✔",
  published: "★",
};

/** The filters as the GET form sends them; "" means not filtered. */
interface CalendarQuery {
  province: string;
  year: string;
  kind: ReportKind | "";
  status: ReportStatus | "";
  unit: string;
}

/** Reads the filter form; a kind, status or year outside its list is the reader's error, named. */
async function calendarQuery({ c, db, who }: SignedInContext): Promise<CalendarQuery> {
  const q = (name: string) => c.req.query(name)?.normalize("NFC").trim() ?? "";
  const kind = q("kind");
  if (kind && !(REPORT_KINDS as readonly string[]).includes(kind))
    throw invalidField("kind", "a kind of report");
  const status = q("status");
  if (status && !(REPORT_STATUSES as readonly string[]).includes(status))
    throw invalidField("status", "a status of a report");
  const year = q("year") || vietnamDay(new Date().toISOString()).slice(0, 4);
  if (!/^\d{4}$/.test(year)) throw invalidField("year", "a year such as 2026");
  const province = q("province") || (await homeProvinceOf(db, visibilityOf(db, who)))?.id || "";
  return {
    province,
    year,
    kind: kind as CalendarQuery["kind"],
    status: status as CalendarQuery["status"],
    unit: q("unit"),
  };
}

function readBoard(ctx: SignedInContext, q: CalendarQuery): Promise<ReportingBoard> {
  return readReportingBoard(ctx.db, visibilityOf(ctx.db, ctx.who), {
    province: q.province,
    year: Number(q.year),
    kinds: q.kind ? [q.kind] : undefined,
    statuses: q.status ? [q.status] : undefined,
    unit: q.unit || undefined,
  });
}

/** The query string of the filters (the downloads and the form keep them). */
function filterParams(q: CalendarQuery): Record<string, string | undefined> {
  return {
    province: q.province || undefined,
    year: q.year,
    kind: q.kind || undefined,
    status: q.status || undefined,
    unit: q.unit || undefined,
  };
}

function FilterForm(props: { ctx: SignedInContext; q: CalendarQuery; provinceCode: string }) {
  const { locale } = props.ctx;
  const m = calendarMessages(locale);
  const { q } = props;
  return (
    <form method="get" action={workspaceUrl(locale, "/calendar")} class="filters">
      {locale === "en" ? <input type="hidden" name="lang" value="en" /> : null}
      <fieldset>
        <legend>{m.filters.legend}</legend>
        <TextField
          id="province"
          label={m.filters.province}
          hint={m.page.provinceHint}
          value={props.provinceCode}
        />
        <TextField
          id="year"
          label={m.filters.year}
          hint={m.page.yearHint}
          value={q.year}
          inputmode="numeric"
        />
        <SelectField
          id="kind"
          label={m.filters.kinds}
          choices={["", ...REPORT_KINDS] as const}
          selected={q.kind}
          wordOf={(k) => (k ? m.kind[k] : m.page.allKinds)}
        />
        <SelectField
          id="status"
          label={m.filters.status}
          choices={["", ...REPORT_STATUSES] as const}
          selected={q.status}
          wordOf={(s) => (s ? m.status[s] : m.filters.anyStatus)}
        />
        <TextField id="unit" label={m.filters.unit} hint={m.filters.unitHint} value={q.unit} />
        <button type="submit" id="apply">
          {m.filters.apply}
        </button>
      </fieldset>
    </form>
  );
}

/** The kinds of report by the basis of their rules: the same document named once. */
function basisGroups(board: ReportingBoard, kinds: readonly ReportKind[]): [string, ReportKind[]][] {
  const groups = new Map<string, ReportKind[]>();
  for (const k of kinds) groups.set(board.rules[k].basis, [...(groups.get(board.rules[k].basis) ?? []), k]);
  return [...groups];
}

/** The reports of the year and their deadlines, with the rules' basis. */
function Schedule(props: { board: ReportingBoard; province: string; ctx: SignedInContext }) {
  const { board, ctx } = props;
  const m = calendarMessages(ctx.locale);
  const kinds = REPORT_KINDS.filter((k) => board.periods.some((p) => p.kind === k));
  return (
    <section aria-labelledby="schedule">
      <h2 id="schedule">{m.schedule}</h2>
      <p>{m.page.scheduleLead(props.province, board.year)}</p>
      <section class="scroll" aria-labelledby="schedule" tabindex={0}>
        <table id="schedule-table">
          <thead>
            <tr>
              <th scope="col">{m.col.period}</th>
              <th scope="col">{m.col.window}</th>
              <th scope="col">{m.col.due}</th>
            </tr>
          </thead>
          <tbody>
            {board.periods.map((p) => (
              <tr>
                <th scope="row">{upperFirst(formatPeriod(p.period, ctx.locale))}</th>
                <td>
                  {dayText(p.window.from)} – {dayText(p.window.to)}
                </td>
                <td>{dayText(p.due)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <dl class="basis">
        {basisGroups(board, kinds).map(([basis, group]) => (
          <>
            <dt>
              {m.basis} ({group.map((k) => m.kind[k]).join(", ")})
            </dt>
            <dd>{basis}</dd>
          </>
        ))}
      </dl>
      <p>
        <a
          href={workspaceUrl(ctx.locale, "/calendar/deadlines", {
            province: board.province.id,
            year: String(board.year),
          })}
        >
          {m.page.setDeadlines}
        </a>
      </p>
    </section>
  );
}

function entryHref(ctx: SignedInContext, planId: string, period: string): string {
  return workspaceUrl(ctx.locale, `/entry/${encodeURIComponent(planId)}`, { period });
}

function Cell(props: { ctx: SignedInContext; row: BoardRow; cell: BoardCell }) {
  const { ctx, row, cell } = props;
  const m = calendarMessages(ctx.locale);
  const words = statusText(cell, ctx.locale);
  const plan = row.plans.length === 1 ? row.plans[0] : undefined;
  const late = cell.late === true;
  return (
    <td class={`report status-${cell.status}${late ? " late" : ""}`}>
      <span class="report-icon" aria-hidden="true">
        {ICON[cell.status]}
      </span>{" "}
      {plan ? <a href={entryHref(ctx, plan.id, cell.period)}>{words}</a> : words}
      {cell.withoutFigure > 0 && cell.status !== "not_due" ? (
        <span class="hint">{m.withoutFigure(cell.withoutFigure)}</span>
      ) : null}
    </td>
  );
}

/** The board: a unit per row (its name stays in view as the reports scroll by), a report per column. */
function Board(props: { board: ReportingBoard; province: string; ctx: SignedInContext }) {
  const { board, ctx } = props;
  const m = calendarMessages(ctx.locale);
  const unitName = webMessages(ctx.locale).unitName;
  if (board.rows.length === 0) return <p id="no-units">{m.noUnits}</p>;
  return (
    <>
      <h3 id="board-caption">{m.caption(props.province, board.year)}</h3>
      <p class="hint">{m.page.scrollHint}</p>
      <section class="scroll board-scroll" aria-labelledby="board-caption" tabindex={0}>
        <table class="board" id="board" aria-labelledby="board-caption">
          <thead>
            <tr>
              <th scope="col">{m.col.unit}</th>
              {board.periods.map((p: ReportingPeriod) => (
                <th scope="col">
                  {upperFirst(formatPeriod(p.period, ctx.locale))}
                  <span class="hint">
                    {m.col.due} {dayText(p.due)}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {board.rows.map((row) => (
              <tr>
                <th scope="row">
                  {upperFirst(unitName(row.unit.kind, row.unit.name))}
                  <span class="hint">
                    {m.col.targets}: {row.targets}
                  </span>
                  {row.plans.length === 0 ? <span class="hint">{m.page.noPlan}</span> : null}
                </th>
                {row.cells.map((cell) => (
                  <Cell ctx={ctx} row={row} cell={cell} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

export async function calendarPage(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const m = calendarMessages(ctx.locale);
  const q = await calendarQuery(ctx);
  if (!q.province) {
    return {
      title: m.title,
      body: (
        <>
          <p>{m.page.chooseProvince}</p>
          <FilterForm ctx={ctx} q={q} provinceCode="" />
        </>
      ),
    };
  }
  const board = await readBoard(ctx, q);
  const province = webMessages(ctx.locale).unitName(board.province.kind, board.province.name);
  const params = filterParams(q);
  return {
    title: m.title,
    body: (
      <>
        <p>{m.lead}</p>
        <section aria-labelledby="board-title">
          <h2 id="board-title">{m.page.board}</h2>
          <FilterForm
            ctx={ctx}
            q={q}
            provinceCode={q.province === board.province.id ? board.province.code : q.province}
          />
          <p id="downloads">
            {m.downloads}:{" "}
            <a href={workspaceUrl(ctx.locale, "/calendar/board.csv", params)} download>
              {m.downloadCsv}
            </a>
            {" · "}
            <a href={workspaceUrl(ctx.locale, "/calendar/board.xlsx", params)} download>
              {m.downloadXlsx}
            </a>
          </p>
          <Board board={board} province={province} ctx={ctx} />
        </section>
        <Schedule board={board} province={province} ctx={ctx} />
      </>
    ),
  };
}

export async function boardCsv(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const table = boardTable(await readBoard(ctx, await calendarQuery(ctx)), ctx.locale);
  return download(
    ctx.c,
    { file: Buffer.from(tableToCsv(table)), name: `${table.id}.csv` },
    "text/csv; charset=utf-8",
  );
}

export async function boardXlsx(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const table = boardTable(await readBoard(ctx, await calendarQuery(ctx)), ctx.locale);
  return download(
    ctx.c,
    { file: Buffer.from(await tableToXlsx(table)), name: `${table.id}.xlsx` },
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  );
}

/** The reports the officer's units owe, for the workspace home; nothing when none is overdue. */
export async function overdueReports(props: Pick<SignedInContext, "db" | "who" | "locale">) {
  const { db, who, locale } = props;
  const owed = await readOverdueReports(db, visibilityOf(db, who));
  if (owed.length === 0) return null;
  const m = calendarMessages(locale);
  const unitName = webMessages(locale).unitName;
  return (
    <section aria-labelledby="overdue" class="overdue">
      <h2 id="overdue">{m.overdueTitle}</h2>
      <ul>
        {owed.map((o) => (
          <li>
            <a
              href={workspaceUrl(locale, `/entry/${encodeURIComponent(o.planId)}`, { period: o.period.code })}
            >
              {m.overdueItem(
                upperFirst(unitName(o.unit.kind, o.unit.name)),
                formatPeriod(o.period.period, locale),
                dayText(o.period.due),
              )}
            </a>{" "}
            <span class={`status-${o.status}`}>
              <span aria-hidden="true">{ICON[o.status]}</span> {m.status[o.status]}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
