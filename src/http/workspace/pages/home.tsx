/** The workspace's home: the plans within the signed-in user's units, each opening its entry form. */
import { plansInScope } from "../../../app/read-plans.ts";
import { planBuilderMessages } from "../../../i18n/plan-builder-messages.ts";
import { type SignedInContext, type WorkspaceAnswer, workspaceUrl } from "../page.tsx";
import { overdueReports } from "./calendar.tsx";

export async function homePage({ db, who, m, locale }: SignedInContext): Promise<WorkspaceAnswer> {
  const plans = await plansInScope(db, who);
  const pb = planBuilderMessages(locale);
  const newPlan = (
    <a id="new-plan" href={workspaceUrl(locale, "/plans/new")}>
      {pb.newPlanLink}
    </a>
  );
  return {
    title: m.plans,
    body: [
      <p>{newPlan}</p>,
      await overdueReports({ db, who, locale }),
      plans.length === 0 ? (
        <p>{m.noPlans}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{m.unit}</th>
              <th>{m.period}</th>
              <th>{m.plan}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {plans.map(({ plan: p, unit }) => (
              <tr>
                <td>{unit?.name ?? p.unitId}</td>
                <td>{p.period}</td>
                <td>{p.title}</td>
                <td>
                  <a href={workspaceUrl(locale, `/entry/${encodeURIComponent(p.id)}`, { period: p.period })}>
                    {m.open}
                  </a>{" "}
                  ·{" "}
                  <a href={workspaceUrl(locale, `/plans/${encodeURIComponent(p.id)}/edit`)}>{pb.editPlan}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ),
    ],
  };
}
