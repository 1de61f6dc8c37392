/**
 * The data entry form of a plan and period (nhập số liệu thực hiện) with its workflow buttons,
 * the Excel template's download and upload, and the drafted report. Saving checks every row
 * before anything is written (src/app/entry.ts); a form with errors comes back with them, 422.
 */
import { z } from "zod";
import { can } from "../../../app/auth/principal.ts";
import { EntryErrors, type EntryForm, loadEntryForm, saveEntries } from "../../../app/entry.ts";
import { reportDocxFor } from "../../../app/report-docx.ts";
import { moveWorkflow, WORKFLOW_ACTIONS } from "../../../app/workflow.ts";
import { importTemplate, templateFor } from "../../../app/xlsx-exchange.ts";
import { type DisplayLocale, formatNumber, formatPercent } from "../../../domain/numbers.ts";
import { OBSERVATION_STAGES, QUALIFIERS } from "../../../domain/types.ts";
import { messages } from "../../../i18n/messages.ts";
import type { WorkspaceMessages } from "../../../i18n/workspace.ts";
import { targetText } from "../../../report/assessment-table.ts";
import {
  CsrfField,
  ErrorSummary,
  FieldErrorText,
  FileField,
  Notice,
  SelectField,
  TextArea,
} from "../components.tsx";
import { type FieldError, field, firstOf, type RawForm, workspaceForm } from "../forms.ts";
import { download, type SignedInContext, type WorkspaceAnswer, workspaceUrl } from "../page.tsx";

const entryPath = (planId: string, rest = "") => `/entry/${encodeURIComponent(planId)}${rest}`;

/** The form's fields: one row per target posted, each with value, qualifier, stage and note. */
export const entrySchema = (raw: RawForm) => {
  const ids = field.list().parse(raw.target);
  return z.object({
    target: field.list(),
    ...Object.fromEntries(
      ids.flatMap((id) => [
        [`value-${id}`, field.text(100)],
        [`qualifier-${id}`, field.choice(QUALIFIERS, "exact")],
        [`stage-${id}`, field.choice(OBSERVATION_STAGES, "estimate")],
        [`note-${id}`, field.text(2000)],
      ]),
    ),
  });
};

/** A field of the entry form by its words: "Mức – Sản lượng lúa". */
function labelOf(form: EntryForm, m: WorkspaceMessages, locale: DisplayLocale) {
  const names = new Map(
    form.rows.map((r) => [r.target.id, locale === "vi" ? r.indicator.name.vi : r.indicator.name.en]),
  );
  const column: Record<string, string> = {
    value: m.col.actual,
    qualifier: m.col.qualifier,
    stage: m.col.stage,
    note: m.col.note,
  };
  return (fieldId: string): string => {
    const [, kind, id] = /^(value|qualifier|stage|note)-(.*)$/.exec(fieldId) ?? [];
    if (!kind || id === undefined) return fieldId;
    return `${column[kind]} – ${names.get(id) ?? id}`;
  };
}

interface EntryState {
  errors?: FieldError[];
  /** What was typed, to show again with the errors. */
  raw?: RawForm;
  notice?: string;
}

async function entryAnswer(
  ctx: SignedInContext,
  form: EntryForm,
  state: EntryState = {},
): Promise<WorkspaceAnswer> {
  const { db, who, m } = ctx;
  const unitId = form.plan.unitId;
  return {
    title: m.entryTitle,
    script: "entryJs",
    ...(state.errors && state.errors.length > 0 ? { status: 422 as const } : {}),
    body: (
      <EntryPage
        ctx={ctx}
        form={form}
        state={state}
        canEnter={await can(db, who, "observation.write", unitId)}
        canSubmit={await can(db, who, "workflow.submit", unitId)}
        canReview={await can(db, who, "workflow.review", unitId)}
      />
    ),
  };
}

const loadForm = (ctx: SignedInContext) =>
  loadEntryForm(ctx.db, ctx.who, {
    planId: ctx.c.req.param("plan") ?? "",
    period: ctx.c.req.query("period"),
  });

export async function entryPage(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const { c, m } = ctx;
  const saved = c.req.query("saved");
  const notice =
    saved && /^\d+$/.test(saved) ? m.saved(Number(saved)) : c.req.query("moved") ? m.moved : undefined;
  return entryAnswer(ctx, await loadForm(ctx), notice ? { notice } : {});
}

export async function saveEntryForm(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const { c, db, who, m, locale } = ctx;
  const form = await loadForm(ctx);
  const label = labelOf(form, m, locale);
  const parsed = await workspaceForm(ctx, entrySchema, label);
  if (!parsed.ok) return entryAnswer(ctx, form, { errors: parsed.errors, raw: parsed.raw });
  const data = parsed.data as Record<string, string> & { target: string[] };
  const rows = data.target.map((id) => ({
    targetId: id,
    value: data[`value-${id}`] ?? "",
    qualifier: data[`qualifier-${id}`] as (typeof QUALIFIERS)[number],
    stage: data[`stage-${id}`] as (typeof OBSERVATION_STAGES)[number],
    note: data[`note-${id}`] ?? "",
  }));
  try {
    const n = await saveEntries(
      db,
      { planId: form.plan.id, period: form.period, rows },
      { actor: who.userId, principal: who, separateDuties: c.get("separateDuties") },
    );
    return c.redirect(
      workspaceUrl(locale, entryPath(form.plan.id), { period: form.period, saved: String(n) }),
      303,
    );
  } catch (error) {
    if (!(error instanceof EntryErrors)) throw error;
    const errors = error.errors.map((e) => ({
      field: e.field,
      message:
        e.reason === "not_a_number"
          ? m.form.notANumber(label(e.field), e.value)
          : m.form.unknownTarget(label(e.field)),
    }));
    return entryAnswer(ctx, form, { errors, raw: parsed.raw });
  }
}

