/**
 * Reads a filled template back (see write-template.ts). Everything is checked before anything is
 * returned: when `errors` is not empty, `entries` is empty, so a caller that writes the entries
 * in one transaction writes all of a file or none of it.
 *
 * Each error names the place — sheet, row, column and its header — and says what was expected:
 * `Sheet "Chỉ tiêu", row 9, column E (Thực hiện): expected a number such as 88.800 or 104,5,
 * got "nhiều"`. Figures typed as text in the template's notation ("88.800", "104,5") are read by
 * src/domain/numbers.ts; a formula counts by its cached result.
 */
import type ExcelJS from "exceljs";
import { type DisplayLocale, formatNumber, NumberFormatError, parseNumber } from "../../domain/numbers.ts";
import { normalizeText } from "../../domain/text.ts";
import { OBSERVATION_STAGES, type ObservationStage, type Qualifier } from "../../domain/types.ts";
import { messages } from "../../i18n/messages.ts";
import { onFirstUse } from "../load-on-use.ts";
import { restoreNeutralised } from "../spreadsheet-text.ts";
import {
  type AddCellError,
  type CellError,
  errorsOfSheet,
  type Scalar,
  scalarOf,
  scalarText,
} from "./cells.ts";
import {
  type ColumnKey,
  columnLetter,
  columnNumber,
  META_KEYS,
  META_SHEET,
  type MetaKey,
  READ_COLUMNS,
  ROW,
  TEMPLATE_FORMAT,
} from "./layout.ts";
import { checkZip, DEFAULT_ZIP_LIMITS, type ZipLimits, type ZipProblem } from "./zip-guard.ts";

const loadExcel = onFirstUse<typeof ExcelJS>("exceljs");

/** What the upload is for, from the store: the errors are judged against it. */
export interface ExpectedUpload {
  unitCode: string;
  planId: string;
  period: string;
  /** The plan's targets for the unit and period; `valueKind` "boolean" for yes/no targets. */
  targets: readonly { targetId: string; indicatorCode: string; valueKind?: "number" | "boolean" }[];
  /** Language of the error messages; defaults to the template's. */
  locale?: DisplayLocale;
  limits?: Partial<ZipLimits>;
}

/** One figure to write: an observation of the target's indicator, unit and period. */
export interface TemplateEntry {
  targetId: string;
  indicatorCode: string;
  /** The figure; null when the row has only a note. */
  value: number | boolean | null;
  qualifier: Qualifier;
  stage: ObservationStage | null;
  note: string | null;
  /** Row of the sheet it came from, for messages after the write. */
  row: number;
}

export type TemplateErrorCode =
  | ZipProblem["code"]
  | "unreadable"
  | "not_template"
  | "sheet_missing"
  | "unit_changed"
  | "plan_changed"
  | "period_changed"
  | "column_missing"
  | "not_a_number"
  | "not_yes_no"
  | "formula_without_result"
  | "formula_error"
  | "no_target_id"
  | "unknown_target"
  | "indicator_changed"
  | "duplicate_row"
  | "unknown_qualifier"
  | "unknown_stage"
  | "stage_required"
  | "detail_without_value";

export type TemplateError = CellError<TemplateErrorCode>;

export interface ReadResult {
  entries: TemplateEntry[];
  errors: TemplateError[];
}

function formatBytes(bytes: number, locale: DisplayLocale): string {
  return `${formatNumber(bytes / (1024 * 1024), locale, { maxDecimals: 1 })} MB`;
}

function zipMessage(p: ZipProblem, locale: DisplayLocale): string {
  const e = messages(locale).xlsx.errors;
  const b = (n: number) => formatBytes(n, locale);
  switch (p.code) {
    case "file_too_large":
      return e.fileTooLarge(b(p.size), b(p.limit));
    case "not_zip":
      return e.notZip;
    case "zip64":
      return e.zip64;
    case "encrypted":
      return e.encrypted(p.entry);
    case "unsupported_compression":
      return e.unsupportedCompression(p.entry, p.method);
    case "too_many_entries":
      return e.tooManyEntries(p.count, p.limit);
    case "uncompressed_too_large":
      return e.uncompressedTooLarge(b(p.size), b(p.limit));
    case "entry_too_large":
      return e.entryTooLarge(p.entry, b(p.size), b(p.limit));
    case "compression_ratio":
      return e.compressionRatio(p.entry, p.ratio, p.limit);
    case "inflates_beyond_declared":
      return e.inflatesBeyondDeclared(p.entry);
  }
}

