/**
 * The assignment matrix as one .xlsx sheet (biểu giao chỉ tiêu): a row per unit (code, name), a
 * column per indicator (name and unit above, its code on the row below, the assigning unit's own
 * target on the next), a cell per assigned figure, typed as a number or as target words ("≥ 95",
 * "7,5 - 8"). Reading checks the whole sheet: each error names row and column.
 */
import type ExcelJS from "exceljs";
import { type DisplayLocale, formatNumber } from "../../domain/numbers.ts";
import { messages } from "../../i18n/messages.ts";
import { onFirstUse } from "../load-on-use.ts";
import { neutraliseFormula as neutralise, restoreNeutralised } from "../spreadsheet-text.ts";
import { type CellError, errorsOfSheet, scalarOf, scalarText } from "./cells.ts";
import { checkZip, DEFAULT_ZIP_LIMITS } from "./zip-guard.ts";

const loadExcel = onFirstUse<typeof ExcelJS>("exceljs");

const LABELS = {
  vi: {
    sheet: "Giao chỉ tiêu",
    unitCode: "Mã đơn vị",
    unit: "Đơn vị",
    codes: "Mã chỉ tiêu",
    own: "Chỉ tiêu của",
  },
  en: {
    sheet: "Assignment",
    unitCode: "Unit code",
    unit: "Unit",
    codes: "Indicator code",
    own: "Own target of",
  },
} as const;
const FIRST_UNIT_ROW = 5;
const FIRST_INDICATOR_COLUMN = 3;

export interface SheetIndicator {
  code: string;
  name: string;
  unit: string;
}

export interface AssignmentSheet {
  title: string;
  parentName: string;
  indicators: readonly SheetIndicator[];
  units: readonly { code: string; name: string }[];
  /** Written as target words: "≥ 400" or "400". */
  own: Record<string, string>;
  cells: Record<string, Record<string, string>>;
}

export function writeAssignmentSheet(sheetData: AssignmentSheet, locale: DisplayLocale): Promise<Buffer> {
  const l = LABELS[locale];
  const workbook = new (loadExcel().Workbook)();
  const sheet = workbook.addWorksheet(l.sheet);
  sheet.getRow(1).getCell(1).value = neutralise(sheetData.title);
  const codes = sheetData.indicators.map((i) => i.code);
  sheet.getRow(2).values = [
    l.unitCode,
    l.unit,
    ...sheetData.indicators.map((i) => neutralise(`${i.name} (${i.unit})`)),
  ];
  sheet.getRow(3).values = [l.codes, "", ...codes.map(neutralise)];
  sheet.getRow(4).values = [
    "",
    `${l.own} ${sheetData.parentName}`,
    ...codes.map((c) => sheetData.own[c] ?? ""),
  ];
  sheetData.units.forEach((u, i) => {
    sheet.getRow(FIRST_UNIT_ROW + i).values = [
      neutralise(u.code),
      neutralise(u.name),
      ...codes.map((c) => sheetData.cells[u.code]?.[c] ?? null),
    ];
  });
  sheet.getColumn(2).width = 24;
  return workbook.xlsx.writeBuffer().then((b) => Buffer.from(b as ArrayBuffer));
}

export type SheetErrorCode =
  | "unreadable"
  | "file_refused"
  | "no_header_row"
  | "unknown_indicator_code"
  | "unknown_unit_code"
  | "duplicate_unit"
  | "formula_error"
  | "formula_without_result"
  | "figure_missing";

export type SheetError = CellError<SheetErrorCode>;

/** A filled cell: its figure as words for the target reader ("400", "≤ 1", "giảm 0,5"). */
export interface ReadCell {
  unit: string;
  indicator: string;
  words: string;
  row: number;
  column: number;
  columnName: string | null;
}

/**
 * Reads a filled sheet against the units and indicators it may name; the caller reads each
 * cell's words into a target and reports what they cannot give at the cell. The cells of the
 * good rows come back beside the errors, so that one pass names every fault; with any error the
 * caller writes nothing.
 */
export async function readAssignmentSheet(
  buffer: Buffer,
  expected: {
    units: readonly string[];
    indicators: readonly SheetIndicator[];
    parentName: string;
    locale: DisplayLocale;
  },
): Promise<{ sheet: string; cells: ReadCell[]; errors: SheetError[] }> {
  const m = messages(expected.locale).xlsx.errors;
  const whole = (code: SheetErrorCode, message: string) => ({
    sheet: "",
    cells: [],
    errors: [
      {
        code,
        sheet: null,
        row: null,
        column: null,
        columnName: null,
        message: `${m.at(null, null, null, null)}: ${message}`,
      },
    ],
  });
  if (checkZip(buffer, DEFAULT_ZIP_LIMITS)) return whole("file_refused", m.notZip);
  const workbook = new (loadExcel().Workbook)();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch (error) {
    return whole("unreadable", m.unreadable(error instanceof Error ? error.message : String(error)));
  }
  const sheet = workbook.worksheets[0];
  const codesLabel: string[] = [LABELS.vi.codes, LABELS.en.codes];
  const text = (r: number, c: number) =>
    restoreNeutralised(scalarText(scalarOf(sheet?.getRow(r).getCell(c).value ?? null))).trim();
  if (!sheet || !codesLabel.includes(text(3, 1)))
    return whole("no_header_row", m.noHeaderRow(`"${LABELS[expected.locale].codes}"`));
  const { errors, add } = errorsOfSheet<SheetErrorCode>(sheet.name, m);
  const byCode = new Map(expected.indicators.map((i) => [i.code, i]));
  const columns: { col: number; indicator: SheetIndicator }[] = [];
  for (let c = FIRST_INDICATOR_COLUMN; c <= sheet.columnCount; c++) {
    const code = text(3, c);
    if (!code) continue;
    const indicator = byCode.get(code);
    if (indicator) columns.push({ col: c, indicator });
    else add("unknown_indicator_code", 3, c, text(2, c) || null, m.unknownIndicatorCode(code));
  }
  const units = new Set(expected.units);
  const seen = new Map<string, number>();
  const cells: ReadCell[] = [];
  for (let r = FIRST_UNIT_ROW; r <= sheet.rowCount; r++) {
    const code = text(r, 1);
    if (!code) continue;
    if (!units.has(code)) {
      add("unknown_unit_code", r, 1, text(2, 1), m.unknownUnitCode(code, expected.parentName));
      continue;
    }
    const first = seen.get(code);
    if (first !== undefined) {
      add("duplicate_unit", r, 1, text(2, 1), m.duplicateUnit(code, first));
      continue;
    }
    seen.set(code, r);
    for (const { col, indicator } of columns) {
      const value = scalarOf(sheet.getRow(r).getCell(col).value);
      const header = text(2, col) || null;
      if (value.kind === "empty") continue;
      if (value.kind === "error") {
        add("formula_error", r, col, header, m.formulaError(value.error));
        continue;
      }
      if (value.kind === "no_result") {
        add("formula_without_result", r, col, header, m.formulaWithoutResult);
        continue;
      }
      const words =
        value.kind === "number" ? formatNumber(value.value, "vi", { maxDecimals: 10 }) : scalarText(value);
      cells.push({ unit: code, indicator: indicator.code, words, row: r, column: col, columnName: header });
    }
  }
  return { sheet: sheet.name, cells, errors };
}
