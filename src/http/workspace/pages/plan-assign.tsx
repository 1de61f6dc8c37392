/**
 * Copying a plan to another period (/plans/{id}/copy, copy-plan.ts) and assigning its targets
 * down the hierarchy (/plans/{id}/assign, assign-targets.ts, issue 16 part 2): the matrix unit ×
 * indicator as a form table, the plan's unit's own target beside the sum or average of what it
 * assigned with a warning where they disagree, and the same matrix as an .xlsx sheet to download
 * and upload.
 */
import { z } from "zod";
import {
  type AssignedCell,
  assignedSpec,
  assignFromSheet,
  assignmentSheetFor,
  assignTargets,
  loadAssignment,
} from "../../../app/assign-targets.ts";
import { copyPlan } from "../../../app/copy-plan.ts";
import { isPeriod } from "../../../app/periods.ts";
import type { PlanSheet } from "../../../app/plan-sheet.ts";
import { referenceValue } from "../../../domain/assignment-check.ts";
import { formatNumber } from "../../../domain/numbers.ts";
import type { TargetSpec } from "../../../domain/types.ts";
import { messages } from "../../../i18n/messages.ts";
import { CsrfField, ErrorSummary, FileField, Notice, SelectField, TextField } from "../components.tsx";
import { errorOf, type FieldError, field, type RawForm, workspaceForm } from "../forms.ts";
import { download, type SignedInContext, type WorkspaceAnswer, workspaceUrl } from "../page.tsx";
import { pbOf, planPath, rawText, sheetForWrite, writerOf } from "./plans.tsx";

// ---------------------------------------------------------------- copy

const VALUES = ["blank", "carry"] as const;
const CopyForm = z.object({
  period: field.required(20).refine(isPeriod),
  values: field.choice(VALUES, "blank"),
  title: field.text(500),
});

async function copyAnswer(
  ctx: SignedInContext,
  sheet: PlanSheet,
  state: { errors?: FieldError[]; raw?: RawForm } = {},
): Promise<WorkspaceAnswer> {
  const pb = pbOf(ctx);
  const errors = state.errors ?? [];
  const v = (id: string) => rawText(state.raw, id);
  return {
    title: pb.copy,
    ...(errors.length > 0 ? { status: 422 as const } : {}),
    body: (
      <>
        <ErrorSummary title={ctx.m.errorsTitle} errors={errors} />
        <p>
          {sheet.plan.title} · {sheet.unit.name} · {sheet.plan.period}
        </p>
        <form
          method="post"
          action={workspaceUrl(ctx.locale, planPath(sheet.plan.id, "/copy"))}
          id="copy-form"
        >
          <CsrfField token={ctx.csrf} />
          <TextField
            id="period"
            label={pb.copyTo}
            hint={pb.periodHint}
            inputmode="numeric"
            value={v("period") ?? ""}
            error={errorOf(errors, "period")}
          />
          <TextField
            id="title"
            label={pb.title}
            wide
            value={v("title") ?? ""}
            error={errorOf(errors, "title")}
          />
          <SelectField
            id="values"
            label={pb.copyValues}
            choices={VALUES}
            selected={(v("values") as (typeof VALUES)[number] | undefined) ?? "blank"}
            wordOf={(c) => (c === "carry" ? pb.carry : pb.blank)}
            error={errorOf(errors, "values")}
          />
          <button type="submit" id="copy-plan">
            {pb.copy}
          </button>
        </form>
        <p>
          <a href={workspaceUrl(ctx.locale, planPath(sheet.plan.id, "/edit"))}>{pb.back}</a>
        </p>
      </>
    ),
  };
}

export async function copyPage(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  return copyAnswer(ctx, await sheetForWrite(ctx));
}

export async function copyForm(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const sheet = await sheetForWrite(ctx);
  const pb = pbOf(ctx);
  const labels: Record<string, string> = { period: pb.copyTo, values: pb.copyValues, title: pb.title };
  const f = await workspaceForm(ctx, CopyForm, (k) => labels[k] ?? k);
  if (!f.ok) return copyAnswer(ctx, sheet, { errors: f.errors, raw: f.raw });
  const copied = await copyPlan(
    ctx.db,
    {
      from: sheet.plan.id,
      period: f.data.period,
      values: f.data.values,
      ...(f.data.title ? { title: f.data.title } : {}),
    },
    writerOf(ctx),
  );
  return ctx.c.redirect(
    workspaceUrl(ctx.locale, planPath(copied.plan.id, "/edit"), { saved: String(copied.targets.length) }),
    303,
  );
}

// ---------------------------------------------------------------- assign

const cellId = (unitCode: string, indicator: string) => `cell-${unitCode}-${indicator}`;

