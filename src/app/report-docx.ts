/** The drafted report of a unit's plan and period as .docx, with its chart as an image. */
import { findPlan } from "../db/plans.ts";
import type { DisplayLocale } from "../domain/numbers.ts";
import { messages } from "../i18n/messages.ts";
import { buildAssessmentTable } from "../report/assessment-table.ts";
import { barChart } from "../report/charts.ts";
import { reportDocx } from "../report/docx.ts";
import { draftReport } from "../report/narrative.ts";
import { svgToPng } from "../report/svg-png.ts";
import { type Principal, unauthenticated } from "./auth/principal.ts";
import { invalidField, notFound } from "./errors.ts";
import { isPeriod, PERIOD_HINT } from "./periods.ts";
import { reportInputFromStore } from "./report-from-store.ts";
import type { Db } from "./transaction.ts";
import { visibilityOf } from "./visibility.ts";

export async function reportDocxFor(
  db: Db,
  who: Principal | undefined,
  query: { planId: string; period?: string | undefined },
  locale: DisplayLocale,
): Promise<{ file: Buffer; name: string }> {
  if (!who) throw unauthenticated();
  const plan = await findPlan(db, query.planId);
  if (!plan) throw notFound("plan", query.planId, "plan");
  // Outside the caller's scope the plan does not exist: 404, as for a missing id.
  const view = visibilityOf(db, who);
  if (!(await view.mayReadDrafts(plan.unitId))) throw notFound("plan", query.planId, "plan");
  const period = query.period ?? plan.period;
  // From the URL, like the entry form's: not a period is the caller's error, named (the page
  // fuzzer found it a 500).
  if (!isPeriod(period)) throw invalidField("period", `expected ${PERIOD_HINT}`);
  const { input } = await reportInputFromStore(db, view, { unit: plan.unitId, period, planId: plan.id });
  const report = draftReport(input, locale);
  const table = buildAssessmentTable(
    { unitName: input.unitName[locale], indicators: input.indicators, targets: input.targets },
    input.assessment,
    locale,
  );
  const m = messages(locale);
  const names = new Map(input.indicators.map((i) => [i.code, i.name[locale]]));
  const chart = barChart({
    locale,
    indicator: { name: m.column.percent, unit: "%", decimals: 1 },
    items: input.assessment.targets.map((a) => ({
      name: names.get(a.indicatorCode) ?? a.indicatorCode,
      value: a.showPercent ? a.percent : null,
      status: a.status,
    })),
  });
  const png = svgToPng(chart.svg, 600);
  const file = await reportDocx(report, table, [
    { ...png, title: m.column.percent, alt: chart.textAlternative },
  ]);
  return { file, name: `chitieu-${plan.id}-${period}-${locale}.docx` };
}
