/**
 * The catalogue's administration: indicators (/workspace/admin/indicators: list and search,
 * create, edit with the version it was read at) and units of measure
 * (/workspace/admin/units-of-measure: list, add). Reading is open to every signed-in user (the
 * catalogue is public); writing is the use-cases' catalogue.write (src/app/indicators.ts).
 */
import { z } from "zod";
import { AppError } from "../../../app/errors.ts";
import {
  approveIndicatorRequest,
  type IndicatorRequestRecord,
  listIndicatorRequests,
  rejectIndicatorRequest,
  requestIndicator,
  requireIndicatorRequest,
} from "../../../app/indicator-requests.ts";
import { createIndicator, requireCatalogueWrite, updateIndicator } from "../../../app/indicators.ts";
import { readIndicator, readIndicators } from "../../../app/read-catalogue.ts";
import { addUnitOfMeasure, readUnitsOfMeasure } from "../../../app/units-of-measure.ts";
import { etagOf } from "../../../app/write-context.ts";
import { formatNumber, parseNumber } from "../../../domain/numbers.ts";
import { DIRECTIONS, type Indicator, type Measure } from "../../../domain/types.ts";
import { type AdminMessages, adminMessages, type NearlyMetChoice } from "../../../i18n/workspace-admin.ts";
import { CsrfField, ErrorSummary, Notice, SelectField, TextArea, TextField } from "../components.tsx";
import { type FieldError, field, type RawForm, rawForm, workspaceForm } from "../forms.ts";
import { BASE, type SignedInContext, type WorkspaceAnswer, workspaceUrl } from "../page.tsx";

const MEASURES: readonly Measure[] = [
  "level",
  "rate",
  "growth",
  "avg_growth",
  "cumulative",
  "annual_average",
  "count",
];
const AGGREGATIONS = ["sum", "none", "weighted_mean"] as const;
const NEARLY_MET: readonly NearlyMetChoice[] = ["default", "percent_of_plan", "gap_in_points"];
const DECIMALS = ["0", "1", "2", "3", "4", "5", "6"] as const;
const indicatorsPath = "/admin/indicators";
const unitsPath = "/admin/units-of-measure";
const requestsPath = "/admin/indicators/requests";
const writeContext = (who: SignedInContext["who"], ifMatch?: string) => ({
  actor: who.userId,
  principal: who,
  ...(ifMatch ? { ifMatch } : {}),
});

const errorOf = (errors: readonly FieldError[], id: string) => errors.find((e) => e.field === id)?.message;
const rawText = (raw: RawForm | undefined, id: string) => {
  const v = raw?.[id];
  return typeof v === "string" ? v : undefined;
};

/**
 * A refusal of a use-case that names a field of the form, worded for it in the page's language
 * (by its code when the page has no word of its own); anything else is thrown on, to the
 * sub-app's error page.
 */
function fieldRefusal(
  ctx: SignedInContext,
  error: unknown,
  fields: Record<string, string>,
  label: (field: string) => string,
): FieldError[] {
  if (!(error instanceof AppError)) throw error;
  const a = adminMessages(ctx.locale);
  if (error.code === "precondition_failed") return [{ field: "nameVi", message: a.refused.stale }];
  const f = typeof error.details.field === "string" ? error.details.field : "";
  const id = fields[f];
  if (!id) throw error;
  const message =
    f === "code" && error.code === "conflict"
      ? a.refused.codeTaken
      : f === "unit"
        ? error.details.rule === "in_use"
          ? a.refused.unitInUse
          : a.refused.unknownUnitOfMeasure
        : ctx.m.error[error.code](label(id));
  return [{ field: id, message }];
}

