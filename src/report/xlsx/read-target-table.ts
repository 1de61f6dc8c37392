/**
 * Reads the target table officers keep (biểu chỉ tiêu): STT | Chỉ tiêu | ĐVT | Kế hoạch | Ghi chú,
 * found by its header row wherever it stands in the first rows; group headings ("I. Chỉ tiêu kinh
 * tế", a row with no figure) name the group of the rows under them; detail rows ("Trong đó:", a
 * row numbered "-", "+", "a)" or starting "- ") are parts of the target above them. Everything is
 * checked before anything is returned: with errors, `targets` is empty. Each error names sheet,
 * row and column.
 */
import type ExcelJS from "exceljs";
import { type DisplayLocale, formatNumber } from "../../domain/numbers.ts";
import { textKey } from "../../domain/text.ts";
import { messages } from "../../i18n/messages.ts";
import { onFirstUse } from "../load-on-use.ts";
import { restoreNeutralised } from "../spreadsheet-text.ts";
import { type CellError, errorsOfSheet, type Scalar, scalarOf, scalarText } from "./cells.ts";
import { checkZip, DEFAULT_ZIP_LIMITS } from "./zip-guard.ts";

const loadExcel = onFirstUse<typeof ExcelJS>("exceljs");

export type TableErrorCode =
  | "unreadable"
  | "file_refused"
  | "no_header_row"
  | "part_without_whole"
  | "no_target_value"
  | "formula_error"
  | "formula_without_result"
  | "no_indicator"
  | "unknown_unit_of_measure"
  | "unit_mismatch"
  | "figure_missing"
  | "note_too_long";

export type TableError = CellError<TableErrorCode>;

/** The columns of the table, by the words of their headers. */
export const TABLE_COLUMNS = ["no", "indicator", "unitOfMeasure", "target", "note"] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

const HEADERS: Record<TableColumn, RegExp> = {
  no: /^(?:stt|tt|số tt|số thứ tự)$/u,
  indicator: /^(?:tên )?(?:chỉ tiêu|nội dung)(?: chủ yếu)?$/u,
  unitOfMeasure: /^(?:đvt|đơn vị tính|đơn vị)$/u,
  target: /^(?:kế hoạch|kh|chỉ tiêu kế hoạch|mục tiêu)(?:\s+(?:năm\s+)?\d{4}(?:\s*[-–]\s*\d{4})?)?$/u,
  note: /^ghi chú$/u,
};

export interface TableCell {
  row: number;
  /** The target's name as the table writes it. */
  name: string;
  /** ĐVT as written, or null. */
  unit: string | null;
  /** The planned figure as words the target reader takes ("88.800", "≥ 95", "7,5 - 8", "Đạt"). */
  figure: string;
  note: string | null;
}

export interface TableTarget extends TableCell {
  /** The group heading above it ("I. Chỉ tiêu kinh tế"), or null. */
  group: string | null;
  /** Detail rows: parts of this target. A target with parts may have no figure of its own. */
  parts: TableCell[];
}

export interface TableRead {
  sheet: string;
  /** Column number of each column found (1-based), and its header as the sheet writes it. */
  columns: Record<TableColumn, number | null>;
  headers: Record<TableColumn, string | null>;
  targets: TableTarget[];
  errors: TableError[];
}

const PART_MARK = /^(?:[-–—+*•]|[a-zđ][.)]?)$/u;
const PART_PREFIX = /^(?:[-–—+*•]\s*|trong đó\s*:?\s*)/iu;
const IN_WHICH = /^(?:\(?\s*)?trong đó\s*:?\s*\)?$/iu;

/** A figure cell as words: a number the Vietnamese way, text as typed. */
function figureOf(cell: Scalar): string {
  return cell.kind === "number" ? formatNumber(cell.value, "vi", { maxDecimals: 10 }) : scalarText(cell);
}

function textOf(cell: Scalar): string {
  return restoreNeutralised(scalarText(cell)).trim();
}

function findHeader(
  sheet: ExcelJS.Worksheet,
): { row: number; columns: Record<TableColumn, number | null> } | null {
  for (let r = 1; r <= Math.min(15, sheet.rowCount); r++) {
    const columns: Record<TableColumn, number | null> = {
      no: null,
      indicator: null,
      unitOfMeasure: null,
      target: null,
      note: null,
    };
    sheet.getRow(r).eachCell((c, col) => {
      const words = textKey(scalarText(scalarOf(c.value)));
      for (const key of TABLE_COLUMNS) {
        if (columns[key] === null && HEADERS[key].test(words)) {
          columns[key] = col;
          break;
        }
      }
    });
    if (columns.indicator !== null && columns.target !== null) return { row: r, columns };
  }
  return null;
}

