/**
 * The stylesheets and scripts the pages load, served as files of our own origin: the
 * Content-Security-Policy (security-headers.ts) allows no inline script or style. Pages link them
 * with a hash of their content in the address (`/assets/site.css?v=…`), so a reader's copy can be
 * kept a year and a new build is fetched at once.
 */
import { createHash } from "node:crypto";
import type { Hono } from "hono";
import type { ApiEnv } from "./api/env.ts";
import { SHARE_SCRIPT } from "./web/share-script.ts";
import { SITE_STYLE } from "./web/site-style.ts";
import { ENTRY_SCRIPT } from "./workspace/entry-script.ts";
import { REVIEW_SCRIPT } from "./workspace/review-script.ts";
import { WORKSPACE_STYLE } from "./workspace/workspace-style.ts";

const CSS = "text/css; charset=utf-8";
const JS = "text/javascript; charset=utf-8";

const ASSETS = {
  siteCss: { path: "/assets/site.css", type: CSS, body: SITE_STYLE },
  workspaceCss: { path: "/assets/workspace.css", type: CSS, body: WORKSPACE_STYLE },
  shareJs: { path: "/assets/share.js", type: JS, body: SHARE_SCRIPT },
  entryJs: { path: "/assets/entry.js", type: JS, body: ENTRY_SCRIPT },
  reviewJs: { path: "/assets/review.js", type: JS, body: REVIEW_SCRIPT },
} as const;

export type AssetName = keyof typeof ASSETS;

const versionOf = (body: string) => createHash("sha256").update(body).digest("base64url").slice(0, 12);
const VERSIONS = Object.fromEntries(
  Object.entries(ASSETS).map(([name, a]) => [name, versionOf(a.body)]),
) as Record<AssetName, string>;

/** The address a page links: the file's path and the hash of its content. */
export function assetUrl(name: AssetName): string {
  return `${ASSETS[name].path}?v=${VERSIONS[name]}`;
}

export function registerStaticAssets(app: Hono<ApiEnv>): void {
  for (const [name, asset] of Object.entries(ASSETS) as [AssetName, (typeof ASSETS)[AssetName]][]) {
    const etag = `"${VERSIONS[name]}"`;
    app.get(asset.path, (c) => {
      // The versioned address never changes content; an unversioned or stale one is checked each time.
      const current = c.req.query("v") === VERSIONS[name];
      c.header("Cache-Control", current ? "public, max-age=31536000, immutable" : "no-cache");
      c.header("ETag", etag);
      if (c.req.header("if-none-match") === etag) return c.body(null, 304);
      c.header("Content-Type", asset.type);
      return c.body(asset.body);
    });
  }
}
