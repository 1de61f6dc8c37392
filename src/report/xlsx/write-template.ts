/**
 * The Excel template of a unit, plan and period (biểu mẫu): the layout officers know — STT, Chỉ
 * tiêu, ĐVT, Kế hoạch, Thực hiện, % so KH, Đánh giá, Ghi chú — then the pair Mức (trên, khoảng,
 * gần, dưới) and Số liệu (Ước, Sơ bộ, Chính thức) as drop-down lists, then two hidden, locked
 * columns with the target id and indicator code so that an upload maps back exactly.
 *
 * Numbers are stored as numbers with a number format (`#,##0.00`) that Excel and LibreOffice
 * show in the reader's notation: 88.800,00 on a Vietnamese machine. % so KH is a formula whose
 * cached result is the percent src/domain computes, so the file shows the domain's figure before
 * any recalculation; Đánh giá is the domain's status for prefilled figures (chitieu judges
 * again on upload). Nothing here computes a percent or a status of its own.
 *
 * The data sheet is protected without a password: the lock keeps hands off the structure by
 * accident, not by force — the upload checks everything anyway.
 */
import type ExcelJS from "exceljs";
import { assessTarget } from "../../domain/assess-target.ts";
import { type DisplayLocale, formatNumber } from "../../domain/numbers.ts";
import { formatPeriod, parsePeriod } from "../../domain/periods.ts";
import { normalizeText } from "../../domain/text.ts";
import type {
  Direction,
  Indicator,
  ObservationStage,
  PlanKind,
  Qualifier,
  Target,
  TargetSpec,
} from "../../domain/types.ts";
import { findUnit } from "../../domain/units-of-measure.ts";
import { messages } from "../../i18n/messages.ts";
import { onFirstUse } from "../load-on-use.ts";
import { neutraliseFormula } from "../spreadsheet-text.ts";
import {
  COLUMN_KEYS,
  type ColumnKey,
  columnLetter,
  columnNumber,
  INPUT_COLUMNS,
  META_SHEET,
  type MetaKey,
  ROW,
  TEMPLATE_FORMAT,
  TEMPLATE_VERSION,
} from "./layout.ts";

const loadExcel = onFirstUse<typeof ExcelJS>("exceljs");

export interface TemplateRow {
  targetId: string;
  indicatorCode: string;
  /** Name in the template's language. */
  indicatorName: string;
  /** Unit of measure of the target (see units-of-measure.ts); shown in the template's language. */
  unit: string;
  spec: TargetSpec;
  direction: Direction;
  /** Decimals the indicator is shown with and its percent is judged at. */
  decimals: number;
  nearlyMetThreshold?: number;
  /** Replaces the figure shown under Kế hoạch for specs that are not one number. */
  targetText?: string;
  /** A figure already known (prefilled), in the target's unit. */
  actual?: number | boolean;
  qualifier?: Qualifier;
  stage?: ObservationStage;
  note?: string;
  /** A part of a composite target ("trong đó"): shown under its whole, marked so. */
  isPart?: boolean;
  /** The document that amended this target, when it is the amending one. */
  amendedBy?: string;
  /** A target a later one amended: kept in the template, marked not counted. */
  superseded?: boolean;
}

export interface TemplateInput {
  unit: { code: string; name: string };
  plan: { id: string; kind: PlanKind; title: string };
  /** Period code: 2023, 2023-Q3, 2023-YTD9, 2020-2025 (see periods.ts). */
  period: string;
  rows: readonly TemplateRow[];
}

const WIDTHS: Record<ColumnKey, number> = {
  no: 6,
  indicator: 48,
  unitOfMeasure: 12,
  target: 16,
  actual: 16,
  percent: 12,
  status: 14,
  note: 30,
  qualifier: 10,
  stage: 13,
  targetId: 24,
  indicatorCode: 24,
};

const THIN = { style: "thin" as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const INPUT_FILL = { type: "pattern" as const, pattern: "solid" as const, fgColor: { argb: "FFFFF9E0" } };

/** Number format with `decimals` digits; Excel shows it in the machine's notation (88.800,5). */
export function numberFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
}

function cell(row: ExcelJS.Row, key: ColumnKey): ExcelJS.Cell {
  return row.getCell(columnNumber(key));
}

/** The formula of % so KH for a row, and whether the domain prints a percent there at all. */
function percentFormula(spec: TargetSpec, direction: Direction, r: number): string | null {
  const actual = `${columnLetter(columnNumber("actual"))}${r}`;
  const target = `${columnLetter(columnNumber("target"))}${r}`;
  if (direction === "lower_better" || spec.kind === "lte") return null; // DOMAIN rule 1
  switch (spec.kind) {
    case "gte":
    case "eq":
    case "approx":
      return `IF(AND(ISNUMBER(${actual}),ISNUMBER(${target}),${target}<>0),${actual}/${target}*100,"")`;
    case "range":
      // The lower bound is the reference (DOMAIN rule 1); the cell above shows the range as text.
      return spec.lo === 0 ? null : `IF(ISNUMBER(${actual}),${actual}/${spec.lo}*100,"")`;
    case "reduce_pp":
    case "band":
    case "count_share":
    case "ordinal":
    case "boolean":
    case "unknown":
      // A reduction in points, a band or a rating has no "% of plan" (docs/assessment.md).
      return null;
  }
}

