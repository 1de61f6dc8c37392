import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../src/app/load-catalogue.ts";
import type { Store } from "../src/db/connect.ts";
import { FIXTURE_CATALOGUE } from "./fixtures/catalogue.ts";
import { RICE } from "./fixtures/indicators.ts";
import { client } from "./support/api.ts";
import { describeStore } from "./support/engines.ts";

const PLAN = {
  id: "can-duoc-2023-kh",
  kind: "annual_plan",
  unit: "806",
  period: "2023",
  title: "Kế hoạch phát triển KT-XH năm 2023",
  state: "adopted",
};

async function countRows(store: Store, table: string): Promise<number> {
  const r = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(store.db);
  return r.rows[0]!.n;
}

describeStore(
  "writes through the API",
  import.meta.filename,
  (ctx) => {
    describe("indicators", () => {
      it("creates, reads with an ETag, updates with If-Match, and refuses a stale one with 412", async () => {
        const api = client(ctx.store);
        const created = await api.post("/api/v1/indicators", RICE);
        expect(created.status).toBe(201);
        expect(created.etag).toBe('"1"');
        const { code: _c, ...body } = RICE;
        const updated = await api.put(
          "/api/v1/indicators/rice_output",
          { ...body, decimals: 1 },
          { "if-match": '"1"' },
        );
        expect(updated.status).toBe(200);
        expect(updated.etag).toBe('"2"');
        const stale = await api.put(
          "/api/v1/indicators/rice_output",
          { ...body, decimals: 2 },
          { "if-match": '"1"' },
        );
        expect(stale.status).toBe(412);
        expect(stale.body.error).toMatchObject({
          code: "precondition_failed",
          details: { field: "If-Match", current: '"2"' },
        });
        const read = await api.get("/api/v1/indicators/rice_output");
        expect(read.body.decimals).toBe(1);
        expect(read.etag).toBe('"2"');
      });

      it("refuses a write to an existing resource without If-Match (428)", async () => {
        const api = client(ctx.store);
        await api.post("/api/v1/indicators", RICE);
        const r = await api.delete("/api/v1/indicators/rice_output");
        expect(r.status).toBe(428);
        expect(r.body.error.details.field).toBe("If-Match");
      });

      it("names the field at fault and writes nothing", async () => {
        const api = client(ctx.store);
        const r = await api.post("/api/v1/indicators", { ...RICE, decimals: "two" });
        expect(r.status).toBe(422);
        expect(r.body.error.details.field).toBe("decimals");
        const unit = await api.post("/api/v1/indicators", { ...RICE, unit: "bushel" });
        expect(unit.status).toBe(422);
        expect(unit.body.error.details.field).toBe("unit");
        expect(await countRows(ctx.store, "indicators")).toBe(0);
        expect(await countRows(ctx.store, "audit_log")).toBe(1); // the catalogue load, nothing since
      });

      it("answers malformed JSON with 400 naming the body, and another media type with 415", async () => {
        const r = await client(ctx.store).post("/api/v1/indicators", "{not json");
        expect(r.status).toBe(400);
        expect(r.body.error.details.field).toBe("body");
        const text = await client(ctx.store).post("/api/v1/indicators", "{}", {
          "content-type": "text/plain",
        });
        expect(text.status).toBe(415);
        expect(text.body.error.details.field).toBe("Content-Type");
      });

      it("keeps who, what, when, before and after in the audit log", async () => {
        const api = client(ctx.store);
        await api.post("/api/v1/indicators", RICE);
        const { code: _c, ...body } = RICE;
        await api.put("/api/v1/indicators/rice_output", { ...body, decimals: 1 }, { "if-match": '"1"' });
        const log = await api.get("/api/v1/audit?entity=indicator&id=rice_output");
        expect(log.body.entries.map((e: { action: string }) => e.action)).toEqual(["create", "update"]);
        const update = log.body.entries[1];
        expect(update.actor).toBe("tester");
        expect(update.before.decimals).toBe(0);
        expect(update.after.decimals).toBe(1);
        expect(Date.parse(update.at)).toBeGreaterThan(0);
      });
    });

    describe("plans and targets", () => {
      async function setUp() {
        const api = client(ctx.store);
        await api.post("/api/v1/indicators", RICE);
        expect((await api.post("/api/v1/plans", PLAN)).status).toBe(201);
        return api;
      }

      it("files a plan under the unit valid in its period (806 in 2023 is Cần Đước district)", async () => {
        const api = await setUp();
        const plan = await api.get("/api/v1/plans/can-duoc-2023-kh");
        expect(plan.body).toMatchObject({ unitId: "806@-2025-06-30", unitCode: "806", state: "adopted" });
      });

      it("asks a reason for any change to an adopted plan's targets, and keeps it", async () => {
        const api = await setUp();
        const target = {
          id: "t-rice",
          planId: PLAN.id,
          indicator: "rice_output",
          spec: { kind: "gte", value: 85000 },
        };
        const refused = await api.post("/api/v1/targets", target);
        expect(refused.status).toBe(422);
        expect(refused.body.error).toMatchObject({ code: "reason_required", details: { field: "reason" } });
        expect(await countRows(ctx.store, "targets")).toBe(0);

        const created = await api.post("/api/v1/targets", {
          ...target,
          reason: "entered from the plan document",
        });
        expect(created.status).toBe(201);
        const noReason = await api.put(
          "/api/v1/targets/t-rice",
          { ...target, spec: { kind: "gte", value: 84000 } },
          { "if-match": created.etag! },
        );
        expect(noReason.status).toBe(422);
        const changed = await api.put(
          "/api/v1/targets/t-rice",
          { ...target, spec: { kind: "gte", value: 84000 }, reason: "Quyết định điều chỉnh kế hoạch" },
          { "if-match": created.etag! },
        );
        expect(changed.status).toBe(200);
        const log = await api.get("/api/v1/audit?entity=target&id=t-rice");
        const last = log.body.entries.at(-1);
        expect(last).toMatchObject({ action: "update", reason: "Quyết định điều chỉnh kế hoạch" });
        expect(last.before.spec.value).toBe(85000);
        expect(last.after.spec.value).toBe(84000);
      });

      it("refuses a malformed period and an unknown unit, naming the field, writing nothing", async () => {
        const api = client(ctx.store);
        const period = await api.post("/api/v1/plans", { ...PLAN, period: "23" });
        expect(period.status).toBe(422);
        expect(period.body.error.details.field).toBe("period");
        const unit = await api.post("/api/v1/plans", { ...PLAN, unit: "999" });
        expect(unit.status).toBe(422);
        expect(unit.body.error.details.field).toBe("unit");
        expect(await countRows(ctx.store, "plans")).toBe(0);
      });

      it("lists plans by unit code, with or without a period", async () => {
        const api = await setUp();
        expect((await api.get("/api/v1/plans?unit=806")).body.plans.map((p: { id: string }) => p.id)).toEqual(
          [PLAN.id],
        );
        expect((await api.get("/api/v1/plans?unit=806&period=2023")).body.plans).toHaveLength(1);
        expect((await api.get("/api/v1/plans?unit=80")).body.plans).toHaveLength(0);
        const unknown = await api.get("/api/v1/plans?unit=999");
        expect(unknown.status).toBe(422);
        expect(unknown.body.error.details.field).toBe("unit");
      });

      it("refuses a duplicate id with 409", async () => {
        const api = await setUp();
        const again = await api.post("/api/v1/plans", PLAN);
        expect(again.status).toBe(409);
      });
    });

    describe("observations", () => {
      const OBS = {
        id: "o-rice",
        indicator: "rice_output",
        unit: "806",
        period: "2023",
        stage: "estimate",
        value: 88800,
        qualifier: "more_than",
      };

      it("keeps every revision: a correction is a new revision, the first one is still there", async () => {
        const api = client(ctx.store);
        await api.post("/api/v1/indicators", RICE);
        const first = await api.post("/api/v1/observations", OBS);
        expect(first.status).toBe(201);
        expect(first.body.revision).toBe(1);
        const second = await api.post(
          "/api/v1/observations/o-rice/revisions",
          { value: 88900, reason: "typo" },
          { "if-match": first.etag! },
        );
        expect(second.status).toBe(201);
        expect(second.body).toMatchObject({ revision: 2, value: 88900 });
        const read = await api.get("/api/v1/observations/o-rice");
        expect(read.body.value).toBe(88900);
        expect(read.body.revisions.map((r: { value: number }) => r.value)).toEqual([88800, 88900]);
        const stale = await api.post(
          "/api/v1/observations/o-rice/revisions",
          { value: 1 },
          { "if-match": first.etag! },
        );
        expect(stale.status).toBe(412);
        const log = await api.get("/api/v1/audit?entity=observation&id=o-rice");
        expect(log.body.entries.at(-1)).toMatchObject({
          action: "revise",
          reason: "typo",
          before: { value: 88800 },
          after: { value: 88900 },
        });
      });

      it("refuses to change a stored revision, even in SQL", async () => {
        const api = client(ctx.store);
        await api.post("/api/v1/indicators", RICE);
        await api.post("/api/v1/observations", OBS);
        await expect(
          sql`update observation_revisions set value_number = 1`.execute(ctx.store.db),
        ).rejects.toThrow(/never changed/);
      });

      it("refuses a value that is not a number, naming `value`, writing nothing", async () => {
        const api = client(ctx.store);
        await api.post("/api/v1/indicators", RICE);
        const r = await api.post("/api/v1/observations", { ...OBS, value: "88.800 tấn" });
        expect(r.status).toBe(422);
        expect(r.body.error.details.field).toBe("value");
        expect(await countRows(ctx.store, "observation_series")).toBe(0);
        expect(await countRows(ctx.store, "observation_revisions")).toBe(0);
      });

      it("a second recording of the same series is a conflict that names the first", async () => {
        const api = client(ctx.store);
        await api.post("/api/v1/indicators", RICE);
        await api.post("/api/v1/observations", OBS);
        const again = await api.post("/api/v1/observations", { ...OBS, id: "other" });
        expect(again.status).toBe(409);
        expect(again.body.error.details.existing).toBe("o-rice");
      });

      it("concurrent corrections against one ETag: exactly one wins, the rest get 412, no revision lost", async () => {
        const api = client(ctx.store);
        await api.post("/api/v1/indicators", RICE);
        const first = await api.post("/api/v1/observations", OBS);
        const attempts = await Promise.all(
          Array.from({ length: 12 }, (_, i) =>
            api.post(
              "/api/v1/observations/o-rice/revisions",
              { value: 90000 + i },
              { "if-match": first.etag! },
            ),
          ),
        );
        expect(attempts.filter((a) => a.status === 201)).toHaveLength(1);
        expect(attempts.filter((a) => a.status === 412)).toHaveLength(11);
        const read = await api.get("/api/v1/observations/o-rice");
        expect(read.body.revisions.map((r: { revision: number }) => r.revision)).toEqual([1, 2]);
      });

      it("concurrent corrections each against the latest ETag all land, in order", async () => {
        const api = client(ctx.store);
        await api.post("/api/v1/indicators", RICE);
        await api.post("/api/v1/observations", OBS);
        const results = await Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            api.post("/api/v1/observations/o-rice/revisions", { value: 1000 + i }, { "if-match": "*" }),
          ),
        );
        expect(results.every((r) => r.status === 201)).toBe(true);
        const read = await api.get("/api/v1/observations/o-rice");
        expect(read.body.revisions.map((r: { revision: number }) => r.revision)).toEqual([
          1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
        ]);
      });
    });

    describe("key projects", () => {
      it("writes a project with its milestones and refuses a stale update", async () => {
        const api = client(ctx.store);
        const project = {
          id: "rach-kien-monument",
          kind: "project",
          name: { vi: "Tượng đài chiến thắng Rạch Kiến", en: "Rạch Kiến victory monument" },
          unit: "806",
          term: "2020-2025",
          milestones: [{ name: { vi: "Thi tuyển thiết kế" }, state: "in_progress" }],
        };
        const created = await api.post("/api/v1/key-projects", project);
        expect(created.status).toBe(201);
        expect(created.body.milestones).toHaveLength(1);
        const updated = await api.put(
          "/api/v1/key-projects/rach-kien-monument",
          { ...project, milestones: [...project.milestones, { name: { vi: "Khởi công" } }] },
          { "if-match": created.etag! },
        );
        expect(updated.status).toBe(200);
        expect(updated.body.milestones.map((m: { state: string }) => m.state)).toEqual([
          "in_progress",
          "planned",
        ]);
        const stale = await api.delete("/api/v1/key-projects/rach-kien-monument", {
          "if-match": created.etag!,
        });
        expect(stale.status).toBe(412);
      });
    });

    it("publishes an OpenAPI document of the routes", async () => {
      const r = await client(ctx.store).get("/api/openapi.json");
      expect(r.status).toBe(200);
      expect(Object.keys(r.body.paths)).toEqual(
        expect.arrayContaining([
          "/api/v1/units",
          "/api/v1/units/{code}",
          "/api/v1/observations/{id}/revisions",
        ]),
      );
    });
  },
  {
    seed: async (store) => {
      await loadCatalogue(store.db, FIXTURE_CATALOGUE, { actor: "test", source: "fixture" });
    },
  },
);
