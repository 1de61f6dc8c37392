/**
 * The frame of every public page: the language switch at the top ("Tiếng Việt | English", each
 * page linking to its twin), the site name, the main content, and the site's stylesheet (a file:
 * the Content-Security-Policy allows nothing inline). No script is needed to read any page.
 */
import type { Child } from "hono/jsx";
import type { DisplayLocale } from "../../domain/numbers.ts";
import type { Status } from "../../domain/types.ts";
import { messages } from "../../i18n/messages.ts";
import { webMessages } from "../../i18n/web-messages.ts";
import { type AssetName, assetUrl } from "../static-assets.ts";

/** The path of the same page in the other language, query kept. */
export function twinPath(path: string, locale: DisplayLocale): string {
  const other = locale === "vi" ? "en" : "vi";
  return path.replace(/^\/(vi|en)(?=\/|$|\?)/, `/${other}`);
}

export interface OpenGraph {
  title: string;
  description: string;
  url: string;
}

export function Layout(props: {
  locale: DisplayLocale;
  title: string;
  /** The request's path and query: the twin link and canonical address derive from it. */
  path: string;
  illustrative?: boolean;
  og?: OpenGraph;
  /** Scripts of static-assets.ts the page enhances itself with (none is needed to read it). */
  scripts?: AssetName[];
  children: Child;
}) {
  const { locale } = props;
  const m = webMessages(locale);
  const other: DisplayLocale = locale === "vi" ? "en" : "vi";
  const twin = twinPath(props.path, locale);
  return (
    <html lang={locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · ${m.siteName}`}</title>
        <link rel="alternate" hreflang={other} href={twin} />
        {props.og ? (
          <>
            <meta property="og:type" content="article" />
            <meta property="og:title" content={props.og.title} />
            <meta property="og:description" content={props.og.description} />
            <meta property="og:url" content={props.og.url} />
            <meta property="og:locale" content={locale === "vi" ? "vi_VN" : "en_GB"} />
          </>
        ) : null}
        <link rel="stylesheet" href={assetUrl("siteCss")} />
      </head>
      <body>
        <a class="skip" href="#main">
          {m.skipToContent}
        </a>
        <header class="site">
          <a class="name" href={`/${locale}/`}>
            {m.siteName}
          </a>
          <nav class="lang" aria-label={m.switchLanguage}>
            {locale === "vi" ? (
              <>
                <span aria-current="page">{m.languageName}</span>|
                <a href={twin} hreflang="en" lang="en" rel="alternate" title={m.switchLanguage}>
                  {m.twinLanguageName}
                </a>
              </>
            ) : (
              <>
                <a href={twin} hreflang="vi" lang="vi" rel="alternate" title={m.switchLanguage}>
                  {m.twinLanguageName}
                </a>
                |<span aria-current="page">{m.languageName}</span>
              </>
            )}
          </nav>
        </header>
        <main id="main">
          {props.illustrative ? (
            <p class="note" role="note" data-illustrative="true">
              {m.illustrativeBanner}
            </p>
          ) : null}
          {props.children}
        </main>
        <footer>{m.footer}</footer>
        {(props.scripts ?? []).map((name) => (
          <script src={assetUrl(name)} defer />
        ))}
      </body>
    </html>
  );
}

const ICON: Record<Status, string> = { exceeded: "▲", met: "✓", nearly_met: "≈", not_met: "✗", no_data: "–" };

/** A status as an icon and a word: never by colour alone. */
export function StatusMark(props: { status: Status; locale: DisplayLocale; text?: string }) {
  return (
    <span class={`status s-${props.status}`}>
      <span class="icon" aria-hidden="true">
        {ICON[props.status]}
      </span>
      {props.text ?? messages(props.locale).status[props.status]}
    </span>
  );
}
