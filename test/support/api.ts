/** Calling the API in process (`app.request()`, no port), signed in as a test user. */
import { openSession, type SignedIn } from "../../src/app/auth/sessions.ts";
import type { Store } from "../../src/db/connect.ts";
import { findUser, insertGrant, insertUser, type RoleGrant } from "../../src/db/users.ts";
import { createApp } from "../../src/http/app.ts";

export interface Call {
  status: number;
  etag: string | null;
  // biome-ignore lint/suspicious/noExplicitAny: tests read JSON bodies freely.
  body: any;
}

/**
 * A user with `grants` (created if missing, with a password nobody can type) and a session: its
 * token (the bearer token, or the cookie's value), CSRF token and principal.
 */
export async function signedInAs(store: Store, userId: string, grants: RoleGrant[]): Promise<SignedIn> {
  if (!(await findUser(store.db, userId))) {
    await insertUser(store.db, { id: userId, name: userId, passwordHash: "none" });
    for (const grant of grants) await insertGrant(store.db, userId, grant);
  }
  return openSession(store.db, userId, userId);
}

/** The bearer token of a new session of the user (see signedInAs). */
export async function sessionFor(store: Store, userId: string, grants: RoleGrant[]): Promise<string> {
  return (await signedInAs(store, userId, grants)).token;
}

/**
 * `as`: the user to call as; by default "tester", an administrator over every unit. `null`
 * calls without signing in.
 */
export function client(store: Store, as: { userId: string; grants: RoleGrant[] } | null = undefined!) {
  const app = createApp({ store });
  const who =
    as === undefined ? { userId: "tester", grants: [{ role: "administrator" as const, unitId: null }] } : as;
  let token: Promise<string> | undefined;
  const call = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Call> => {
    if (who && !token) token = sessionFor(store, who.userId, who.grants);
    const auth: Record<string, string> = who ? { authorization: `Bearer ${await token}` } : {};
    const response = await app.request(path, {
      method,
      headers: { "content-type": "application/json", ...auth, ...headers },
      ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    return {
      status: response.status,
      etag: response.headers.get("etag"),
      body: text ? JSON.parse(text) : null,
    };
  };
  /** A page (HTML), through the same session. */
  const page = async (path: string): Promise<{ status: number; text: string }> => {
    if (who && !token) token = sessionFor(store, who.userId, who.grants);
    const headers: Record<string, string> = who ? { authorization: `Bearer ${await token}` } : {};
    const response = await app.request(path, { headers });
    return { status: response.status, text: await response.text() };
  };
  /** Any request through the same session (binary bodies, multipart uploads). */
  const raw = async (path: string, init: RequestInit = {}): Promise<Response> => {
    if (who && !token) token = sessionFor(store, who.userId, who.grants);
    const headers: Record<string, string> = who ? { authorization: `Bearer ${await token}` } : {};
    return app.request(path, {
      ...init,
      headers: { ...headers, ...(init.headers as Record<string, string>) },
    });
  };
  return {
    app,
    page,
    raw,
    get: (path: string, headers?: Record<string, string>) => call("GET", path, undefined, headers),
    post: (path: string, body: unknown, headers?: Record<string, string>) =>
      call("POST", path, body, headers),
    put: (path: string, body: unknown, headers?: Record<string, string>) => call("PUT", path, body, headers),
    delete: (path: string, headers?: Record<string, string>) => call("DELETE", path, undefined, headers),
  };
}
