/**
 * The drafted report's input from a plan file: the file's unit, indicators, targets and
 * observations, its assessment, the roll-ups it reports (by the kind of their plan), its key
 * projects, tasks ahead and publication details; or from the store ({@link reportInputFromStore}).
 */
import { type KeyProjectRecord, listProjects } from "../db/projects.ts";
import { findSources, type SourceData } from "../db/sources.ts";
import type { PlanAssessment } from "../domain/assess-plan.ts";
import { webMessages } from "../i18n/web-messages.ts";
import type { ReportInput } from "../report/narrative.ts";
import { type AssessUnitQuery, assessUnit, type UnitAssessment } from "./assess-unit.ts";
import { type PlanFile, toDomain } from "./plan-file.ts";
import type { Db } from "./transaction.ts";
import type { Visibility } from "./visibility.ts";

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

export interface StoreReport {
  input: ReportInput;
  unitAssessment: UnitAssessment;
  projects: KeyProjectRecord[];
  /** The sources the figures were read from, by id. */
  sources: Map<string, SourceData>;
  /** Some of the figures are illustrative, not real. */
  illustrative: boolean;
}

/**
 * The drafted report's input from the store: the unit's assessment for the period (src/domain
 * decides every percent and status), its reported roll-ups, its key projects, and the sources.
 */
export async function reportInputFromStore(
  db: Db,
  who: Visibility,
  query: AssessUnitQuery,
): Promise<StoreReport> {
  const ua = await assessUnit(db, who, query);
  const planKind = new Map(ua.plans.map((p) => [p.id, p.kind]));
  const projects = (await listProjects(db, { unitIds: [ua.unit.id] })).filter(
    (p) => !p.term || p.term === query.period,
  );
  const sourceIds = [
    ...new Set(
      [...ua.records.map((r) => r.sourceId), ...projects.map((p) => p.sourceId)].filter(
        (id): id is string => typeof id === "string",
      ),
    ),
  ];
  const sources = new Map((await findSources(db, sourceIds)).map((s) => [s.id, s]));
  // Dated by the latest figure it words: the same data gives the same article (and ETag).
  const latest = ua.records
    .map((r) => r.observation.recordedAt)
    .sort()
    .at(-1);
  const input: ReportInput = {
    ...(latest ? { publishedAt: latest } : {}),
    unitName: {
      vi: webMessages("vi").unitName(ua.unit.kind, ua.unit.name),
      en: webMessages("en").unitName(ua.unit.kind, ua.unit.name),
    },
    period: query.period,
    indicators: ua.indicators,
    targets: ua.targets,
    observations: ua.records.map((r) => r.observation),
    assessment: ua.assessment,
    reportedRollups: ua.reported
      .filter((r) => r.status === "met_or_exceeded" && planKind.has(r.planId))
      .map((r) => ({ planKind: planKind.get(r.planId)!, met: r.met, total: r.total })),
    keyProjects: projects.map((p) => {
      // Where it stands: the milestone under way, in both languages where it has them.
      const current = p.milestones.findLast((m) => m.state === "in_progress");
      return {
        name: { vi: p.name.vi, en: p.name.en ?? p.name.vi },
        kind: p.kind,
        stage: current
          ? { vi: current.name.vi, en: current.name.en ?? current.name.vi }
          : { vi: p.state ?? "", en: p.state ?? "" },
      };
    }),
  };
  const illustrative =
    ua.plans.some((p) => p.illustrative) ||
    ua.records.some((r) => r.illustrative) ||
    [...sources.values()].some((s) => s.illustrative === true);
  return { input, unitAssessment: ua, projects, sources, illustrative };
}
