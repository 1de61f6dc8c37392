/**
 * Illustrative figures for today's communes of Tây Ninh (code 80 from 1 July 2025), so that the
 * commune map and the commune bar chart have something to show. They are NOT real: every row is
 * flagged illustrative and cites one source that says so, and every page that shows them says so.
 *
 * Reproducible: the figures follow from each commune's code alone (a fixed hash), so two loads
 * give the same store.
 */
import type { Trx } from "../app/transaction.ts";
import { findIndicator } from "../db/indicators.ts";
import { insertRevision, insertSeries } from "../db/observations.ts";
import { insertPlan, insertTarget } from "../db/plans.ts";
import { insertSource, sourceExists } from "../db/sources.ts";
import { listUnits } from "../db/units.ts";

export const ILLUSTRATIVE_SOURCE = "illustrative-tay-ninh-2025";
export const ILLUSTRATIVE_PROVINCE = "80@2025-07-01";
export const ILLUSTRATIVE_PERIOD = "2025";

/** Indicator, unit, and the range of the target figure (the actual falls around it). */
const FIGURES = [
  { code: "rice_output", unit: "tấn", lo: 8_000, hi: 60_000, decimals: 0 },
  { code: "vegetable_output", unit: "tấn", lo: 2_000, hi: 20_000, decimals: 0 },
  { code: "budget_revenue", unit: "tỷ đồng", lo: 20, hi: 300, decimals: 1 },
  { code: "investment_mobilised", unit: "tỷ đồng", lo: 100, hi: 1_500, decimals: 0 },
] as const;

/** A small deterministic generator (mulberry32) seeded by a string. */
function generator(seed: string): () => number {
  let h = 1779033703;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 3432918353);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** Loads the illustrative plans, targets and figures; returns how many communes got them. */
export async function loadIllustrative(trx: Trx, actor: string): Promise<number> {
  const communes = await listUnits(trx, { at: "2025-07-01", parentId: ILLUSTRATIVE_PROVINCE });
  const figures = [];
  for (const f of FIGURES) if (await findIndicator(trx, f.code)) figures.push(f);
  if (communes.length === 0 || figures.length === 0) return 0;
  if (!(await sourceExists(trx, ILLUSTRATIVE_SOURCE))) {
    await insertSource(trx, {
      id: ILLUSTRATIVE_SOURCE,
      kind: "import",
      title: "Số liệu minh họa (không có thật) cho các xã, phường tỉnh Tây Ninh năm 2025",
      note: "Illustrative figures, not real: generated from each commune's code so that the map has something to show.",
      illustrative: true,
    });
  }
  for (const commune of communes) {
    const random = generator(commune.code);
    const planId = `illustrative-${commune.code}-2025`;
    await insertPlan(trx, {
      id: planId,
      kind: "annual_plan",
      unitId: commune.id,
      period: ILLUSTRATIVE_PERIOD,
      title: `Kế hoạch năm 2025 (minh họa) của ${commune.name}`,
      state: "adopted",
      sourceId: ILLUSTRATIVE_SOURCE,
      illustrative: true,
    });
    for (const [position, f] of figures.entries()) {
      const target = round(f.lo + random() * (f.hi - f.lo), f.decimals);
      const actual = round(target * (0.85 + random() * 0.3), f.decimals);
      await insertTarget(trx, {
        id: `${planId}/${f.code}`,
        planId,
        indicatorCode: f.code,
        unitId: commune.id,
        period: ILLUSTRATIVE_PERIOD,
        unit: f.unit,
        spec: { kind: "gte", value: target },
        position,
        sourceId: ILLUSTRATIVE_SOURCE,
        illustrative: true,
      });
      const seriesId = `illustrative-${commune.code}-2025-${f.code}`;
      await insertSeries(
        trx,
        seriesId,
        { indicatorCode: f.code, unitId: commune.id, period: ILLUSTRATIVE_PERIOD, stage: "official" },
        true,
      );
      await insertRevision(trx, seriesId, 1, {
        value: actual,
        unit: f.unit,
        qualifier: "exact",
        sourceId: ILLUSTRATIVE_SOURCE,
        recordedBy: actor,
        recordedAt: "2026-01-15T00:00:00.000Z",
      });
    }
  }
  return communes.length;
}