/** What Kế hoạch holds: a number when the spec is one figure, else its words. */
function targetCellValue(row: TemplateRow, locale: DisplayLocale): number | string {
  const m = messages(locale);
  if (row.targetText !== undefined) return normalizeText(row.targetText);
  const fmt = (v: number) => formatNumber(v, locale, { maxDecimals: Math.max(row.decimals, 2) });
  const spec = row.spec;
  switch (spec.kind) {
    case "gte":
      return spec.strict ? `> ${fmt(spec.value)}` : spec.value;
    case "eq":
      return spec.value;
    case "lte":
      return `${spec.strict ? "<" : "≤"} ${fmt(spec.value)}`;
    case "approx":
      return spec.tolerance === undefined
        ? `≈ ${fmt(spec.value)}`
        : `${fmt(spec.value)} ± ${fmt(spec.tolerance)}`;
    case "band":
      return `[${fmt(spec.lo)}–${fmt(spec.hi)}]`;
    case "count_share":
      return `${fmt(spec.count)}/${fmt(spec.of)}`;
    case "ordinal":
      return `≥ ${spec.atLeast}`;
    case "range":
      return `${fmt(spec.lo)}–${fmt(spec.hi)}`;
    case "reduce_pp":
      return `−${fmt(spec.points)} pp`;
    case "boolean":
      return m.xlsx.yes;
    case "unknown":
      return m.unknownTarget;
  }
}

/** The domain's judgement of a prefilled figure: the cached % so KH and the Đánh giá text. */
function judge(row: TemplateRow, planKind: PlanKind): { percent: number | null; status: string | null } {
  if (row.actual === undefined) return { percent: null, status: null };
  const indicator: Indicator = {
    code: row.indicatorCode,
    name: { vi: row.indicatorName, en: row.indicatorName },
    unit: row.unit,
    direction: row.direction,
    measure: "level",
    aggregation: { kind: "none" },
    decimals: row.decimals,
  };
  const target: Target = {
    id: row.targetId,
    indicatorCode: row.indicatorCode,
    planKind,
    unit: row.unit,
    spec: row.spec,
    ...(row.nearlyMetThreshold !== undefined ? { nearlyMetThreshold: row.nearlyMetThreshold } : {}),
  };
  const a = assessTarget({
    target,
    indicator,
    observations: [
      {
        id: "prefilled",
        indicatorCode: row.indicatorCode,
        value: row.actual,
        unit: row.unit,
        qualifier: row.qualifier ?? "exact",
        stage: row.stage ?? "estimate",
        revision: 1,
        recordedAt: "1970-01-01",
      },
    ],
  });
  return { percent: a.showPercent ? a.percent : null, status: a.status };
}

function writeMeta(workbook: ExcelJS.Workbook, values: Record<MetaKey, string>): void {
  const meta = workbook.addWorksheet(META_SHEET, { state: "veryHidden" });
  // Hidden, but a sheet all the same: the plan's title may not pass for a formula here either.
  for (const [key, value] of Object.entries(values)) meta.addRow([key, neutraliseFormula(value)]);
}

/** Text of the store in a cell: NFC, and never read as a formula (spreadsheet-text.ts). */
const cellText = (text: string) => neutraliseFormula(normalizeText(text));

