/**
 * Loads the national demo (src/demo/national.ts) into a store in one bulk transaction: the
 * indicators, a yearly plan per unit with its targets, and, unless they go to a CSV file for
 * `chitieu import` instead, the observations through the import's staging path. Refused when
 * the store already holds it.
 */

import { once } from "node:events";
import { createWriteStream } from "node:fs";
import type { Store } from "../db/connect.ts";
import {
  copyIndicators,
  copyPlans,
  copyTargets,
  hasNationalDemo,
  insertDemoSource,
  markNationalDemo,
} from "../db/national-demo.ts";
import { applyStaging, copyStaging, createStaging, type StagingRow } from "../db/observation-import.ts";
import {
  CSV_HEADER,
  type NationalShape,
  nationalObservations,
  nationalPlans,
  nationalTargets,
  toCsvLine,
} from "../demo/national.ts";
import type { AdminUnit } from "../domain/admin-units.ts";
import { conflict } from "./errors.ts";

export interface NationalDemoResult {
  indicators: number;
  plans: number;
  targets: number;
  /** Observation rows imported (0 when written to a CSV file). */
  observations: number;
  /** Rows written to the CSV file, when one was asked for. */
  csvRows: number;
}

export const NATIONAL_SOURCE = "national-demo";

export async function loadNationalDemo(
  store: Store,
  shape: NationalShape,
  options: { csvFile?: string | undefined; onProgress?: (rows: number) => void },
): Promise<NationalDemoResult> {
  const session = await store.openBulk();
  try {
    if (await hasNationalDemo(session)) {
      throw conflict("the store already holds the national demo: use a new store (or database schema)");
    }
    await insertDemoSource(
      session,
      NATIONAL_SOURCE,
      `Số liệu minh họa toàn quốc (scale ${shape.scale}, seed ${shape.seed})`,
      "ILLUSTRATIVE: made-up plans, targets and observations on the real units of the catalogue; not official figures.",
    );
    const indicators = await copyIndicators(session, shape.indicators);
    const name = (u: AdminUnit) => `${u.kind} ${u.name}`;
    const plans = await copyPlans(
      session,
      (function* () {
        for (const p of nationalPlans(shape)) {
          yield {
            id: p.id,
            unitId: p.unit.id,
            period: String(p.year),
            title: `Kế hoạch năm ${p.year} của ${name(p.unit)} [minh họa]`,
          };
        }
      })(),
      NATIONAL_SOURCE,
    );
    const targets = await copyTargets(
      session,
      (function* () {
        for (const t of nationalTargets(shape)) {
          yield {
            id: t.targetId,
            planId: t.planId,
            indicatorCode: t.indicatorCode,
            unitId: t.unitId,
            period: String(t.year),
            spec: t.spec,
            position: t.position,
          };
        }
      })(),
      NATIONAL_SOURCE,
    );
    let observations = 0;
    let csvRows = 0;
    if (options.csvFile) {
      csvRows = await writeCsv(options.csvFile, shape, options.onProgress);
    } else {
      await createStaging(session);
      await copyStaging(
        session,
        (function* (): Generator<StagingRow> {
          let line = 0;
          for (const o of nationalObservations(shape)) {
            line += 1;
            if (line % 100_000 === 0) options.onProgress?.(line);
            yield [line, o.indicator, o.unitId, o.period, o.stage, o.value, null, "exact", o.recordedAt];
          }
        })(),
      );
      observations = (
        await applyStaging(session, {
          sourceId: NATIONAL_SOURCE,
          actor: "demo",
          illustrative: true,
          idPrefix: "nat-",
        })
      ).revisions;
    }
    await markNationalDemo(session, {
      scale: shape.scale,
      seed: shape.seed,
      years: shape.years,
      provinces: shape.provinces.length,
      communes: shape.communes.length,
      indicators,
      plans,
      targets,
      observations: observations || csvRows,
      loadedAt: new Date().toISOString(),
    });
    await session.commit();
    return { indicators, plans, targets, observations, csvRows };
  } catch (error) {
    await session.rollback();
    throw error;
  }
}

async function writeCsv(
  file: string,
  shape: NationalShape,
  onProgress?: (rows: number) => void,
): Promise<number> {
  const out = createWriteStream(file);
  let rows = 0;
  let chunk = `${CSV_HEADER}\n`;
  for (const o of nationalObservations(shape)) {
    chunk += `${toCsvLine(o)}\n`;
    rows += 1;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, "drain");
      chunk = "";
      if (rows % 100_000 < 1000) onProgress?.(rows);
    }
  }
  out.end(chunk);
  await once(out, "finish");
  return rows;
}
