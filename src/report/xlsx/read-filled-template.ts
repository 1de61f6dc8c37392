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

export interface TemplateError {
  code: TemplateErrorCode;
  sheet: string | null;
  row: number | null;
  /** Column letter, "E". */
  column: string | null;
  /** The column's header as the sheet shows it, "Thực hiện". */
  columnName: string | null;
  /** The whole sentence, place first. */
  message: string;
}

export interface ReadResult {
  entries: TemplateEntry[];
  errors: TemplateError[];
}

type Scalar =
  | { kind: "empty" }
  | { kind: "number"; value: number }
  | { kind: "text"; text: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "date"; value: Date }
  | { kind: "error"; error: string }
  | { kind: "no_result" };

/** The value a cell shows: a formula by its cached result, rich text joined. */
function scalarOf(value: ExcelJS.CellValue): Scalar {
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

function scalarText(s: Scalar): string {
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

/** Reads an uploaded .xlsx against what the upload is for. */
export async function readFilledTemplate(buffer: Buffer, expected: ExpectedUpload): Promise<ReadResult> {
  const limits = { ...DEFAULT_ZIP_LIMITS, ...expected.limits };
  const fileLocale = expected.locale ?? "vi";
  const fail = (code: TemplateErrorCode, message: string, locale: DisplayLocale): ReadResult => ({
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
  });

  const problem = checkZip(buffer, limits);
  if (problem) return fail(problem.code, zipMessage(problem, fileLocale), fileLocale);

  const workbook = new (loadExcel().Workbook)();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail("unreadable", messages(fileLocale).xlsx.errors.unreadable(reason), fileLocale);
  }

  // Which template: the very hidden sheet written with it.
  const metaSheet = workbook.getWorksheet(META_SHEET);
  const meta = new Map<string, string>();
  metaSheet?.eachRow((row) => {
    const key = scalarText(scalarOf(row.getCell(1).value));
    if ((META_KEYS as readonly string[]).includes(key))
      meta.set(key, restoreNeutralised(scalarText(scalarOf(row.getCell(2).value))));
  });
  const metaOf = (key: MetaKey) => meta.get(key) ?? "";
  if (metaOf("format") !== TEMPLATE_FORMAT) {
    return fail("not_template", messages(fileLocale).xlsx.errors.notTemplate, fileLocale);
  }
  const templateLocale: DisplayLocale = metaOf("locale") === "en" ? "en" : "vi";
  const locale = expected.locale ?? templateLocale;
  const x = messages(templateLocale).xlsx;
  const e = messages(locale).xlsx.errors;
  const sheetName = metaOf("sheet");
  const errors: TemplateError[] = [];
  const add = (
    code: TemplateErrorCode,
    row: number | null,
    column: number | null,
    columnName: string | null,
    message: string,
  ) => {
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

  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) return fail("sheet_missing", e.sheetMissing(sheetName), locale);

  // The same unit, plan and period as the upload is for.
  const identity: [TemplateErrorCode, number, string, string, string][] = [
    [
      "unit_changed",
      ROW.unit,
      x.unitLabel,
      `${metaOf("unitName")} (${metaOf("unitCode")})`,
      expected.unitCode,
    ],
    ["plan_changed", ROW.plan, x.planLabel, metaOf("planTitle"), expected.planId],
    ["period_changed", ROW.period, x.periodLabel, metaOf("period"), expected.period],
  ];
  // The thing named in the sentence, in the language of the messages.
  const ml = messages(locale).xlsx;
  const what: Record<string, string> = {
    unit_changed: ml.unitLabel,
    plan_changed: ml.planLabel,
    period_changed: ml.periodLabel,
  };
  const found: Record<string, string> = {
    unit_changed: metaOf("unitCode"),
    plan_changed: metaOf("planId"),
    period_changed: metaOf("period"),
  };
  for (const [code, row, label, shown, want] of identity) {
    if (found[code] !== want) add(code, row, 1, label, e.changed(what[code]!.toLowerCase(), shown, want));
  }
  if (errors.length > 0) return { entries: [], errors };

  // Columns by their headers, so a moved column is still found.
  const headerRow = sheet.getRow(ROW.header);
  const columns = new Map<ColumnKey, number>();
  const wanted = new Map(READ_COLUMNS.map((k) => [normalizeText(x.column[k]).toLowerCase(), k]));
  headerRow.eachCell((c, col) => {
    const key = wanted.get(scalarText(scalarOf(c.value)).toLowerCase());
    if (key && !columns.has(key)) columns.set(key, col);
  });
  for (const key of READ_COLUMNS) {
    if (!columns.has(key)) {
      const at = columnNumber(key);
      add("column_missing", ROW.header, at, x.column[key], e.columnMissing(x.column[key], columnLetter(at)));
    }
  }
  if (errors.length > 0) return { entries: [], errors };
  const col = (key: ColumnKey) => columns.get(key)!;

  const targets = new Map(expected.targets.map((t) => [t.targetId, t]));
  const qualifierWords = new Map<string, Qualifier>();
  for (const [q, word] of Object.entries(messages(templateLocale).qualifier)) {
    if (word) qualifierWords.set(word.toLowerCase(), q as Qualifier);
  }
  for (const [alias, q] of Object.entries(x.qualifierAliases)) qualifierWords.set(alias.toLowerCase(), q);
  const stageWords = new Map<string, ObservationStage>();
  for (const s of OBSERVATION_STAGES) stageWords.set(x.stage[s].toLowerCase(), s);
  for (const [alias, s] of Object.entries(x.stageAliases)) stageWords.set(alias.toLowerCase(), s);
  const qualifierChoices = x.qualifierChoices.map((q) => messages(templateLocale).qualifier[q]).join(", ");
  const stageChoices = OBSERVATION_STAGES.map((s) => x.stage[s]).join(", ");
  // Examples in the template's notation, which is how the officer types.
  const examples = [formatNumber(88800, templateLocale), formatNumber(104.5, templateLocale)] as const;
  const numberStyle = templateLocale === "en" ? "en" : "vi";

  const entries: TemplateEntry[] = [];
  const seen = new Map<string, number>();
  for (let r = ROW.firstData; r <= sheet.rowCount; r++) {
    const line = sheet.getRow(r);
    const read = (key: ColumnKey) => scalarOf(line.getCell(col(key)).value);
    // The writer marked text that could pass for a formula (spreadsheet-text.ts): unmark it.
    const id = restoreNeutralised(scalarText(read("targetId")));
    const code = restoreNeutralised(scalarText(read("indicatorCode")));
    const actual = read("actual");
    const qualifier = read("qualifier");
    const stage = read("stage");
    const note = read("note");
    const filled = [actual, qualifier, stage, note].some((s) => s.kind !== "empty");
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
    const actualAt: [number, string] = [col("actual"), x.column.actual];
    let value: number | boolean | null = null;
    switch (actual.kind) {
      case "empty":
        break;
      case "number":
        value = target.valueKind === "boolean" ? actual.value !== 0 : actual.value;
        break;
      case "boolean":
        if (target.valueKind === "boolean") value = actual.value;
        else add("not_a_number", r, ...actualAt, e.notANumber(...examples, scalarText(actual)));
        break;
      case "text":
        if (target.valueKind === "boolean") {
          const word = actual.text.toLowerCase();
          if (word === x.yes.toLowerCase()) value = true;
          else if (word === x.no.toLowerCase()) value = false;
          else add("not_yes_no", r, ...actualAt, e.notYesNo(x.yes, x.no, actual.text));
        } else {
          try {
            value = parseNumber(actual.text, numberStyle);
          } catch (error) {
            if (!(error instanceof NumberFormatError)) throw error;
            add("not_a_number", r, ...actualAt, e.notANumber(...examples, actual.text));
          }
        }
        break;
      case "date":
        add("not_a_number", r, ...actualAt, e.notANumber(...examples, scalarText(actual)));
        break;
      case "error":
        add("formula_error", r, ...actualAt, e.formulaError(actual.error));
        break;
      case "no_result":
        add("formula_without_result", r, ...actualAt, e.formulaWithoutResult);
        break;
    }

    let q: Qualifier = "exact";
    if (qualifier.kind !== "empty") {
      const word = scalarText(qualifier).toLowerCase();
      const known = qualifierWords.get(word);
      if (known) q = known;
      else
        add(
          "unknown_qualifier",
          r,
          col("qualifier"),
          x.column.qualifier,
          e.unknownQualifier(scalarText(qualifier), qualifierChoices),
        );
    }
    let s: ObservationStage | null = null;
    if (stage.kind !== "empty") {
      const known = stageWords.get(scalarText(stage).toLowerCase());
      if (known) s = known;
      else
        add(
          "unknown_stage",
          r,
          col("stage"),
          x.column.stage,
          e.unknownStage(scalarText(stage), stageChoices),
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
      add("stage_required", r, col("stage"), x.column.stage, e.stageRequired(stageChoices));
    }
    if (errors.length > errorsBefore) continue;
    entries.push({
      targetId: id,
      indicatorCode: target.indicatorCode,
      value,
      qualifier: q,
      stage: s,
      note: note.kind === "empty" ? null : restoreNeutralised(scalarText(note)),
      row: r,
    });
  }
  return errors.length > 0 ? { entries: [], errors } : { entries, errors };
}