/** A figure as the planner types it: "88.800", "≥ 7,5", "7 - 8". */
function figureOf(spec: TargetSpec | undefined, locale: "vi" | "en"): string {
  if (!spec) return "";
  const n = (v: number) => formatNumber(v, locale, { maxDecimals: 6 });
  if (spec.kind === "range" || spec.kind === "band") return `${n(spec.lo)} - ${n(spec.hi)}`;
  const v = referenceValue(spec);
  return v === null ? "" : n(v);
}

async function assignAnswer(
  ctx: SignedInContext,
  sheet: PlanSheet,
  state: { errors?: FieldError[]; raw?: RawForm; notice?: string } = {},
): Promise<WorkspaceAnswer> {
  const pb = pbOf(ctx);
  const { locale } = ctx;
  const errors = state.errors ?? [];
  const number = rawText(state.raw, "number") ?? ctx.c.req.query("number") ?? "";
  const matrix = await loadAssignment(ctx.db, ctx.who, {
    parent: sheet.plan.unitId,
    period: sheet.plan.period,
    number: number || undefined,
    indicators: sheet.targets.filter((t) => !t.form?.partOf).map((t) => t.indicatorCode),
  });
  const v = (id: string) => rawText(state.raw, id);
  const fig = (n: number | null) => (n === null ? "" : formatNumber(n, locale, { maxDecimals: 2 }));
  const here = planPath(sheet.plan.id, "/assign");
  return {
    title: pb.assign,
    ...(errors.length > 0 ? { status: 422 as const } : {}),
    body: (
      <>
        <ErrorSummary title={ctx.m.errorsTitle} errors={errors} />
        <Notice text={state.notice} />
        <p>
          {sheet.plan.title} · {matrix.parent.name} · {sheet.plan.period}
        </p>
        {matrix.units.length === 0 || matrix.indicators.length === 0 ? (
          <p>{matrix.units.length === 0 ? pb.noUnitsUnder : pb.noTargets}</p>
        ) : (
          <>
            <form method="post" action={workspaceUrl(locale, here)} id="assign-form">
              <CsrfField token={ctx.csrf} />
              <TextField
                id="number"
                label={pb.decisionNumber}
                value={number}
                error={errorOf(errors, "number")}
              />
              <TextField
                id="date"
                type="date"
                label={pb.decisionDate}
                hint={pb.dateHint}
                value={v("date") ?? matrix.decision?.date ?? ""}
                error={errorOf(errors, "date")}
              />
              <TextField
                id="issuer"
                label={pb.decisionIssuer}
                wide
                value={v("issuer") ?? matrix.decision?.issuer ?? ""}
                error={errorOf(errors, "issuer")}
              />
              <div class="scroll">
                <table id="matrix">
                  <thead>
                    <tr>
                      <th>{pb.unit}</th>
                      {matrix.indicators.map((i) => (
                        <th>
                          {i.name[locale]} ({i.unit})
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {matrix.units.map((u) => (
                      <tr>
                        <th>{u.name}</th>
                        {matrix.indicators.map((i) => {
                          const id = cellId(u.code, i.code);
                          const error = errorOf(errors, id);
                          return (
                            <td>
                              {error ? (
                                <p class="error field-error" id={`${id}-error`}>
                                  {error}
                                </p>
                              ) : null}
                              <input
                                type="text"
                                id={id}
                                name={id}
                                inputmode="decimal"
                                aria-label={`${u.name} – ${i.name[locale]}`}
                                aria-invalid={error ? "true" : undefined}
                                value={v(id) ?? figureOf(matrix.cells[u.id]?.[i.code], locale)}
                              />
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th>{pb.own}</th>
                      {matrix.indicators.map((i) => (
                        <td class="num" id={`own-${i.code}`}>
                          {fig(matrix.checks[i.code]?.own ?? null)}
                        </td>
                      ))}
                    </tr>
                    <tr>
                      <th>
                        {pb.combined.sum} / {pb.combined.average}
                      </th>
                      {matrix.indicators.map((i) => {
                        const check = matrix.checks[i.code];
                        const verdict = check?.verdict ?? "unknown";
                        return (
                          <td class="num" id={`check-${i.code}`}>
                            {check?.combine ? `${pb.combined[check.combine]}: ${fig(check.combined)}` : ""}
                            <p class={verdict === "short" || verdict === "differs" ? "error" : "hint"}>
                              {pb.verdicts[verdict]}
                            </p>
                          </td>
                        );
                      })}
                    </tr>
                  </tfoot>
                </table>
              </div>
              <button type="submit" id="assign">
                {pb.save}
              </button>
            </form>
            <p>
              <a
                id="download-sheet"
                href={workspaceUrl(locale, planPath(sheet.plan.id, "/assign.xlsx"), {
                  number: number || undefined,
                })}
              >
                {pb.downloadSheet}
              </a>
            </p>
            <form
              method="post"
              action={workspaceUrl(locale, planPath(sheet.plan.id, "/assign/upload"))}
              enctype="multipart/form-data"
              id="assign-upload"
            >
              <CsrfField token={ctx.csrf} />
              <TextField
                id="sheet-number"
                label={pb.decisionNumber}
                value={v("sheet-number") ?? number}
                error={errorOf(errors, "sheet-number")}
              />
              <TextField
                id="sheet-date"
                type="date"
                label={pb.decisionDate}
                hint={pb.dateHint}
                value={v("sheet-date") ?? ""}
                error={errorOf(errors, "sheet-date")}
              />
              <FileField id="file" label={pb.uploadSheet} accept=".xlsx" error={errorOf(errors, "file")} />
              <button type="submit" id="upload-sheet">
                {pb.uploadSheet}
              </button>
            </form>
          </>
        )}
        <p>
          <a href={workspaceUrl(locale, planPath(sheet.plan.id, "/edit"))}>{pb.back}</a>
        </p>
      </>
    ),
  };
}

export async function assignPage(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  return assignAnswer(ctx, await sheetForWrite(ctx));
}

const DecisionForm = z.object({
  number: field.required(200),
  date: field.date(),
  issuer: field.text(500),
});

export async function assignForm(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const sheet = await sheetForWrite(ctx);
  const pb = pbOf(ctx);
  const labels: Record<string, string> = {
    number: pb.decisionNumber,
    date: pb.decisionDate,
    issuer: pb.decisionIssuer,
  };
  const f = await workspaceForm(ctx, DecisionForm, (k) => labels[k] ?? k);
  if (!f.ok) return assignAnswer(ctx, sheet, { errors: f.errors, raw: f.raw });
  const matrix = await loadAssignment(ctx.db, ctx.who, {
    parent: sheet.plan.unitId,
    period: sheet.plan.period,
    indicators: sheet.targets.filter((t) => !t.form?.partOf).map((t) => t.indicatorCode),
  });
  const period = sheet.plan.period;
  const gapText = messages(ctx.locale).xlsx.errors.figureMissing;
  const cells: AssignedCell[] = [];
  const errors: FieldError[] = [];
  for (const u of matrix.units) {
    for (const i of matrix.indicators) {
      const id = cellId(u.code, i.code);
      const words = (rawText(f.raw, id) ?? "").normalize("NFC").trim();
      if (!words) continue;
      const read = assignedSpec(words, i.name.vi, period);
      if ("gap" in read)
        errors.push({ field: id, message: `${u.name} – ${i.name[ctx.locale]}: ${gapText(read.gap)}` });
      else cells.push({ unit: u.id, indicator: i.code, spec: read.spec });
    }
  }
  if (errors.length > 0) return assignAnswer(ctx, sheet, { errors, raw: f.raw });
  const decision = {
    number: f.data.number,
    date: f.data.date,
    ...(f.data.issuer ? { issuer: f.data.issuer } : {}),
  };
  await assignTargets(
    ctx.db,
    { parent: sheet.plan.unitId, period: sheet.plan.period, decision, cells },
    writerOf(ctx),
  );
  return ctx.c.redirect(
    workspaceUrl(ctx.locale, planPath(sheet.plan.id, "/assign"), {
      number: decision.number,
      saved: String(cells.length),
    }),
    303,
  );
}

export async function assignSheetDownload(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const sheet = await sheetForWrite(ctx);
  const file = await assignmentSheetFor(
    ctx.db,
    ctx.who,
    {
      parent: sheet.plan.unitId,
      period: sheet.plan.period,
      number: ctx.c.req.query("number") || undefined,
      indicators: sheet.targets.filter((t) => !t.form?.partOf).map((t) => t.indicatorCode),
    },
    ctx.locale,
  );
  return download(ctx.c, file, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
}

const SheetForm = z.object({
  "sheet-number": field.required(200),
  "sheet-date": field.date(),
  file: field.file(),
});

export async function assignSheetUpload(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const sheet = await sheetForWrite(ctx);
  const pb = pbOf(ctx);
  const labels: Record<string, string> = {
    "sheet-number": pb.decisionNumber,
    "sheet-date": pb.decisionDate,
    file: pb.uploadSheet,
  };
  const f = await workspaceForm(ctx, SheetForm, (k) => labels[k] ?? k);
  if (!f.ok) return assignAnswer(ctx, sheet, { errors: f.errors, raw: f.raw });
  const { "sheet-number": number, "sheet-date": date, file } = f.data;
  const result = await assignFromSheet(
    ctx.db,
    Buffer.from(await file.arrayBuffer()),
    { parent: sheet.plan.unitId, period: sheet.plan.period, decision: { number, date }, locale: ctx.locale },
    writerOf(ctx),
  );
  if (result.errors.length > 0)
    return assignAnswer(ctx, sheet, {
      errors: result.errors.map((e) => ({ field: "file", message: e.message })),
    });
  return ctx.c.redirect(workspaceUrl(ctx.locale, planPath(sheet.plan.id, "/assign"), { number }), 303);
}
