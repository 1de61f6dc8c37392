/** Signing in and out of the workspace. */
import { randomBytes } from "node:crypto";
import { getCookie } from "hono/cookie";
import { z } from "zod";
import { signIn, signOut } from "../../../app/auth/sessions.ts";
import { AppError } from "../../../app/errors.ts";
import {
  clearSessionCookie,
  clientAddress,
  logLockout,
  SESSION_COOKIE,
  setSessionCookie,
  setStrictCookie,
} from "../../auth.ts";
import { TextField } from "../components.tsx";
import { field, workspaceForm } from "../forms.ts";
import { BASE, type WorkspaceAnswer, type WorkspaceContext, workspaceUrl } from "../page.tsx";
import { LOGIN_CSRF_COOKIE } from "../sub-app.tsx";

/** The sign-in form, with a fresh token in its cookie (CSRF before there is a session). */
export async function loginPage({ c, m, locale }: WorkspaceContext): Promise<WorkspaceAnswer> {
  const token = randomBytes(18).toString("base64url");
  setStrictCookie(c, LOGIN_CSRF_COOKIE, token, { path: `${BASE}/` });
  const error = c.req.query("error");
  return {
    title: m.signIn,
    body: (
      <form method="post" action={workspaceUrl(locale, "/login")}>
        {error ? (
          <p class="error" role="alert">
            {error === "rate" ? m.tooManyAttempts : m.badCredentials}
          </p>
        ) : null}
        <input type="hidden" name="_csrf" value={token} />
        <TextField id="account" label={m.account} autocomplete="username" required />
        <TextField
          id="password"
          label={m.password}
          type="password"
          autocomplete="current-password"
          required
        />
        <button type="submit" id="sign-in">
          {m.signIn}
        </button>
      </form>
    ),
  };
}

const SignInForm = z.object({ account: field.text(200), password: field.text(1000) });

/** The sign-in form posted (its token checked by the sub-app): a session, or back to the form. */
export async function signInForm(ctx: WorkspaceContext): Promise<WorkspaceAnswer> {
  const { c, locale } = ctx;
  const form = await workspaceForm(ctx, SignInForm);
  if (!form.ok) return c.redirect(workspaceUrl(locale, "/login", { error: "1" }), 303);
  try {
    const s = await signIn(ctx.db, { ...form.data, address: clientAddress(c) }, logLockout(c));
    setSessionCookie(c, s.token);
    return c.redirect(workspaceUrl(locale, "/"), 303);
  } catch (error) {
    if (error instanceof AppError && error.status === 429)
      return c.redirect(workspaceUrl(locale, "/login", { error: "rate" }), 303);
    if (error instanceof AppError) return c.redirect(workspaceUrl(locale, "/login", { error: "1" }), 303);
    throw error;
  }
}

/** Signing out (the form's token checked by the sub-app). */
export async function signOutForm({ c, db, locale }: WorkspaceContext): Promise<WorkspaceAnswer> {
  const token = getCookie(c, SESSION_COOKIE);
  if (token) await signOut(db, token);
  clearSessionCookie(c);
  return c.redirect(workspaceUrl(locale, "/login"), 303);
}
