/**
 * The plan builder's two faster ways in (issue 16, part 1), nothing saved before the planner
 * confirms: a pasted target list (/plans/{id}/paste: "Đọc" shows each line's draft beside its
 * sentence and its gaps, the planner fixes indicators and drops lines, "Lưu" re-reads the same
 * text, applies the choices and saves through saveTargets), and the uploaded target table
 * (/plans/{id}/upload: the drafts shown, the file kept in the form until "Nhập" imports it whole
 * through importTargetTable, or every error named by row and column).
 */
import { z } from "zod";
import { draftTargetTable, importTargetTable } from "../../../app/import-target-table.ts";
import type { PlanSheet } from "../../../app/plan-sheet.ts";
import { readIndicators } from "../../../app/read-catalogue.ts";
import { readTargetList } from "../../../app/read-target-list.ts";
import { saveTargets, type TargetToSave } from "../../../app/save-targets.ts";
import { isComplete, type PlanTargetDraft, toTargetToSave } from "../../../app/target-drafts.ts";
import { unitFitsIndicator } from "../../../domain/target-unit.ts";
import type { Indicator } from "../../../domain/types.ts";
import type { PlanBuilderMessages } from "../../../i18n/plan-builder-messages.ts";
import { CsrfField, ErrorSummary, FileField, SelectField, TextArea } from "../components.tsx";
import { type FieldError, field, type RawForm, rawForm, workspaceForm } from "../forms.ts";
import { type SignedInContext, type WorkspaceAnswer, workspaceUrl } from "../page.tsx";
import { pbOf, planPath, rawText, sheetForWrite, writerOf } from "./plans.tsx";

const XLSX_TYPE = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function catalogue(ctx: SignedInContext): Promise<Indicator[]> {
  return (await readIndicators(ctx.db))
    .map((r) => r.indicator)
    .sort((a, b) => a.name[ctx.locale].localeCompare(b.name[ctx.locale], ctx.locale));
}

