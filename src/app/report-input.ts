/**
 * The drafted report's input from a plan file: the file's unit, indicators, targets and
 * observations, its assessment, the roll-ups it reports (by the kind of their plan), its key
 * projects, tasks ahead and publication details. The store-backed form comes with the store.
 */
import type { PlanAssessment } from "../domain/assess-plan.ts";
import type { ReportInput } from "../report/narrative.ts";
import { type PlanFile, toDomain } from "./plan-file.ts";

export function reportInputFromPlanFile(file: PlanFile, assessment: PlanAssessment): ReportInput {
  const domain = toDomain(file);
  const planKind = new Map(file.plans.map((p) => [p.id, p.kind]));
  return {
    unitName: { vi: file.unit.name, en: file.unit.nameEn ?? file.unit.name },
    period: file.period,
    indicators: domain.indicators,
    targets: domain.targets,
    observations: domain.observations,
    assessment,
    reportedRollups: file.reportedRollups
      .filter((r) => r.status === "met_or_exceeded")
      .map((r) => ({ planKind: planKind.get(r.plan)!, met: r.met, total: r.total })),
    keyProjects: file.keyProjects,
    ...(file.nextYear ? { nextYear: file.nextYear } : {}),
    ...(file.publication?.byline ? { byline: file.publication.byline } : {}),
    ...(file.publication?.publishedAt ? { publishedAt: file.publication.publishedAt } : {}),
  };
}