/** Writes the template workbook; the Buffer is an .xlsx file. */
export async function writeTemplate(input: TemplateInput, locale: DisplayLocale): Promise<Buffer> {
  const m = messages(locale);
  const x = m.xlsx;
  const workbook = new (loadExcel().Workbook)();
  workbook.creator = "chitieu";
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  // Excel recalculates on opening, so % so KH follows what the officer types.
  workbook.calcProperties.fullCalcOnLoad = true;

  const lastColumn = columnLetter(columnNumber("stage"));
  const sheet = workbook.addWorksheet(x.sheetName, {
    views: [{ state: "frozen", xSplit: 2, ySplit: ROW.hint, showGridLines: true }],
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${ROW.header}:${ROW.hint}`,
      printArea: `A1:${lastColumn}${ROW.firstData + Math.max(input.rows.length, 1) - 1}`,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&C${x.pageFooter}` },
  });
  sheet.columns = COLUMN_KEYS.map((key) => ({ key, width: WIDTHS[key] }));
  sheet.getColumn(columnNumber("targetId")).hidden = true;
  sheet.getColumn(columnNumber("indicatorCode")).hidden = true;

  const period = formatPeriod(parsePeriod(input.period), locale);
  const titleLines: [number, string, boolean][] = [
    [ROW.title, x.title, true],
    [ROW.unit, `${x.unitLabel}: ${normalizeText(input.unit.name)}`, false],
    [ROW.plan, `${x.planLabel}: ${normalizeText(input.plan.title)}`, false],
    [ROW.period, `${x.periodLabel}: ${period}`, false],
    [ROW.instructions, x.instructions, false],
  ];
  for (const [r, text, bold] of titleLines) {
    sheet.mergeCells(`A${r}:${lastColumn}${r}`);
    const c = sheet.getCell(`A${r}`);
    c.value = cellText(text);
    c.font = { bold, size: bold ? 13 : 11, italic: r === ROW.instructions };
    c.alignment = { horizontal: bold ? "center" : "left", vertical: "middle", wrapText: true };
  }
  sheet.getRow(ROW.instructions).height = 30;

  const header = sheet.getRow(ROW.header);
  const hint = sheet.getRow(ROW.hint);
  COLUMN_KEYS.forEach((key, i) => {
    const h = cell(header, key);
    h.value = x.column[key];
    h.font = { bold: true };
    h.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    h.border = BORDER;
    h.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
    const n = cell(hint, key);
    n.value = key === "percent" ? x.columnHint.percent : `(${i + 1})`;
    n.font = { italic: true, size: 9 };
    n.alignment = { horizontal: "center" };
    n.border = BORDER;
  });
  header.height = 32;

  const qualifierList = x.qualifierChoices.map((q) => m.qualifier[q]).join(",");
  const stageList = (["estimate", "preliminary", "official"] as const).map((s) => x.stage[s]).join(",");

  input.rows.forEach((row, index) => {
    const r = ROW.firstData + index;
    const line = sheet.getRow(r);
    const { percent, status } = judge(row, input.plan.kind);
    const unitName = findUnit(row.unit)?.name[locale] ?? row.unit;

    cell(line, "no").value = index + 1;
    // The reader matches rows by their target id, so the name cell may say what the row is.
    const marks = [
      ...(row.amendedBy ? [m.amendedBy(row.amendedBy)] : []),
      ...(row.superseded ? [m.superseded] : []),
    ];
    cell(line, "indicator").value = cellText(
      `${row.isPart ? m.partPrefix : ""}${row.indicatorName}${marks.length > 0 ? ` (${marks.join("; ")})` : ""}`,
    );
    cell(line, "unitOfMeasure").value = cellText(unitName);
    const target = targetCellValue(row, locale);
    cell(line, "target").value = typeof target === "number" ? target : cellText(target);
    if (typeof target === "number") cell(line, "target").numFmt = numberFormat(row.decimals);

    const actual = cell(line, "actual");
    if (row.actual !== undefined) {
      actual.value = typeof row.actual === "boolean" ? (row.actual ? x.yes : x.no) : row.actual;
    }
    actual.numFmt = numberFormat(row.decimals);

    const formula = percentFormula(row.spec, row.direction, r);
    const pct = cell(line, "percent");
    if (formula) {
      pct.value = percent === null ? { formula } : { formula, result: percent };
      pct.numFmt = "#,##0.00";
    }
    if (status) cell(line, "status").value = m.status[status as keyof typeof m.status];

    if (row.actual !== undefined && row.qualifier && row.qualifier !== "exact") {
      cell(line, "qualifier").value = m.qualifier[row.qualifier];
    }
    if (row.actual !== undefined && row.stage) cell(line, "stage").value = x.stage[row.stage];
    if (row.note) cell(line, "note").value = cellText(row.note);
    // Codes may start with "-" or "@": the reader undoes the mark (restoreNeutralised).
    cell(line, "targetId").value = cellText(row.targetId);
    cell(line, "indicatorCode").value = cellText(row.indicatorCode);

    cell(line, "qualifier").dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [`"${qualifierList}"`],
      showInputMessage: true,
      prompt: x.qualifierPrompt,
      showErrorMessage: true,
      errorStyle: "stop",
      error: x.listError,
    };
    cell(line, "stage").dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [`"${stageList}"`],
      showInputMessage: true,
      prompt: x.stagePrompt,
      showErrorMessage: true,
      errorStyle: "stop",
      error: x.listError,
    };

    for (const key of COLUMN_KEYS) {
      const c = cell(line, key);
      c.border = BORDER;
      const isInput = INPUT_COLUMNS.includes(key);
      c.protection = { locked: !isInput };
      if (isInput) c.fill = INPUT_FILL;
      c.alignment = {
        vertical: "middle",
        wrapText: key === "indicator" || key === "note",
        horizontal: key === "no" ? "center" : key === "target" ? "right" : undefined,
      };
    }
  });

  await sheet.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    insertRows: false,
    deleteRows: false,
    insertColumns: false,
    deleteColumns: false,
    sort: false,
    autoFilter: false,
  });

  writeMeta(workbook, {
    format: TEMPLATE_FORMAT,
    version: String(TEMPLATE_VERSION),
    locale,
    sheet: x.sheetName,
    unitCode: input.unit.code,
    unitName: normalizeText(input.unit.name),
    planId: input.plan.id,
    planKind: input.plan.kind,
    planTitle: normalizeText(input.plan.title),
    period: input.period,
  });

  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}
