/**
 * Accounts (/workspace/admin/users): who holds what, creating an account with a first sign-in
 * code, its roles per unit, disabling, and a password-reset code shown once; and the page where
 * the person sets a password with the code (/workspace/reset). Every rule (who may manage which
 * account) is the use-cases' (src/app/auth/users.ts); the pages show, ask and word refusals.
 */
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { IssuedResetCode } from "../../../app/auth/password-reset.ts";
import { resetPassword } from "../../../app/auth/password-reset.ts";
import {
  type AccountView,
  accountNameProblem,
  addUser,
  disableUser,
  enableUser,
  grantRole,
  issuePasswordReset,
  listAccounts,
  readAccount,
  requireAccountAdministration,
  revokeRole,
} from "../../../app/auth/users.ts";
import { AppError } from "../../../app/errors.ts";
import { resolveGrantUnit } from "../../../app/units.ts";
import type { RoleGrant } from "../../../db/users.ts";
import { ROLES, type Role } from "../../../domain/roles.ts";
import { type AdminMessages, adminMessages } from "../../../i18n/workspace-admin.ts";
import { setStrictCookie } from "../../auth.ts";
import { CsrfField, ErrorSummary, Notice, SelectField, TextField } from "../components.tsx";
import { type FieldError, field, type RawForm, workspaceForm } from "../forms.ts";
import {
  BASE,
  type SignedInContext,
  type WorkspaceAnswer,
  type WorkspaceContext,
  workspaceUrl,
} from "../page.tsx";
import { LOGIN_CSRF_COOKIE } from "../sub-app.tsx";

const usersPath = "/admin/users";
const userPath = (id: string) => `${usersPath}/${encodeURIComponent(id)}`;
const writeContext = (who: SignedInContext["who"]) => ({ actor: who.userId, principal: who });