/** Reads the first sheet having the table's header row. */
export async function readTargetTable(buffer: Buffer, locale: DisplayLocale = "vi"): Promise<TableRead> {
  const m = messages(locale).xlsx;
  const whole = (code: TableErrorCode, message: string): TableRead => ({
    sheet: "",
    columns: { no: null, indicator: null, unitOfMeasure: null, target: null, note: null },
    headers: { no: null, indicator: null, unitOfMeasure: null, target: null, note: null },
    targets: [],
    errors: [
      {
        code,
        sheet: null,
        row: null,
        column: null,
        columnName: null,
        message: `${m.errors.at(null, null, null, null)}: ${message}`,
      },
    ],
  });
  const problem = checkZip(buffer, DEFAULT_ZIP_LIMITS);
  if (problem) return whole("file_refused", m.errors.notZip);
  const workbook = new (loadExcel().Workbook)();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch (error) {
    return whole("unreadable", m.errors.unreadable(error instanceof Error ? error.message : String(error)));
  }
  let found: { sheet: ExcelJS.Worksheet; header: NonNullable<ReturnType<typeof findHeader>> } | null = null;
  for (const sheet of workbook.worksheets) {
    const header = findHeader(sheet);
    if (header) {
      found = { sheet, header };
      break;
    }
  }
  const names = `"${m.column.indicator}", "${m.column.target}"`;
  if (!found) return whole("no_header_row", m.errors.noHeaderRow(names));

  const { sheet, header } = found;
  const { columns } = header;
  const { errors, add } = errorsOfSheet<TableErrorCode>(sheet.name, m.errors);
  const headerName = (key: TableColumn) =>
    columns[key] === null ? null : textOf(scalarOf(sheet.getRow(header.row).getCell(columns[key]!).value));
  const at = (key: TableColumn) => [columns[key], headerName(key)] as const;
  const targets: TableTarget[] = [];
  let group: string | null = null;
  let inWhich = false;

  for (let r = header.row + 1; r <= sheet.rowCount; r++) {
    const line = sheet.getRow(r);
    const cell = (key: TableColumn) =>
      columns[key] === null ? ({ kind: "empty" } as Scalar) : scalarOf(line.getCell(columns[key]!).value);
    const no = textOf(cell("no"));
    const rawName = textOf(cell("indicator"));
    const figure = cell("target");
    if (!rawName && figure.kind === "empty") continue;
    // A column-number row under the header ("(1) (2) (3)") says nothing.
    if (/^\(?\d+\)?$/u.test(rawName) && (figure.kind === "empty" || /^\(\d+\)$/u.test(scalarText(figure))))
      continue;
    if (figure.kind === "error") {
      add("formula_error", r, ...at("target"), m.errors.formulaError(figure.error));
      continue;
    }
    if (figure.kind === "no_result") {
      add("formula_without_result", r, ...at("target"), m.errors.formulaWithoutResult);
      continue;
    }
    const empty = figure.kind === "empty";
    if (IN_WHICH.test(rawName) && empty) {
      if (targets.length === 0) add("part_without_whole", r, ...at("indicator"), m.errors.partWithoutWhole);
      inWhich = true;
      continue;
    }
    const isPart =
      PART_MARK.test(no) || (!/^\d/u.test(no) && (PART_PREFIX.test(rawName) || (inWhich && !no)));
    // A row with no figure and no number of its own is a group heading ("I. Chỉ tiêu kinh tế");
    // a numbered one is a target whose figures are its parts below (checked after the rows).
    if (empty && !isPart && !/^\d/u.test(no)) {
      group = `${no ? `${no} ` : ""}${rawName}`.trim();
      inWhich = false;
      continue;
    }
    const unit = textOf(cell("unitOfMeasure")) || null;
    const note = textOf(cell("note")) || null;
    const item: TableCell = {
      row: r,
      name: isPart ? rawName.replace(PART_PREFIX, "").trim() : rawName,
      unit,
      figure: empty ? "" : figureOf(figure),
      note,
    };
    if (isPart) {
      const whole = targets.at(-1);
      if (!whole) {
        add("part_without_whole", r, ...at("indicator"), m.errors.partWithoutWhole);
        continue;
      }
      if (empty) {
        add("no_target_value", r, ...at("target"), m.errors.noTargetValue);
        continue;
      }
      whole.parts.push(item);
      continue;
    }
    inWhich = false;
    targets.push({ ...item, group, parts: [] });
  }
  for (const t of targets) {
    if (t.figure === "" && t.parts.length === 0)
      add("no_target_value", t.row, ...at("target"), m.errors.noTargetValue);
  }
  const headers = Object.fromEntries(TABLE_COLUMNS.map((k) => [k, headerName(k)])) as TableRead["headers"];
  return { sheet: sheet.name, columns, headers, targets: errors.length > 0 ? [] : targets, errors };
}
