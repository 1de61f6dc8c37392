/**
 * The Excel round trip wired to the store: the template of a unit's plan and period (what the
 * store holds prefilled), and the upload, which checks the whole file before writing anything and
 * then writes every value in one transaction, or none.
 */
import type ExcelJS from "exceljs";
import type { DisplayLocale } from "../domain/numbers.ts";
import { onFirstUse } from "../report/load-on-use.ts";
import { META_SHEET } from "../report/xlsx/layout.ts";
import { readFilledTemplate, type TemplateError } from "../report/xlsx/read-filled-template.ts";
import { writeTemplate } from "../report/xlsx/write-template.ts";
import { checkZip, DEFAULT_ZIP_LIMITS } from "../report/xlsx/zip-guard.ts";
import type { Principal } from "./auth/principal.ts";
import { loadEntryForm, type ValueToWrite, writeValues } from "./entry.ts";
import { loadPlanSheet } from "./plan-sheet.ts";
import { type Db, inTransaction } from "./transaction.ts";
import type { WriteContext } from "./write-context.ts";

const loadExcel = onFirstUse<typeof ExcelJS>("exceljs");

/** The .xlsx template of a plan for a period, prefilled with the latest values. */
export async function templateFor(
  db: Db,
  who: Principal | undefined,
  query: { planId: string; period?: string | undefined },
  locale: DisplayLocale,
): Promise<{ file: Buffer; name: string }> {
  const form = await loadEntryForm(db, who, query);
  const file = await writeTemplate(
    {
      unit: { code: form.unit.code, name: form.unit.name },
      plan: { id: form.plan.id, kind: form.plan.kind, title: form.plan.title },
      period: form.period,
      rows: form.rows.map(({ target, indicator, latest }) => ({
        targetId: target.id,
        ...(target.form?.partOf ? { isPart: true } : {}),
        ...(target.form?.amends ? { amendedBy: target.form.amends.document } : {}),
        ...(form.rows.some((r) => r.target.form?.amends?.targetId === target.id) ? { superseded: true } : {}),
        indicatorCode: indicator.code,
        indicatorName: locale === "vi" ? indicator.name.vi : indicator.name.en,
        unit: target.unit ?? indicator.unit,
        spec: target.spec,
        direction: indicator.direction,
        decimals: indicator.decimals,
        ...(form.plan.nearlyMetThreshold !== undefined
          ? { nearlyMetThreshold: form.plan.nearlyMetThreshold }
          : {}),
        ...(latest
          ? {
              actual: latest.observation.value,
              qualifier: latest.observation.qualifier,
              stage: latest.observation.stage,
              ...(latest.note ? { note: latest.note } : {}),
            }
          : {}),
      })),
    },
    locale,
  );
  return { file, name: `chitieu-${form.unit.code}-${form.plan.id}-${form.period}.xlsx` };
}

/** The plan and period a template says it is for (its hidden sheet), after the zip guard. */
export async function templateTarget(
  buffer: Buffer,
): Promise<{ planId: string; period: string } | { error: string }> {
  const problem = checkZip(buffer, DEFAULT_ZIP_LIMITS);
  if (problem) return { error: `the file is refused: ${problem.code}` };
  const workbook = new (loadExcel().Workbook)();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch (error) {
    return { error: `not an .xlsx file: ${error instanceof Error ? error.message : String(error)}` };
  }
  const meta = new Map<string, string>();
  workbook.getWorksheet(META_SHEET)?.eachRow((row) => {
    meta.set(String(row.getCell(1).value ?? ""), String(row.getCell(2).value ?? ""));
  });
  const planId = meta.get("planId");
  const period = meta.get("period");
  if (!planId || !period) return { error: `not a chitieu template: no sheet ${META_SHEET} naming the plan` };
  return { planId, period };
}

export interface ImportResult {
  errors: TemplateError[];
  /** Values written (new, or a new revision); 0 when there were errors. */
  written: number;
  /** Rows with a value in the file. */
  values: number;
}

/**
 * Checks the whole upload against the plan's targets; with any error writes nothing. Otherwise
 * writes every value in one transaction, calling `onProgress(done, total)` as it goes.
 */
export async function importTemplate(
  db: Db,
  buffer: Buffer,
  query: { planId: string; period: string; locale?: DisplayLocale },
  ctx: WriteContext,
  onProgress?: (done: number, total: number) => void,
): Promise<ImportResult> {
  const { plan, unit, targets, indicators } = await loadPlanSheet(
    db,
    ctx.principal ?? "operator",
    query,
    "observation.write",
  );
  const read = await readFilledTemplate(buffer, {
    unitCode: unit.code,
    planId: plan.id,
    period: query.period,
    targets: targets.map((t) => ({
      targetId: t.id,
      indicatorCode: t.indicatorCode,
      valueKind: indicators.get(t.indicatorCode)?.direction === "boolean" ? "boolean" : "number",
    })),
    ...(query.locale ? { locale: query.locale } : {}),
  });
  if (read.errors.length > 0) return { errors: read.errors, written: 0, values: 0 };
  const byId = new Map(targets.map((t) => [t.id, t]));
  const values: ValueToWrite[] = read.entries
    .filter((e) => e.value !== null)
    .map((e) => ({
      target: byId.get(e.targetId)!,
      value: e.value as number | boolean,
      qualifier: e.qualifier,
      stage: e.stage ?? "estimate",
      note: e.note ?? undefined,
    }));
  const written = await inTransaction(db, (trx) =>
    writeValues(trx, plan, query.period, values, ctx, (done) => onProgress?.(done, values.length)),
  );
  return { errors: [], written, values: values.length };
}
