/**
 * The review queue (issue 16, part 3): /sources/ lists the sources with their counts,
 * /sources/new adds one (pasted text, or a .txt or .docx upload), /sources/{id} shows its text
 * with each statement highlighted in place and, for each statement, a form to accept it (every
 * field prefilled with what is suggested, every field editable) and one to reject it with a reason.
 * A roll-up statement ("23/24 chỉ tiêu") is recorded instead as a plan's reported roll-up ("Ghi
 * nhận số báo cáo"), and a target statement put into a plan as a target ("Đưa vào kế hoạch").
 * A small script (/assets/review.js) adds j/k/a/r for a long report; the forms work without it.
 */
import type { Child } from "hono/jsx";
import { z } from "zod";
import { acceptStatement } from "../../../app/accept-statement.ts";
import { acceptTargetStatement } from "../../../app/accept-target-statement.ts";
import { AppError, notFound } from "../../../app/errors.ts";
import { recordReportedRollup } from "../../../app/record-reported-rollup.ts";
import { rejectStatement } from "../../../app/reject-statement.ts";
import {
  reviewQueue,
  type SourceToReview,
  type StatementToReview,
  sourceTextOf,
  sourceToReview,
} from "../../../app/review-queue.ts";
import { submitSource } from "../../../app/submit-source.ts";
import { etagOf } from "../../../app/write-context.ts";
import { formatNumber, NumberFormatError, parseNumber } from "../../../domain/numbers.ts";
import { PeriodError, parsePeriod } from "../../../domain/periods.ts";
import {
  OBSERVATION_STAGES,
  type ObservationStage,
  QUALIFIERS,
  type Qualifier,
} from "../../../domain/types.ts";
import { reviewMessages } from "../../../i18n/review-messages.ts";
import { formatDay } from "../../web/format.ts";
import {
  CsrfField,
  ErrorSummary,
  FileField,
  Notice,
  SelectField,
  TextArea,
  TextField,
} from "../components.tsx";
import { type FieldError, field, firstOf, type RawForm, workspaceForm } from "../forms.ts";
import { type SignedInContext, type WorkspaceAnswer, workspaceUrl } from "../page.tsx";

const sourcePath = (id: string) => `/sources/${encodeURIComponent(id)}`;
const when = (d: string | undefined, locale: "vi" | "en") => (d ? formatDay(d, locale) : "");

