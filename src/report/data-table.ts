/**
 * A table of text cells — caption, header, rows — and its files: CSV, XLSX and JSON of exactly
 * those cells. The public pages render it (src/http/web/table.tsx) and offer the same cells as
 * downloads; the workspace's reporting board writes its files through it too. A spreadsheet cell
 * which could pass for a formula starts with an apostrophe (spreadsheet-text.ts).
 */
import type ExcelJS from "exceljs";
import type { Child } from "hono/jsx";
import { onFirstUse } from "./load-on-use.ts";
import { neutraliseFormula } from "./spreadsheet-text.ts";

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
