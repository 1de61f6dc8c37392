/**
 * The plan builder (issue 16, part 1): a new plan's header (/plans/new), a plan's page with its
 * targets, each beside the sentence it reads as (/plans/{id}/edit), a target added or changed by
 * form (/plans/{id}/targets/new, /plans/{id}/targets/{target}), deleted, and the plan adopted with
 * its document (/plans/{id}/adopt). Every write is a use-case of src/app/plans.ts, which decides
 * who may write and asks for a reason once the plan is adopted.
 */
import { z } from "zod";
import { conflict, notFound } from "../../../app/errors.ts";
import { isPeriod } from "../../../app/periods.ts";
import { loadPlanSheet, type PlanSheet, readPlanSheet } from "../../../app/plan-sheet.ts";
import {
  createPlan,
  createTarget,
  deleteTarget,
  TARGET_TEXT_MAX,
  updatePlan,
  updateTarget,
} from "../../../app/plans.ts";
import { indicatorMatches, readIndicators, readUnitsByIds } from "../../../app/read-catalogue.ts";
import { targetSentence } from "../../../app/target-drafts.ts";
import type { WriteContext } from "../../../app/write-context.ts";
import type { TargetRecord } from "../../../db/plans.ts";
import { formatNumber, parseNumber } from "../../../domain/numbers.ts";
import { parsePeriod } from "../../../domain/periods.ts";
import {
  HORIZONS,
  type Horizon,
  type Indicator,
  PLAN_KINDS,
  type TargetForm,
  type TargetSpec,
} from "../../../domain/types.ts";
import {
  GROWTH_FROMS,
  type GrowthFromChoice,
  type PlanBuilderMessages,
  planBuilderMessages,
  TARGET_FORMS,
  type TargetFormChoice,
} from "../../../i18n/plan-builder-messages.ts";
import { CsrfField, ErrorSummary, Notice, SelectField, TextArea, TextField } from "../components.tsx";
import { errorOf, type FieldError, field, type RawForm, workspaceForm } from "../forms.ts";
import { type SignedInContext, type WorkspaceAnswer, workspaceUrl } from "../page.tsx";

export const planPath = (planId: string, rest = "") => `/plans/${encodeURIComponent(planId)}${rest}`;

/** The words of the plan builder in the page's language. */
export const pbOf = (ctx: SignedInContext): PlanBuilderMessages => planBuilderMessages(ctx.locale);

/** Who writes, as every use-case takes it. */
export function writerOf(ctx: SignedInContext, extra: Partial<WriteContext> = {}): WriteContext {
  return { actor: ctx.who.userId, principal: ctx.who, separateDuties: ctx.c.get("separateDuties"), ...extra };
}

/** The plan of the URL, for a caller who may write it (outside the caller's scope: 404). */
export const sheetForWrite = (ctx: SignedInContext): Promise<PlanSheet> =>
  loadPlanSheet(ctx.db, ctx.who, { planId: ctx.c.req.param("plan") ?? "" }, "plan.write");

/** The value a raw form had for a field, to show again. */
export const rawText = (raw: RawForm | undefined, id: string): string | undefined => {
  const v = raw?.[id];
  const one = Array.isArray(v) ? v[0] : v;
  return typeof one === "string" ? one : undefined;
};

/**
 * A target as the plan builder reads it: its sentence, then how a term's growth is judged when
 * the target says ("…, tính từ tốc độ tăng hằng năm (lũy kế), năm gốc 2025").
 */
export function targetReading(
  target: { spec: TargetSpec; unit?: string | undefined; implied?: unknown; form?: TargetForm | undefined },
  indicator: Pick<Indicator, "unit" | "direction" | "decimals"> | undefined,
  locale: "vi" | "en",
  pb: PlanBuilderMessages,
): string {
  const sentence = targetSentence(target, indicator, locale);
  const growth = pb.growthWords(target.form?.growthFrom, target.form?.baseYear);
  return growth ? `${sentence}, ${growth}` : sentence;
}

/** A text cut to a glance's length, for a table cell; the form shows it whole. */
const brief = (text: string, max = 120) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

// ---------------------------------------------------------------- a new plan

/** The units the caller holds a grant over; none listed for a grant over every unit. */
async function callerUnits(ctx: SignedInContext) {
  const ids = [...new Set(ctx.who.grants.flatMap((g) => (g.unitId ? [g.unitId] : [])))];
  return readUnitsByIds(ctx.db, ids);
}

const periodField = () => field.required(20).refine(isPeriod);