export async function indicatorsPage(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const { c, db, locale } = ctx;
  const a = adminMessages(locale);
  const query = c.req.query("q") ?? "";
  const rows = await readIndicators(db, { query });
  return {
    title: a.indicators,
    body: (
      <>
        <Notice text={c.req.query("done") ? a.changed : undefined} />
        <p>
          <a href={workspaceUrl(locale, `${indicatorsPath}/new`)} class="button">
            {a.newIndicator}
          </a>{" "}
          <a href={workspaceUrl(locale, unitsPath)}>{a.unitsOfMeasure}</a>{" "}
          <a href={workspaceUrl(locale, requestsPath)}>{a.requests}</a>
        </p>
        <form method="get" action={`${BASE}${indicatorsPath}`} class="search">
          {locale === "en" ? <input type="hidden" name="lang" value="en" /> : null}
          <TextField id="q" label={a.searchLabel} value={query} />
          <button type="submit">{a.search}</button>
        </form>
        {rows.length === 0 ? (
          <p>{a.noIndicators}</p>
        ) : (
          <table class="stack">
            <thead>
              <tr>
                <th>{a.code}</th>
                <th>{locale === "en" ? a.nameEn : a.nameVi}</th>
                <th>{a.unitOfMeasure}</th>
                <th>{a.direction}</th>
                <th>{a.measure}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rows.map(({ indicator: i }) => (
                <tr>
                  <td data-label={a.code}>{i.code}</td>
                  <td data-label={locale === "en" ? a.nameEn : a.nameVi}>{i.name[locale]}</td>
                  <td data-label={a.unitOfMeasure}>{i.unit}</td>
                  <td data-label={a.direction}>{a.directionOf[i.direction]}</td>
                  <td data-label={a.measure}>{a.measureOf[i.measure]}</td>
                  <td>
                    <a href={workspaceUrl(locale, `${indicatorsPath}/${encodeURIComponent(i.code)}/edit`)}>
                      {a.edit}
                      <span class="visually-hidden"> {i.name[locale]}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </>
    ),
  };
}

/** The form's values: as posted again, or from the indicator being edited. */
function valuesOf(indicator: Indicator | undefined, locale: "vi" | "en"): Record<string, string> {
  if (!indicator)
    return {
      direction: "higher_better",
      measure: "level",
      aggregation: "sum",
      decimals: "0",
      nearlyMet: "default",
    };
  const rule = indicator.nearlyMet;
  return {
    code: indicator.code,
    nameVi: indicator.name.vi,
    nameEn: indicator.name.en,
    unitOfMeasure: indicator.unit,
    direction: indicator.direction,
    measure: indicator.measure,
    aggregation: indicator.aggregation.kind,
    decimals: String(indicator.decimals),
    nearlyMet: rule?.by ?? "default",
    nearlyMetValue: rule
      ? formatNumber(rule.by === "percent_of_plan" ? rule.threshold : rule.points, locale, { maxDecimals: 4 })
      : "",
    sector: indicator.sector ?? "",
  };
}

function indicatorForm(
  ctx: SignedInContext,
  state: {
    editing?: { indicator: Indicator; version: number };
    /** A planner's request for a new indicator, with the reason, instead of the indicator itself. */
    request?: boolean;
    errors?: readonly FieldError[];
    raw?: RawForm;
  },
): WorkspaceAnswer {
  const { m, locale, csrf } = ctx;
  const a = adminMessages(locale);
  const errors = state.errors ?? [];
  const base = valuesOf(state.editing?.indicator, locale);
  const v = (id: string) => rawText(state.raw, id) ?? base[id] ?? "";
  const units = readUnitsOfMeasure().map((u) => u.code);
  const editing = state.editing;
  const aggregations =
    editing?.indicator.aggregation.kind === "weighted_mean" ? AGGREGATIONS : AGGREGATIONS.slice(0, 2);
  const action = editing
    ? `${indicatorsPath}/${encodeURIComponent(editing.indicator.code)}/edit`
    : state.request
      ? `${indicatorsPath}/request`
      : `${indicatorsPath}/new`;
  return {
    title: editing
      ? `${a.edit}: ${editing.indicator.name[locale]}`
      : state.request
        ? a.requestIndicator
        : a.newIndicator,
    ...(errors.length > 0 ? { status: 422 as const } : {}),
    body: (
      <>
        <ErrorSummary title={m.errorsTitle} errors={errors} />
        <form method="post" action={workspaceUrl(locale, action)}>
          <CsrfField token={csrf} />
          {editing ? (
            <>
              <input type="hidden" name="version" value={String(editing.version)} />
              <p>
                {a.code}: <strong>{editing.indicator.code}</strong>
              </p>
            </>
          ) : (
            <TextField
              id="code"
              label={a.code}
              hint={a.codeFieldHint}
              value={v("code")}
              error={errorOf(errors, "code")}
            />
          )}
          <TextField
            id="nameVi"
            label={a.nameVi}
            value={v("nameVi")}
            wide
            error={errorOf(errors, "nameVi")}
          />
          <TextField
            id="nameEn"
            label={a.nameEn}
            value={v("nameEn")}
            wide
            error={errorOf(errors, "nameEn")}
          />
          <SelectField
            id="unitOfMeasure"
            label={a.unitOfMeasure}
            choices={units}
            selected={v("unitOfMeasure") || undefined}
            wordOf={(u) => u}
            error={errorOf(errors, "unitOfMeasure")}
          />
          <SelectField
            id="direction"
            label={a.direction}
            choices={DIRECTIONS}
            selected={v("direction") as Indicator["direction"]}
            wordOf={(d) => a.directionOf[d]}
            error={errorOf(errors, "direction")}
          />
          <SelectField
            id="measure"
            label={a.measure}
            choices={MEASURES}
            selected={v("measure") as Measure}
            wordOf={(x) => a.measureOf[x]}
            error={errorOf(errors, "measure")}
          />
          <SelectField
            id="aggregation"
            label={a.aggregation}
            choices={aggregations}
            selected={v("aggregation") as (typeof AGGREGATIONS)[number]}
            wordOf={(x) => a.aggregationOf[x]}
            error={errorOf(errors, "aggregation")}
          />
          <SelectField
            id="decimals"
            label={a.decimals}
            choices={DECIMALS}
            selected={v("decimals") as (typeof DECIMALS)[number]}
            wordOf={(x) => x}
            error={errorOf(errors, "decimals")}
          />
          <SelectField
            id="nearlyMet"
            label={a.nearlyMet}
            choices={NEARLY_MET}
            selected={v("nearlyMet") as NearlyMetChoice}
            wordOf={(x) => a.nearlyMetOf[x]}
            error={errorOf(errors, "nearlyMet")}
          />
          <TextField
            id="nearlyMetValue"
            label={a.nearlyMetValue}
            hint={a.nearlyMetValueHint}
            inputmode="decimal"
            value={v("nearlyMetValue")}
            error={errorOf(errors, "nearlyMetValue")}
          />
          <TextField
            id="sector"
            label={a.sector}
            value={v("sector")}
            wide
            error={errorOf(errors, "sector")}
          />
          {state.request ? (
            <TextArea id="reason" label={a.requestReason} hint={a.requestReasonHint} value={v("reason")} />
          ) : null}
          <button type="submit" id="save">
            {a.save}
          </button>
        </form>
        <p>
          <a href={workspaceUrl(locale, indicatorsPath)}>{a.indicators}</a>
        </p>
      </>
    ),
  };
}

const IndicatorFields = {
  nameVi: field.required(300),
  nameEn: field.required(300),
  unitOfMeasure: field.required(64),
  direction: field.choice(DIRECTIONS),
  measure: field.choice(MEASURES),
  aggregation: field.choice(AGGREGATIONS),
  decimals: field.choice(DECIMALS),
  nearlyMet: field.choice(NEARLY_MET, "default"),
  nearlyMetValue: field.text(20),
  sector: field.text(200),
};
const NewIndicatorForm = z.object({
  code: z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.string().regex(/^[a-z0-9_]{2,64}$/)),
  ...IndicatorFields,
});
const EditIndicatorForm = z.object({ version: field.required(12), ...IndicatorFields });

type IndicatorFormData = z.output<z.ZodObject<typeof IndicatorFields>>;

/** The indicator a valid form describes, or the field at fault (the threshold, a number in Vietnamese style). */
function indicatorOf(
  code: string,
  data: IndicatorFormData,
  a: AdminMessages,
  before?: Indicator,
): Indicator | FieldError {
  let nearlyMet: Indicator["nearlyMet"];
  if (data.nearlyMet !== "default") {
    let n: number;
    try {
      n = parseNumber(data.nearlyMetValue);
    } catch {
      return { field: "nearlyMetValue", message: a.refused.notANumber };
    }
    if (!(n >= 0 && n <= 100)) return { field: "nearlyMetValue", message: a.refused.notANumber };
    nearlyMet =
      data.nearlyMet === "percent_of_plan"
        ? { by: "percent_of_plan", threshold: n }
        : { by: "gap_in_points", points: n };
  }
  const aggregation =
    data.aggregation === "weighted_mean" && before?.aggregation.kind === "weighted_mean"
      ? before.aggregation
      : { kind: data.aggregation === "sum" ? ("sum" as const) : ("none" as const) };
  return {
    code,
    name: { vi: data.nameVi, en: data.nameEn },
    unit: data.unitOfMeasure,
    direction: data.direction,
    measure: data.measure,
    aggregation,
    decimals: Number(data.decimals),
    ...(data.sector.trim() ? { sector: data.sector.trim() } : {}),
    ...(nearlyMet ? { nearlyMet } : {}),
    ...(before?.aboutTolerance !== undefined ? { aboutTolerance: before.aboutTolerance } : {}),
  };
}

function labelsOf(a: AdminMessages): (f: string) => string {
  const labels: Record<string, string> = {
    code: a.code,
    nameVi: a.nameVi,
    nameEn: a.nameEn,
    unitOfMeasure: a.unitOfMeasure,
    direction: a.direction,
    measure: a.measure,
    aggregation: a.aggregation,
    decimals: a.decimals,
    nearlyMet: a.nearlyMet,
    nearlyMetValue: a.nearlyMetValue,
    sector: a.sector,
  };
  return (f) => labels[f] ?? f;
}

/** The fields a use-case names, and the form's field for each. */
const FIELDS: Record<string, string> = { code: "code", unit: "unitOfMeasure", decimals: "decimals" };

export async function newIndicatorPage(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  await requireCatalogueWrite(ctx.db, ctx.who);
  return indicatorForm(ctx, {});
}

export async function createIndicatorForm(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const { c, db, who, locale } = ctx;
  const a = adminMessages(locale);
  const form = await workspaceForm(ctx, NewIndicatorForm, labelsOf(a));
  if (!form.ok) return indicatorForm(ctx, form);
  const indicator = indicatorOf(form.data.code, form.data, a);
  if ("field" in indicator) return indicatorForm(ctx, { errors: [indicator], raw: form.raw });
  try {
    await createIndicator(db, indicator, writeContext(who));
  } catch (error) {
    return indicatorForm(ctx, { errors: fieldRefusal(ctx, error, FIELDS, labelsOf(a)), raw: form.raw });
  }
  return c.redirect(workspaceUrl(locale, indicatorsPath, { q: indicator.code, done: "1" }), 303);
}

/** A planner asks for an indicator the catalogue lacks; an administrator decides (requestsPage). */
export async function requestIndicatorPage(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  requireIndicatorRequest(ctx.who);
  return indicatorForm(ctx, { request: true });
}

const RequestIndicatorForm = NewIndicatorForm.extend({ reason: field.text(2000) });

export async function requestIndicatorForm(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const { c, db, who, locale } = ctx;
  const a = adminMessages(locale);
  const form = await workspaceForm(ctx, RequestIndicatorForm, labelsOf(a));
  if (!form.ok) return indicatorForm(ctx, { request: true, ...form });
  const proposal = indicatorOf(form.data.code, form.data, a);
  if ("field" in proposal) return indicatorForm(ctx, { request: true, errors: [proposal], raw: form.raw });
  try {
    await requestIndicator(db, { proposal, reason: form.data.reason }, writeContext(who));
  } catch (error) {
    const taken = error instanceof AppError && error.code === "conflict";
    const errors = taken
      ? [{ field: "code", message: a.refused.codeTaken }]
      : fieldRefusal(ctx, error, FIELDS, labelsOf(a));
    return indicatorForm(ctx, { request: true, errors, raw: form.raw });
  }
  return c.redirect(workspaceUrl(locale, requestsPath, { done: "1" }), 303);
}

function requestsAnswer(
  ctx: SignedInContext,
  requests: readonly (IndicatorRequestRecord & { decidable: boolean })[],
  state: { errors?: readonly FieldError[]; notice?: string } = {},
): WorkspaceAnswer {
  const { m, locale, csrf } = ctx;
  const a = adminMessages(locale);
  const errors = state.errors ?? [];
  return {
    title: a.requests,
    ...(errors.length > 0 ? { status: 422 as const } : {}),
    body: (
      <>
        <Notice text={state.notice} />
        <ErrorSummary title={m.errorsTitle} errors={errors} />
        <p>
          <a href={workspaceUrl(locale, `${indicatorsPath}/request`)} class="button">
            {a.requestIndicator}
          </a>
        </p>
        {requests.length === 0 ? <p>{a.noRequests}</p> : null}
        {requests.map((r) => (
          <section class="request" aria-labelledby={`request-${r.id}`}>
            <h2 id={`request-${r.id}`}>
              {r.proposal.name[locale]} ({r.proposal.code})
            </h2>
            <dl class="summary">
              <dt>{a.unitOfMeasure}</dt>
              <dd>{r.proposal.unit}</dd>
              <dt>{a.direction}</dt>
              <dd>{a.directionOf[r.proposal.direction]}</dd>
              <dt>{a.measure}</dt>
              <dd>{a.measureOf[r.proposal.measure]}</dd>
              <dt>{a.requestedBy}</dt>
              <dd>{r.requestedBy}</dd>
              <dt>{a.requestReason}</dt>
              <dd>{r.reason ?? "–"}</dd>
              <dt>{a.status}</dt>
              <dd>
                {a.requestState[r.state]}
                {r.decisionNote ? `: ${r.decisionNote}` : ""}
              </dd>
            </dl>
            {r.state === "requested" && r.decidable ? (
              <>
                <form method="post" action={workspaceUrl(locale, `${requestsPath}/${r.id}/approve`)}>
                  <CsrfField token={csrf} />
                  <button type="submit" id={`approve-${r.id}`}>
                    {a.approve}
                  </button>
                </form>
                <form method="post" action={workspaceUrl(locale, `${requestsPath}/${r.id}/reject`)}>
                  <CsrfField token={csrf} />
                  <TextField
                    id={`reason-${r.id}`}
                    label={a.rejectReason}
                    wide
                    error={errorOf(errors, `reason-${r.id}`)}
                  />
                  <button type="submit" id={`reject-${r.id}`} class="warning">
                    {a.reject}
                  </button>
                </form>
              </>
            ) : null}
          </section>
        ))}
      </>
    ),
  };
}

export async function requestsPage(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const requests = await listIndicatorRequests(ctx.db, ctx.who);
  const notice = ctx.c.req.query("done") ? adminMessages(ctx.locale).changed : undefined;
  return requestsAnswer(ctx, requests, notice ? { notice } : {});
}

export async function approveRequestForm(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  await approveIndicatorRequest(ctx.db, ctx.c.req.param("id") ?? "", writeContext(ctx.who));
  return ctx.c.redirect(workspaceUrl(ctx.locale, requestsPath, { done: "1" }), 303);
}

export async function rejectRequestForm(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const id = ctx.c.req.param("id") ?? "";
  const raw = await rawForm(ctx);
  const reason = raw[`reason-${id}`];
  try {
    await rejectIndicatorRequest(ctx.db, id, typeof reason === "string" ? reason : "", writeContext(ctx.who));
  } catch (error) {
    if (!(error instanceof AppError) || error.details.field !== "reason") throw error;
    const errors = [{ field: `reason-${id}`, message: adminMessages(ctx.locale).refused.rejectReason }];
    return requestsAnswer(ctx, await listIndicatorRequests(ctx.db, ctx.who), { errors });
  }
  return ctx.c.redirect(workspaceUrl(ctx.locale, requestsPath, { done: "1" }), 303);
}

export async function editIndicatorPage(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  await requireCatalogueWrite(ctx.db, ctx.who);
  const found = await readIndicator(ctx.db, ctx.c.req.param("code") ?? "");
  return indicatorForm(ctx, { editing: found });
}

export async function updateIndicatorForm(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const { c, db, who, locale } = ctx;
  const a = adminMessages(locale);
  const found = await readIndicator(db, c.req.param("code") ?? "");
  const form = await workspaceForm(ctx, EditIndicatorForm, labelsOf(a));
  if (!form.ok) return indicatorForm(ctx, { editing: found, ...form });
  const indicator = indicatorOf(found.indicator.code, form.data, a, found.indicator);
  if ("field" in indicator) return indicatorForm(ctx, { editing: found, errors: [indicator], raw: form.raw });
  const { code: _, ...body } = indicator;
  try {
    await updateIndicator(
      db,
      found.indicator.code,
      body,
      writeContext(who, etagOf(Number(form.data.version))),
    );
  } catch (error) {
    return indicatorForm(ctx, {
      editing: found,
      errors: fieldRefusal(ctx, error, FIELDS, labelsOf(a)),
      raw: form.raw,
    });
  }
  return c.redirect(workspaceUrl(locale, indicatorsPath, { q: found.indicator.code, done: "1" }), 303);
}

function unitsAnswer(
  ctx: SignedInContext,
  state: { errors?: readonly FieldError[]; raw?: RawForm; notice?: string } = {},
): WorkspaceAnswer {
  const { m, locale, csrf } = ctx;
  const a = adminMessages(locale);
  const errors = state.errors ?? [];
  const v = (id: string, fallback = "") => rawText(state.raw, id) ?? fallback;
  return {
    title: a.unitsOfMeasure,
    ...(errors.length > 0 ? { status: 422 as const } : {}),
    body: (
      <>
        <Notice text={state.notice} />
        <ErrorSummary title={m.errorsTitle} errors={errors} />
        <table class="stack">
          <thead>
            <tr>
              <th>{a.unitOfMeasure}</th>
              <th>{a.nameEn}</th>
              <th>{a.dimension}</th>
              <th>{a.factor}</th>
            </tr>
          </thead>
          <tbody>
            {readUnitsOfMeasure().map((u) => (
              <tr>
                <td data-label={a.unitOfMeasure}>{u.code}</td>
                <td data-label={a.nameEn}>{u.name.en}</td>
                <td data-label={a.dimension}>{u.dimension}</td>
                <td class="num" data-label={a.factor}>
                  {formatNumber(u.factor, locale, { maxDecimals: 6 })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <form method="post" action={workspaceUrl(locale, unitsPath)}>
          <h2>{a.addUnit}</h2>
          <CsrfField token={csrf} />
          <TextField
            id="code"
            label={a.unitCode}
            hint={a.unitCodeHint}
            value={v("code")}
            error={errorOf(errors, "code")}
          />
          <TextField id="nameEn" label={a.nameEn} value={v("nameEn")} error={errorOf(errors, "nameEn")} />
          <TextField
            id="dimension"
            label={a.dimension}
            hint={a.dimensionHint}
            value={v("dimension")}
            error={errorOf(errors, "dimension")}
          />
          <TextField
            id="factor"
            label={a.factor}
            hint={a.factorHint}
            inputmode="decimal"
            value={v("factor", "1")}
            error={errorOf(errors, "factor")}
          />
          <button type="submit" id="add-unit">
            {a.addUnit}
          </button>
        </form>
        <p>
          <a href={workspaceUrl(locale, indicatorsPath)}>{a.indicators}</a>
        </p>
      </>
    ),
  };
}

export async function unitsOfMeasurePage(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  return unitsAnswer(ctx, ctx.c.req.query("done") ? { notice: adminMessages(ctx.locale).changed } : {});
}

const UnitForm = z.object({
  code: field.required(64),
  nameEn: field.required(200),
  dimension: field.required(64),
  factor: field.required(30),
});

export async function addUnitOfMeasureForm(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const { c, db, who, locale } = ctx;
  const a = adminMessages(locale);
  const labels: Record<string, string> = {
    code: a.unitCode,
    nameEn: a.nameEn,
    dimension: a.dimension,
    factor: a.factor,
  };
  const form = await workspaceForm(ctx, UnitForm, (f) => labels[f] ?? f);
  if (!form.ok) return unitsAnswer(ctx, form);
  let factor: number;
  try {
    factor = parseNumber(form.data.factor);
  } catch {
    return unitsAnswer(ctx, { errors: [{ field: "factor", message: a.refused.notANumber }], raw: form.raw });
  }
  try {
    await addUnitOfMeasure(
      db,
      {
        code: form.data.code,
        name: { vi: form.data.code, en: form.data.nameEn },
        dimension: form.data.dimension,
        factor,
      },
      writeContext(who),
    );
  } catch (error) {
    const taken = error instanceof AppError && error.code === "conflict";
    const errors = taken
      ? [{ field: "code", message: a.refused.unitTaken }]
      : fieldRefusal(
          ctx,
          error,
          { code: "code", name: "nameEn", dimension: "dimension", factor: "factor" },
          (f) => labels[f] ?? f,
        );
    return unitsAnswer(ctx, { errors, raw: form.raw });
  }
  return c.redirect(workspaceUrl(locale, unitsPath, { done: "1" }), 303);
}
