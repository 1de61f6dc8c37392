/**
 * The officers' workspace under /workspace/: sign-in, the plans within the user's units, the data
 * entry form of a plan and period with its workflow, and the audit log. Server-rendered; a small
 * script (/assets/entry.js) asks the server for the assessment as the officer types. Every page checks the
 * signed-in user's grants on the server; every form carries the session's CSRF token.
 */
import { randomBytes } from "node:crypto";
import type { Context, Hono } from "hono";
import { getCookie } from "hono/cookie";
import type { Child } from "hono/jsx";
import { can, type Principal } from "../../app/auth/principal.ts";
import { signIn, signOut } from "../../app/auth/sessions.ts";
import {
  EntryErrors,
  type EntryForm,
  loadEntryForm,
  previewAssessment,
  saveEntries,
} from "../../app/entry.ts";
import { AppError } from "../../app/errors.ts";
import { reportDocxFor } from "../../app/report-docx.ts";
import { moveWorkflow, WORKFLOW_ACTIONS, type WorkflowAction } from "../../app/workflow.ts";
import { importTemplate, templateFor } from "../../app/xlsx-exchange.ts";
import { listAudit } from "../../db/audit.ts";
import { listPlans, type PlanRecord } from "../../db/plans.ts";
import { findUnitsByCode, findUnitsByIds } from "../../db/units.ts";
import { descendantsOf } from "../../db/users.ts";
import { isCalendarDate } from "../../domain/dates.ts";
import { type DisplayLocale, formatPercent } from "../../domain/numbers.ts";
import { OBSERVATION_STAGES, type ObservationStage, QUALIFIERS, type Qualifier } from "../../domain/types.ts";
import { messages } from "../../i18n/messages.ts";
import { workspaceMessages } from "../../i18n/workspace.ts";
import { targetText } from "../../report/assessment-table.ts";
import type { ApiEnv } from "../api/env.ts";
import {
  checkCsrf,
  clearSessionCookie,
  clientAddress,
  logLockout,
  SESSION_COOKIE,
  setSessionCookie,
  setStrictCookie,
} from "../auth.ts";
import { Page } from "./layout.tsx";

type C = Context<ApiEnv>;
const entryUrl = (planId: string, period: string) =>
  `/workspace/entry/${encodeURIComponent(planId)}?period=${encodeURIComponent(period)}`;
const LOGIN_CSRF_COOKIE = "chitieu_login_csrf";

const localeOf = (c: C): DisplayLocale => (c.req.query("lang") === "en" ? "en" : "vi");

function html(c: C, status: 200 | 401 | 403 | 404 | 409 | 422 | 429, node: unknown) {
  c.header("Cache-Control", "no-store");
  return c.html(`<!doctype html>${String(node)}`, status);
}

function pageFor(c: C, title: string, body: Child, status: 200 | 401 | 403 | 404 | 409 | 422 | 429 = 200) {
  return html(
    c,
    status,
    <Page locale={localeOf(c)} title={title} principal={c.get("principal")} csrf={c.get("csrfToken")}>
      {body}
    </Page>,
  );
}

function statusOfError(error: AppError): 403 | 404 | 409 | 422 | 429 {
  return error.status === 404 || error.status === 409 || error.status === 422 || error.status === 429
    ? error.status
    : 403;
}

async function plansInScope(c: C, who: Principal): Promise<PlanRecord[]> {
  const db = c.get("store").db;
  if (who.grants.some((g) => g.unitId === null)) return listPlans(db, {});
  const ids = new Set<string>();
  for (const g of who.grants) if (g.unitId) for (const id of await descendantsOf(db, g.unitId)) ids.add(id);
  return listPlans(db, { unitIds: [...ids] });
}