/** A moment in Vietnam's time, as an officer reads it: 03/12/2026 14:05. */
function vietnamTime(iso: string): string {
  return new Intl.DateTimeFormat("vi-VN", {
    timeZone: "Asia/Ho_Chi_Minh",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(iso));
}

/** A refusal of a use-case that names a field of the form, worded for it; anything else is thrown on. */
function fieldRefusal(
  error: unknown,
  a: AdminMessages,
  fields: readonly string[],
  m?: WorkspaceContext["m"],
): FieldError[] {
  if (!(error instanceof AppError)) throw error;
  const f = typeof error.details.field === "string" ? error.details.field : "";
  const rule = error.details.rule;
  if (!fields.includes(f)) throw error;
  const r = a.refused;
  const message =
    f === "account"
      ? error.code === "conflict"
        ? r.accountTaken
        : rule === "disabled"
          ? r.disabledAccount
          : rule === "own"
            ? r.ownAccount
            : r.accountForm
      : f === "password"
        ? r.password
        : f === "unit"
          ? r.unknownUnit
          : f === "role"
            ? rule === "own"
              ? r.ownAccount
              : r.alreadyHolds
            : f === "code"
              ? r.badCode
              : f === "email"
                ? (m?.error.invalid(a.emailLabel) ?? r.accountForm)
                : (m?.error[error.code](f) ?? r.accountForm);
  return [{ field: f, message }];
}

const errorOf = (errors: readonly FieldError[], id: string) => errors.find((e) => e.field === id)?.message;
const rawText = (raw: RawForm | undefined, id: string) => {
  const v = raw?.[id];
  return typeof v === "string" ? v : undefined;
};

function grantWords(a: AdminMessages, g: AccountView["grants"][number], locale: "vi" | "en"): string {
  const unit =
    g.unitId === null ? a.everyUnit : g.unitName ? `${g.unitName[locale]} (${g.unitCode})` : g.unitId;
  return `${a.role[g.role]} – ${unit}`;
}

/** The role and unit fields, shared by the new-account form and the grant form. */
function RoleFields(props: { a: AdminMessages; raw?: RawForm | undefined; errors: readonly FieldError[] }) {
  const { a, raw, errors } = props;
  const role = rawText(raw, "role");
  return (
    <>
      <SelectField
        id="role"
        label={a.roleLabel}
        choices={ROLES}
        selected={(ROLES as readonly string[]).includes(role ?? "") ? (role as Role) : "officer"}
        wordOf={(r) => a.role[r]}
        error={errorOf(errors, "role")}
      />
      <TextField
        id="unit"
        label={a.unitLabel}
        hint={a.unitHint}
        value={rawText(raw, "unit") ?? ""}
        error={errorOf(errors, "unit")}
      />
      <div class="field">
        <input
          type="checkbox"
          id="everyUnit"
          name="everyUnit"
          value="1"
          checked={rawText(raw, "everyUnit") === "1"}
        />{" "}
        <label for="everyUnit" class="inline">
          {a.everyUnit}
        </label>
      </div>
    </>
  );
}

const RoleForm = {
  role: field.choice(ROLES),
  unit: field.text(64),
  everyUnit: field.text(1),
};

/** The grant a role form names: over every unit, or over the unit its code or id names. */
async function grantOf(
  ctx: WorkspaceContext,
  data: { role: Role; unit: string; everyUnit: string },
): Promise<RoleGrant> {
  if (data.everyUnit === "1") return { role: data.role, unitId: null };
  const code = data.unit.trim();
  if (!code) throw new AppError("invalid", "unit: give a unit code", { field: "unit" });
  return { role: data.role, unitId: (await resolveGrantUnit(ctx.db, code, "unit")).id };
}

/** The list: who holds what. */
export async function usersPage(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const { c, db, who, locale } = ctx;
  const a = adminMessages(locale);
  const query = c.req.query("q") ?? "";
  const accounts = await listAccounts(db, who, { query });
  return {
    title: a.users,
    body: (
      <>
        <p>
          <a href={workspaceUrl(locale, `${usersPath}/new`)} class="button">
            {a.newUser}
          </a>
        </p>
        <form method="get" action={`${BASE}${usersPath}`} class="search">
          {locale === "en" ? <input type="hidden" name="lang" value="en" /> : null}
          <TextField id="q" label={a.searchLabel} value={query} />
          <button type="submit">{a.search}</button>
        </form>
        {accounts.length === 0 ? (
          <p>{a.noUsers}</p>
        ) : (
          <table class="stack">
            <thead>
              <tr>
                <th>{a.nameLabel}</th>
                <th>{a.accountLabel}</th>
                <th>{a.status}</th>
                <th>{a.roles}</th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((u) => (
                <tr>
                  <td>
                    <a href={workspaceUrl(locale, userPath(u.id))}>{u.name}</a>
                  </td>
                  <td data-label={a.accountLabel}>{u.id}</td>
                  <td data-label={a.status}>
                    {u.disabled ? a.disabled : u.hasPassword ? a.enabled : a.noPassword}
                  </td>
                  <td data-label={a.roles}>
                    {u.grants.length === 0 ? (
                      a.noRoles
                    ) : (
                      <ul class="plain">
                        {u.grants.map((g) => (
                          <li>{grantWords(a, g, locale)}</li>
                        ))}
                      </ul>
                    )}
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

function newUserAnswer(
  ctx: SignedInContext,
  errors: readonly FieldError[] = [],
  raw?: RawForm,
): WorkspaceAnswer {
  const { m, locale, csrf } = ctx;
  const a = adminMessages(locale);
  return {
    title: a.newUser,
    ...(errors.length > 0 ? { status: 422 as const } : {}),
    body: (
      <>
        <ErrorSummary title={m.errorsTitle} errors={errors} />
        <form method="post" action={workspaceUrl(locale, `${usersPath}/new`)}>
          <CsrfField token={csrf} />
          <TextField
            id="account"
            label={a.accountLabel}
            hint={a.accountHint}
            value={rawText(raw, "account") ?? ""}
            autocomplete="off"
            error={errorOf(errors, "account")}
          />
          <TextField
            id="name"
            label={a.nameLabel}
            value={rawText(raw, "name") ?? ""}
            wide
            error={errorOf(errors, "name")}
          />
          <TextField
            id="email"
            label={a.emailLabel}
            value={rawText(raw, "email") ?? ""}
            wide
            error={errorOf(errors, "email")}
          />
          <RoleFields a={a} raw={raw} errors={errors} />
          <button type="submit" id="create">
            {a.create}
          </button>
        </form>
      </>
    ),
  };
}

export async function newUserPage(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  requireAccountAdministration(ctx.who);
  return newUserAnswer(ctx);
}

const NewUserForm = z.object({
  // The use-case's rule, checked with the other fields so the summary lists every mistake at once.
  account: field.required(64).refine((v) => !accountNameProblem(v)),
  name: field.required(200),
  email: field.text(200),
  ...RoleForm,
});

/** The code, shown once: in the answer to the form that issued it, never on a page that can be reloaded. */
function codeAnswer(ctx: SignedInContext, code: IssuedResetCode): WorkspaceAnswer {
  const { c, locale } = ctx;
  const a = adminMessages(locale);
  const link = new URL(workspaceUrl(locale, "/reset", { code: code.code }), c.req.url).toString();
  return {
    title: a.codeTitle(code.account),
    body: (
      <>
        <p class="code" id="code">
          {code.code}
        </p>
        <p>{a.codeShownOnce(vietnamTime(code.expiresAt))}</p>
        <p>{a.codeHowTo}</p>
        <p class="link-text">
          <a href={link}>{link}</a>
        </p>
        <p>
          <a href={workspaceUrl(locale, userPath(code.account))}>{a.details}</a>
        </p>
      </>
    ),
  };
}

export async function createUserForm(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const { who, locale } = ctx;
  const a = adminMessages(locale);
  const label = (f: string) =>
    ({
      account: a.accountLabel,
      name: a.nameLabel,
      email: a.emailLabel,
      role: a.roleLabel,
      unit: a.unitLabel,
    })[f] ?? f;
  const form = await workspaceForm(ctx, NewUserForm, label);
  if (!form.ok) return newUserAnswer(ctx, form.errors, form.raw);
  try {
    const grant = await grantOf(ctx, form.data);
    const added = await addUser(
      ctx.db,
      { id: form.data.account, name: form.data.name, email: form.data.email, grants: [grant] },
      writeContext(who),
    );
    return codeAnswer(ctx, added.code!);
  } catch (error) {
    return newUserAnswer(ctx, fieldRefusal(error, a, ["account", "email", "unit", "role"], ctx.m), form.raw);
  }
}

function userAnswer(
  ctx: SignedInContext,
  account: AccountView,
  state: { errors?: readonly FieldError[]; raw?: RawForm; notice?: string } = {},
): WorkspaceAnswer {
  const { m, locale, csrf } = ctx;
  const a = adminMessages(locale);
  const errors = state.errors ?? [];
  const post = (action: string) => workspaceUrl(locale, `${userPath(account.id)}/${action}`);
  return {
    title: account.name,
    ...(errors.length > 0 ? { status: 422 as const } : {}),
    body: (
      <>
        <Notice text={state.notice} />
        <ErrorSummary title={m.errorsTitle} errors={errors} />
        <dl class="summary">
          <dt>{a.accountLabel}</dt>
          <dd>{account.id}</dd>
          <dt>{a.emailLabel}</dt>
          <dd>{account.email ?? "–"}</dd>
          <dt>{a.status}</dt>
          <dd id="status">
            {account.disabled ? a.disabled : account.hasPassword ? a.enabled : a.noPassword}
          </dd>
        </dl>
        <h2>{a.roles}</h2>
        {account.grants.length === 0 ? <p>{a.noRoles}</p> : null}
        <ul class="plain grants">
          {account.grants.map((g) => (
            <li>
              {grantWords(a, g, locale)}
              {g.revocable ? (
                <form method="post" action={post("revoke")} class="inline">
                  <CsrfField token={csrf} />
                  <input type="hidden" name="role" value={g.role} />
                  <input type="hidden" name="unitId" value={g.unitId ?? ""} />
                  <button type="submit" class="secondary">
                    {a.revoke}
                  </button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
        <form method="post" action={post("grant")}>
          <h2>{a.grantTitle}</h2>
          <CsrfField token={csrf} />
          <RoleFields a={a} raw={state.raw} errors={errors} />
          <button type="submit" id="grant">
            {a.grant}
          </button>
        </form>
        {account.manageable ? (
          <>
            <h2>{a.resetTitle}</h2>
            <form method="post" action={post("reset")}>
              <CsrfField token={csrf} />
              <button type="submit" id="reset">
                {a.issueReset}
              </button>
            </form>
            <h2>{a.status}</h2>
            <form method="post" action={post(account.disabled ? "enable" : "disable")}>
              <CsrfField token={csrf} />
              <button type="submit" id="toggle" class={account.disabled ? undefined : "warning"}>
                {account.disabled ? a.enable : a.disable}
              </button>
            </form>
          </>
        ) : (
          <p class="hint">{a.notManageable}</p>
        )}
        <p>
          <a href={workspaceUrl(locale, usersPath)}>{a.users}</a>
        </p>
      </>
    ),
  };
}

export async function userPage(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const { c, db, who, locale } = ctx;
  const account = await readAccount(db, who, c.req.param("id") ?? "");
  return userAnswer(ctx, account, c.req.query("done") ? { notice: adminMessages(locale).changed } : {});
}

const done = (ctx: SignedInContext, id: string) =>
  ctx.c.redirect(workspaceUrl(ctx.locale, userPath(id), { done: "1" }), 303);

/** A change of the account's page: done and back to the page, or the page again with the refusal. */
async function accountChange(
  ctx: SignedInContext,
  change: (id: string) => Promise<void>,
  fields: readonly string[],
  raw?: RawForm,
): Promise<WorkspaceAnswer> {
  const id = ctx.c.req.param("id") ?? "";
  try {
    await change(id);
    return done(ctx, id);
  } catch (error) {
    const errors = fieldRefusal(error, adminMessages(ctx.locale), fields);
    return userAnswer(ctx, await readAccount(ctx.db, ctx.who, id), { errors, ...(raw ? { raw } : {}) });
  }
}

export async function grantForm(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const a = adminMessages(ctx.locale);
  const label = (f: string) => ({ role: a.roleLabel, unit: a.unitLabel })[f] ?? f;
  const form = await workspaceForm(ctx, z.object(RoleForm), label);
  const id = ctx.c.req.param("id") ?? "";
  if (!form.ok) return userAnswer(ctx, await readAccount(ctx.db, ctx.who, id), form);
  const data = form.data;
  return accountChange(
    ctx,
    async (account) => grantRole(ctx.db, account, await grantOf(ctx, data), writeContext(ctx.who)),
    ["unit", "role"],
    form.raw,
  );
}

const RevokeForm = z.object({ role: field.choice(ROLES), unitId: field.text(100) });

export async function revokeForm(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const form = await workspaceForm(ctx, RevokeForm);
  if (!form.ok) throw new AppError("bad_request", "revoke: role and unit", { field: "role" });
  const grant = { role: form.data.role, unitId: form.data.unitId || null };
  return accountChange(ctx, (id) => revokeRole(ctx.db, id, grant, writeContext(ctx.who)), ["role"]);
}

export function disableForm(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  return accountChange(ctx, (id) => disableUser(ctx.db, id, writeContext(ctx.who)), ["account"]);
}

export function enableForm(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  return accountChange(ctx, (id) => enableUser(ctx.db, id, writeContext(ctx.who)), ["account"]);
}

export async function resetCodeForm(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const id = ctx.c.req.param("id") ?? "";
  try {
    return codeAnswer(ctx, await issuePasswordReset(ctx.db, id, writeContext(ctx.who)));
  } catch (error) {
    const errors = fieldRefusal(error, adminMessages(ctx.locale), ["account"]);
    return userAnswer(ctx, await readAccount(ctx.db, ctx.who, id), { errors });
  }
}

function resetAnswer(ctx: WorkspaceContext, errors: readonly FieldError[] = [], code = ""): WorkspaceAnswer {
  const { c, m, locale } = ctx;
  const a = adminMessages(locale);
  // Before a session there is no session token: the form carries the sign-in page's own (sub-app.tsx).
  const token = randomBytes(18).toString("base64url");
  setStrictCookie(c, LOGIN_CSRF_COOKIE, token, { path: `${BASE}/` });
  return {
    title: a.setPassword,
    ...(errors.length > 0 ? { status: 422 as const } : {}),
    body: (
      <>
        <ErrorSummary title={m.errorsTitle} errors={errors} />
        <form method="post" action={workspaceUrl(locale, "/reset")}>
          <input type="hidden" name="_csrf" value={token} />
          <TextField
            id="code"
            label={a.codeLabel}
            hint={a.codeHint}
            value={code}
            autocomplete="one-time-code"
            error={errorOf(errors, "code")}
          />
          <TextField
            id="password"
            label={a.newPassword}
            hint={a.newPasswordHint}
            type="password"
            autocomplete="new-password"
            error={errorOf(errors, "password")}
          />
          <TextField
            id="confirm"
            label={a.confirmPassword}
            type="password"
            autocomplete="new-password"
            error={errorOf(errors, "confirm")}
          />
          <button type="submit" id="set-password">
            {a.setPassword}
          </button>
        </form>
      </>
    ),
  };
}

/** The page where a person sets a password with a one-time code (open: they cannot sign in yet). */
export async function resetPage(ctx: WorkspaceContext): Promise<WorkspaceAnswer> {
  return resetAnswer(ctx, [], (ctx.c.req.query("code") ?? "").slice(0, 64));
}

const ResetForm = z.object({
  code: field.required(64),
  password: field.text(1000),
  confirm: field.text(1000),
});

export async function resetPasswordForm(ctx: WorkspaceContext): Promise<WorkspaceAnswer> {
  const { locale, m } = ctx;
  const a = adminMessages(locale);
  const label = (f: string) =>
    ({ code: a.codeLabel, password: a.newPassword, confirm: a.confirmPassword })[f] ?? f;
  const form = await workspaceForm(ctx, ResetForm, label);
  const code = rawText(form.raw, "code") ?? "";
  if (!form.ok) return resetAnswer(ctx, form.errors, code);
  if (form.data.password !== form.data.confirm) {
    return resetAnswer(ctx, [{ field: "confirm", message: a.refused.passwordsDiffer }], code);
  }
  try {
    await resetPassword(ctx.db, { code: form.data.code, password: form.data.password });
  } catch (error) {
    return resetAnswer(ctx, fieldRefusal(error, a, ["code", "password"]), code);
  }
  return {
    title: a.setPassword,
    body: (
      <>
        <p class="notice" role="status">
          {a.passwordSet}
        </p>
        <p>
          <a href={workspaceUrl(locale, "/login")}>{m.signIn}</a>
        </p>
      </>
    ),
  };
}
