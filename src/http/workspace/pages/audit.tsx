/** The audit log of the units the user may audit, filtered by unit, user and dates. */
import { readAudit } from "../../../app/read-audit.ts";
import { isCalendarDate } from "../../../domain/dates.ts";
import { type SignedInContext, type WorkspaceAnswer, workspaceUrl } from "../page.tsx";

export async function auditPage({ c, db, who, m, locale }: SignedInContext): Promise<WorkspaceAnswer> {
  const q = {
    unit: c.req.query("unit")?.trim() ?? "",
    user: c.req.query("user")?.trim() ?? "",
    from: c.req.query("from")?.trim() ?? "",
    to: c.req.query("to")?.trim() ?? "",
  };
  // Who may read which unit's entries is the use-case's; a unit by id, or by code: every unit
  // that bore the code (before and after the reform).
  const entries = await readAudit(db, who, {
    ...(q.unit ? { unit: q.unit } : {}),
    ...(q.user ? { actor: q.user } : {}),
    // A day the calendar lacks ("2023-02-30") is ignored like any other unreadable filter.
    ...(isCalendarDate(q.from) ? { from: q.from } : {}),
    ...(isCalendarDate(q.to) ? { to: q.to } : {}),
    limit: 500,
  });
  return {
    title: m.audit,
    body: (
      <div>
        <form method="get" action={workspaceUrl(locale, "/audit")}>
          {locale === "en" ? <input type="hidden" name="lang" value="en" /> : null}
          <label>
            {m.unit} <input type="text" name="unit" value={q.unit} />
          </label>{" "}
          <label>
            {m.user} <input type="text" name="user" value={q.user} />
          </label>{" "}
          <label>
            {m.from} <input type="date" name="from" value={q.from} />
          </label>{" "}
          <label>
            {m.to} <input type="date" name="to" value={q.to} />
          </label>{" "}
          <button type="submit">{m.auditFilter}</button>
        </form>
        {entries.length === 0 ? (
          <p>{m.noEntries}</p>
        ) : (
          <table id="audit">
            <thead>
              <tr>
                <th>{m.at}</th>
                <th>{m.user}</th>
                <th>{m.action}</th>
                <th>{m.entity}</th>
                <th>{m.reason}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr>
                  <td>{e.at}</td>
                  <td>{e.actor}</td>
                  <td>{e.action}</td>
                  <td>
                    {e.entity} {e.entityId}
                  </td>
                  <td>{e.reason ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    ),
  };
}
