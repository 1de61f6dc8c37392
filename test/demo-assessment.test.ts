/** The demo in the store, assessed over HTTP: the same figures as `chitieu assess` on the files. */
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { loadCatalogue } from "../src/app/load-catalogue.ts";
import { assessPlanFile } from "../src/app/plan-file.ts";
import { DEMO_FILES, loadDemo } from "../src/demo/load-demo.ts";
import { FIXTURE_CATALOGUE } from "./fixtures/catalogue.ts";
import { client } from "./support/api.ts";
import { describeStore } from "./support/engines.ts";

const [CAN_DUOC, KIEN_TUONG] = DEMO_FILES as [string, string];
const commandResult = (path: string) =>
  JSON.parse(JSON.stringify(assessPlanFile(JSON.parse(readFileSync(path, "utf8"))).assessment));

describeStore(
  "the demo's assessment over HTTP",
  import.meta.filename,
  (ctx) => {
    it("Cần Đước 2023: GET /assessments gives what `chitieu assess` gives on the example file", async () => {
      const r = await client(ctx.store).get("/api/v1/assessments?unit=806&period=2023");
      expect(r.status).toBe(200);
      const { unit, plans, reported, ...assessment } = r.body;
      expect(assessment).toEqual(commandResult(CAN_DUOC));
      expect(unit).toMatchObject({ code: "806", level: "district" });
      expect(plans.map((p: { kind: string }) => p.kind).sort()).toEqual([
        "annual_plan",
        "assigned",
        "budget_estimate",
      ]);
      expect(reported).toEqual([
        expect.objectContaining({ met: 23, total: 24, sourceId: "baolongan-2024-01-19" }),
      ]);
    });

    it("Kiến Tường 2020-2025 reviewed on 2023-09-23: the same as the command, term projection included", async () => {
      const r = await client(ctx.store).get("/api/v1/assessments?unit=795&period=2020-2025&at=2023-09-23");
      expect(r.status).toBe(200);
      const { unit: _u, plans: _p, reported, ...assessment } = r.body;
      expect(assessment).toEqual(commandResult(KIEN_TUONG));
      expect(reported[0]).toMatchObject({ met: 10, total: 18 });
    });

    it("GET /rollups puts the computed counts beside the reported 23/24", async () => {
      const r = await client(ctx.store).get("/api/v1/rollups?unit=806&period=2023");
      expect(r.status).toBe(200);
      const expected = commandResult(CAN_DUOC);
      expect(r.body.computed).toEqual(expected.rollup);
      const annual = r.body.plans.find((p: { plan: { kind: string } }) => p.plan.kind === "annual_plan");
      expect(annual.reported[0]).toMatchObject({ met: 23, total: 24, status: "met_or_exceeded" });
      expect(annual.computed).toEqual(expected.rollupsByPlan.annual_plan);
    });

    it("keeps implied targets marked and their source named", async () => {
      const r = await client(ctx.store).get("/api/v1/targets?plan=annual-plan-2023");
      const implied = r.body.targets.filter((t: { implied?: unknown }) => t.implied);
      expect(implied.length).toBeGreaterThan(0);
      expect(implied.every((t: { sourceId?: string }) => t.sourceId === "baolongan-2024-01-19")).toBe(true);
    });

    it("names the sources of the figures", async () => {
      const r = await client(ctx.store).get("/api/v1/sources/baolongan-2024-01-19");
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ kind: "article", publisher: "Báo Long An", date: "2024-01-19" });
    });

    it("holds the key projects the article names", async () => {
      const r = await client(ctx.store).get("/api/v1/key-projects?unit=806&at=2023-12-31");
      expect(r.body.projects.map((p: { kind: string }) => p.kind).sort()).toEqual(["programme", "project"]);
      const monument = r.body.projects.find((p: { kind: string }) => p.kind === "project");
      expect(monument.name.vi).toContain("Rạch Kiến");
      expect(monument.sourceId).toBe("baolongan-2024-01-19");
    });

    it("refuses an unknown unit, a malformed period and an unknown plan, naming the field", async () => {
      const api = client(ctx.store);
      const unit = await api.get("/api/v1/assessments?unit=99999&period=2023");
      expect(unit.status).toBe(422);
      expect(unit.body.error.details.field).toBe("unit");
      const period = await api.get("/api/v1/assessments?unit=806&period=2023-13");
      expect(period.status).toBe(422);
      expect(period.body.error.details.field).toBe("period");
      const plan = await api.get("/api/v1/assessments?unit=806&period=2023&plan=nope");
      expect(plan.status).toBe(422);
      expect(plan.body.error.details.field).toBe("plan");
    });

    it("loading the demo twice leaves it as it was", async () => {
      expect((await loadDemo(ctx.store.db, { actor: "test" })).loaded).toBe(false);
    });
  },
  {
    once: true,
    seed: async (store) => {
      await loadCatalogue(store.db, FIXTURE_CATALOGUE, { actor: "test", source: "fixture" });
      expect((await loadDemo(store.db, { actor: "test" })).loaded).toBe(true);
    },
  },
);
