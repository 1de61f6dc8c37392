/**
 * "Upload the target table" (tải lên biểu chỉ tiêu): the table officers keep (STT | Chỉ tiêu | ĐVT
 * | Kế hoạch | Ghi chú) read into draft targets, the same drafts a pasted list gives, each row's
 * name matched to the catalogue and its figure read as target words ("≥ 95", "7,5 - 8"); detail
 * rows become parts of the target above them. `draftTargetTable` only reads (the planner checks
 * the drafts, then saveTargets); `importTargetTable` checks the whole file, turning every gap into
 * an error naming row and column, and writes all of it in one transaction or nothing.
 */
import { findPlan, type TargetRecord } from "../db/plans.ts";
import type { DisplayLocale } from "../domain/numbers.ts";
import { describeTarget } from "../extract/target-describe.ts";
import { targetPeriodOf } from "../extract/target-list.ts";
import { parseTargetText } from "../extract/target-text.ts";
import { messages } from "../i18n/messages.ts";
import { errorsOfSheet } from "../report/xlsx/cells.ts";
import {
  readTargetTable,
  type TableCell,
  type TableColumn,
  type TableError,
  type TableErrorCode,
} from "../report/xlsx/read-target-table.ts";
import { notFound } from "./errors.ts";
import { TARGET_TEXT_MAX } from "./plans.ts";
import { saveTargets } from "./save-targets.ts";
import { indicatorMatcher, type NamedSuggestion } from "./suggest-indicators.ts";
import { type DraftGap, draftOfReading, type PlanTargetDraft, toTargetToSave } from "./target-drafts.ts";
import type { Db } from "./transaction.ts";
import { authorizeExisting, type WriteContext } from "./write-context.ts";

export interface TableDrafts {
  drafts: PlanTargetDraft[];
  errors: TableError[];
}

/** The name without the unit some tables put after it: "Sản lượng lúa (tấn)" → "Sản lượng lúa". */
const nameOnly = (name: string) => name.replace(/\s*\([^()]*\)\s*$/u, "").trim() || name;

function draftOfCell(
  cell: TableCell,
  period: ReturnType<typeof targetPeriodOf>,
  suggest: (phrase: string) => NamedSuggestion | undefined,
): PlanTargetDraft {
  const source = { line: cell.row, text: cell.figure, phrase: nameOnly(cell.name) };
  // The row's "Ghi chú" is the target's notes, kept as written.
  const notes = cell.note ? { notes: cell.note } : {};
  if (cell.figure === "") {
    // A whole whose figures are its parts: judged by them, no figure of its own.
    const draft = draftOfReading(source, parseTargetText({ text: "", period }), suggest, cell.unit);
    return {
      ...draft,
      spec: { kind: "unknown" },
      sentence: { vi: "theo các chỉ tiêu chi tiết", en: "judged by its detail rows" },
      ...notes,
    };
  }
  const parsed = parseTargetText({ text: cell.figure, indicator: cell.name, period });
  return {
    ...draftOfReading(source, parsed, suggest, cell.unit ?? parsed.unit),
    sentence: { vi: describeTarget(parsed, "vi"), en: describeTarget(parsed, "en") },
    ...notes,
  };
}

/** Reads an uploaded table into drafts for a plan of `period`; nothing is written. */
export async function draftTargetTable(
  db: Db,
  buffer: Buffer,
  query: { period: string; locale?: DisplayLocale },
): Promise<TableDrafts & { gaps: TableError[] }> {
  const read = await readTargetTable(buffer, query.locale ?? "vi");
  if (read.errors.length > 0) return { drafts: [], errors: read.errors, gaps: [] };
  const period = targetPeriodOf(query.period);
  const { suggest } = await indicatorMatcher(db);
  const drafts = read.targets.map((t) => {
    const draft = draftOfCell(t, period, suggest);
    if (t.parts.length === 0) return draft;
    return {
      ...draft,
      parts: t.parts.map((p) => {
        const part = draftOfCell(p, period, suggest);
        const indicator = part.indicator ?? draft.indicator;
        const missing = indicator ? part.missing.filter((g) => g !== "indicator") : part.missing;
        return {
          label: p.name,
          line: p.row,
          ...(indicator ? { indicator } : {}),
          spec: part.spec,
          unitOfMeasure: part.unitOfMeasure,
          horizon: part.horizon,
          missing,
          ...(part.notes ? { notes: part.notes } : {}),
        };
      }),
    };
  });
  // What the words could not give, as errors at their cells, for a caller that saves as read.
  const m = messages(query.locale ?? "vi").xlsx;
  const { errors: gaps, add } = errorsOfSheet<TableErrorCode>(read.sheet, m.errors);
  const where = (key: TableColumn) => [read.columns[key], read.headers[key]] as const;
  const report = (
    row: number,
    name: string,
    draft: { unitOfMeasure: string | null; indicator?: NamedSuggestion | undefined; missing: DraftGap[] },
    note: string | null,
  ) => {
    // The row's "Ghi chú" becomes the target's notes, which have a length the store keeps.
    if (note && note.length > TARGET_TEXT_MAX.notes)
      add("note_too_long", row, ...where("note"), m.errors.noteTooLong(TARGET_TEXT_MAX.notes, note.length));
    const unit = draft.unitOfMeasure;
    for (const gap of draft.missing) {
      if (gap === "indicator") add("no_indicator", row, ...where("indicator"), m.errors.noIndicator(name));
      else if (gap === "unit_mismatch" && draft.indicator)
        add(
          "unit_mismatch",
          row,
          ...where(unit ? "unitOfMeasure" : "target"),
          m.errors.unitMismatch(unit ?? "", draft.indicator.name[query.locale ?? "vi"], draft.indicator.unit),
        );
      else if (gap === "unit_of_measure")
        add(
          "unknown_unit_of_measure",
          row,
          ...where(unit ? "unitOfMeasure" : "target"),
          m.errors.unknownUnitOfMeasure(unit ?? ""),
        );
      else if (gap !== "unit_mismatch")
        add("figure_missing", row, ...where("target"), m.errors.figureMissing(gap));
    }
  };
  for (const [i, t] of read.targets.entries()) {
    const draft = drafts[i]!;
    report(t.row, t.name, draft, t.note);
    for (const [j, p] of t.parts.entries()) {
      report(p.row, p.name, draft.parts![j]!, p.note);
    }
  }
  return { drafts, errors: [], gaps };
}

export interface TableImport {
  errors: TableError[];
  /** Targets written, parts included; empty with errors. */
  written: TargetRecord[];
}

/** Checks the whole table against the catalogue; with no error, adds every target to the plan. */
export async function importTargetTable(
  db: Db,
  buffer: Buffer,
  query: { planId: string; locale?: DisplayLocale },
  ctx: WriteContext,
): Promise<TableImport> {
  const plan = await findPlan(db, query.planId);
  const missing = () => notFound("plan", query.planId, "planId");
  if (!plan) throw missing();
  await authorizeExisting(db, ctx, "plan.write", plan.unitId, missing);
  const read = await draftTargetTable(db, buffer, {
    period: plan.period,
    ...(query.locale ? { locale: query.locale } : {}),
  });
  const errors = [...read.errors, ...read.gaps];
  if (errors.length > 0) return { errors, written: [] };
  const written = await saveTargets(db, plan.id, read.drafts.map(toTargetToSave), ctx);
  return { errors: [], written };
}
