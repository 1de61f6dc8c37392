/**
 * The demo: the seed localities as they were before July 2025 (Cần Đước district, Kiến Tường
 * town, in Long An province) with the seed figures, read from the same plan files that
 * `chitieu assess` reads (examples/), so that the store's assessment equals the command's. The
 * sources are named, implied targets marked, and the reported roll-ups (23/24, 10/18) kept as the
 * sources stated them, and the key projects and programmes the articles name, with their stage.
 * Then illustrative (not real, flagged so) figures for today's communes of Tây Ninh: see
 * load-illustrative.ts.
 */

import { readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { conflict } from "../app/errors.ts";
import { readPlanFile, toDomain } from "../app/plan-file.ts";
import { targetFormOf } from "../app/plans.ts";
import { type Db, inTransaction, lockJob, type Trx } from "../app/transaction.ts";
import { resolveUnitForPeriod } from "../app/units.ts";
import { appendAudit } from "../db/audit.ts";
import { findIndicator, insertIndicator } from "../db/indicators.ts";
import { insertRevision, insertSeries } from "../db/observations.ts";
import { insertPlan, insertTarget } from "../db/plans.ts";
import { insertProject } from "../db/projects.ts";
import { getMeta, insertReportedRollup, insertSource, setMeta, sourceExists } from "../db/sources.ts";
import { parsePeriod, periodBounds } from "../domain/periods.ts";
import { loadIllustrative } from "./load-illustrative.ts";

const EXAMPLES = join(dirname(fileURLToPath(import.meta.url)), "../../examples");

export const DEMO_FILES: readonly string[] = [
  join(EXAMPLES, "can-duoc-2023.json"),
  join(EXAMPLES, "kien-tuong-2020-2025.json"),
];

export interface DemoResult {
  loaded: boolean;
  files: string[];
}

/** Loads the demo into a store that has the catalogue and no demo yet; one transaction. */
export async function loadDemo(
  db: Db,
  options: { actor: string; files?: readonly string[] },
): Promise<DemoResult> {
  const files = options.files ?? DEMO_FILES;
  return inTransaction(db, async (trx) => {
    await lockJob(trx, "demo");
    if (await getMeta(trx, "demo")) return { loaded: false, files: [] };
    for (const file of files) await loadPlanFile(trx, file, options.actor);
    const illustrativeCommunes = await loadIllustrative(trx, options.actor);
    await setMeta(trx, "demo", {
      files: files.map((f) => f.slice(f.lastIndexOf("/") + 1)),
      illustrativeCommunes,
      loadedAt: new Date().toISOString(),
    });
    await appendAudit(trx, {
      actor: options.actor,
      action: "load",
      entity: "demo",
      entityId: "demo",
      after: { files },
    });
    return { loaded: true, files: [...files] };
  });
}

async function loadPlanFile(trx: Trx, path: string, actor: string): Promise<void> {
  const file = readPlanFile(JSON.parse(readFileSync(path, "utf8")));
  const domain = toDomain(file);
  const bounds = periodBounds(parsePeriod(file.period));
  const unit = await resolveUnitForPeriod(trx, file.unit.code, bounds, `${path}: unit.code`);
  const firstSource = file.sources[0]?.id;

  for (const s of file.sources) {
    if (await sourceExists(trx, s.id)) continue;
    await insertSource(trx, {
      id: s.id,
      kind: "article",
      title: s.title,
      publisher: s.publisher,
      date: s.date,
      url: s.url,
      note: s.note,
    });
  }
  for (const indicator of domain.indicators) {
    const existing = await findIndicator(trx, indicator.code);
    if (!existing) await insertIndicator(trx, indicator);
    else if (JSON.stringify(existing.indicator) !== JSON.stringify(indicator)) {
      throw conflict(`${path}: indicator ${indicator.code} differs from the one already in the store`);
    }
  }
  for (const plan of file.plans) {
    await insertPlan(trx, {
      id: plan.id,
      kind: plan.kind,
      unitId: unit.id,
      period: plan.period ?? file.period,
      title: plan.title,
      issuer: plan.issuer,
      state: "adopted",
      nearlyMetThreshold: plan.nearlyMetThreshold,
      illustrative: false,
      form: {
        ...(plan.nearlyMet ? { nearlyMet: plan.nearlyMet } : {}),
        ...(plan.aboutTolerance !== undefined ? { aboutTolerance: plan.aboutTolerance } : {}),
        ...(plan.baseYear !== undefined ? { baseYear: plan.baseYear } : {}),
        ...(file.listComplete ? {} : { listComplete: false }),
      },
    });
  }
  const planOf = new Map(file.plans.map((p) => [p.id, p]));
  for (const [position, target] of domain.targets.entries()) {
    const written = file.targets[position]!;
    const planId = written.plan;
    await insertTarget(trx, {
      id: target.id,
      planId,
      indicatorCode: target.indicatorCode,
      unitId: unit.id,
      period: planOf.get(planId)?.period ?? file.period,
      unit: target.unit,
      spec: target.spec,
      implied: target.implied,
      officialLabel: target.officialLabel,
      form: targetFormOf(target),
      position,
      sourceId: target.implied ? firstSource : undefined,
      illustrative: false,
      responsibleAgency: written.responsibleAgency,
      provenance: written.provenance,
      notes: written.note,
    });
  }
  for (const [i, o] of domain.observations.entries()) {
    const written = file.observations[i]!;
    const key = {
      indicatorCode: o.indicatorCode,
      unitId: unit.id,
      period: o.period ?? file.period,
      stage: o.stage,
    };
    if (o.revision === 1) await insertSeries(trx, o.id, key, false);
    await insertRevision(trx, o.id, o.revision, {
      value: o.value,
      range: o.range,
      word: o.word,
      unit: o.unit,
      qualifier: o.qualifier,
      statedPercents: o.statedPercents,
      sourceId: written.source,
      sourceText: written.sourceText,
      recordedBy: actor,
      recordedAt: o.recordedAt,
    });
  }
  const slug = basename(path, ".json");
  for (const [i, p] of file.keyProjects.entries()) {
    await insertProject(trx, {
      id: `${slug}.${p.kind}-${i + 1}`,
      kind: p.kind,
      name: p.name,
      unitId: unit.id,
      term: file.period,
      state: p.stage.vi,
      indicatorCodes: [],
      notes: [{ date: file.sources[0]?.date ?? bounds.end, text: p.stage.vi }],
      // The stage the article gives, in both languages, as the milestone under way.
      milestones: [{ name: { vi: p.stage.vi, en: p.stage.en }, state: "in_progress" }],
      sourceId: firstSource,
      illustrative: false,
    });
  }
  for (const [i, r] of file.reportedRollups.entries()) {
    await insertReportedRollup(trx, {
      id: `${r.plan}/reported/${i + 1}`,
      planId: r.plan,
      unitId: unit.id,
      period: planOf.get(r.plan)?.period ?? file.period,
      at: file.at,
      met: r.met,
      total: r.total,
      status: r.status,
      statement: r.sourceText,
      sourceId: r.source,
    });
  }
}
