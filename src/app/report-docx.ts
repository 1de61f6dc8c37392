/** The drafted report of a unit's plan and period as .docx, with its chart as an image. */
import type { DisplayLocale } from "../domain/numbers.ts";
import { messages } from "../i18n/messages.ts";
import { buildAssessmentTable } from "../report/assessment-table.ts";
import { barChart } from "../report/charts.ts";
import { reportDocx } from "../report/docx.ts";
import { draftReport } from "../report/narrative.ts";
import { svgToPng } from "../report/svg-png.ts";
import type { Principal } from "./auth/principal.ts";
import { loadPlanSheet } from "./plan-sheet.ts";
import { reportInputFromStore } from "./report-from-store.ts";
import type { Db } from "./transaction.ts";
import { visibilityOf } from "./visibility.ts";

export async function reportDocxFor(
  db: Db,
  who: Principal | undefined,
  query: { planId: string; period?: string | undefined },
  locale: DisplayLocale,
): Promise<{ file: Buffer; name: string }> {
  const { plan, period } = await loadPlanSheet(db, who, query);
  const view = visibilityOf(db, who);
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