/** The drafts beside their sentences; `choose`: a keep box and an indicator select per line. */
function DraftsTable(props: {
  drafts: readonly PlanTargetDraft[];
  pb: PlanBuilderMessages;
  locale: "vi" | "en";
  indicators: readonly Indicator[];
  choose: boolean;
  raw?: RawForm | undefined;
  errors: readonly FieldError[];
}) {
  const { pb, locale, indicators } = props;
  const codes = ["", ...indicators.map((i) => i.code)];
  const nameOf = (code: string) => {
    const i = indicators.find((x) => x.code === code);
    return code === "" ? pb.noMatch : i ? `${i.name[locale]} (${i.unit})` : code;
  };
  // Before a post the complete drafts are kept; after one, what the planner ticked.
  const kept = (i: number, d: PlanTargetDraft) =>
    props.raw ? rawText(props.raw, `keep-${i}`) !== undefined : d.missing.length === 0;
  return (
    <div class="scroll">
      <table id="drafts" class="stack">
        <thead>
          <tr>
            {props.choose ? <th>{pb.keep}</th> : null}
            <th>{pb.line}</th>
            <th>{pb.indicator}</th>
            <th>{pb.sentence}</th>
            <th>{pb.problems}</th>
          </tr>
        </thead>
        <tbody>
          {props.drafts.map((d, i) => {
            const error = props.errors.find((e) => e.field === `indicator-${i}`)?.message;
            return (
              <tr id={`draft-${i}`}>
                {props.choose ? (
                  <td data-label={pb.keep}>
                    <input
                      type="checkbox"
                      id={`keep-${i}`}
                      name={`keep-${i}`}
                      value="1"
                      checked={kept(i, d)}
                      aria-label={`${pb.keep}: ${pb.line} ${d.line}`}
                    />
                  </td>
                ) : null}
                <td data-label={pb.line}>{String(d.line)}</td>
                <td>
                  <p class="draft-text">{d.text}</p>
                  {props.choose ? (
                    <SelectField
                      bare
                      id={`indicator-${i}`}
                      label={`${pb.indicator}: ${pb.line} ${d.line}`}
                      choices={codes}
                      selected={rawText(props.raw, `indicator-${i}`) ?? d.indicator?.code ?? ""}
                      wordOf={nameOf}
                      error={error}
                    />
                  ) : (
                    <span>{d.indicator ? nameOf(d.indicator.code) : pb.noMatch}</span>
                  )}
                </td>
                <td class="sentence" data-label={pb.sentence}>
                  {d.sentence[locale]}
                  {d.notes ? (
                    <p class="hint">
                      {pb.notes}: {d.notes}
                    </p>
                  ) : null}
                  {(d.parts ?? []).length > 0 ? (
                    <ul>
                      {(d.parts ?? []).map((p) => (
                        <li>
                          {p.label}
                          {p.indicator ? ` → ${nameOf(p.indicator.code)}` : ""}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </td>
                <td data-label={pb.problems}>
                  {isComplete(d)
                    ? pb.nothingMissing
                    : [...d.missing, ...(d.parts ?? []).flatMap((p) => p.missing)].map((g) => (
                        <p class="error">{pb.gaps[g]}</p>
                      ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

// ---------------------------------------------------------------- paste

const PasteForm = z.object({ text: field.required(100_000) });

async function pasteAnswer(
  ctx: SignedInContext,
  sheet: PlanSheet,
  state: { text?: string; drafts?: PlanTargetDraft[]; errors?: FieldError[]; raw?: RawForm } = {},
): Promise<WorkspaceAnswer> {
  const pb = pbOf(ctx);
  const errors = state.errors ?? [];
  const here = workspaceUrl(ctx.locale, planPath(sheet.plan.id, "/paste"));
  return {
    title: pb.paste,
    ...(errors.length > 0 ? { status: 422 as const } : {}),
    body: (
      <>
        <ErrorSummary title={ctx.m.errorsTitle} errors={errors} />
        <p>
          {sheet.plan.title} · {sheet.unit.name} · {sheet.plan.period}
        </p>
        <form method="post" action={here} id="paste-form">
          <CsrfField token={ctx.csrf} />
          <TextArea
            id="text"
            label={pb.pasteText}
            hint={pb.pasteHint}
            rows={10}
            value={state.text ?? ""}
            error={errors.find((e) => e.field === "text")?.message}
          />
          <button type="submit" name="step" value="read" id="read">
            {pb.read}
          </button>
          {state.drafts && state.drafts.length > 0 ? (
            <>
              <h2>{pb.targets}</h2>
              <p class="hint">{pb.draftsNote}</p>
              <DraftsTable
                drafts={state.drafts}
                pb={pb}
                locale={ctx.locale}
                indicators={await catalogue(ctx)}
                choose
                raw={state.raw}
                errors={errors}
              />
              <button type="submit" name="step" value="save" id="save-drafts">
                {pb.confirmSave}
              </button>
            </>
          ) : null}
        </form>
        <p>
          <a href={workspaceUrl(ctx.locale, planPath(sheet.plan.id, "/edit"))}>{pb.back}</a>
        </p>
      </>
    ),
  };
}

export async function pastePage(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  return pasteAnswer(ctx, await sheetForWrite(ctx));
}

/**
 * The drafts the planner kept, each with the indicator chosen, or the lines still incomplete. A
 * line's unit is checked against the indicator chosen, not the one suggested: "11%" cannot be
 * saved as rice output in tấn.
 */
function chosenTargets(
  drafts: readonly PlanTargetDraft[],
  raw: RawForm,
  pb: PlanBuilderMessages,
  known: ReadonlyMap<string, Indicator>,
  locale: "vi" | "en",
): { targets: TargetToSave[] } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  const targets: TargetToSave[] = [];
  for (const [i, d] of drafts.entries()) {
    if (rawText(raw, `keep-${i}`) === undefined) continue;
    const code = rawText(raw, `indicator-${i}`) || d.indicator?.code || "";
    const label = `${pb.line} ${d.line}`;
    const chosen = known.get(code);
    if (!chosen) {
      errors.push({ field: `indicator-${i}`, message: `${label}: ${pb.gaps.indicator}` });
      continue;
    }
    // The whole is judged on the indicator chosen, a part on its own or else the whole's. A unit
    // the catalogue lacks is a gap of its own, below.
    const judged = [
      { written: d, indicator: chosen },
      ...(d.parts ?? []).map((p) => ({
        written: p,
        indicator: (p.indicator && known.get(p.indicator.code)) || chosen,
      })),
    ];
    const misfit = judged.find(
      ({ written, indicator }) =>
        !written.missing.includes("unit_of_measure") &&
        !unitFitsIndicator({ unit: written.unitOfMeasure ?? undefined, spec: written.spec }, indicator.unit),
    );
    if (misfit) {
      const { indicator } = misfit;
      const unit = misfit.written.unitOfMeasure ?? indicator.unit;
      errors.push({
        field: `indicator-${i}`,
        message: `${label}: ${pb.unitMismatch(unit, indicator.name[locale], indicator.unit)}`,
      });
      continue;
    }
    const gaps = [
      ...d.missing.filter((g) => g !== "indicator" && g !== "unit_mismatch"),
      ...(d.parts ?? []).flatMap((p) =>
        p.missing.filter((g) => g !== "unit_mismatch" && (g !== "indicator" || p.indicator)),
      ),
    ];
    if (gaps.length > 0) {
      errors.push({ field: `keep-${i}`, message: `${label}: ${gaps.map((g) => pb.gaps[g]).join("; ")}` });
      continue;
    }
    const whole = toTargetToSave({ ...d, missing: [] });
    targets.push({
      ...whole,
      indicator: code,
      ...(whole.parts ? { parts: whole.parts.map((p) => ({ ...p, indicator: p.indicator || code })) } : {}),
    });
  }
  if (errors.length === 0 && targets.length === 0) errors.push({ field: "keep-0", message: pb.nothingKept });
  return errors.length > 0 ? { errors } : { targets };
}

export async function pasteForm(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const sheet = await sheetForWrite(ctx);
  const pb = pbOf(ctx);
  const f = await workspaceForm(ctx, PasteForm, () => pb.pasteText);
  if (!f.ok) return pasteAnswer(ctx, sheet, { errors: f.errors });
  const { text } = f.data;
  // The drafts are read again from the posted text: nothing is kept between "Đọc" and "Lưu".
  const drafts = await readTargetList(ctx.db, { text, period: sheet.plan.period });
  if (rawText(f.raw, "step") !== "save") return pasteAnswer(ctx, sheet, { text, drafts });
  const known = new Map((await readIndicators(ctx.db)).map((r) => [r.indicator.code, r.indicator]));
  const chosen = chosenTargets(drafts, f.raw, pb, known, ctx.locale);
  if ("errors" in chosen) return pasteAnswer(ctx, sheet, { text, drafts, errors: chosen.errors, raw: f.raw });
  const written = await saveTargets(ctx.db, sheet.plan.id, chosen.targets, writerOf(ctx));
  return ctx.c.redirect(
    workspaceUrl(ctx.locale, planPath(sheet.plan.id, "/edit"), { saved: String(written.length) }),
    303,
  );
}

// ---------------------------------------------------------------- upload

async function uploadAnswer(
  ctx: SignedInContext,
  sheet: PlanSheet,
  state: { drafts?: PlanTargetDraft[]; table?: string; errors?: FieldError[] } = {},
): Promise<WorkspaceAnswer> {
  const pb = pbOf(ctx);
  const errors = state.errors ?? [];
  return {
    title: pb.upload,
    ...(errors.length > 0 ? { status: 422 as const } : {}),
    body: (
      <>
        <ErrorSummary title={ctx.m.errorsTitle} errors={errors} />
        <p>
          {sheet.plan.title} · {sheet.unit.name} · {sheet.plan.period}
        </p>
        <form
          method="post"
          action={workspaceUrl(ctx.locale, planPath(sheet.plan.id, "/upload"))}
          enctype="multipart/form-data"
          id="upload-form"
        >
          <CsrfField token={ctx.csrf} />
          <FileField
            id="file"
            label={pb.uploadFile}
            hint={pb.uploadHint}
            accept={XLSX_TYPE}
            error={errors.find((e) => e.field === "file")?.message}
          />
          <button type="submit" id="read-file">
            {pb.uploadRead}
          </button>
        </form>
        {state.drafts && state.drafts.length > 0 ? (
          <>
            <h2>{pb.targets}</h2>
            <DraftsTable
              drafts={state.drafts}
              pb={pb}
              locale={ctx.locale}
              indicators={await catalogue(ctx)}
              choose={false}
              errors={[]}
            />
            {state.table && errors.length === 0 ? (
              <form
                method="post"
                action={workspaceUrl(ctx.locale, planPath(sheet.plan.id, "/upload/confirm"))}
                id="import-form"
              >
                <CsrfField token={ctx.csrf} />
                <input type="hidden" name="table" value={state.table} />
                <button type="submit" id="import">
                  {pb.importAll}
                </button>
              </form>
            ) : null}
          </>
        ) : null}
        <p>
          <a href={workspaceUrl(ctx.locale, planPath(sheet.plan.id, "/edit"))}>{pb.back}</a>
        </p>
      </>
    ),
  };
}

export async function uploadPage(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  return uploadAnswer(ctx, await sheetForWrite(ctx));
}

const UploadForm = z.object({ file: field.file() });

/** Every error of a table at the file field, each naming its row and column. */
const fileErrors = (errors: readonly { message: string }[]): FieldError[] =>
  errors.map((e) => ({ field: "file", message: e.message }));

export async function uploadForm(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const sheet = await sheetForWrite(ctx);
  const pb = pbOf(ctx);
  const f = await workspaceForm(ctx, UploadForm, () => pb.uploadFile);
  if (!f.ok || f.data.file.size === 0)
    return uploadAnswer(ctx, sheet, { errors: [{ field: "file", message: ctx.m.chooseFile }] });
  const buffer = Buffer.from(await f.data.file.arrayBuffer());
  const read = await draftTargetTable(ctx.db, buffer, { period: sheet.plan.period, locale: ctx.locale });
  if (read.errors.length > 0) return uploadAnswer(ctx, sheet, { errors: fileErrors(read.errors) });
  return uploadAnswer(ctx, sheet, {
    drafts: read.drafts,
    table: buffer.toString("base64"),
    errors: fileErrors(read.gaps),
  });
}

export async function confirmUploadForm(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const sheet = await sheetForWrite(ctx);
  const table = rawText(await rawForm(ctx), "table") ?? "";
  const result = await importTargetTable(
    ctx.db,
    Buffer.from(table, "base64"),
    { planId: sheet.plan.id, locale: ctx.locale },
    writerOf(ctx),
  );
  if (result.errors.length > 0) return uploadAnswer(ctx, sheet, { errors: fileErrors(result.errors) });
  return ctx.c.redirect(
    workspaceUrl(ctx.locale, planPath(sheet.plan.id, "/edit"), { saved: String(result.written.length) }),
    303,
  );
}
