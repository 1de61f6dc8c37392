/**
 * What a page handler returns, and how it is answered: as HTML in the layout, or, when the query
 * names one of its tables and a format (`?table=targets&format=csv`), as that table's download.
 */
import type { Context } from "hono";
import type { Child } from "hono/jsx";
import { AppError, notFound } from "../../app/errors.ts";
import type { DisplayLocale } from "../../domain/numbers.ts";
import { webMessages } from "../../i18n/web-messages.ts";
import type { ApiEnv } from "../api/env.ts";
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
}

export interface PageContext {
  c: Context<ApiEnv>;
  locale: DisplayLocale;
  /** The request's path and query, for links to the same page (downloads, twin). */
  path: string;
}

export type PageHandler = (ctx: PageContext) => Promise<Page>;

const HTML_DOCTYPE = "<!DOCTYPE html>";

async function html(c: Context<ApiEnv>, locale: DisplayLocale, path: string, page: Page, status = 200) {
  const element = (
    <Layout
      locale={locale}
      title={page.title}
      path={path}
      illustrative={page.illustrative ?? false}
      {...(page.og ? { og: page.og } : {})}
    >
      {page.body}
    </Layout>
  );
  const body = HTML_DOCTYPE + (await element).toString();
  return c.html(body, status as 200);
}

function errorPage(locale: DisplayLocale, error: AppError): Page {
  const m = webMessages(locale);
  const title = error.status === 404 || error.status === 422 ? m.notFound : m.error;
  return {
    title,
    body: (
      <>
        <h1>{title}</h1>
        <p>{error.message}</p>
        <p>
          <a href={`/${locale}/`}>{m.home}</a>
        </p>
      </>
    ),
  };
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
    let result: Page;
    try {
      result = await handler({ c, locale, path });
    } catch (error) {
      if (error instanceof AppError && error.status !== 409) {
        return html(c, locale, path, errorPage(locale, error), 404);
      }
      throw error;
    }
    if (tableId !== null || format !== null) {
      const table = result.tables?.find((t) => t.id === tableId);
      if (!table || !(DOWNLOAD_FORMATS as readonly string[]).includes(format ?? "")) {
        const m = webMessages(locale);
        return html(c, locale, path, { title: m.notFound, body: <h1>{m.notFound}</h1> }, 404);
      }
      const f = format as DownloadFormat;
      c.header("Content-Type", CONTENT_TYPE[f]);
      c.header("Content-Disposition", `attachment; filename="${table.id}-${locale}.${f}"`);
      if (f === "csv") return c.body(tableToCsv(table));
      if (f === "json") return c.body(tableToJson(table));
      return c.body((await tableToXlsx(table)) as Uint8Array<ArrayBuffer>);
    }
    return html(c, locale, path, result);
  };
}

/** Any other path under /vi/ or /en/: a page saying so, in that language (404). */
export const notFoundPage: PageHandler = async ({ c }) => {
  throw notFound("page", c.req.path, "path");
};