const NewPlanForm = z.object({
  kind: field.choice(PLAN_KINDS, "annual_plan"),
  title: field.required(500),
  issuer: field.text(500),
  number: field.text(200),
  date: field.optionalDate(),
  unit: field.required(60),
  period: periodField(),
});

function planLabels(pb: PlanBuilderMessages) {
  const labels: Record<string, string> = {
    kind: pb.kind,
    title: pb.title,
    issuer: pb.issuer,
    number: pb.number,
    date: pb.date,
    unit: pb.unit,
    period: pb.period,
    reason: pb.reason,
  };
  return (f: string) => labels[f] ?? f;
}

async function newPlanAnswer(
  ctx: SignedInContext,
  state: { errors?: FieldError[]; raw?: RawForm } = {},
): Promise<WorkspaceAnswer> {
  const pb = pbOf(ctx);
  const errors = state.errors ?? [];
  const units = await callerUnits(ctx);
  const everywhere = ctx.who.grants.some((g) => g.unitId === null);
  const v = (id: string) => rawText(state.raw, id);
  return {
    title: pb.newPlan,
    ...(errors.length > 0 ? { status: 422 as const } : {}),
    body: (
      <>
        <ErrorSummary title={ctx.m.errorsTitle} errors={errors} />
        <form method="post" action={workspaceUrl(ctx.locale, "/plans/new")} id="new-plan">
          <CsrfField token={ctx.csrf} />
          <SelectField
            id="kind"
            label={pb.kind}
            choices={PLAN_KINDS}
            selected={(v("kind") as (typeof PLAN_KINDS)[number]) ?? "annual_plan"}
            wordOf={(k) => pb.kinds[k]}
            error={errorOf(errors, "kind")}
          />
          <TextField
            id="title"
            label={pb.title}
            value={v("title") ?? ""}
            wide
            error={errorOf(errors, "title")}
          />
          <TextField
            id="issuer"
            label={pb.issuer}
            value={v("issuer") ?? ""}
            wide
            error={errorOf(errors, "issuer")}
          />
          <TextField
            id="number"
            label={pb.number}
            value={v("number") ?? ""}
            error={errorOf(errors, "number")}
          />
          <TextField
            id="date"
            type="date"
            label={pb.date}
            hint={pb.dateHint}
            value={v("date") ?? ""}
            error={errorOf(errors, "date")}
          />
          {units.length > 0 && !everywhere ? (
            <SelectField
              id="unit"
              label={pb.unit}
              choices={units.map((u) => u.id)}
              selected={v("unit") ?? units[0]?.id}
              wordOf={(id) => units.find((u) => u.id === id)?.name ?? id}
              error={errorOf(errors, "unit")}
            />
          ) : (
            <TextField id="unit" label={pb.unit} value={v("unit") ?? ""} error={errorOf(errors, "unit")} />
          )}
          <TextField
            id="period"
            label={pb.period}
            hint={pb.periodHint}
            value={v("period") ?? ""}
            inputmode="numeric"
            error={errorOf(errors, "period")}
          />
          <button type="submit" id="create">
            {pb.create}
          </button>
        </form>
      </>
    ),
  };
}

export const newPlanPage = (ctx: SignedInContext) => newPlanAnswer(ctx);

export async function createPlanForm(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const f = await workspaceForm(ctx, NewPlanForm, planLabels(pbOf(ctx)));
  if (!f.ok) return newPlanAnswer(ctx, { errors: f.errors, raw: f.raw });
  const d = f.data;
  const plan = await createPlan(
    ctx.db,
    {
      kind: d.kind,
      unit: d.unit,
      period: d.period,
      title: d.title,
      state: "draft",
      ...(d.issuer ? { issuer: d.issuer } : {}),
      ...(d.number ? { number: d.number } : {}),
      ...(d.date ? { date: d.date } : {}),
    },
    writerOf(ctx),
  );
  return ctx.c.redirect(workspaceUrl(ctx.locale, planPath(plan.id, "/edit")), 303);
}

// ---------------------------------------------------------------- the plan's page

function PlanHeader(props: { sheet: PlanSheet; pb: PlanBuilderMessages }) {
  const { plan, unit } = props.sheet;
  const pb = props.pb;
  const rows: [string, string][] = [
    [pb.kind, pb.kinds[plan.kind]],
    [pb.unit, unit.name],
    [pb.period, plan.period],
    [pb.issuer, plan.issuer ?? ""],
    [pb.number, plan.number ?? ""],
    [pb.date, plan.date ?? ""],
    [pb.state, pb.states[plan.state]],
  ];
  return (
    <dl class="summary" id="plan-header">
      {rows.map(([k, v]) => (
        <div>
          <dt>{k}</dt>
          <dd>{v || "–"}</dd>
        </div>
      ))}
    </dl>
  );
}