const UploadForm = z.object({ file: field.file() });

/** The filled template uploaded: checked whole, then written in one transaction, or not at all. */
export async function uploadTemplateForm(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const { c, db, who, m, locale } = ctx;
  const form = await loadForm(ctx);
  const parsed = await workspaceForm(ctx, UploadForm);
  if (!parsed.ok) return entryAnswer(ctx, form, { errors: [{ field: "file", message: m.chooseFile }] });
  const { file } = parsed.data;
  const result = await importTemplate(
    db,
    Buffer.from(await file.arrayBuffer()),
    { planId: form.plan.id, period: form.period, locale },
    { actor: who.userId, principal: who, reason: `upload of ${file.name}` },
  );
  if (result.errors.length > 0) {
    // The reader words its errors in the page's language, each naming its row and column.
    return entryAnswer(ctx, form, {
      errors: result.errors.map((e) => ({ field: "file", message: e.message })),
    });
  }
  return c.redirect(
    workspaceUrl(locale, entryPath(form.plan.id), { period: form.period, saved: String(result.written) }),
    303,
  );
}

const WorkflowForm = z.object({ action: field.choice(WORKFLOW_ACTIONS), comment: field.text(2000) });

export async function workflowForm(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const { c, db, who, m, locale } = ctx;
  const form = await loadForm(ctx);
  const parsed = await workspaceForm(ctx, WorkflowForm, (f) => (f === "comment" ? m.comment : m.state));
  if (!parsed.ok) return entryAnswer(ctx, form, { errors: parsed.errors, raw: parsed.raw });
  await moveWorkflow(
    db,
    { unitId: form.plan.unitId, period: form.period, ...parsed.data },
    { actor: who.userId, principal: who, separateDuties: c.get("separateDuties") },
  );
  return c.redirect(workspaceUrl(locale, entryPath(form.plan.id), { period: form.period, moved: "1" }), 303);
}