/** A failure of the whole file: no sheet, row or column to name. */
function failWhole(code: TemplateErrorCode, message: string, locale: DisplayLocale): ReadResult {
  return {
    entries: [],
    errors: [
      {
        code,
        sheet: null,
        row: null,
        column: null,
        columnName: null,
        message: `${messages(locale).xlsx.errors.at(null, null, null, null)}: ${message}`,
      },
    ],
  };
}

type XlsxMessages = ReturnType<typeof messages>["xlsx"];
type AddError = AddCellError<TemplateErrorCode>;

/** Which template the file is: the very hidden sheet written with it, key by key. */
function readMeta(workbook: ExcelJS.Workbook): (key: MetaKey) => string {
  const meta = new Map<string, string>();
  workbook.getWorksheet(META_SHEET)?.eachRow((row) => {
    const key = scalarText(scalarOf(row.getCell(1).value));
    if ((META_KEYS as readonly string[]).includes(key))
      meta.set(key, restoreNeutralised(scalarText(scalarOf(row.getCell(2).value))));
  });
  return (key) => meta.get(key) ?? "";
}

/** The same unit, plan and period as the upload is for; each one changed is an error. */
function checkIdentity(
  metaOf: (key: MetaKey) => string,
  expected: ExpectedUpload,
  x: XlsxMessages,
  ml: XlsxMessages,
  add: AddError,
): void {
  const identity: [TemplateErrorCode, number, string, string, string, string, string][] = [
    [
      "unit_changed",
      ROW.unit,
      x.unitLabel,
      `${metaOf("unitName")} (${metaOf("unitCode")})`,
      expected.unitCode,
      metaOf("unitCode"),
      ml.unitLabel,
    ],
    [
      "plan_changed",
      ROW.plan,
      x.planLabel,
      metaOf("planTitle"),
      expected.planId,
      metaOf("planId"),
      ml.planLabel,
    ],
    [
      "period_changed",
      ROW.period,
      x.periodLabel,
      metaOf("period"),
      expected.period,
      metaOf("period"),
      ml.periodLabel,
    ],
  ];
  // `label` names the row as the sheet does; `what` names it in the language of the messages.
  for (const [code, row, label, shown, want, found, what] of identity) {
    if (found !== want) add(code, row, 1, label, ml.errors.changed(what.toLowerCase(), shown, want));
  }
}

/** The columns by their headers, so that a moved column is still found; a missing one is an error. */
function findColumns(sheet: ExcelJS.Worksheet, x: XlsxMessages, add: AddError): Map<ColumnKey, number> {
  const e = x.errors;
  const columns = new Map<ColumnKey, number>();
  const wanted = new Map(READ_COLUMNS.map((k) => [normalizeText(x.column[k]).toLowerCase(), k]));
  sheet.getRow(ROW.header).eachCell((c, col) => {
    const key = wanted.get(scalarText(scalarOf(c.value)).toLowerCase());
    if (key && !columns.has(key)) columns.set(key, col);
  });
  for (const key of READ_COLUMNS) {
    if (!columns.has(key)) {
      const at = columnNumber(key);
      add("column_missing", ROW.header, at, x.column[key], e.columnMissing(x.column[key], columnLetter(at)));
    }
  }
  return columns;
}