export async function sourcesPage(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const { db, who, locale } = ctx;
  const r = reviewMessages(locale);
  const queue = await reviewQueue(db, who);
  return {
    title: r.sources,
    body: (
      <>
        <p>
          <a class="button" href={workspaceUrl(locale, "/sources/new")}>
            {r.addSource}
          </a>
        </p>
        {queue.length === 0 ? (
          <p>{r.noSources}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{r.source}</th>
                <th scope="col">{r.date}</th>
                <th scope="col">{r.statements}</th>
              </tr>
            </thead>
            <tbody>
              {queue.map(({ source, counts }) => (
                <tr>
                  <td>
                    <a href={workspaceUrl(locale, sourcePath(source.id))}>{source.title}</a>
                  </td>
                  <td>{when(source.date, locale)}</td>
                  <td>{r.counts(counts.pending, counts.accepted, counts.rejected)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </>
    ),
  };
}

/** An upload, or nothing when the browser sent the empty file of an untouched input. */
const optionalFile = z.preprocess(
  (v) => {
    const one = firstOf(v);
    return one instanceof File && one.size > 0 ? one : undefined;
  },
  z
    .instanceof(File)
    .refine((f) => /\.(txt|docx)$/i.test(f.name))
    .optional(),
);

const NewSourceSchema = z.object({
  title: field.required(500),
  date: field.text(10).refine((d) => d === "" || /^\d{4}-\d{2}-\d{2}$/.test(d)),
  text: field.text(2_000_000),
  file: optionalFile,
  unit: field.text(40),
  period: field.text(100),
});

function newSourceForm(ctx: SignedInContext, errors: FieldError[] = [], raw: RawForm = {}) {
  const { m, locale, csrf } = ctx;
  const r = reviewMessages(locale);
  const value = (id: string) => {
    const v = firstOf(raw[id]);
    return typeof v === "string" ? v : "";
  };
  const error = (id: string) => errors.find((e) => e.field === id)?.message;
  return {
    title: r.newSource,
    ...(errors.length > 0 ? { status: 422 as const } : {}),
    body: (
      <>
        <ErrorSummary title={m.errorsTitle} errors={errors} />
        <form method="post" action={workspaceUrl(locale, "/sources/new")} enctype="multipart/form-data">
          <CsrfField token={csrf} />
          <TextField
            id="title"
            label={r.sourceTitle}
            hint={r.sourceTitleHint}
            value={value("title")}
            error={error("title")}
            wide
          />
          <TextField id="date" type="date" label={r.date} value={value("date")} error={error("date")} />
          <TextArea
            id="text"
            label={r.pasteText}
            hint={r.pasteTextHint}
            value={value("text")}
            error={error("text")}
            rows={12}
          />
          <FileField
            id="file"
            label={r.orUpload}
            hint={r.uploadHint}
            accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            error={error("file")}
          />
          <TextField
            id="unit"
            label={r.unitOfSource}
            hint={r.unitOfSourceHint}
            value={value("unit")}
            error={error("unit")}
          />
          <TextField
            id="period"
            label={r.periodOfSource}
            hint={r.periodOfSourceHint}
            value={value("period")}
            error={error("period")}
          />
          <button type="submit">{r.read}</button>
        </form>
      </>
    ),
  };
}

export async function newSourcePage(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  return newSourceForm(ctx);
}

export async function submitSourceForm(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const { c, db, who, m, locale } = ctx;
  const r = reviewMessages(locale);
  const labels: Record<string, string> = {
    title: r.sourceTitle,
    date: r.date,
    text: r.pasteText,
    file: r.orUpload,
    unit: r.unitOfSource,
    period: r.periodOfSource,
  };
  const f = await workspaceForm(ctx, NewSourceSchema, (id) => labels[id] ?? id);
  if (!f.ok) {
    const errors = f.errors.map((e) => (e.field === "file" ? { ...e, message: r.notTxtOrDocx } : e));
    return newSourceForm(ctx, errors, f.raw);
  }
  const { title, date, text, file, unit, period } = f.data;
  if (!text.trim() && !file) {
    return newSourceForm(ctx, [{ field: "text", message: m.form.required(r.textOrFile) }], f.raw);
  }
  const body = file
    ? await sourceTextOf({ name: file.name, bytes: Buffer.from(await file.arrayBuffer()) }, "file")
    : text;
  const created = await submitSource(
    db,
    {
      kind: "report",
      title,
      ...(date ? { date } : {}),
      text: body,
      ...(unit.trim() ? { unit: unit.trim() } : {}),
      ...(period.trim() ? { period: period.trim() } : {}),
    },
    { actor: who.userId, principal: who },
  );
  return c.redirect(workspaceUrl(locale, sourcePath(created.source.id)), 303);
}

/** The text with each statement's sentence marked in place; marks link to their statement. */
function MarkedText(props: { text: string; statements: StatementToReview[] }) {
  const spans = [...props.statements].sort(
    (a, b) => a.sentence.start - b.sentence.start || a.position - b.position,
  );
  const parts: (string | ReturnType<typeof Mark>)[] = [];
  let at = 0;
  for (const s of spans) {
    // Several statements of one sentence share its mark (the first's).
    if (s.sentence.start < at) continue;
    parts.push(props.text.slice(at, s.sentence.start));
    parts.push(<Mark s={s} text={props.text.slice(s.sentence.start, s.sentence.end)} />);
    at = s.sentence.end;
  }
  parts.push(props.text.slice(at));
  return <div class="source-text">{parts}</div>;
}

function Mark(props: { s: StatementToReview; text: string }) {
  const n = props.s.position + 1;
  return (
    <>
      <mark id={`m-${props.s.position}`} class={`mark-${props.s.status}`}>
        {props.text}
      </mark>
      <a class="mark-ref" href={`#s-${props.s.position}`}>
        [{n}]
      </a>
    </>
  );
}

/** What the extractor read, in words: "trên 91.500 tấn; 106% kế hoạch tỉnh giao; Năm 2023". */
function readAs(s: StatementToReview, ctx: SignedInContext): string {
  const x = s.extracted;
  const parts: string[] = [];
  if (x.value !== null) {
    const q = x.qualifier && x.qualifier !== "exact" ? `${ctx.m.qualifier[x.qualifier]} ` : "";
    parts.push(`${q}${formatNumber(x.value, ctx.locale, { maxDecimals: 6 })}${x.unit ? ` ${x.unit}` : ""}`);
  }
  for (const c of x.comparisons)
    parts.push(
      `${formatNumber(c.percent, ctx.locale, { maxDecimals: 6 })}%${c.basis_text ? ` ${c.basis_text}` : ""}`,
    );
  if (x.period) parts.push(x.period);
  if (x.locality) parts.push(x.locality);
  return parts.join("; ");
}

interface SourceState {
  /** The statement whose form was posted with errors, and what was typed. */
  position?: number;
  errors?: FieldError[];
  raw?: RawForm;
  notice?: string;
}

/** What an accepted statement became: a figure, the report's roll-up of a plan, or a plan's target. */
function acceptedText(s: StatementToReview, data: SourceToReview, locale: "vi" | "en"): string {
  const r = reviewMessages(locale);
  const mapping = (s.mapping ?? {}) as {
    indicator?: string;
    value?: number;
    period?: string;
    planId?: string;
    met?: number;
    total?: number;
  };
  const indicator = data.indicators.find((i) => i.code === mapping.indicator);
  const name = indicator
    ? locale === "en"
      ? indicator.name.en
      : indicator.name.vi
    : (mapping.indicator ?? "");
  const plan = data.plans.find((p) => p.id === mapping.planId);
  const planName = plan ? planLabel(plan) : (mapping.planId ?? "");
  if (s.reportedRollupId) return r.recordedRollup(mapping.met ?? 0, mapping.total ?? 0, planName);
  if (!s.observationId) return r.targetAccepted(name, planName);
  const value =
    typeof mapping.value === "number" ? formatNumber(mapping.value, locale, { maxDecimals: 6 }) : "";
  return r.acceptedAs([name, value, mapping.period].filter(Boolean).join(", "));
}

const planLabel = (plan: { title: string; period: string }) => `${plan.title} (${plan.period})`;

/** The plan of the suggested unit for the suggested period, when there is exactly one. */
/**
 * One decision on a statement (accept, record, put into a plan, reject): a form carrying the
 * session's CSRF token and the statement's version, its fields, and the button the keyboard
 * script presses (`data-action`).
 */
function DecisionForm(props: {
  action: string;
  kind: "accept" | "reject";
  csrf: string;
  version: number;
  submit: string;
  children?: Child;
}) {
  return (
    <form method="post" action={props.action} class={`${props.kind}-form`}>
      <CsrfField token={props.csrf} />
      <input type="hidden" name="version" value={String(props.version)} />
      {props.children}
      <button
        type="submit"
        data-action={props.kind}
        {...(props.kind === "reject" ? { class: "secondary" } : {})}
      >
        {props.submit}
      </button>
    </form>
  );
}

function suggestedPlan(s: StatementToReview, data: SourceToReview): string {
  const fits = data.plans.filter(
    (plan) => plan.unitId === s.suggestedUnit?.id && plan.period === s.suggestedPeriod,
  );
  return fits.length === 1 ? fits[0]!.id : "";
}

function StatementCard(props: {
  ctx: SignedInContext;
  data: SourceToReview;
  s: StatementToReview;
  state: SourceState;
}) {
  const { ctx, data, s, state } = props;
  const { m, locale, csrf } = ctx;
  const r = reviewMessages(locale);
  const p = s.position;
  const mine = state.position === p;
  const raw = mine ? (state.raw ?? {}) : undefined;
  const errors = mine ? (state.errors ?? []) : [];
  const error = (id: string) => errors.find((e) => e.field === id)?.message;
  const typed = (id: string, fallback: string) => {
    if (!raw) return fallback;
    const v = firstOf(raw[id]);
    return typeof v === "string" ? v : fallback;
  };
  const x = s.extracted;
  const base = `${sourcePath(data.source.id)}/statements/${encodeURIComponent(s.id)}`;
  const indicatorCodes = ["", ...data.indicators.map((i) => i.code)];
  const names = new Map(data.indicators.map((i) => [i.code, locale === "en" ? i.name.en : i.name.vi]));
  const stage: ObservationStage = x.estimated ? "estimate" : "official";
  const canAccept = s.status === "pending" && !x.is_target && !s.rollup;
  const planChoices = ["", ...data.plans.map((plan) => plan.id)];
  const planWord = (id: string) => {
    const plan = data.plans.find((pl) => pl.id === id);
    return plan ? planLabel(plan) : r.choosePlan;
  };
  return (
    <section
      class={`statement statement-${s.status}`}
      id={`s-${p}`}
      tabindex={-1}
      data-pending={s.status === "pending" ? "1" : undefined}
    >
      <h3>
        {r.statement(p + 1)} <span class={`tag tag-${s.status}`}>{r.status[s.status]}</span>
      </h3>
      <blockquote>{s.sentence.text}</blockquote>
      <p>
        {r.readAs}: {readAs(s, ctx)}.{" "}
        <a href={`#m-${data.statements.find((o) => o.sentence.start === s.sentence.start)?.position ?? p}`}>
          {r.showInText}
        </a>
      </p>
      {s.rollup ? (
        <p class="rollup">
          <strong>{r.rollupReported(s.rollup.met, s.rollup.total)}</strong>
          {s.rollup.computed ? ` · ${r.rollupComputed(s.rollup.computed.met, s.rollup.computed.total)}` : ""}
          {s.status === "pending" ? (
            <>
              <br />
              {r.rollupNote}
            </>
          ) : null}
        </p>
      ) : null}
      {s.status === "pending" && x.is_target ? <p class="locked">{r.targetNote}</p> : null}
      {s.status === "accepted" ? <p class="notice">{acceptedText(s, data, locale)}</p> : null}
      {s.status === "rejected" ? <p>{r.rejectedWith(s.reason ?? "")}</p> : null}
      {canAccept ? (
        <DecisionForm
          action={workspaceUrl(locale, `${base}/accept`)}
          kind="accept"
          csrf={csrf}
          version={s.version}
          submit={r.accept}
        >
          <p class="hint">{r.acceptHint}</p>
          <SelectField
            id={`indicator-${p}`}
            label={r.indicator}
            {...(s.suggestion
              ? {
                  hint: r.suggested(
                    s.suggestion.name[locale],
                    formatNumber(s.suggestion.score, locale, { maxDecimals: 2 }),
                  ),
                }
              : {})}
            choices={indicatorCodes}
            selected={typed(`indicator-${p}`, s.suggestion?.code ?? "")}
            wordOf={(code) => (code ? `${names.get(code)} (${code})` : r.chooseIndicator)}
            error={error(`indicator-${p}`)}
          />
          <TextField
            id={`unit-${p}`}
            label={r.unit}
            hint={r.unitHint(s.suggestedUnit ? `${s.suggestedUnit.kind} ${s.suggestedUnit.name}` : undefined)}
            value={typed(`unit-${p}`, s.suggestedUnit?.code ?? "")}
            error={error(`unit-${p}`)}
          />
          <TextField
            id={`period-${p}`}
            label={r.period}
            hint={r.periodHint}
            value={typed(`period-${p}`, s.suggestedPeriod ?? "")}
            error={error(`period-${p}`)}
          />
          <TextField
            id={`value-${p}`}
            label={r.value}
            hint={r.valueHint}
            inputmode="decimal"
            value={typed(
              `value-${p}`,
              x.value === null ? "" : formatNumber(x.value, "vi", { maxDecimals: 6 }),
            )}
            error={error(`value-${p}`)}
          />
          <TextField
            id={`uom-${p}`}
            label={r.unitOfMeasure}
            value={typed(`uom-${p}`, x.unit ?? "")}
            error={error(`uom-${p}`)}
          />
          <SelectField
            id={`qualifier-${p}`}
            label={r.qualifier}
            choices={QUALIFIERS}
            selected={typed(`qualifier-${p}`, x.qualifier ?? "exact") as Qualifier}
            wordOf={(q) => m.qualifier[q]}
            error={error(`qualifier-${p}`)}
          />
          <SelectField
            id={`stage-${p}`}
            label={r.stage}
            choices={OBSERVATION_STAGES}
            selected={typed(`stage-${p}`, stage) as ObservationStage}
            wordOf={(q) => m.stage[q]}
            error={error(`stage-${p}`)}
          />
          {s.planPercents.map((percent, i) => (
            <SelectField
              id={`plan-${p}-${i}`}
              label={r.percentOfPlan(formatNumber(percent, locale, { maxDecimals: 6 }))}
              choices={["", ...data.plans.map((plan) => plan.id)]}
              selected={typed(`plan-${p}-${i}`, "")}
              wordOf={(id) => {
                const plan = data.plans.find((pl) => pl.id === id);
                return plan ? `${plan.title} (${plan.period})` : r.keepNone;
              }}
              error={error(`plan-${p}-${i}`)}
            />
          ))}
          <TextField
            id={`note-${p}`}
            label={r.note}
            value={typed(`note-${p}`, "")}
            error={error(`note-${p}`)}
            wide
          />
        </DecisionForm>
      ) : null}
      {s.status === "pending" && s.rollup ? (
        <DecisionForm
          action={workspaceUrl(locale, `${base}/record-rollup`)}
          kind="accept"
          csrf={csrf}
          version={s.version}
          submit={r.recordRollup}
        >
          <SelectField
            id={`plan-${p}`}
            label={r.rollupPlan}
            hint={r.rollupPlanHint}
            choices={planChoices}
            selected={typed(`plan-${p}`, suggestedPlan(s, data))}
            wordOf={planWord}
            error={error(`plan-${p}`)}
          />
        </DecisionForm>
      ) : null}
      {s.status === "pending" && x.is_target ? (
        <DecisionForm
          action={workspaceUrl(locale, `${base}/to-plan`)}
          kind="accept"
          csrf={csrf}
          version={s.version}
          submit={r.toPlan}
        >
          <SelectField
            id={`plan-${p}`}
            label={r.targetPlan}
            hint={r.targetPlanHint}
            choices={planChoices}
            selected={typed(`plan-${p}`, suggestedPlan(s, data))}
            wordOf={planWord}
            error={error(`plan-${p}`)}
          />
          <SelectField
            id={`indicator-${p}`}
            label={r.indicator}
            hint={r.targetIndicatorHint}
            choices={indicatorCodes}
            selected={typed(`indicator-${p}`, s.suggestion?.code ?? "")}
            wordOf={(code) => (code ? `${names.get(code)} (${code})` : r.chooseIndicator)}
            error={error(`indicator-${p}`)}
          />
          <TextField
            id={`why-${p}`}
            label={r.changeReason}
            hint={r.changeReasonHint}
            value={typed(`why-${p}`, "")}
            error={error(`why-${p}`)}
            wide
          />
        </DecisionForm>
      ) : null}
      {s.status === "pending" ? (
        <DecisionForm
          action={workspaceUrl(locale, `${base}/reject`)}
          kind="reject"
          csrf={csrf}
          version={s.version}
          submit={r.reject}
        >
          <TextField
            id={`reason-${p}`}
            label={r.reasonToReject}
            value={typed(`reason-${p}`, "")}
            error={error(`reason-${p}`)}
            wide
          />
        </DecisionForm>
      ) : null}
    </section>
  );
}

async function sourceAnswer(ctx: SignedInContext, state: SourceState = {}): Promise<WorkspaceAnswer> {
  const { db, who, m, locale } = ctx;
  const r = reviewMessages(locale);
  const data = await sourceToReview(db, who, ctx.c.req.param("id") ?? "");
  const counts = { pending: 0, accepted: 0, rejected: 0 };
  for (const s of data.statements) counts[s.status] += 1;
  return {
    title: data.source.title,
    script: "reviewJs",
    ...(state.errors && state.errors.length > 0 ? { status: 422 as const } : {}),
    body: (
      <>
        <ErrorSummary title={m.errorsTitle} errors={state.errors ?? []} />
        <Notice text={state.notice} />
        <p>
          <a href={workspaceUrl(locale, "/sources/")}>{r.sources}</a>
          {data.source.date ? ` · ${when(data.source.date, locale)}` : ""} ·{" "}
          {r.counts(counts.pending, counts.accepted, counts.rejected)}
        </p>
        <p class="hint" id="shortcuts-hint" hidden>
          {r.shortcuts}
        </p>
        <div class="review">
          <section class="review-text" aria-labelledby="text-heading">
            <h2 id="text-heading">{r.text}</h2>
            {data.text !== undefined ? (
              <MarkedText text={data.text} statements={data.statements} />
            ) : (
              <p>{r.noText}</p>
            )}
          </section>
          <section class="review-statements" aria-labelledby="statements-heading">
            <h2 id="statements-heading">{r.statements}</h2>
            {data.statements.length === 0 ? <p>{r.noStatements}</p> : null}
            {data.statements.map((s) => (
              <StatementCard ctx={ctx} data={data} s={s} state={state} />
            ))}
          </section>
        </div>
      </>
    ),
  };
}

export async function sourcePage(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const r = reviewMessages(ctx.locale);
  const done = ctx.c.req.query("done");
  const notices: Record<string, string> = {
    accepted: r.acceptedNotice,
    rejected: r.rejectedNotice,
    recorded: r.recordedNotice,
    target: r.targetNotice,
  };
  const notice = done ? notices[done] : undefined;
  return sourceAnswer(ctx, notice ? { notice } : {});
}

/** The statement a form is posted for, from the page's data (404 when it is not the source's). */
async function postedStatement(
  ctx: SignedInContext,
): Promise<{ data: SourceToReview; s: StatementToReview }> {
  const data = await sourceToReview(ctx.db, ctx.who, ctx.c.req.param("id") ?? "");
  const s = data.statements.find((x) => x.id === ctx.c.req.param("statement"));
  if (!s) throw notFound("statement", ctx.c.req.param("statement") ?? "", "statement");
  return { data, s };
}

/** After a decision: the source again, at the next statement still pending. */
function nextPlace(ctx: SignedInContext, data: SourceToReview, s: StatementToReview, done: string): Response {
  const next = data.statements.find(
    (o) => o.status === "pending" && o.position > s.position && o.id !== s.id,
  );
  return ctx.c.redirect(
    `${workspaceUrl(ctx.locale, sourcePath(data.source.id), { done })}${next ? `#s-${next.position}` : ""}`,
    303,
  );
}

export async function acceptStatementForm(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const { db, who, m, locale } = ctx;
  const r = reviewMessages(locale);
  const { data, s } = await postedStatement(ctx);
  const p = s.position;
  const name = r.statement(p + 1);
  const labels: Record<string, string> = {
    [`indicator-${p}`]: r.indicator,
    [`unit-${p}`]: r.unit,
    [`period-${p}`]: r.period,
    [`value-${p}`]: r.value,
    [`uom-${p}`]: r.unitOfMeasure,
    [`qualifier-${p}`]: r.qualifier,
    [`stage-${p}`]: r.stage,
    [`note-${p}`]: r.note,
    version: "version",
  };
  s.planPercents.forEach((percent, i) => {
    labels[`plan-${p}-${i}`] = r.percentOfPlan(formatNumber(percent, locale, { maxDecimals: 6 }));
  });
  const label = (id: string) => `${labels[id] ?? id} – ${name}`;
  const schema = z.object({
    version: field.required(20),
    [`indicator-${p}`]: field.choice(data.indicators.map((i) => i.code)),
    [`unit-${p}`]: field.required(60),
    [`period-${p}`]: field.required(20),
    [`value-${p}`]: field.text(100),
    [`uom-${p}`]: field.text(40),
    [`qualifier-${p}`]: field.choice(QUALIFIERS, "exact"),
    [`stage-${p}`]: field.choice(OBSERVATION_STAGES, "official"),
    [`note-${p}`]: field.text(2000),
    ...Object.fromEntries(s.planPercents.map((_, i) => [`plan-${p}-${i}`, field.text(200)])),
  });
  const f = await workspaceForm(ctx, schema, label);
  const fail = (errors: FieldError[], raw: RawForm) => sourceAnswer(ctx, { position: p, errors, raw });
  if (!f.ok) return fail(f.errors, f.raw);
  const d = f.data as Record<string, string>;
  const errors: FieldError[] = [];
  const period = d[`period-${p}`]!;
  try {
    parsePeriod(period);
  } catch (e) {
    if (!(e instanceof PeriodError)) throw e;
    errors.push({ field: `period-${p}`, message: m.form.invalid(label(`period-${p}`)) });
  }
  const typedValue = d[`value-${p}`]!.trim();
  let value: number | undefined;
  if (typedValue) {
    try {
      value = parseNumber(typedValue, "vi");
    } catch (e) {
      if (!(e instanceof NumberFormatError)) throw e;
      errors.push({ field: `value-${p}`, message: m.form.notANumber(label(`value-${p}`), typedValue) });
    }
  } else if (s.extracted.value === null) {
    errors.push({ field: `value-${p}`, message: m.form.required(label(`value-${p}`)) });
  }
  if (errors.length > 0) return fail(errors, f.raw);
  const uom = d[`uom-${p}`]!.trim();
  const note = d[`note-${p}`]!.trim();
  try {
    await acceptStatement(
      db,
      s.id,
      {
        indicator: d[`indicator-${p}`]!,
        unit: d[`unit-${p}`]!,
        period,
        stage: d[`stage-${p}`] as ObservationStage,
        ...(value !== undefined ? { value } : {}),
        ...(uom ? { unitOfMeasure: uom } : {}),
        qualifier: d[`qualifier-${p}`] as Qualifier,
        percents: s.planPercents.flatMap((percent, i) => {
          const planId = d[`plan-${p}-${i}`];
          return planId ? [{ percent, planId }] : [];
        }),
        ...(note ? { note } : {}),
      },
      { actor: who.userId, principal: who, ifMatch: etagOf(Number(d.version)) },
    );
  } catch (error) {
    // A unit the chosen indicator cannot be read in is a choice on this card to correct.
    if (!(error instanceof AppError) || error.details.rule !== "dimension") throw error;
    return fail([{ field: `uom-${p}`, message: `${label(`uom-${p}`)} – ${r.unitMismatch}` }], f.raw);
  }
  return nextPlace(ctx, data, s, "accepted");
}

export async function rejectStatementForm(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const { db, who, locale } = ctx;
  const r = reviewMessages(locale);
  const { data, s } = await postedStatement(ctx);
  const p = s.position;
  const f = await workspaceForm(
    ctx,
    z.object({ version: field.required(20), [`reason-${p}`]: field.required(2000) }),
    (id) => (id === `reason-${p}` ? `${r.reasonToReject} – ${r.statement(p + 1)}` : id),
  );
  if (!f.ok) return sourceAnswer(ctx, { position: p, errors: f.errors, raw: f.raw });
  const d = f.data as Record<string, string>;
  await rejectStatement(db, s.id, d[`reason-${p}`]!, {
    actor: who.userId,
    principal: who,
    ifMatch: etagOf(Number(d.version)),
  });
  return nextPlace(ctx, data, s, "rejected");
}

/** "Ghi nhận số báo cáo": a roll-up statement recorded as the report's roll-up of the plan chosen. */
export async function recordRollupForm(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const { db, who, locale } = ctx;
  const r = reviewMessages(locale);
  const { data, s } = await postedStatement(ctx);
  const p = s.position;
  const f = await workspaceForm(
    ctx,
    // Any plan id: whether the caller may use it is the use-case's to say (404 outside their units).
    z.object({ version: field.required(20), [`plan-${p}`]: field.required(200) }),
    (id) => (id === `plan-${p}` ? `${r.rollupPlan} – ${r.statement(p + 1)}` : id),
  );
  if (!f.ok) return sourceAnswer(ctx, { position: p, errors: f.errors, raw: f.raw });
  const d = f.data as Record<string, string>;
  await recordReportedRollup(
    db,
    s.id,
    { planId: d[`plan-${p}`]! },
    { actor: who.userId, principal: who, ifMatch: etagOf(Number(d.version)) },
  );
  return nextPlace(ctx, data, s, "recorded");
}

/** "Đưa vào kế hoạch": a target statement saved as a target of the plan chosen. */
export async function targetToPlanForm(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const { db, who, locale } = ctx;
  const r = reviewMessages(locale);
  const { data, s } = await postedStatement(ctx);
  const p = s.position;
  const labels: Record<string, string> = {
    [`plan-${p}`]: r.targetPlan,
    [`indicator-${p}`]: r.indicator,
    [`why-${p}`]: r.changeReason,
  };
  const f = await workspaceForm(
    ctx,
    z.object({
      version: field.required(20),
      [`plan-${p}`]: field.required(200),
      [`indicator-${p}`]: field.choice(data.indicators.map((i) => i.code)),
      [`why-${p}`]: field.text(2000),
    }),
    (id) => `${labels[id] ?? id} – ${r.statement(p + 1)}`,
  );
  if (!f.ok) return sourceAnswer(ctx, { position: p, errors: f.errors, raw: f.raw });
  const d = f.data as Record<string, string>;
  const why = d[`why-${p}`]!.trim();
  try {
    await acceptTargetStatement(
      db,
      s.id,
      { planId: d[`plan-${p}`]!, indicator: d[`indicator-${p}`]! },
      {
        actor: who.userId,
        principal: who,
        ifMatch: etagOf(Number(d.version)),
        ...(why ? { reason: why } : {}),
      },
    );
  } catch (error) {
    // A plan of another year, or an indicator the target's unit does not fit, is a choice on this
    // card to correct, not a page of its own.
    const rule = error instanceof AppError ? error.details.rule : undefined;
    if (rule !== "period" && rule !== "dimension") throw error;
    const errors =
      rule === "period"
        ? [{ field: `plan-${p}`, message: `${labels[`plan-${p}`]} – ${r.planOfAnotherPeriod}` }]
        : [{ field: `indicator-${p}`, message: `${labels[`indicator-${p}`]} – ${r.unitMismatch}` }];
    return sourceAnswer(ctx, { position: p, errors, raw: f.raw });
  }
  return nextPlace(ctx, data, s, "target");
}
