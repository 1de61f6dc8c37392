/**
 * What a workspace handler is given and what it returns. A handler (pages/*.tsx) gets the
 * request's context already checked by the sub-app's middleware (sub-app.tsx): signed in where the
 * route says so, the CSRF token of every POST verified. It returns a page (title and body, put in
 * the layout here, never cached) or a Response of its own (a redirect, a download, JSON). It
 * throws an AppError to refuse: the sub-app turns it into a page in the reader's language.
 */
import type { Context } from "hono";
import type { Child } from "hono/jsx";
import type { Principal } from "../../app/auth/principal.ts";
import type { Db } from "../../app/transaction.ts";
import type { DisplayLocale } from "../../domain/numbers.ts";
import { type WorkspaceMessages, workspaceMessages } from "../../i18n/workspace.ts";
import type { ApiEnv } from "../api/env.ts";
import type { AssetName } from "../static-assets.ts";
import { Page } from "./layout.tsx";

export const BASE = "/workspace";

export interface WorkspacePage {
  title: string;
  body: Child;
  /** 200 unless a form is answered with its errors (422) or the like. */
  status?: 200 | 422;
  /** A script of static-assets.ts that enhances the page; it works without it. */
  script?: AssetName;
}

export type WorkspaceAnswer = WorkspacePage | Response;

/** Every handler's context; `who` is set on routes that need sign-in (the default). */
export interface WorkspaceContext {
  c: Context<ApiEnv>;
  locale: DisplayLocale;
  m: WorkspaceMessages;
  db: Db;
  /** The session's CSRF token, for the forms the page shows. */
  csrf: string;
  who: Principal | undefined;
}

export interface SignedInContext extends WorkspaceContext {
  who: Principal;
}

/** The page's language: ?lang=en, else Vietnamese. */
export const localeOf = (c: Context<ApiEnv>): DisplayLocale => (c.req.query("lang") === "en" ? "en" : "vi");

export function contextOf(c: Context<ApiEnv>): WorkspaceContext {
  const locale = localeOf(c);
  return {
    c,
    locale,
    m: workspaceMessages(locale),
    db: c.get("store").db,
    csrf: c.get("csrfToken") ?? "",
    who: c.get("principal"),
  };
}

/** A page of the workspace as HTML in its layout, never kept by a cache (it holds drafts and tokens). */
export function htmlPage(
  c: Context<ApiEnv>,
  page: WorkspacePage,
  status: number = page.status ?? 200,
): Response {
  c.header("Cache-Control", "no-store");
  const node = (
    <Page
      locale={localeOf(c)}
      title={page.title}
      principal={c.get("principal")}
      csrf={c.get("csrfToken")}
      {...(page.script ? { script: page.script } : {})}
    >
      {page.body}
    </Page>
  );
  return c.html(`<!doctype html>${String(node)}`, status as 200);
}

/** A file for download: its type, a safe name, never cached. */
export function download(c: Context<ApiEnv>, file: { file: Buffer; name: string }, type: string): Response {
  c.header("Content-Type", type);
  c.header("Content-Disposition", `attachment; filename="${file.name.replace(/[^\w.-]/g, "_")}"`);
  c.header("Cache-Control", "no-store");
  return c.body(new Uint8Array(file.file));
}

/** The path of a workspace page, keeping the page's language. */
export function workspaceUrl(
  locale: DisplayLocale,
  path: string,
  query: Record<string, string | undefined> = {},
): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, v);
  if (locale === "en") params.set("lang", "en");
  const q = params.toString();
  return `${BASE}${path}${q ? `?${q}` : ""}`;
}
