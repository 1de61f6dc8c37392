/**
 * Reading cells of an uploaded .xlsx the house way (see read-filled-template.ts): what a cell
 * shows (a formula by its cached result, rich text joined, text NFC), and errors that name their
 * place (sheet, row, column and its header) before saying what was expected.
 */
import type ExcelJS from "exceljs";
import { normalizeText } from "../../domain/text.ts";
import type { messages } from "../../i18n/messages.ts";
import { columnLetter } from "./layout.ts";

export interface CellError<C extends string = string> {
  code: C;
  sheet: string | null;
  row: number | null;
  /** Column letter, "E". */
  column: string | null;
  /** The column's header as the sheet shows it, "Thực hiện". */
  columnName: string | null;
  /** The whole sentence, place first. */
  message: string;
}

export type AddCellError<C extends string = string> = (
  code: C,
  row: number | null,
  column: number | null,
  columnName: string | null,
  message: string,
) => void;

export type Scalar =
  | { kind: "empty" }
  | { kind: "number"; value: number }
  | { kind: "text"; text: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "date"; value: Date }
  | { kind: "error"; error: string }
  | { kind: "no_result" };

/** The value a cell shows: a formula by its cached result, rich text joined. */
export function scalarOf(value: ExcelJS.CellValue): Scalar {
  if (value === null || value === undefined) return { kind: "empty" };
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "string") {
    const text = normalizeText(value);
    return text === "" ? { kind: "empty" } : { kind: "text", text };
  }
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (value instanceof Date) return { kind: "date", value };
  if ("error" in value) return { kind: "error", error: value.error };
  if ("richText" in value) return scalarOf(value.richText.map((r) => r.text).join(""));
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined ? { kind: "no_result" } : scalarOf(result as ExcelJS.CellValue);
  }
  if ("hyperlink" in value) return scalarOf(value.text);
  return { kind: "text", text: String(value) };
}

export function scalarText(s: Scalar): string {
  switch (s.kind) {
    case "empty":
    case "no_result":
      return "";
    case "number":
      return String(s.value);
    case "text":
      return s.text;
    case "boolean":
      return String(s.value);
    case "date":
      return s.value.toISOString().slice(0, 10);
    case "error":
      return s.error;
  }
}

/** The errors of one sheet, each message prefixed with where it is. */
export function errorsOfSheet<C extends string>(
  sheetName: string,
  e: ReturnType<typeof messages>["xlsx"]["errors"],
): { errors: CellError<C>[]; add: AddCellError<C> } {
  const errors: CellError<C>[] = [];
  const add: AddCellError<C> = (code, row, column, columnName, message) => {
    const letter = column === null ? null : columnLetter(column);
    errors.push({
      code,
      sheet: sheetName,
      row,
      column: letter,
      columnName,
      message: `${e.at(sheetName, row, letter, columnName)}: ${message}`,
    });
  };
  return { errors, add };
}
