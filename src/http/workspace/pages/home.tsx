/** The workspace's home: the plans within the signed-in user's units, each opening its entry form. */
import type { Principal } from "../../../app/auth/principal.ts";
import type { Db } from "../../../app/transaction.ts";
import { listPlans, type PlanRecord } from "../../../db/plans.ts";
import { findUnitsByIds } from "../../../db/units.ts";
import { descendantsOf } from "../../../db/users.ts";
import { planBuilderMessages } from "../../../i18n/plan-builder-messages.ts";
import { type SignedInContext, type WorkspaceAnswer, workspaceUrl } from "../page.tsx";
import { overdueReports } from "./calendar.tsx";

async function plansInScope(db: Db, who: Principal): Promise<PlanRecord[]> {
  if (who.grants.some((g) => g.unitId === null)) return listPlans(db, {});
  const ids = new Set<string>();
  for (const g of who.grants) if (g.unitId) for (const id of await descendantsOf(db, g.unitId)) ids.add(id);
  return listPlans(db, { unitIds: [...ids] });
}

export async function homePage({ db, who, m, locale }: SignedInContext): Promise<WorkspaceAnswer> {
  const plans = await plansInScope(db, who);
  const units = new Map(
    (await findUnitsByIds(db, [...new Set(plans.map((p) => p.unitId))])).map((u) => [u.id, u]),
  );
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
            {plans.map((p) => (
              <tr>
                <td>{units.get(p.unitId)?.name ?? p.unitId}</td>
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