/** The words an officer may type in the template's language, and the choices to name in errors. */
function vocabularyOf(templateLocale: DisplayLocale) {
  const x = messages(templateLocale).xlsx;
  const qualifierWords = new Map<string, Qualifier>();
  for (const [q, word] of Object.entries(messages(templateLocale).qualifier)) {
    if (word) qualifierWords.set(word.toLowerCase(), q as Qualifier);
  }
  for (const [alias, q] of Object.entries(x.qualifierAliases)) qualifierWords.set(alias.toLowerCase(), q);
  const stageWords = new Map<string, ObservationStage>();
  for (const s of OBSERVATION_STAGES) stageWords.set(x.stage[s].toLowerCase(), s);
  for (const [alias, s] of Object.entries(x.stageAliases)) stageWords.set(alias.toLowerCase(), s);
  return {
    qualifierWords,
    stageWords,
    qualifierChoices: x.qualifierChoices.map((q) => messages(templateLocale).qualifier[q]).join(", "),
    stageChoices: OBSERVATION_STAGES.map((s) => x.stage[s]).join(", "),
    // Examples in the template's notation, which is how the officer types.
    examples: [formatNumber(88800, templateLocale), formatNumber(104.5, templateLocale)] as const,
    numberStyle: templateLocale === "en" ? ("en" as const) : ("vi" as const),
  };
}
type Vocabulary = ReturnType<typeof vocabularyOf>;

type TemplateTarget = ExpectedUpload["targets"][number];

/** What one row's cells say, and where to report about them. */
interface RowContext {
  r: number;
  target: TemplateTarget;
  col: (key: ColumnKey) => number;
  x: XlsxMessages;
  e: XlsxMessages["errors"];
  words: Vocabulary;
  add: AddError;
}

/** The value of the "actual" cell: a number, yes/no for a boolean target, or null when empty. */
function readActual(
  actual: Scalar,
  { r, target, col, x, e, words, add }: RowContext,
): number | boolean | null {
  const at: [number, string] = [col("actual"), x.column.actual];
  switch (actual.kind) {
    case "empty":
      return null;
    case "number":
      return target.valueKind === "boolean" ? actual.value !== 0 : actual.value;
    case "boolean":
      if (target.valueKind === "boolean") return actual.value;
      add("not_a_number", r, ...at, e.notANumber(...words.examples, scalarText(actual)));
      return null;
    case "text":
      if (target.valueKind === "boolean") {
        const word = actual.text.toLowerCase();
        if (word === x.yes.toLowerCase()) return true;
        if (word === x.no.toLowerCase()) return false;
        add("not_yes_no", r, ...at, e.notYesNo(x.yes, x.no, actual.text));
        return null;
      }
      try {
        return parseNumber(actual.text, words.numberStyle);
      } catch (error) {
        if (!(error instanceof NumberFormatError)) throw error;
        add("not_a_number", r, ...at, e.notANumber(...words.examples, actual.text));
        return null;
      }
    case "date":
      add("not_a_number", r, ...at, e.notANumber(...words.examples, scalarText(actual)));
      return null;
    case "error":
      add("formula_error", r, ...at, e.formulaError(actual.error));
      return null;
    case "no_result":
      add("formula_without_result", r, ...at, e.formulaWithoutResult);
      return null;
  }
}

/** The qualifier (exact when empty) and the stage of a filled row, and what they need. */
function readDetails(
  cells: { actual: Scalar; qualifier: Scalar; stage: Scalar },
  { r, col, x, e, words, add }: RowContext,
): { qualifier: Qualifier; stage: ObservationStage | null } {
  const { actual, qualifier, stage } = cells;
  let q: Qualifier = "exact";
  if (qualifier.kind !== "empty") {
    const known = words.qualifierWords.get(scalarText(qualifier).toLowerCase());
    if (known) q = known;
    else
      add(
        "unknown_qualifier",
        r,
        col("qualifier"),
        x.column.qualifier,
        e.unknownQualifier(scalarText(qualifier), words.qualifierChoices),
      );
  }
  let s: ObservationStage | null = null;
  if (stage.kind !== "empty") {
    const known = words.stageWords.get(scalarText(stage).toLowerCase());
    if (known) s = known;
    else
      add(
        "unknown_stage",
        r,
        col("stage"),
        x.column.stage,
        e.unknownStage(scalarText(stage), words.stageChoices),
      );
  }
  if (actual.kind === "empty") {
    if (qualifier.kind !== "empty")
      add(
        "detail_without_value",
        r,
        col("qualifier"),
        x.column.qualifier,
        e.detailWithoutValue(x.column.actual),
      );
    if (stage.kind !== "empty")
      add("detail_without_value", r, col("stage"), x.column.stage, e.detailWithoutValue(x.column.actual));
  } else if (stage.kind === "empty") {
    add("stage_required", r, col("stage"), x.column.stage, e.stageRequired(words.stageChoices));
  }
  return { qualifier: q, stage: s };
}

