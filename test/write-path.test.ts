/**
 * One way to write a value (issue 13): an accepted statement goes through the same checks as a
 * direct write (scope, the period lock, the plan a percent is of), and a bulk import into a locked
 * period is refused whole, naming the unit and period, the store unchanged.
 */
import { Readable } from "node:stream";
import { sql } from "kysely";
import { expect, it } from "vitest";
import { AppError } from "../src/app/errors.ts";
import { importObservations } from "../src/app/import-observations.ts";
import { loadCatalogue } from "../src/app/load-catalogue.ts";
import type { Store } from "../src/db/connect.ts";
import { upsertWorkflow } from "../src/db/workflow.ts";
import type { WorkflowState } from "../src/domain/workflow.ts";
import { FIXTURE_CATALOGUE } from "./fixtures/catalogue.ts";
import { RICE } from "./fixtures/indicators.ts";
import { client } from "./support/api.ts";
import { describeStore } from "./support/engines.ts";

const SENTENCE = "Năm 2023, sản lượng lúa của huyện đạt 91.500 tấn, bằng 103,5% kế hoạch năm.";
const CAN_DUOC = "806@-2025-06-30";
const KIEN_TUONG = "795@-2025-06-30";

async function count(store: Store, table: string): Promise<number> {
  const r = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(store.db);
  return r.rows[0]!.n;
}

const setState = (store: Store, unitId: string, state: WorkflowState) =>
  upsertWorkflow(store.db, { unitId, period: "2023", state, comment: null, updatedBy: "test" });

describeStore(
  "one write path for values",
  import.meta.filename,
  (ctx) => {
    /** Cần Đước's and Kiến Tường's plans for 2023, and a pending statement about Cần Đước. */
    async function setUp() {
      const admin = client(ctx.store);
      for (const [id, unit] of [
        ["kh-806", "806"],
        ["kh-795", "795"],
      ] as const) {
        const plan = {
          id,
          kind: "annual_plan",
          unit,
          period: "2023",
          title: "Kế hoạch năm 2023",
          state: "draft",
        };
        expect((await admin.post("/api/v1/plans", plan)).status).toBe(201);
      }
      const source = await admin.post("/api/v1/sources", {
        id: "bao-cao-2023",
        kind: "report",
        title: "Báo cáo năm 2023",
        text: SENTENCE,
      });
      expect(source.status).toBe(201);
      const officer = client(ctx.store, {
        userId: "can-bo-806",
        grants: [{ role: "officer", unitId: CAN_DUOC }],
      });
      return { admin, officer, statement: source.body.statements[0].id as string };
    }
    const mapping = (planId: string) => ({
      indicator: "rice_output",
      unit: "806",
      period: "2023",
      percents: [{ percent: 103.5, planId }],
    });
    const IF_MATCH = { "if-match": '"1"' };

    for (const state of ["submitted", "published"] as const) {
      it(`refuses to accept a statement into a ${state} period (409), writing nothing`, async () => {
        const { officer, statement } = await setUp();
        await setState(ctx.store, CAN_DUOC, state);
        const r = await officer.post(`/api/v1/statements/${statement}/accept`, mapping("kh-806"), IF_MATCH);
        expect([r.status, r.body.error.code]).toEqual([409, "period_locked"]);
        expect(await count(ctx.store, "observation_revisions")).toBe(0);
        expect(await count(ctx.store, "targets")).toBe(0);
        expect((await officer.get(`/api/v1/statements/${statement}`)).body.status).toBe("pending");
      });
    }

    it("answers 404 for a percent of a plan of another district, outside the officer's scope, writing nothing", async () => {
      const { officer, statement } = await setUp();
      const r = await officer.post(`/api/v1/statements/${statement}/accept`, mapping("kh-795"), IF_MATCH);
      expect([r.status, r.body.error.details.field]).toEqual([404, "percents.0.planId"]);
      expect(JSON.stringify(r.body)).not.toContain(KIEN_TUONG);
      expect(await count(ctx.store, "observation_revisions")).toBe(0);
      expect(await count(ctx.store, "targets")).toBe(0);
    });

    it("refuses (422) a percent of a plan of another unit that is within the scope", async () => {
      const { admin, statement } = await setUp();
      const r = await admin.post(`/api/v1/statements/${statement}/accept`, mapping("kh-795"), IF_MATCH);
      expect([r.status, r.body.error.details.field]).toEqual([422, "percents.0.planId"]);
      expect(await count(ctx.store, "targets")).toBe(0);
    });

    it("accepts into an open period: the value and the implied target of the officer's own plan", async () => {
      const { officer, statement } = await setUp();
      // Recording the implied target is a planner's write: the officer keeps the percent without it.
      const r = await officer.post(`/api/v1/statements/${statement}/accept`, mapping("kh-806"), IF_MATCH);
      expect(r.status).toBe(403);
      const admin = client(ctx.store);
      const ok = await admin.post(`/api/v1/statements/${statement}/accept`, mapping("kh-806"), IF_MATCH);
      expect(ok.status).toBe(200);
      expect(await count(ctx.store, "observation_revisions")).toBe(1);
    });

    it("refuses a CSV import touching a locked period whole, naming the unit and period, the store unchanged", async () => {
      await setUp();
      await setState(ctx.store, CAN_DUOC, "submitted");
      const before = await Promise.all(
        ["observation_series", "observation_revisions", "sources", "audit_log"].map((t) =>
          count(ctx.store, t),
        ),
      );
      const file = Readable.from([
        [
          "indicator,unit,period,stage,value",
          "rice_output,795,2023,official,70000",
          "rice_output,806,2023,official,91500",
          "rice_output,806,2022,official,90000",
          "",
        ].join("\n"),
      ]);
      const refused = await importObservations(ctx.store, file, { name: "ket-qua.csv", actor: "test" }).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(refused).toBeInstanceOf(AppError);
      expect((refused as AppError).status).toBe(409);
      expect((refused as AppError).message).toContain(`ket-qua.csv`);
      expect((refused as AppError).message).toContain(`${CAN_DUOC} 2023 (submitted, line 3)`);
      expect((refused as AppError).message).not.toContain("2022");
      const after = await Promise.all(
        ["observation_series", "observation_revisions", "sources", "audit_log"].map((t) =>
          count(ctx.store, t),
        ),
      );
      expect(after).toEqual(before);
      // Returned for revision, the same file goes in.
      await setState(ctx.store, CAN_DUOC, "draft");
      const again = Readable.from([
        "indicator,unit,period,stage,value\nrice_output,806,2023,official,91500\n",
      ]);
      expect(
        await importObservations(ctx.store, again, { name: "ket-qua.csv", actor: "test" }),
      ).toMatchObject({
        rows: 1,
      });
    });
  },
  {
    seed: async (store) => {
      await loadCatalogue(store.db, FIXTURE_CATALOGUE, { actor: "test", source: "fixture" });
      expect((await client(store).post("/api/v1/indicators", RICE)).status).toBe(201);
    },
  },
);
