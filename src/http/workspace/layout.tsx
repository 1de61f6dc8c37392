/**
 * The workspace's page frame and small shared pieces (hono/jsx: escaped by default). Its stylesheet
 * and script are files (static-assets.ts): the Content-Security-Policy allows nothing inline.
 */
import type { Child } from "hono/jsx";
import type { Principal } from "../../app/auth/principal.ts";
import { managesAccounts } from "../../app/auth/users.ts";
import type { DisplayLocale } from "../../domain/numbers.ts";
import { calendarMessages } from "../../i18n/calendar-messages.ts";
import { reviewMessages } from "../../i18n/review-messages.ts";
import { workspaceMessages } from "../../i18n/workspace.ts";
import { adminMessages } from "../../i18n/workspace-admin.ts";
import { type AssetName, assetUrl } from "../static-assets.ts";

export function Page(props: {
  locale: DisplayLocale;
  title: string;
  principal?: Principal | undefined;
  csrf?: string | undefined;
  children: Child;
  /** A script of static-assets.ts: the entry form's assessment as the officer types. */
  script?: AssetName;
}) {
  const m = workspaceMessages(props.locale);
  const a = adminMessages(props.locale);
  return (
    <html lang={props.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · ${m.title}`}</title>
        <link rel="stylesheet" href={assetUrl("workspaceCss")} />
      </head>
      <body>
        <header>
          <a href="/workspace/">{m.title}</a>
          {props.principal ? (
            <nav>
              <a href="/workspace/sources/">{reviewMessages(props.locale).sources}</a>
              <a href="/workspace/projects">{reviewMessages(props.locale).projectsNav}</a>
              <a href="/workspace/audit">{m.audit}</a>
              <a href="/workspace/calendar">{calendarMessages(props.locale).title}</a>
              <a href="/workspace/admin/indicators">{a.indicators}</a>
              {managesAccounts(props.principal) ? <a href="/workspace/admin/users">{a.users}</a> : null}
              <span>
                {m.signedInAs} <strong>{props.principal.name}</strong>
              </span>
              <form method="post" action="/workspace/logout">
                <input type="hidden" name="_csrf" value={props.csrf ?? ""} />
                <button type="submit">{m.signOut}</button>
              </form>
            </nav>
          ) : null}
        </header>
        <main>
          <h1>{props.title}</h1>
          {props.children}
        </main>
        {props.script ? <script src={assetUrl(props.script)} defer /> : null}
      </body>
    </html>
  );
}