/** Reads an uploaded .xlsx against what the upload is for. */
export async function readFilledTemplate(buffer: Buffer, expected: ExpectedUpload): Promise<ReadResult> {
  const limits = { ...DEFAULT_ZIP_LIMITS, ...expected.limits };
  const fileLocale = expected.locale ?? "vi";

  const problem = checkZip(buffer, limits);
  if (problem) return failWhole(problem.code, zipMessage(problem, fileLocale), fileLocale);

  const workbook = new (loadExcel().Workbook)();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failWhole("unreadable", messages(fileLocale).xlsx.errors.unreadable(reason), fileLocale);
  }

  const metaOf = readMeta(workbook);
  if (metaOf("format") !== TEMPLATE_FORMAT) {
    return failWhole("not_template", messages(fileLocale).xlsx.errors.notTemplate, fileLocale);
  }
  const templateLocale: DisplayLocale = metaOf("locale") === "en" ? "en" : "vi";
  const locale = expected.locale ?? templateLocale;
  const x = messages(templateLocale).xlsx;
  const e = messages(locale).xlsx.errors;
  const sheetName = metaOf("sheet");
  const { errors, add } = errorsOfSheet<TemplateErrorCode>(sheetName, e);

  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) return failWhole("sheet_missing", e.sheetMissing(sheetName), locale);

  checkIdentity(metaOf, expected, x, messages(locale).xlsx, add);
  if (errors.length > 0) return { entries: [], errors };

  const columns = findColumns(sheet, { ...x, errors: e }, add);
  if (errors.length > 0) return { entries: [], errors };
  const col = (key: ColumnKey) => columns.get(key)!;

  const targets = new Map(expected.targets.map((t) => [t.targetId, t]));
  const words = vocabularyOf(templateLocale);
  const entries: TemplateEntry[] = [];
  const seen = new Map<string, number>();
  for (let r = ROW.firstData; r <= sheet.rowCount; r++) {
    const line = sheet.getRow(r);
    const read = (key: ColumnKey) => scalarOf(line.getCell(col(key)).value);
    // The writer marked text that could pass for a formula (spreadsheet-text.ts): unmark it.
    const id = restoreNeutralised(scalarText(read("targetId")));
    const code = restoreNeutralised(scalarText(read("indicatorCode")));
    const cells = { actual: read("actual"), qualifier: read("qualifier"), stage: read("stage") };
    const note = read("note");
    const filled = [cells.actual, cells.qualifier, cells.stage, note].some((s) => s.kind !== "empty");
    if (id === "") {
      if (filled) add("no_target_id", r, col("targetId"), x.column.targetId, e.noTargetId);
      continue;
    }
    const target = targets.get(id);
    if (!target) {
      add("unknown_target", r, col("targetId"), x.column.targetId, e.unknownTarget(id));
      continue;
    }
    if (code !== target.indicatorCode) {
      add(
        "indicator_changed",
        r,
        col("indicatorCode"),
        x.column.indicatorCode,
        e.indicatorChanged(code, target.indicatorCode),
      );
    }
    const first = seen.get(id);
    if (first !== undefined) {
      add("duplicate_row", r, col("targetId"), x.column.targetId, e.duplicateRow(id, first));
      continue;
    }
    seen.set(id, r);
    if (!filled) continue;

    const errorsBefore = errors.length;
    const context: RowContext = { r, target, col, x, e, words, add };
    const value = readActual(cells.actual, context);
    const { qualifier, stage } = readDetails(cells, context);
    if (errors.length > errorsBefore) continue;
    entries.push({
      targetId: id,
      indicatorCode: target.indicatorCode,
      value,
      qualifier,
      stage,
      note: note.kind === "empty" ? null : restoreNeutralised(scalarText(note)),
      row: r,
    });
  }
  return errors.length > 0 ? { entries: [], errors } : { entries, errors };
}
