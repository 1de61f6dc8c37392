/**
 * The public pages under /vi/ and /en/ (each linking to its twin), and `/`, which picks the
 * language by Accept-Language. Public pages carry Cache-Control and an ETag of their body; a
 * request whose If-None-Match matches gets 304.
 */
import type { Hono } from "hono";
import { etag } from "hono/etag";
import type { DisplayLocale } from "../../domain/numbers.ts";
import type { ApiEnv } from "../api/env.ts";
import { notFoundPage, page } from "./page.tsx";
import { homePage } from "./pages/home.tsx";
import { indicatorPage } from "./pages/indicator.tsx";
import { methodsPage } from "./pages/methods.tsx";
import { projectsPage } from "./pages/projects.tsx";
import { reportPage } from "./pages/report.tsx";
import { scorecardPage } from "./pages/scorecard.tsx";
import { scorecardsPage } from "./pages/scorecards.tsx";
import { unitPage } from "./pages/unit.tsx";

export const LOCALES: readonly DisplayLocale[] = ["vi", "en"];

/** The language the reader prefers among vi and en, by the weights of Accept-Language; vi by default. */
export function pickLocale(acceptLanguage: string | undefined): DisplayLocale {
  let best: { locale: DisplayLocale; q: number } | undefined;
  for (const part of (acceptLanguage ?? "").split(",")) {
    const [tag, ...params] = part.trim().toLowerCase().split(";");
    const q = Number(
      params
        .find((p) => p.trim().startsWith("q="))
        ?.trim()
        .slice(2) ?? 1,
    );
    const primary = tag?.split("-")[0];
    if ((primary === "vi" || primary === "en") && Number.isFinite(q) && q > 0 && (!best || q > best.q)) {
      best = { locale: primary, q };
    }
  }
  return best?.locale ?? "vi";
}

export function registerWebRoutes(app: Hono<ApiEnv>): void {
  app.get("/", (c) => {
    c.header("Vary", "Accept-Language");
    c.header("Cache-Control", "no-cache");
    return c.redirect(`/${pickLocale(c.req.header("accept-language"))}/`, 302);
  });
  for (const locale of LOCALES) {
    const base = `/${locale}`;
    app.get(base, (c) => c.redirect(`${base}/`, 301));
    // Downloads get an ETag of their bytes here; HTML pages carry the one kept with them
    // (page.tsx). Hashing every page again after the fact, or adding a header to a finished
    // response, cost the page route more than half its requests per second.
    const downloadEtag = etag();
    app.use(`${base}/*`, (c, next) => (c.req.query("format") ? downloadEtag(c, next) : next()));
    app.get(`${base}/`, page(locale, homePage));
    app.get(`${base}/scorecard/:period`, page(locale, scorecardsPage));
    app.get(`${base}/units/:code`, page(locale, unitPage));
    app.get(`${base}/units/:code/:period`, page(locale, scorecardPage));
    app.get(`${base}/units/:code/:period/report`, page(locale, reportPage));
    app.get(`${base}/units/:code/:period/projects`, page(locale, projectsPage));
    app.get(`${base}/indicators/:code`, page(locale, indicatorPage));
    app.get(`${base}/methods`, page(locale, methodsPage));
    app.get(`${base}/*`, page(locale, notFoundPage));
  }
}
