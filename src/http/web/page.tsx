/**
 * What a page handler returns, and how it is answered: as HTML in the layout, or, when the query
 * names one of its tables and a format (`?table=targets&format=csv`), as that table's download.
 */
import type { Context } from "hono";
import type { Child } from "hono/jsx";
import { AppError, notFound } from "../../app/errors.ts";
import type { Visibility } from "../../app/visibility.ts";
import type { DisplayLocale } from "../../domain/numbers.ts";
import { webMessages } from "../../i18n/web-messages.ts";
import { workspaceMessages } from "../../i18n/workspace.ts";
import { callerView } from "../api/common.ts";
import type { ApiEnv } from "../api/env.ts";
import { type CachedResponse, cachedResponse } from "../response-cache.ts";
import type { AssetName } from "../static-assets.ts";
import { today } from "./format.ts";
import { Layout, type OpenGraph } from "./layout.tsx";
import {
  CONTENT_TYPE,
  type DataTable,
  DOWNLOAD_FORMATS,
  type DownloadFormat,
  tableToCsv,
  tableToJson,
  tableToXlsx,
} from "./table.tsx";

export interface Page {
  title: string;
  body: Child;
  /** Every table the page shows, in order: each can be downloaded. */
  tables?: DataTable[];
  illustrative?: boolean;
  og?: OpenGraph;
  /** Scripts that enhance the page (static-assets.ts); it reads without them. */
  scripts?: AssetName[];
}

export interface PageContext {
  c: Context<ApiEnv>;
  locale: DisplayLocale;
  /** The request's path and query, for links to the same page (downloads, twin). */
  path: string;
  /** What the reader may see (src/app/visibility.ts): every read the page makes takes it. */
  view: Visibility;
}

export type PageHandler = (ctx: PageContext) => Promise<Page>;

const HTML_DOCTYPE = "<!DOCTYPE html>";

/** Readers may keep a page five minutes; a shared cache may serve it a minute stale while it checks. */
export const PUBLIC_CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=60";

async function renderHtml(locale: DisplayLocale, path: string, page: Page): Promise<string> {
  const element = (
    <Layout
      locale={locale}
      title={page.title}
      path={path}
      illustrative={page.illustrative ?? false}
      {...(page.og ? { og: page.og } : {})}
      {...(page.scripts ? { scripts: page.scripts } : {})}
    >
      {page.body}
    </Layout>
  );
  return HTML_DOCTYPE + (await element).toString();
}

async function html(c: Context<ApiEnv>, locale: DisplayLocale, path: string, page: Page, status = 200) {
  return c.html(await renderHtml(locale, path, page), status as 200);
}

/**
 * A page as HTML, kept in the response cache until the store reports a write. Its bytes depend on
 * the path (with its query), today's date (a page without `at` shows today) and what the reader
 * may see: the public view for anyone without draft rights, drafts within a signed-in reader's
 * scope. The cache keys on all three.
 */
async function htmlPage(c: Context<ApiEnv>, locale: DisplayLocale, path: string, handler: PageHandler) {
  const view = callerView(c);
  const render = async () =>
    cachedResponse(await renderHtml(locale, path, await handler({ c, locale, path, view })));
  const cache = c.get("cache");
  let response: CachedResponse;
  try {
    response = cache
      ? await cache.getOrCompute(`page\t${view.key}\t${today()}\t${path}`, render)
      : await render();
  } catch (error) {
    return errorResponse(c, locale, path, error);
  }
  c.header("ETag", response.etag);
  // A signed-in reader's page may hold drafts: never kept by a shared cache (privateNoStore).
  if (!view.principal) c.header("Cache-Control", PUBLIC_CACHE_CONTROL);
  if (c.req.header("if-none-match") === response.etag) return c.body(null, 304);
  return c.html(response.body);
}

/**
 * A page saying what went wrong in the reader's language, by the error's code (the same words as
 * the workspace's); never an unexpected error's text, and never the English message of the log.
 */
function errorPage(locale: DisplayLocale, error: AppError | undefined): Page {
  const m = webMessages(locale);
  const field = typeof error?.details.field === "string" ? error.details.field : undefined;
  const title = error && (error.status === 404 || error.status === 422) ? m.notFound : m.error;
  return {
    title,
    body: (
      <>
        <h1>{title}</h1>
        {error ? <p>{workspaceMessages(locale).error[error.code](field)}</p> : null}
        <p>
          <a href={`/${locale}/`}>{m.home}</a>
        </p>
      </>
    ),
  };
}

/**
 * A page handler's refusal (not found, invalid) as a page saying so; a conflict goes on to the
 * app's handler; anything else is a 500 page in the reader's language, the error itself (SQL,
 * paths, a stack) kept for the log.
 */
function errorResponse(c: Context<ApiEnv>, locale: DisplayLocale, path: string, error: unknown) {
  if (error instanceof AppError && error.status !== 409) {
    return html(c, locale, path, errorPage(locale, error), 404);
  }
  if (error instanceof AppError) throw error;
  const logger = c.get("logger");
  if (logger) logger.error({ err: error }, "unhandled error on a page");
  else console.error("unhandled error on a page", error);
  return html(c, locale, path, errorPage(locale, undefined), 500);
}

/** Wraps a page handler for one locale: HTML, downloads, and errors as pages. */
export function page(locale: DisplayLocale, handler: PageHandler) {
  return async (c: Context<ApiEnv>) => {
    const url = new URL(c.req.url);
    const params = new URLSearchParams(url.search);
    const tableId = params.get("table");
    const format = params.get("format");
    params.delete("table");
    params.delete("format");
    const query = params.toString();
    const path = `${url.pathname}${query ? `?${query}` : ""}`;
    if (tableId === null && format === null) return htmlPage(c, locale, path, handler);
    let result: Page;
    try {
      result = await handler({ c, locale, path, view: callerView(c) });
    } catch (error) {
      return errorResponse(c, locale, path, error);
    }
    const table = result.tables?.find((t) => t.id === tableId);
    if (!table || !(DOWNLOAD_FORMATS as readonly string[]).includes(format ?? "")) {
      const m = webMessages(locale);
      return html(c, locale, path, { title: m.notFound, body: <h1>{m.notFound}</h1> }, 404);
    }
    const f = format as DownloadFormat;
    c.header("Content-Type", CONTENT_TYPE[f]);
    c.header("Content-Disposition", `attachment; filename="${table.id}-${locale}.${f}"`);
    if (!c.get("principal")) c.header("Cache-Control", PUBLIC_CACHE_CONTROL);
    if (f === "csv") return c.body(tableToCsv(table));
    if (f === "json") return c.body(tableToJson(table));
    return c.body((await tableToXlsx(table)) as Uint8Array<ArrayBuffer>);
  };
}

/** Any other path under /vi/ or /en/: a page saying so, in that language (404). */
export const notFoundPage: PageHandler = async ({ c }) => {
  throw notFound("page", c.req.path, "path");
};