function EntryPage(props: {
  form: EntryForm;
  locale: DisplayLocale;
  csrf: string;
  errors?: Map<string, string>;
  values?: Map<string, string>;
  notice?: string;
  canEnter: boolean;
  canSubmit: boolean;
  canReview: boolean;
}) {
  const { form, locale } = props;
  const m = workspaceMessages(locale);
  const g = messages(locale);
  const locked = form.workflow.state !== "draft";
  const action = `/workspace/entry/${encodeURIComponent(form.plan.id)}?period=${encodeURIComponent(form.period)}`;
  const errorList = props.errors ? [...props.errors.entries()] : [];
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
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      {errorList.length > 0 ? (
        <div class="error" role="alert">
          <p>{m.errorsTitle}</p>
          <ul>
            {errorList.map(([field, message]) => (
              <li>
                <a href={`#${field}`}>{message}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <form method="post" action={action} id="entry-form">
        <input type="hidden" name="_csrf" value={props.csrf} />
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
              const typed = props.values?.get(id);
              const shown =
                typed ??
                (latest && typeof latest.value === "number" ? String(latest.value).replace(".", ",") : "");
              const unit = row.target.unit ?? row.indicator.unit;
              const error = props.errors?.get(`value-${id}`);
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
                    <input
                      type="text"
                      inputmode="decimal"
                      id={`value-${id}`}
                      name={`value-${id}`}
                      value={shown}
                      disabled={locked || !props.canEnter}
                      data-target={id}
                      aria-invalid={error ? "true" : undefined}
                      aria-describedby={error ? `error-${id}` : undefined}
                    />
                    {error ? (
                      <div class="error" id={`error-${id}`}>
                        {error}
                      </div>
                    ) : null}
                  </td>
                  <td>
                    <Choice
                      name={`qualifier-${id}`}
                      disabled={locked || !props.canEnter}
                      label={m.col.qualifier}
                      choices={QUALIFIERS}
                      selected={latest?.qualifier ?? "exact"}
                      wordOf={(q) => m.qualifier[q]}
                    />
                  </td>
                  <td>
                    <Choice
                      name={`stage-${id}`}
                      disabled={locked || !props.canEnter}
                      label={m.col.stage}
                      choices={OBSERVATION_STAGES}
                      selected={latest?.stage ?? "estimate"}
                      wordOf={(st) => m.stage[st]}
                    />
                  </td>
                  <td>
                    <input
                      type="text"
                      name={`note-${id}`}
                      value={row.latest?.note ?? ""}
                      disabled={locked || !props.canEnter}
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
        {!locked && props.canEnter ? (
          <p>
            <button type="submit" id="save">
              {m.save}
            </button>
          </p>
        ) : null}
      </form>
      <p>
        <a
          href={`/workspace/entry/${encodeURIComponent(form.plan.id)}/template.xlsx?period=${encodeURIComponent(form.period)}`}
          id="template"
        >
          {m.downloadTemplate}
        </a>{" "}
        ·{" "}
        <a
          href={`/workspace/entry/${encodeURIComponent(form.plan.id)}/report.docx?period=${encodeURIComponent(form.period)}`}
          id="report"
        >
          {m.downloadReport}
        </a>
      </p>
      {!locked && props.canEnter ? (
        <form
          method="post"
          enctype="multipart/form-data"
          action={`/workspace/entry/${encodeURIComponent(form.plan.id)}/upload?period=${encodeURIComponent(form.period)}`}
        >
          <input type="hidden" name="_csrf" value={props.csrf} />
          <label for="file">{m.uploadTemplate}</label>{" "}
          <input type="file" id="file" name="file" accept=".xlsx" />{" "}
          <button type="submit" id="upload">
            {m.upload}
          </button>
        </form>
      ) : null}
      <form
        method="post"
        action={`/workspace/workflow/${encodeURIComponent(form.plan.id)}?period=${encodeURIComponent(form.period)}`}
      >
        <input type="hidden" name="_csrf" value={props.csrf} />
        {props.canReview && (form.workflow.state === "submitted" || form.workflow.state === "approved") ? (
          <p>
            <label for="comment">{m.comment}</label>
            <br />
            <textarea id="comment" name="comment" rows={3} cols={60} />
          </p>
        ) : null}
        <p>
          {props.canSubmit && form.workflow.state === "draft" ? (
            <button type="submit" name="action" value="submit" id="submit">
              {m.submit}
            </button>
          ) : null}
          {props.canReview && (form.workflow.state === "submitted" || form.workflow.state === "approved") ? (
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

async function renderEntry(
  c: C,
  planId: string,
  extra: { errors?: Map<string, string>; values?: Map<string, string>; notice?: string } = {},
  status: 200 | 422 | 409 = 200,
) {
  const who = c.get("principal");
  if (!who) return c.redirect("/workspace/login", 303);
  const db = c.get("store").db;
  const locale = localeOf(c);
  const m = workspaceMessages(locale);
  try {
    const form = await loadEntryForm(db, who, { planId, period: c.req.query("period") });
    const unitId = form.plan.unitId;
    return html(
      c,
      status,
      <Page locale={locale} title={m.entryTitle} principal={who} csrf={c.get("csrfToken")} script="entryJs">
        <EntryPage
          form={form}
          locale={locale}
          csrf={c.get("csrfToken") ?? ""}
          canEnter={await can(db, who, "observation.write", unitId)}
          canSubmit={await can(db, who, "workflow.submit", unitId)}
          canReview={await can(db, who, "workflow.review", unitId)}
          {...extra}
        />
      </Page>,
    );
  } catch (error) {
    if (error instanceof AppError)
      return pageFor(c, m.forbidden, <p class="error">{error.userMessage}</p>, statusOfError(error));
    throw error;
  }
}

const asQualifier = (v: unknown): Qualifier =>
  QUALIFIERS.includes(v as Qualifier) ? (v as Qualifier) : "exact";
const asStage = (v: unknown): ObservationStage =>
  OBSERVATION_STAGES.includes(v as ObservationStage) ? (v as ObservationStage) : "estimate";
const one = (v: unknown): string => (typeof v === "string" ? v : Array.isArray(v) ? String(v[0] ?? "") : "");
const many = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === "string" ? [v] : []);

export function registerWorkspace(app: Hono<ApiEnv>): void {
  app.get("/workspace", (c) => c.redirect("/workspace/", 301));

  app.get("/workspace/login", (c) => {
    const m = workspaceMessages(localeOf(c));
    const token = randomBytes(18).toString("base64url");
    setStrictCookie(c, LOGIN_CSRF_COOKIE, token, { path: "/workspace/" });
    const error = c.req.query("error");
    return pageFor(
      c,
      m.signIn,
      <form method="post" action="/workspace/login">
        {error ? (
          <p class="error" role="alert">
            {error === "rate" ? m.tooManyAttempts : m.badCredentials}
          </p>
        ) : null}
        <input type="hidden" name="_csrf" value={token} />
        <p>
          <label for="account">{m.account}</label>
          <br />
          <input type="text" id="account" name="account" autocomplete="username" required />
        </p>
        <p>
          <label for="password">{m.password}</label>
          <br />
          <input type="password" id="password" name="password" autocomplete="current-password" required />
        </p>
        <button type="submit" id="sign-in">
          {m.signIn}
        </button>
      </form>,
    );
  });

  app.post("/workspace/login", async (c) => {
    const body = await c.req.parseBody();
    const expected = getCookie(c, LOGIN_CSRF_COOKIE);
    if (!expected || one(body._csrf) !== expected) return c.redirect("/workspace/login?error=csrf", 303);
    try {
      const s = await signIn(
        c.get("store").db,
        {
          account: one(body.account),
          password: one(body.password),
          address: clientAddress(c),
        },
        logLockout(c),
      );
      setSessionCookie(c, s.token);
      return c.redirect("/workspace/", 303);
    } catch (error) {
      if (error instanceof AppError && error.status === 429)
        return c.redirect("/workspace/login?error=rate", 303);
      if (error instanceof AppError) return c.redirect("/workspace/login?error=1", 303);
      throw error;
    }
  });

  app.post("/workspace/logout", async (c) => {
    const body = await c.req.parseBody();
    checkCsrf(c, one(body._csrf));
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await signOut(c.get("store").db, token);
    clearSessionCookie(c);
    return c.redirect("/workspace/login", 303);
  });

  app.get("/workspace/", async (c) => {
    const who = c.get("principal");
    if (!who) return c.redirect("/workspace/login", 303);
    const m = workspaceMessages(localeOf(c));
    const plans = await plansInScope(c, who);
    const units = new Map(
      (await findUnitsByIds(c.get("store").db, [...new Set(plans.map((p) => p.unitId))])).map((u) => [
        u.id,
        u,
      ]),
    );
    return pageFor(
      c,
      m.plans,
      plans.length === 0 ? (
        <p>{m.noPlans}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{m.unit}</th>
              <th>{m.period}</th>
              <th>{m.plan}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {plans.map((p) => (
              <tr>
                <td>{units.get(p.unitId)?.name ?? p.unitId}</td>
                <td>{p.period}</td>
                <td>{p.title}</td>
                <td>
                  <a
                    href={`/workspace/entry/${encodeURIComponent(p.id)}?period=${encodeURIComponent(p.period)}`}
                  >
                    {m.open}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ),
    );
  });

  app.get("/workspace/entry/:plan", (c) => {
    const m = workspaceMessages(localeOf(c));
    const saved = c.req.query("saved");
    const notice =
      saved && /^\d+$/.test(saved) ? m.saved(Number(saved)) : c.req.query("moved") ? m.moved : undefined;
    return renderEntry(c, c.req.param("plan"), notice ? { notice } : {});
  });

  app.post("/workspace/entry/:plan", async (c) => {
    const who = c.get("principal");
    if (!who) return c.redirect("/workspace/login", 303);
    const body = await c.req.parseBody({ all: true });
    checkCsrf(c, one(body._csrf));
    const planId = c.req.param("plan");
    const m = workspaceMessages(localeOf(c));
    const rows = many(body.target).map((id) => ({
      targetId: id,
      value: one(body[`value-${id}`]),
      qualifier: asQualifier(one(body[`qualifier-${id}`])),
      stage: asStage(one(body[`stage-${id}`])),
      note: one(body[`note-${id}`]),
    }));
    const values = new Map(rows.map((r) => [r.targetId, r.value]));
    try {
      const form = await loadEntryForm(c.get("store").db, who, { planId, period: c.req.query("period") });
      const n = await saveEntries(
        c.get("store").db,
        { planId, period: form.period, rows },
        { actor: who.userId, principal: who, separateDuties: c.get("separateDuties") },
      );
      return c.redirect(`${entryUrl(planId, form.period)}&saved=${n}`, 303);
    } catch (error) {
      if (error instanceof EntryErrors) {
        return renderEntry(
          c,
          planId,
          { errors: new Map(error.errors.map((e) => [e.field, e.message])), values },
          422,
        );
      }
      if (error instanceof AppError) {
        return pageFor(c, m.forbidden, <p class="error">{error.userMessage}</p>, statusOfError(error));
      }
      throw error;
    }
  });

  app.get("/workspace/entry/:plan/template.xlsx", async (c) => {
    const who = c.get("principal");
    if (!who) return c.redirect("/workspace/login", 303);
    const { file, name } = await templateFor(
      c.get("store").db,
      who,
      { planId: c.req.param("plan"), period: c.req.query("period") },
      localeOf(c),
    );
    c.header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    c.header("Content-Disposition", `attachment; filename="${name.replace(/[^\w.-]/g, "_")}"`);
    c.header("Cache-Control", "no-store");
    return c.body(new Uint8Array(file));
  });

  app.get("/workspace/entry/:plan/report.docx", async (c) => {
    const who = c.get("principal");
    if (!who) return c.redirect("/workspace/login", 303);
    const { file, name } = await reportDocxFor(
      c.get("store").db,
      who,
      { planId: c.req.param("plan"), period: c.req.query("period") },
      localeOf(c),
    );
    c.header("Content-Type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    c.header("Content-Disposition", `attachment; filename="${name.replace(/[^\w.-]/g, "_")}"`);
    c.header("Cache-Control", "no-store");
    return c.body(new Uint8Array(file));
  });

  // The body's size is bounded for every route by ../body-limits.tsx (20 MiB here).
  app.post("/workspace/entry/:plan/upload", async (c) => {
    const who = c.get("principal");
    if (!who) return c.redirect("/workspace/login", 303);
    const body = await c.req.parseBody();
    checkCsrf(c, one(body._csrf));
    const planId = c.req.param("plan");
    const m = workspaceMessages(localeOf(c));
    const file = body.file;
    if (!(file instanceof File)) {
      return renderEntry(c, planId, { errors: new Map([["file", m.chooseFile]]) }, 422);
    }
    try {
      const form = await loadEntryForm(c.get("store").db, who, { planId, period: c.req.query("period") });
      const result = await importTemplate(
        c.get("store").db,
        Buffer.from(await file.arrayBuffer()),
        { planId, period: form.period, locale: localeOf(c) },
        { actor: who.userId, principal: who, reason: `upload of ${file.name}` },
      );
      if (result.errors.length > 0) {
        return renderEntry(
          c,
          planId,
          { errors: new Map(result.errors.map((e, i) => [`file-${i}`, e.message])) },
          422,
        );
      }
      return c.redirect(`${entryUrl(planId, form.period)}&saved=${result.written}`, 303);
    } catch (error) {
      if (error instanceof AppError) {
        return pageFor(c, m.forbidden, <p class="error">{error.userMessage}</p>, statusOfError(error));
      }
      throw error;
    }
  });

  app.post("/workspace/workflow/:plan", async (c) => {
    const who = c.get("principal");
    if (!who) return c.redirect("/workspace/login", 303);
    const body = await c.req.parseBody();
    checkCsrf(c, one(body._csrf));
    const planId = c.req.param("plan");
    const m = workspaceMessages(localeOf(c));
    const action = one(body.action) as WorkflowAction;
    try {
      if (!WORKFLOW_ACTIONS.includes(action)) throw new AppError("invalid", "action: unknown");
      const form = await loadEntryForm(c.get("store").db, who, { planId, period: c.req.query("period") });
      await moveWorkflow(
        c.get("store").db,
        { unitId: form.plan.unitId, period: form.period, action, comment: one(body.comment) },
        { actor: who.userId, principal: who, separateDuties: c.get("separateDuties") },
      );
      return c.redirect(`${entryUrl(planId, form.period)}&moved=1`, 303);
    } catch (error) {
      if (error instanceof AppError) {
        return pageFor(c, m.forbidden, <p class="error">{error.userMessage}</p>, statusOfError(error));
      }
      throw error;
    }
  });

  app.get("/workspace/preview", async (c) => {
    const who = c.get("principal");
    const locale = localeOf(c);
    const result = await previewAssessment(c.get("store").db, who, {
      targetId: c.req.query("target") ?? "",
      value: c.req.query("value") ?? "",
      qualifier: asQualifier(c.req.query("qualifier")),
      stage: asStage(c.req.query("stage")),
    });
    if ("error" in result) return c.json({ text: result.error, status: "invalid" });
    const g = messages(locale);
    const percent =
      result.percent !== null && result.showPercent ? ` (${formatPercent(result.percent, locale, 1)})` : "";
    return c.json({ text: `${g.status[result.status]}${percent}`, status: result.status });
  });

  app.get("/workspace/audit", async (c) => {
    const who = c.get("principal");
    if (!who) return c.redirect("/workspace/login", 303);
    const db = c.get("store").db;
    const m = workspaceMessages(localeOf(c));
    const q = {
      unit: c.req.query("unit")?.trim() ?? "",
      user: c.req.query("user")?.trim() ?? "",
      from: c.req.query("from")?.trim() ?? "",
      to: c.req.query("to")?.trim() ?? "",
    };
    // A unit by id, or by code: every unit that bore the code (before and after the reform).
    const unitIds = q.unit
      ? q.unit.includes("@")
        ? [q.unit]
        : (await findUnitsByCode(db, q.unit)).map((u) => u.id)
      : undefined;
    const allowed = unitIds
      ? unitIds.length > 0 &&
        (await Promise.all(unitIds.map((id) => can(db, who, "audit.read", id)))).every(Boolean)
      : await can(db, who, "audit.read");
    if (!allowed) {
      return pageFor(c, m.audit, <p class="error">{m.forbidden}</p>, 403);
    }
    const under = unitIds
      ? (await Promise.all(unitIds.map((id) => descendantsOf(db, id)))).flat()
      : undefined;
    const entries = await listAudit(db, {
      ...(under ? { unitIds: under } : {}),
      ...(q.user ? { actor: q.user } : {}),
      // A day the calendar lacks ("2023-02-30") is ignored like any other unreadable filter.
      ...(isCalendarDate(q.from) ? { from: q.from } : {}),
      ...(isCalendarDate(q.to) ? { to: q.to } : {}),
      limit: 500,
    });
    return pageFor(
      c,
      m.audit,
      <div>
        <form method="get" action="/workspace/audit">
          <label>
            {m.unit} <input type="text" name="unit" value={q.unit} />
          </label>{" "}
          <label>
            {m.user} <input type="text" name="user" value={q.user} />
          </label>{" "}
          <label>
            {m.from} <input type="date" name="from" value={q.from} />
          </label>{" "}
          <label>
            {m.to} <input type="date" name="to" value={q.to} />
          </label>{" "}
          <button type="submit">{m.auditFilter}</button>
        </form>
        {entries.length === 0 ? (
          <p>{m.noEntries}</p>
        ) : (
          <table id="audit">
            <thead>
              <tr>
                <th>{m.at}</th>
                <th>{m.user}</th>
                <th>{m.action}</th>
                <th>{m.entity}</th>
                <th>{m.reason}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr>
                  <td>{e.at}</td>
                  <td>{e.actor}</td>
                  <td>{e.action}</td>
                  <td>
                    {e.entity} {e.entityId}
                  </td>
                  <td>{e.reason ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>,
    );
  });
}

/** A drop-down of fixed choices (qualifier, stage), each shown by its word in the page's language. */
function Choice<T extends string>(props: {
  name: string;
  disabled: boolean;
  label: string;
  choices: readonly T[];
  selected: T;
  wordOf: (choice: T) => string;
}) {
  return (
    <select name={props.name} disabled={props.disabled} aria-label={props.label}>
      {props.choices.map((c) => (
        <option value={c} selected={props.selected === c}>
          {props.wordOf(c)}
        </option>
      ))}
    </select>
  );
}