export async function editPlanPage(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const { sheet, mayWrite } = await readPlanSheet(ctx.db, ctx.who, ctx.c.req.param("plan") ?? "");
  const pb = pbOf(ctx);
  const { plan } = sheet;
  const { locale } = ctx;
  const notice = ctx.c.req.query("saved")
    ? pb.saved(Number(ctx.c.req.query("saved")) || 0)
    : ctx.c.req.query("deleted")
      ? pb.deleted
      : ctx.c.req.query("adopted")
        ? pb.adopted
        : undefined;
  const link = (rest: string, text: string, id: string) => (
    <li>
      <a id={id} href={workspaceUrl(locale, planPath(plan.id, rest))}>
        {text}
      </a>
    </li>
  );
  const wholes = new Map(sheet.targets.map((t) => [t.id, t]));
  return {
    title: `${pb.editPlan}: ${plan.title}`,
    body: (
      <>
        <Notice text={notice} />
        <PlanHeader sheet={sheet} pb={pb} />
        <h2>{pb.targets}</h2>
        {sheet.targets.length === 0 ? (
          <p>{pb.noTargets}</p>
        ) : (
          <table id="targets">
            <thead>
              <tr>
                <th>{ctx.m.col.no}</th>
                <th>{pb.indicator}</th>
                <th>{pb.sentence}</th>
                {mayWrite ? (
                  <th>
                    <span class="visually-hidden">{pb.edit}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {sheet.targets.map((t, i) => {
                const indicator = sheet.indicators.get(t.indicatorCode);
                const part = t.form?.partOf && wholes.has(t.form.partOf);
                return (
                  <tr id={`target-${t.id}`}>
                    <td>{String(i + 1)}</td>
                    <td>
                      {part ? "— " : ""}
                      {indicator ? indicator.name[locale] : t.indicatorCode}
                    </td>
                    <td class="sentence">
                      {targetReading(t, indicator, locale, pb)}
                      {t.responsibleAgency || t.notes ? (
                        <ul class="target-details">
                          {t.responsibleAgency ? (
                            <li>
                              {pb.responsibleAgency}: {t.responsibleAgency}
                            </li>
                          ) : null}
                          {t.notes ? (
                            <li>
                              {pb.notes}: {brief(t.notes)}
                            </li>
                          ) : null}
                        </ul>
                      ) : null}
                    </td>
                    {mayWrite ? (
                      <td>
                        <a
                          href={workspaceUrl(
                            locale,
                            planPath(plan.id, `/targets/${encodeURIComponent(t.id)}`),
                          )}
                        >
                          {pb.edit}
                          <span class="visually-hidden"> {indicator?.name[locale] ?? t.indicatorCode}</span>
                        </a>
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <ul class="actions">
          {mayWrite ? (
            <>
              {link("/targets/new", pb.addTarget, "add-target")}
              {link("/paste", pb.paste, "paste")}
              {link("/upload", pb.upload, "upload")}
              {link("/copy", pb.copy, "copy")}
              {link("/assign", pb.assign, "assign")}
              {plan.state === "draft" ? link("/adopt", pb.adopt, "adopt") : null}
            </>
          ) : null}
          <li>
            <a href={workspaceUrl(locale, `/entry/${encodeURIComponent(plan.id)}`)}>{pb.openEntry}</a>
          </li>
        </ul>
      </>
    ),
  };
}

// ---------------------------------------------------------------- a target by form

const numberOrEmpty = () => field.text(40);

/** "Xem trước": the sentence the target will read as, nothing saved (no reason asked yet). */
const isPreview = (raw: RawForm) => rawText(raw, "step") === "preview";

const TargetFormSchema = (adopted: boolean) => (raw: RawForm) =>
  z.object({
    indicator: field.required(100),
    form: field.choice(TARGET_FORMS, "gte"),
    value: numberOrEmpty(),
    upper: numberOrEmpty(),
    horizon: field.choice(HORIZONS, "plan_year"),
    growthFrom: field.choice(GROWTH_FROMS, ""),
    baseYear: field.text(20),
    responsibleAgency: field.text(TARGET_TEXT_MAX.responsibleAgency),
    provenance: field.text(TARGET_TEXT_MAX.provenance),
    notes: field.text(TARGET_TEXT_MAX.notes),
    reason: adopted && !isPreview(raw) ? field.required(2000) : field.text(2000),
  });

function targetLabels(pb: PlanBuilderMessages) {
  const labels: Record<string, string> = {
    indicator: pb.indicator,
    form: pb.targetForm,
    value: pb.value,
    upper: pb.upper,
    horizon: pb.horizon,
    growthFrom: pb.growthFrom,
    baseYear: pb.baseYear,
    responsibleAgency: pb.responsibleAgency,
    provenance: pb.provenance,
    notes: pb.notes,
    reason: pb.reason,
  };
  return (f: string) => labels[f] ?? f;
}

/** The fields of the target form, in the order it shows them. */
const TARGET_FIELDS = [
  "indicator",
  "form",
  "value",
  "upper",
  "horizon",
  "growthFrom",
  "baseYear",
  "responsibleAgency",
  "provenance",
  "notes",
  "reason",
];

/** Errors in the order of their fields, one for each field (the first found). */
function inFormOrder(errors: readonly FieldError[]): FieldError[] {
  const rank = (e: FieldError) => {
    const i = TARGET_FIELDS.indexOf(e.field);
    return i < 0 ? TARGET_FIELDS.length : i;
  };
  const first = errors.filter((e, i) => errors.findIndex((x) => x.field === e.field) === i);
  return first.sort((a, b) => rank(a) - rank(b));
}

/** The plan's term ("2026-2030"), or null for a year. */
function termOf(period: string): { from: number; to: number } | null {
  const p = parsePeriod(period);
  return p.kind === "term" ? { from: p.from, to: p.to } : null;
}

/**
 * Whether a target is judged by a term's average growth: averaged over the term, or a growth
 * indicator judged at the term's end (DOMAIN.md, computation rule 5).
 */
const growthApplies = (horizon: Horizon, measure: Indicator["measure"] | undefined) =>
  horizon === "term_average" ||
  (horizon === "term_end" && (measure === "growth" || measure === "avg_growth"));

/**
 * The growth choice and base year of the form, or the errors naming the field at fault: each
 * only where it means something (the base year for a target judged over the term), the base year
 * inside the plan's term (from the year before it to its second last year).
 */
function growthOfForm(
  d: { horizon: Horizon; growthFrom: GrowthFromChoice; baseYear: string },
  measure: Indicator["measure"] | undefined,
  period: string,
  pb: PlanBuilderMessages,
): { growth: Pick<TargetForm, "growthFrom" | "baseYear"> } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  const growth: Pick<TargetForm, "growthFrom" | "baseYear"> = {};
  if (d.growthFrom) {
    if (growthApplies(d.horizon, measure)) growth.growthFrom = d.growthFrom;
    else errors.push({ field: "growthFrom", message: pb.growthNotApplicable });
  }
  const written = d.baseYear.trim();
  if (written) {
    const term = termOf(period);
    const [lo, hi] = term ? [term.from - 1, term.to - 1] : [1900, 2200];
    const year = /^\d{4}$/u.test(written) ? Number(written) : Number.NaN;
    if (d.horizon === "plan_year") errors.push({ field: "baseYear", message: pb.baseYearNotApplicable });
    else if (!(year >= lo && year <= hi))
      errors.push({ field: "baseYear", message: pb.baseYearInvalid(pb.baseYear, lo, hi) });
    else growth.baseYear = year;
  }
  return errors.length > 0 ? { errors } : { growth };
}

/** The spec a form's choice and figures make, or the errors naming the figure at fault. */
function specOfForm(
  choice: TargetFormChoice,
  value: string,
  upper: string,
  pb: PlanBuilderMessages,
  m: SignedInContext["m"],
): { spec: TargetSpec } | { errors: FieldError[] } {
  if (choice === "boolean") return { spec: { kind: "boolean" } };
  if (choice === "unknown") return { spec: { kind: "unknown" } };
  const read = (id: "value" | "upper", text: string, label: string): number | FieldError => {
    if (text.trim() === "") return { field: id, message: m.form.required(label) };
    try {
      return parseNumber(text.trim());
    } catch {
      return { field: id, message: pb.numberInvalid(label, text) };
    }
  };
  const lo = read("value", value, pb.value);
  if (typeof lo !== "number") return { errors: [lo] };
  switch (choice) {
    case "gte":
      return { spec: { kind: "gte", value: lo } };
    case "gt":
      return { spec: { kind: "gte", value: lo, strict: true } };
    case "lte":
      return { spec: { kind: "lte", value: lo } };
    case "lt":
      return { spec: { kind: "lte", value: lo, strict: true } };
    case "eq":
      return { spec: { kind: "eq", value: lo } };
    case "approx":
      return { spec: { kind: "approx", value: lo } };
    case "range": {
      const hi = read("upper", upper, pb.upper);
      if (typeof hi !== "number") return { errors: [hi] };
      if (hi < lo) return { errors: [{ field: "upper", message: pb.rangeOrder }] };
      return { spec: { kind: "range", lo, hi } };
    }
  }
}

/**
 * The form's choice and figures of a stored spec, to edit it; null for a spec the form cannot
 * say whole (a band, a count out of a whole, a fall in points, a stretch or a tolerance): saving
 * the form would lose what it cannot show, so such a target is not edited here.
 */
function formOfSpec(spec: TargetSpec): {
  form: TargetFormChoice;
  value: number | null;
  upper: number | null;
} | null {
  switch (spec.kind) {
    case "gte":
      return { form: spec.strict ? "gt" : "gte", value: spec.value, upper: null };
    case "lte":
      return { form: spec.strict ? "lt" : "lte", value: spec.value, upper: null };
    case "eq":
      return { form: "eq", value: spec.value, upper: null };
    case "approx":
      return spec.tolerance === undefined ? { form: "approx", value: spec.value, upper: null } : null;
    case "range":
      return spec.stretch ? null : { form: "range", value: spec.lo, upper: spec.hi };
    case "boolean":
      return { form: "boolean", value: null, upper: null };
    case "unknown":
      return { form: "unknown", value: null, upper: null };
    default:
      return null;
  }
}

interface TargetFormState {
  errors?: FieldError[];
  raw?: RawForm;
  target?: TargetRecord;
  /** The spec the form makes, shown as its sentence before saving. */
  preview?: { indicator: string; spec: TargetSpec; form: TargetForm };
}

async function targetFormAnswer(
  ctx: SignedInContext,
  sheet: PlanSheet,
  state: TargetFormState = {},
): Promise<WorkspaceAnswer> {
  const pb = pbOf(ctx);
  const { locale } = ctx;
  const errors = state.errors ?? [];
  const { plan } = sheet;
  const q = (ctx.c.req.query("q") ?? "").trim();
  const catalogue = (await readIndicators(ctx.db))
    .map((r) => r.indicator)
    .sort((a, b) => a.name[locale].localeCompare(b.name[locale], locale));
  const stored = state.target ? formOfSpec(state.target.spec) : undefined;
  const v = (id: string) => rawText(state.raw, id);
  const chosen = v("indicator") ?? state.target?.indicatorCode;
  const shown = catalogue.filter((i) => !q || i.code === chosen || indicatorMatches(i, q));
  const figure = (n: number | null | undefined) =>
    n === null || n === undefined ? "" : formatNumber(n, locale, { maxDecimals: 6 });
  const here = state.target
    ? planPath(plan.id, `/targets/${encodeURIComponent(state.target.id)}`)
    : planPath(plan.id, "/targets/new");
  const adopted = plan.state === "adopted";
  const horizon =
    (v("horizon") as Horizon | undefined) ?? state.target?.form?.horizon ?? ("plan_year" as Horizon);
  const growthFrom =
    (v("growthFrom") as GrowthFromChoice | undefined) ?? state.target?.form?.growthFrom ?? "";
  const baseYear = v("baseYear") ?? String(state.target?.form?.baseYear ?? "");
  const term = termOf(plan.period);
  // Open where it applies or says something; closed, it is still there without JavaScript.
  const growthOpen =
    term !== null ||
    horizon !== "plan_year" ||
    growthFrom !== "" ||
    baseYear !== "" ||
    errors.some((e) => e.field === "growthFrom" || e.field === "baseYear");
  const text = (id: "responsibleAgency" | "provenance" | "notes") => v(id) ?? state.target?.[id] ?? "";
  return {
    title: state.target ? pb.editTarget : pb.addTarget,
    ...(errors.length > 0 ? { status: 422 as const } : {}),
    body: (
      <>
        <ErrorSummary title={ctx.m.errorsTitle} errors={errors} />
        <p>
          {plan.title} · {sheet.unit.name} · {plan.period}
        </p>
        {stored === null ? (
          <p class="locked" id="not-editable">
            {`${targetSentence(
              state.target!,
              catalogue.find((i) => i.code === state.target?.indicatorCode),
              locale,
            )}. ${pb.notEditable}`}
          </p>
        ) : null}
        {stored === null ? null : (
          <>
            <form method="get" action={workspaceUrl(locale, here)} id="indicator-search">
              {locale === "en" ? <input type="hidden" name="lang" value="en" /> : null}
              <TextField id="q" label={pb.indicatorSearch} value={ctx.c.req.query("q") ?? ""} />
              <button type="submit">{pb.search}</button>
            </form>
            <form method="post" action={workspaceUrl(locale, here)} id="target-form">
              <CsrfField token={ctx.csrf} />
              {state.target ? (
                <input
                  type="hidden"
                  name="version"
                  value={rawText(state.raw, "version") ?? String(state.target.version)}
                />
              ) : null}
              <SelectField
                id="indicator"
                label={pb.indicator}
                choices={["", ...shown.map((i) => i.code)]}
                selected={chosen ?? ""}
                wordOf={(code) =>
                  code === ""
                    ? pb.noMatch
                    : (() => {
                        const i = shown.find((x) => x.code === code)!;
                        return `${i.name[locale]} (${i.unit})`;
                      })()
                }
                error={errorOf(errors, "indicator")}
              />
              <SelectField
                id="form"
                label={pb.targetForm}
                choices={TARGET_FORMS}
                selected={(v("form") as TargetFormChoice | undefined) ?? stored?.form ?? "gte"}
                wordOf={(f) => pb.targetForms[f]}
                error={errorOf(errors, "form")}
              />
              <TextField
                id="value"
                label={pb.value}
                hint={pb.valueHint}
                inputmode="decimal"
                value={v("value") ?? figure(stored?.value)}
                error={errorOf(errors, "value")}
              />
              <TextField
                id="upper"
                label={pb.upper}
                hint={pb.upperHint}
                inputmode="decimal"
                value={v("upper") ?? figure(stored?.upper)}
                error={errorOf(errors, "upper")}
              />
              <SelectField
                id="horizon"
                label={pb.horizon}
                choices={HORIZONS}
                selected={horizon}
                wordOf={(h) => pb.horizons[h]}
                error={errorOf(errors, "horizon")}
              />
              <details class="rule" id="growth" open={growthOpen}>
                <summary>{pb.growth}</summary>
                <p class="hint">{pb.growthHint}</p>
                <SelectField
                  id="growthFrom"
                  label={pb.growthFrom}
                  choices={GROWTH_FROMS}
                  selected={growthFrom}
                  wordOf={(g) => pb.growthFroms[g]}
                  error={errorOf(errors, "growthFrom")}
                />
                <TextField
                  id="baseYear"
                  label={pb.baseYear}
                  hint={pb.baseYearHint(term)}
                  inputmode="numeric"
                  value={baseYear}
                  error={errorOf(errors, "baseYear")}
                />
              </details>
              <TextField
                id="responsibleAgency"
                label={pb.responsibleAgency}
                hint={pb.responsibleAgencyHint}
                wide
                value={text("responsibleAgency")}
                error={errorOf(errors, "responsibleAgency")}
              />
              <TextField
                id="provenance"
                label={pb.provenance}
                hint={pb.provenanceHint}
                wide
                value={text("provenance")}
                error={errorOf(errors, "provenance")}
              />
              <TextArea
                id="notes"
                label={pb.notes}
                hint={pb.notesHint}
                value={text("notes")}
                error={errorOf(errors, "notes")}
              />
              {adopted ? (
                <TextField
                  id="reason"
                  label={pb.reason}
                  hint={pb.reasonHint}
                  wide
                  value={v("reason") ?? ""}
                  error={errorOf(errors, "reason")}
                />
              ) : null}
              {state.preview ? (
                <p class="notice" role="status" id="preview">
                  {pb.sentence}:{" "}
                  {targetReading(
                    { spec: state.preview.spec, form: state.preview.form },
                    catalogue.find((i) => i.code === state.preview?.indicator),
                    locale,
                    pb,
                  )}
                </p>
              ) : null}
              <button type="submit" name="step" value="preview" id="preview-target">
                {pb.preview}
              </button>{" "}
              <button type="submit" name="step" value="save" id="save-target">
                {pb.save}
              </button>
            </form>
          </>
        )}
        {state.target ? (
          <form method="post" action={workspaceUrl(locale, `${here}/delete`)} id="delete-target">
            <CsrfField token={ctx.csrf} />
            <input type="hidden" name="version" value={String(state.target.version)} />
            {adopted ? <TextField id="delete-reason" label={pb.reason} hint={pb.reasonHint} wide /> : null}
            <button type="submit" id="delete">
              {pb.delete}
            </button>
          </form>
        ) : null}
        <p>
          <a href={workspaceUrl(locale, planPath(plan.id, "/edit"))}>{pb.back}</a>
        </p>
      </>
    ),
  };
}

async function sheetAndTarget(ctx: SignedInContext): Promise<{ sheet: PlanSheet; target: TargetRecord }> {
  const sheet = await sheetForWrite(ctx);
  const id = ctx.c.req.param("target");
  const found = sheet.targets.find((t) => t.id === id);
  if (!found) throw notFound("target", id ?? "", "target");
  return { sheet, target: found };
}

export async function newTargetPage(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  return targetFormAnswer(ctx, await sheetForWrite(ctx));
}

export async function editTargetPage(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const { sheet, target } = await sheetAndTarget(ctx);
  return targetFormAnswer(ctx, sheet, { target });
}

async function saveTargetForm(ctx: SignedInContext, sheet: PlanSheet, target?: TargetRecord) {
  const pb = pbOf(ctx);
  const adopted = sheet.plan.state === "adopted";
  const f = await workspaceForm(ctx, TargetFormSchema(adopted), targetLabels(pb));
  // The figures and the growth choice are read from the form as posted, so that every fault is
  // named at once, those the schema finds beside them.
  const { raw } = f;
  const pick = <T extends string>(id: string, choices: readonly T[], fallback: T): T => {
    const v = rawText(raw, id);
    return v !== undefined && (choices as readonly string[]).includes(v) ? (v as T) : fallback;
  };
  const read = specOfForm(
    pick("form", TARGET_FORMS, "gte"),
    rawText(raw, "value") ?? "",
    rawText(raw, "upper") ?? "",
    pb,
    ctx.m,
  );
  const indicator = rawText(raw, "indicator")?.trim();
  const measure = (await readIndicators(ctx.db)).find((r) => r.indicator.code === indicator)?.indicator
    .measure;
  const growth = growthOfForm(
    {
      horizon: pick("horizon", HORIZONS, "plan_year"),
      growthFrom: pick("growthFrom", GROWTH_FROMS, ""),
      baseYear: rawText(raw, "baseYear") ?? "",
    },
    measure,
    sheet.plan.period,
    pb,
  );
  if (!f.ok || "errors" in read || "errors" in growth) {
    const errors = inFormOrder([
      ...(f.ok ? [] : f.errors),
      ...("errors" in read ? read.errors : []),
      ...("errors" in growth ? growth.errors : []),
    ]);
    return targetFormAnswer(ctx, sheet, { errors, raw, ...(target ? { target } : {}) });
  }
  const { horizon, reason } = f.data;
  // What the form shows is taken from it; the forms it does not show (a whole, an amendment, a
  // published word) are kept as they were.
  const { horizon: _h, growthFrom: _g, baseYear: _b, ...keptForm } = target?.form ?? {};
  const form: TargetForm = { ...keptForm, ...(horizon !== "plan_year" ? { horizon } : {}), ...growth.growth };
  if (isPreview(f.raw))
    return targetFormAnswer(ctx, sheet, {
      raw: f.raw,
      preview: { indicator: f.data.indicator, spec: read.spec, form },
      ...(target ? { target } : {}),
    });
  const input = {
    planId: sheet.plan.id,
    indicator: f.data.indicator,
    spec: read.spec,
    ...(Object.keys(form).length > 0 ? { form } : {}),
    responsibleAgency: f.data.responsibleAgency,
    provenance: f.data.provenance,
    notes: f.data.notes,
  };
  const write = writerOf(ctx, reason ? { reason } : {});
  if (target) {
    await updateTarget(
      ctx.db,
      target.id,
      {
        ...input,
        position: target.position,
        unitOfMeasure: target.unit && target.indicatorCode === input.indicator ? target.unit : undefined,
        // What the form does not show is kept as it was.
        sourceId: target.sourceId,
        implied: target.implied,
        officialLabel: target.officialLabel,
        illustrative: target.illustrative,
      },
      // The version the page was shown at: a change made since then is not overwritten (412).
      { ...write, ifMatch: `"${rawText(f.raw, "version") ?? target.version}"` },
    );
  } else {
    const position = sheet.targets.reduce((max, t) => Math.max(max, t.position ?? 0), 0) + 1;
    await createTarget(ctx.db, { ...input, position }, write);
  }
  return ctx.c.redirect(workspaceUrl(ctx.locale, planPath(sheet.plan.id, "/edit"), { saved: "1" }), 303);
}

export async function createTargetForm(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  return saveTargetForm(ctx, await sheetForWrite(ctx));
}

export async function updateTargetForm(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const { sheet, target } = await sheetAndTarget(ctx);
  if (formOfSpec(target.spec) === null)
    throw conflict(`target ${target.id}: its form cannot be edited on this page`, { field: "form" });
  return saveTargetForm(ctx, sheet, target);
}

export async function deleteTargetForm(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const { sheet, target } = await sheetAndTarget(ctx);
  const f = await workspaceForm(ctx, z.object({ "delete-reason": field.text(2000) }));
  const reason = f.ok ? f.data["delete-reason"].trim() : "";
  const version = rawText(f.raw, "version") ?? String(target.version);
  await deleteTarget(
    ctx.db,
    target.id,
    writerOf(ctx, { ifMatch: `"${version}"`, ...(reason ? { reason } : {}) }),
  );
  return ctx.c.redirect(workspaceUrl(ctx.locale, planPath(sheet.plan.id, "/edit"), { deleted: "1" }), 303);
}

// ---------------------------------------------------------------- adopting

const AdoptForm = z.object({
  number: field.required(200),
  date: field.date(),
  issuer: field.text(500),
});

async function adoptAnswer(
  ctx: SignedInContext,
  sheet: PlanSheet,
  state: { errors?: FieldError[]; raw?: RawForm } = {},
): Promise<WorkspaceAnswer> {
  const pb = pbOf(ctx);
  const errors = state.errors ?? [];
  const { plan } = sheet;
  const v = (id: string) => rawText(state.raw, id);
  return {
    title: pb.adoptTitle,
    ...(errors.length > 0 ? { status: 422 as const } : {}),
    body: (
      <>
        <ErrorSummary title={ctx.m.errorsTitle} errors={errors} />
        <p>
          {plan.title} · {sheet.unit.name} · {plan.period}
        </p>
        <p class="hint">{pb.adoptHint}</p>
        <form method="post" action={workspaceUrl(ctx.locale, planPath(plan.id, "/adopt"))} id="adopt-form">
          <CsrfField token={ctx.csrf} />
          <input type="hidden" name="version" value={rawText(state.raw, "version") ?? String(plan.version)} />
          <TextField
            id="number"
            label={pb.number}
            value={v("number") ?? plan.number ?? ""}
            error={errorOf(errors, "number")}
          />
          <TextField
            id="date"
            type="date"
            label={pb.date}
            hint={pb.dateHint}
            value={v("date") ?? plan.date ?? ""}
            error={errorOf(errors, "date")}
          />
          <TextField
            id="issuer"
            label={pb.issuer}
            wide
            value={v("issuer") ?? plan.issuer ?? ""}
            error={errorOf(errors, "issuer")}
          />
          <button type="submit" id="adopt-plan">
            {pb.adopt}
          </button>
        </form>
        <p>
          <a href={workspaceUrl(ctx.locale, planPath(plan.id, "/edit"))}>{pb.back}</a>
        </p>
      </>
    ),
  };
}

export async function adoptPage(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  return adoptAnswer(ctx, await sheetForWrite(ctx));
}

export async function adoptForm(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const sheet = await sheetForWrite(ctx);
  const f = await workspaceForm(ctx, AdoptForm, planLabels(pbOf(ctx)));
  if (!f.ok) return adoptAnswer(ctx, sheet, { errors: f.errors, raw: f.raw });
  const { plan, unit } = sheet;
  await updatePlan(
    ctx.db,
    plan.id,
    {
      kind: plan.kind,
      unit: unit.id,
      period: plan.period,
      title: plan.title,
      issuer: f.data.issuer || plan.issuer,
      number: f.data.number,
      date: f.data.date,
      state: "adopted",
      nearlyMetThreshold: plan.nearlyMetThreshold,
      sourceId: plan.sourceId,
      illustrative: plan.illustrative,
      form: plan.form,
    },
    writerOf(ctx, { ifMatch: `"${rawText(f.raw, "version") ?? plan.version}"` }),
  );
  return ctx.c.redirect(workspaceUrl(ctx.locale, planPath(plan.id, "/edit"), { adopted: "1" }), 303);
}

export type { RawForm };
