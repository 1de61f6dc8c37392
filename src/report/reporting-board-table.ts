/**
 * The reporting board as a table for its CSV and XLSX (data-table.ts writes them): one row per
 * unit and report, with everything the page shows in its cells and more (the days the figures
 * count, the due date, when it was sent), so a reviewer can sort and filter it in a spreadsheet.
 */
import type { DisplayLocale } from "../domain/numbers.ts";
import { formatPeriod } from "../domain/periods.ts";
import { type BoardCell, type ReportingBoard, vietnamTime } from "../domain/reporting-calendar.ts";
import { calendarMessages } from "../i18n/calendar-messages.ts";
import { webMessages } from "../i18n/web-messages.ts";
import type { DataTable } from "./data-table.ts";

/** "2023-03-20" as 20/03/2023, the way both languages' officers write a day in a sheet (and on the board's page). */
export const day = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** A moment as the day and time in Vietnam: 20/03/2023 16:00. */
function moment(iso: string): string {
  const local = vietnamTime(iso);
  return `${day(local)} ${local.slice(11, 16)}`;
}

/** A cell's status in words; an approved or published report sent late says so. */
export function statusText(cell: Pick<BoardCell, "status" | "late">, locale: DisplayLocale): string {
  const m = calendarMessages(locale);
  const late = cell.late && (cell.status === "approved" || cell.status === "published");
  return late ? `${m.status[cell.status]} (${m.sentLate})` : m.status[cell.status];
}

export function boardTable(board: ReportingBoard, locale: DisplayLocale): DataTable {
  const m = calendarMessages(locale);
  const unitName = webMessages(locale).unitName;
  const province = unitName(board.province.kind, board.province.name);
  return {
    id: `reporting-board-${board.province.code}-${board.year}`,
    caption: m.fileCaption(province, board.year, day(board.today)),
    header: [
      m.col.code,
      m.col.unit,
      m.col.period,
      m.col.kind,
      m.col.window,
      m.col.due,
      m.col.status,
      m.col.submittedAt,
      m.col.targets,
      m.col.withoutFigure,
    ],
    rows: board.rows.flatMap((row) =>
      row.cells.map((cell, i) => {
        const p = board.periods[i]!;
        return [
          row.unit.code,
          unitName(row.unit.kind, row.unit.name),
          formatPeriod(p.period, locale),
          m.kind[p.kind],
          `${day(p.window.from)} - ${day(p.window.to)}`,
          day(p.due),
          statusText(cell, locale),
          cell.submittedAt ? moment(cell.submittedAt) : "",
          String(row.targets),
          String(cell.withoutFigure),
        ];
      }),
    ),
    numeric: [8, 9],
    rowHeader: 1,
  };
}