export async function templateDownload({ c, db, who, locale }: SignedInContext): Promise<WorkspaceAnswer> {
  const file = await templateFor(
    db,
    who,
    { planId: c.req.param("plan") ?? "", period: c.req.query("period") },
    locale,
  );
  return download(c, file, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
}

export async function reportDownload({ c, db, who, locale }: SignedInContext): Promise<WorkspaceAnswer> {
  const file = await reportDocxFor(
    db,
    who,
    { planId: c.req.param("plan") ?? "", period: c.req.query("period") },
    locale,
  );
  return download(c, file, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
}

const typed = (raw: RawForm | undefined, name: string): string | undefined => {
  const v = firstOf(raw?.[name]);
  return typeof v === "string" ? v : undefined;
};

function EntryPage(props: {
  ctx: SignedInContext;
  form: EntryForm;
  state: EntryState;
  canEnter: boolean;
  canSubmit: boolean;
  canReview: boolean;
}) {
  const { form, state } = props;
  const { m, locale, csrf } = props.ctx;
  const g = messages(locale);
  const locked = form.workflow.state !== "draft";
  const errors = state.errors ?? [];
  const errorOf = (id: string) => errors.find((e) => e.field === id)?.message;
  const here = (rest = "") => workspaceUrl(locale, entryPath(form.plan.id, rest), { period: form.period });
  const editable = !locked && props.canEnter;
  const reviewing =
    props.canReview && (form.workflow.state === "submitted" || form.workflow.state === "approved");
  return (
    <div>
      <p>
        {m.unit}: <strong>{form.unit.name}</strong> · {m.plan}: {form.plan.title} · {m.period}: {form.period}
      </p>
      <p>
        {m.state}: <strong id="workflow-state">{m.workflowState[form.workflow.state]}</strong>
      </p>
      {form.workflow.comment && form.workflow.state === "draft" ? (
        <p class="locked" id="return-comment">
          {m.returnedWith} {form.workflow.comment}
        </p>
      ) : null}
      {locked ? (
        <p class="locked" id="locked">
          {m.lockedNote}
        </p>
      ) : null}
      <Notice text={state.notice} />
      <ErrorSummary title={m.errorsTitle} errors={errors} />
      <form method="post" action={here()} id="entry-form">
        <CsrfField token={csrf} />
        {/* Reachable by keyboard even when the period is locked and its inputs are disabled. */}
        <section class="scroll" aria-label={m.entryTitle} tabindex={0}>
          <table>
            <thead>
              <tr>
                <th>{m.col.no}</th>
                <th>{m.col.indicator}</th>
                <th>{m.col.unitOfMeasure}</th>
                <th>{m.col.target}</th>
                <th>{m.col.actual}</th>
                <th>{m.col.qualifier}</th>
                <th>{m.col.stage}</th>
                <th>{m.col.note}</th>
                <th>{m.col.assessment}</th>
              </tr>
            </thead>
            <tbody>
              {form.rows.map((row, i) => {
                const id = row.target.id;
                const a = row.assessment;
                const latest = row.latest?.observation;
                const shown =
                  typed(state.raw, `value-${id}`) ??
                  (latest && typeof latest.value === "number"
                    ? formatNumber(latest.value, "vi", { maxDecimals: 10 })
                    : "");
                const unit = row.target.unit ?? row.indicator.unit;
                const error = errorOf(`value-${id}`);
                const qualifier = typed(state.raw, `qualifier-${id}`) ?? latest?.qualifier ?? "exact";
                const stage = typed(state.raw, `stage-${id}`) ?? latest?.stage ?? "estimate";
                return (
                  <tr>
                    <td>{i + 1}</td>
                    <td>
                      <input type="hidden" name="target" value={id} />
                      <label for={`value-${id}`}>
                        {locale === "vi" ? row.indicator.name.vi : row.indicator.name.en}
                      </label>
                    </td>
                    <td>{unit}</td>
                    <td class="num">
                      {targetText(
                        row.target.spec,
                        unit,
                        row.indicator.decimals,
                        locale,
                        row.target.implied !== undefined,
                      )}
                    </td>
                    <td>
                      <FieldErrorText id={`value-${id}`} error={error} />
                      <input
                        type="text"
                        inputmode="decimal"
                        id={`value-${id}`}
                        name={`value-${id}`}
                        value={shown}
                        disabled={!editable}
                        data-target={id}
                        aria-invalid={error ? "true" : undefined}
                        aria-describedby={error ? `value-${id}-error` : undefined}
                      />
                    </td>
                    <td>
                      <SelectField
                        bare
                        id={`qualifier-${id}`}
                        label={m.col.qualifier}
                        error={errorOf(`qualifier-${id}`)}
                        disabled={!editable}
                        choices={QUALIFIERS}
                        selected={qualifier as (typeof QUALIFIERS)[number]}
                        wordOf={(q) => m.qualifier[q]}
                      />
                    </td>
                    <td>
                      <SelectField
                        bare
                        id={`stage-${id}`}
                        label={m.col.stage}
                        error={errorOf(`stage-${id}`)}
                        disabled={!editable}
                        choices={OBSERVATION_STAGES}
                        selected={stage as (typeof OBSERVATION_STAGES)[number]}
                        wordOf={(st) => m.stage[st]}
                      />
                    </td>
                    <td>
                      <input
                        type="text"
                        id={`note-${id}`}
                        name={`note-${id}`}
                        value={typed(state.raw, `note-${id}`) ?? row.latest?.note ?? ""}
                        disabled={!editable}
                        aria-label={m.col.note}
                      />
                    </td>
                    <td id={`assessment-${id}`} aria-live="polite" class={`status-${a.status}`}>
                      {g.status[a.status]}
                      {a.percent !== null && a.showPercent ? ` (${formatPercent(a.percent, locale, 1)})` : ""}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
        {editable ? (
          <p>
            <button type="submit" id="save">
              {m.save}
            </button>
          </p>
        ) : null}
      </form>
      <p>
        <a href={here("/template.xlsx")} id="template">
          {m.downloadTemplate}
        </a>{" "}
        ·{" "}
        <a href={here("/report.docx")} id="report">
          {m.downloadReport}
        </a>
      </p>
      {editable ? (
        <form method="post" enctype="multipart/form-data" action={here("/upload")}>
          <CsrfField token={csrf} />
          <FileField id="file" label={m.uploadTemplate} accept=".xlsx" error={errorOf("file")} />
          <button type="submit" id="upload">
            {m.upload}
          </button>
        </form>
      ) : null}
      <form
        method="post"
        action={workspaceUrl(locale, `/workflow/${encodeURIComponent(form.plan.id)}`, {
          period: form.period,
        })}
      >
        <CsrfField token={csrf} />
        {reviewing ? <TextArea id="comment" label={m.comment} error={errorOf("comment")} /> : null}
        <p>
          {props.canSubmit && form.workflow.state === "draft" ? (
            <button type="submit" name="action" value="submit" id="submit">
              {m.submit}
            </button>
          ) : null}
          {reviewing ? (
            <button type="submit" name="action" value="return" id="return">
              {m.returnForRevision}
            </button>
          ) : null}
          {props.canReview && form.workflow.state === "submitted" ? (
            <button type="submit" name="action" value="approve" id="approve">
              {m.approve}
            </button>
          ) : null}
          {props.canReview && form.workflow.state === "approved" ? (
            <button type="submit" name="action" value="publish" id="publish">
              {m.publish}
            </button>
          ) : null}
        </p>
      </form>
    </div>
  );
}
