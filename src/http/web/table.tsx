/**
 * A table as the page shows it — caption, header, rows of text — and its downloads: CSV, XLSX and
 * JSON of exactly those cells. A page builds its tables once; the same object is rendered to HTML
 * or written to a file, so a download can never differ from what the reader saw, except that a
 * spreadsheet cell which could pass for a formula starts with an apostrophe (spreadsheet-text.ts).
 */
import type ExcelJS from "exceljs";
import type { Child } from "hono/jsx";
import type { DisplayLocale } from "../../domain/numbers.ts";
import { webMessages } from "../../i18n/web-messages.ts";
import { onFirstUse } from "../../report/load-on-use.ts";
import { neutraliseFormula } from "../../report/spreadsheet-text.ts";

const loadExcel = onFirstUse<typeof ExcelJS>("exceljs");

export interface DataTable {
  /** Names the table in the download link: "targets". */
  id: string;
  caption: string;
  header: string[];
  rows: string[][];
  /** Cells rendered richer than their text (a status icon, a link); the text is what downloads. */
  render?: (row: number, column: number, text: string) => Child;
  /** Columns holding numbers, aligned right. */
  numeric?: number[];
  /** The column naming each row (a row header); by default the second of a numbered table, else the first. */
  rowHeader?: number;
}

export const DOWNLOAD_FORMATS = ["csv", "xlsx", "json"] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

export function TableView(props: { table: DataTable; locale: DisplayLocale; path: string }) {
  const { table, locale } = props;
  const m = webMessages(locale).download;
  const numeric = new Set(table.numeric ?? []);
  const rowHeader = table.rowHeader ?? 0;
  return (
    <figure class="table" id={`table-${table.id}`}>
      <div class="scroll">
        <table>
          <caption>{table.caption}</caption>
          <thead>
            <tr>
              {table.header.map((h) => (
                <th scope="col">{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr>
                {row.map((cell, c) =>
                  c === rowHeader ? (
                    <th scope="row">{table.render ? table.render(r, c, cell) : cell}</th>
                  ) : (
                    <td class={numeric.has(c) ? "num" : undefined}>
                      {table.render ? table.render(r, c, cell) : cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="downloads">
        {m.label}:{" "}
        {DOWNLOAD_FORMATS.map((format, i) => (
          <>
            {i > 0 ? " · " : ""}
            <a
              href={`${props.path}${props.path.includes("?") ? "&" : "?"}table=${encodeURIComponent(table.id)}&format=${format}`}
              download={`${table.id}.${format}`}
              data-format={format}
            >
              {m[format]}
            </a>
          </>
        ))}
      </p>
    </figure>
  );
}

/** A cell of RFC 4180, never read as a formula by the spreadsheet that opens it. */
function csvCell(cell: string): string {
  const text = neutraliseFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with a byte-order mark, so that spreadsheet programs read the diacritics. */
export function tableToCsv(table: DataTable): string {
  return `\uFEFF${[table.header, ...table.rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

export function tableToJson(table: DataTable): string {
  return `${JSON.stringify({ title: table.caption, columns: table.header, rows: table.rows }, null, 2)}\n`;
}

const FIXED_DATE = new Date("2025-01-01T00:00:00Z");

export async function tableToXlsx(table: DataTable): Promise<Uint8Array> {
  const workbook = new (loadExcel().Workbook)();
  // A fixed date keeps the file, and so its ETag, the same for the same table.
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  const sheet = workbook.addWorksheet(table.id.slice(0, 31));
  // Every cell here is text (numbers as the page shows them): none may pass for a formula.
  sheet.addRow([neutraliseFormula(table.caption)]).font = { bold: true };
  sheet.addRow(table.header.map(neutraliseFormula)).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map(neutraliseFormula));
  table.header.forEach((h, i) => {
    const longest = Math.max(h.length, ...table.rows.map((r) => (r[i] ?? "").length));
    sheet.getColumn(i + 1).width = Math.min(60, Math.max(6, longest + 2));
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export const CONTENT_TYPE: Record<DownloadFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};
