/**
 * A small store for the fuzz suites: the fixture catalogue, two indicators, a draft plan of Cần
 * Đước (806) for 2023 with two targets, an observation, a key project and a source whose text was
 * read into statements. The ids are the `HINTS` the generators draw from, so that a fuzzed request
 * often names something that exists and gets past the lookups.
 */
import { expect } from "vitest";
import { loadCatalogue } from "../../src/app/load-catalogue.ts";
import type { Store } from "../../src/db/connect.ts";
import { FIXTURE_CATALOGUE } from "../fixtures/catalogue.ts";
import { client } from "../support/api.ts";
import type { Hints } from "./from-schema.ts";

export const PLAN = "kh-2023";
export const DISTRICT = "806@-2025-06-30";

export const HINTS: Hints = {
  id: ["kh-2023", "t-lua", "o-rice", "du-an-1", "bao-cao-2023", "rice_output"],
  code: ["806", "rice_output", "growth", "80", "28108"],
  planId: [PLAN],
  plan: [PLAN],
  indicator: ["rice_output", "growth"],
  indicatorCode: ["rice_output"],
  indicatorCodes: ["rice_output", "growth"],
  unit: ["806", DISTRICT, "80", "28108"],
  parent: ["80", "806"],
  period: ["2023", "2023-Q3", "2023-07", "2020-2025", "2023-YTD9"],
  term: ["2020-2025"],
  from: ["2020", "2023-01-01"],
  to: ["2025", "2023-12-31"],
  at: ["2023-12-31", "2026-01-01"],
  source: ["bao-cao-2023"],
  sourceId: ["bao-cao-2023"],
  account: ["tester", "can-bo"],
  unitOfMeasure: ["tấn", "%"],
};

const indicator = (code: string, vi: string, unit: string) => ({
  code,
  name: { vi, en: code },
  unit,
  direction: "higher_better",
  measure: unit === "%" ? "rate" : "level",
  aggregation: unit === "%" ? { kind: "none" } : { kind: "sum" },
  decimals: unit === "%" ? 1 : 0,
});

export async function seedFuzzStore(store: Store): Promise<void> {
  await loadCatalogue(store.db, FIXTURE_CATALOGUE, { actor: "test", source: "fixture" });
  const admin = client(store);
  const created = async (path: string, body: unknown) => {
    const r = await admin.post(path, body);
    expect(r.status, `${path}: ${JSON.stringify(r.body)}`).toBe(201);
  };
  await created("/api/v1/indicators", indicator("rice_output", "Sản lượng lúa", "tấn"));
  await created("/api/v1/indicators", indicator("growth", "Tốc độ tăng trưởng kinh tế", "%"));
  await created("/api/v1/plans", {
    id: PLAN,
    kind: "annual_plan",
    unit: "806",
    period: "2023",
    title: "Kế hoạch phát triển kinh tế - xã hội năm 2023",
    state: "draft",
  });
  await created("/api/v1/targets", {
    id: "t-lua",
    planId: PLAN,
    indicator: "rice_output",
    spec: { kind: "gte", value: 88_000 },
    position: 1,
  });
  await created("/api/v1/targets", {
    id: "t-tt",
    planId: PLAN,
    indicator: "growth",
    spec: { kind: "gte", value: 9.5 },
    position: 2,
  });
  await created("/api/v1/observations", {
    id: "o-rice",
    indicator: "rice_output",
    unit: "806",
    period: "2023",
    stage: "official",
    value: 90_000,
  });
  await created("/api/v1/key-projects", {
    id: "du-an-1",
    kind: "project",
    name: { vi: "Đường tỉnh 826", en: "Provincial road 826" },
    unit: "806",
    term: "2020-2025",
    milestones: [],
  });
  await created("/api/v1/sources", {
    id: "bao-cao-2023",
    kind: "report",
    title: "Báo cáo tình hình kinh tế - xã hội năm 2023",
    text: "Năm 2023, sản lượng lúa của huyện đạt trên 91.500 tấn, đạt 106% kế hoạch.\nNăm 2023 có 21/24 chỉ tiêu đạt và vượt kế hoạch.",
  });
}
