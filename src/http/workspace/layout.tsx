/** The workspace's page frame and small shared pieces (hono/jsx: escaped by default). */
import type { Child } from "hono/jsx";
import type { Principal } from "../../app/auth/principal.ts";
import type { DisplayLocale } from "../../domain/numbers.ts";
import { workspaceMessages } from "../../i18n/workspace.ts";

export function Page(props: {
  locale: DisplayLocale;
  title: string;
  principal?: Principal | undefined;
  csrf?: string | undefined;
  children: Child;
  script?: string;
}) {
  const m = workspaceMessages(props.locale);
  return (
    <html lang={props.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · ${m.title}`}</title>
        <style>{STYLE}</style>
      </head>
      <body>
        <header>
          <a href="/workspace/">{m.title}</a>
          {props.principal ? (
            <nav>
              <a href="/workspace/audit">{m.audit}</a>
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
        {props.script ? <script src={props.script} defer /> : null}
      </body>
    </html>
  );
}

const STYLE = `
body{font-family:system-ui,sans-serif;margin:0;color:#1a1a1a}
header{display:flex;justify-content:space-between;align-items:center;padding:.5rem 1rem;background:#7a0000;color:#fff}
header a{color:#fff}nav{display:flex;gap:1rem;align-items:center}nav form{margin:0}
main{padding:1rem;max-width:80rem}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;padding:.3rem .4rem;text-align:left;vertical-align:top}
td.num{text-align:right}input[type=text]{width:8rem}.error{color:#a00;font-weight:600}
.notice{background:#eef7ee;border:1px solid #7a7;padding:.5rem}.locked{background:#fff4e0;border:1px solid #c90;padding:.5rem}
.status-exceeded,.status-met{color:#075e07}.status-nearly_met{color:#8a5a00}.status-not_met{color:#a00}
`;
