/**
 * The review queue through the API (issue 4, item 3): a source submitted with its text, the
 * statements read from it, and an officer's accept, edit and reject. The sentences are written
 * for these tests.
 */
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../src/app/load-catalogue.ts";
import type { Store } from "../src/db/connect.ts";
import { FIXTURE_CATALOGUE } from "./fixtures/catalogue.ts";
import { client } from "./support/api.ts";
import { describeStore } from "./support/engines.ts";

const RICE_SENTENCE =
  "Năm 2023, sản lượng lúa của huyện đạt trên 91.500 tấn, đạt 106% kế hoạch tỉnh giao và bằng 103,5% kế hoạch năm.";
const BUDGET_SENTENCE =
  "Ước cả năm 2023, tổng thu ngân sách nhà nước trên địa bàn đạt 612,4 tỷ đồng, bằng 108,2% dự toán tỉnh giao.";
const VEGETABLE_SENTENCE = "Diện tích trồng rau màu các loại đạt 4.250 ha.";
const TEXT = [RICE_SENTENCE, BUDGET_SENTENCE, VEGETABLE_SENTENCE].join("\n");

const indicator = (code: string, vi: string, en: string, unit: string) => ({
  code,
  name: { vi, en },
  unit,
  direction: "higher_better",
  measure: "level",
  aggregation: { kind: "sum" },
  decimals: 0,
});

const INDICATORS = [
  indicator("rice_output", "Sản lượng lúa", "Rice output", "tấn"),
  indicator("budget_revenue", "Tổng thu ngân sách nhà nước", "State budget revenue", "tỷ đồng"),
  indicator("vegetable_area", "Diện tích gieo trồng rau màu", "Vegetable area", "ha"),
];

const plan = (id: string, kind: string, title: string) => ({
  id,
  kind,
  unit: "806",
  period: "2023",
  title,
  state: "draft",
});

const SOURCE = {
  id: "bao-cao-kt-xh-2023",
  kind: "report",
  title: "Báo cáo tình hình kinh tế - xã hội năm 2023",
  url: "https://example.org/bao-cao-2023",
  date: "2023-12-15",
  text: TEXT,
};

async function countRows(store: Store, table: string): Promise<number> {
  const r = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(store.db);
  return r.rows[0]!.n;
}

describeStore(
  "the review queue through the API",
  import.meta.filename,
  (ctx) => {
    async function setUp() {
      const api = client(ctx.store);
      for (const i of INDICATORS) expect((await api.post("/api/v1/indicators", i)).status).toBe(201);
      for (const p of [
        plan("kh-2023", "annual_plan", "Kế hoạch phát triển KT-XH năm 2023"),
        plan("tinh-giao-2023", "assigned", "Chỉ tiêu tỉnh giao năm 2023"),
        plan("du-toan-2023", "budget_estimate", "Dự toán thu ngân sách năm 2023"),
      ]) {
        expect((await api.post("/api/v1/plans", p)).status).toBe(201);
      }
      // The province's target for rice is known; the budget estimate's figure is not.
      const known = {
        planId: "tinh-giao-2023",
        indicator: "rice_output",
        spec: { kind: "gte", value: 86000 },
      };
      expect((await api.post("/api/v1/targets", { id: "t-rice-tinh", ...known })).status).toBe(201);
      const unknown = { planId: "du-toan-2023", indicator: "budget_revenue", spec: { kind: "unknown" } };
      expect((await api.post("/api/v1/targets", { id: "t-budget", ...unknown })).status).toBe(201);
      const submitted = await api.post("/api/v1/sources", SOURCE);
      expect(submitted.status).toBe(201);
      const byIndicator = (code: string) =>
        // biome-ignore lint/suspicious/noExplicitAny: tests read JSON bodies freely.
        submitted.body.statements.find((s: any) => s.suggestion?.code === code);
      return { api, submitted, rice: byIndicator("rice_output"), budget: byIndicator("budget_revenue") };
    }

    const RICE_MAPPING = {
      indicator: "rice_output",
      unit: "806",
      period: "2023",
      percents: [
        { percent: 106, planId: "tinh-giao-2023" },
        { percent: 103.5, planId: "kh-2023" },
      ],
    };

    describe("submitting a source", () => {
      it("stores the text and its statements as pending, each with its sentence and offsets", async () => {
        const { api, submitted } = await setUp();
        expect(submitted.body).toMatchObject({ id: SOURCE.id, url: SOURCE.url, date: SOURCE.date });
        const statements = submitted.body.statements;
        expect(statements).toHaveLength(3);
        for (const s of statements) {
          expect(s.status).toBe("pending");
          expect(submitted.body.text.slice(s.sentence.start, s.sentence.end)).toBe(s.sentence.text);
        }
        expect(statements.map((s: { sentence: { text: string } }) => s.sentence.text)).toEqual([
          RICE_SENTENCE,
          BUDGET_SENTENCE,
          VEGETABLE_SENTENCE,
        ]);
        expect(statements[0].extracted).toMatchObject({ value: 91500, unit: "tấn", qualifier: "more_than" });
        const read = await api.get(`/api/v1/sources/${SOURCE.id}`);
        expect(read.status).toBe(200);
        expect(read.body.statements).toHaveLength(3);
        const log = await api.get(`/api/v1/audit?entity=source&id=${SOURCE.id}`);
        expect(log.body.entries[0].after.statementIds).toHaveLength(3);
      });

      it("suggests the catalogue indicator whose name shares the most words with the phrase", async () => {
        const { submitted } = await setUp();
        expect(
          submitted.body.statements.map((s: { suggestion?: { code: string } }) => s.suggestion?.code),
        ).toEqual(["rice_output", "budget_revenue", "vegetable_area"]);
        expect(submitted.body.statements[0].suggestion).toMatchObject({ method: "dice_words" });
        expect(submitted.body.statements[0].suggestion.score).toBeGreaterThan(0.5);
      });

      it("keeps Vietnamese in NFC whatever form it arrives in", async () => {
        const api = client(ctx.store);
        const r = await api.post("/api/v1/sources", { ...SOURCE, text: TEXT.normalize("NFD") });
        expect(r.status).toBe(201);
        expect(r.body.text).toBe(TEXT.normalize("NFC"));
        expect(r.body.statements[0].sentence.text).toBe(RICE_SENTENCE);
      });

      it("lists the queue by source and status", async () => {
        const { api, rice } = await setUp();
        const pending = await api.get(`/api/v1/statements?source=${SOURCE.id}&status=pending`);
        expect(pending.body.statements).toHaveLength(3);
        await api.post(
          `/api/v1/statements/${rice.id}/reject`,
          { reason: "đã nhập tay" },
          { "if-match": '"1"' },
        );
        expect((await api.get("/api/v1/statements?status=pending")).body.statements).toHaveLength(2);
        const rejected = await api.get(`/api/v1/statements?source=${SOURCE.id}&status=rejected`);
        expect(rejected.body.statements.map((s: { id: string }) => s.id)).toEqual([rice.id]);
        const bad = await api.get("/api/v1/statements?status=maybe");
        expect(bad.status).toBe(422);
        expect(bad.body.error.details.field).toBe("status");
      });
    });

    describe("who may decide", () => {
      it("refuses an officer of another unit and a reviewer, writing nothing", async () => {
        const { rice } = await setUp();
        const targetsBefore = await countRows(ctx.store, "targets");
        const elsewhere = client(ctx.store, {
          userId: "officer-795",
          grants: [{ role: "officer", unitId: "795@-2025-06-30" }],
        });
        const reviewer = client(ctx.store, {
          userId: "reviewer-806",
          grants: [{ role: "reviewer", unitId: "806@-2025-06-30" }],
        });
        for (const caller of [elsewhere, reviewer]) {
          const r = await caller.post(`/api/v1/statements/${rice.id}/accept`, RICE_MAPPING, {
            "if-match": '"1"',
          });
          expect(r.status).toBe(403);
        }
        const reject = await reviewer.post(
          `/api/v1/statements/${rice.id}/reject`,
          { reason: "không phải số liệu của huyện" },
          { "if-match": '"1"' },
        );
        expect(reject.status).toBe(403);
        expect(await countRows(ctx.store, "observation_revisions")).toBe(0);
        expect(await countRows(ctx.store, "targets")).toBe(targetsBefore);
      });
    });

    describe("accepting a statement", () => {
      it("creates exactly one observation revision, linked to its source and sentence", async () => {
        const { api, rice } = await setUp();
        const r = await api.post(`/api/v1/statements/${rice.id}/accept`, RICE_MAPPING, { "if-match": '"1"' });
        expect(r.status).toBe(200);
        expect(r.etag).toBe('"2"');
        expect(r.body.statement).toMatchObject({ status: "accepted", edited: false, observationRevision: 1 });
        expect(r.body.observation).toMatchObject({
          indicatorCode: "rice_output",
          unitId: "806@-2025-06-30",
          period: "2023",
          value: 91500,
          unit: "tấn",
          qualifier: "more_than",
          stage: "official",
          revision: 1,
          sourceId: SOURCE.id,
          statedPercents: [
            { percent: 106, decimals: 0, planKind: "assigned" },
            { percent: 103.5, decimals: 1, planKind: "annual_plan" },
          ],
        });
        expect(await countRows(ctx.store, "observation_revisions")).toBe(1);
        const row = await sql<{ source_id: string; source_text: string }>`
          select source_id, source_text from observation_revisions`.execute(ctx.store.db);
        expect(row.rows[0]).toEqual({ source_id: SOURCE.id, source_text: RICE_SENTENCE });
        const log = await api.get(`/api/v1/audit?entity=statement&id=${rice.id}`);
        expect(log.body.entries.map((e: { action: string }) => e.action)).toEqual(["accept"]);
      });

      it("creates the implied target where the plan's target is unknown, not where it is known", async () => {
        const { api, rice } = await setUp();
        const r = await api.post(`/api/v1/statements/${rice.id}/accept`, RICE_MAPPING, { "if-match": '"1"' });
        expect(r.body.impliedTargets).toHaveLength(1);
        const [implied] = r.body.impliedTargets;
        expect(implied).toMatchObject({
          planId: "kh-2023",
          indicatorCode: "rice_output",
          period: "2023",
          sourceId: SOURCE.id,
          implied: { percent: 103.5, percentDecimals: 1, observationValue: 91500 },
        });
        expect(implied.spec.value).toBeCloseTo(91500 / 1.035, 6);
        expect(r.body.statement.targetIds).toEqual([implied.id]);
        const known = await api.get("/api/v1/targets/t-rice-tinh");
        expect(known.body).toMatchObject({ spec: { kind: "gte", value: 86000 }, version: 1 });
        expect(known.body.implied).toBeUndefined();
        expect(await countRows(ctx.store, "targets")).toBe(3);
      });

      it("fills in a target whose figure was unknown, and records an estimate as one", async () => {
        const { api, budget } = await setUp();
        const r = await api.post(
          `/api/v1/statements/${budget.id}/accept`,
          {
            indicator: "budget_revenue",
            unit: "806",
            period: "2023",
            percents: [{ percent: 108.2, planId: "du-toan-2023" }],
          },
          { "if-match": '"1"' },
        );
        expect(r.status).toBe(200);
        expect(r.body.observation).toMatchObject({ stage: "estimate", value: 612.4, unit: "tỷ đồng" });
        expect(r.body.impliedTargets.map((t: { id: string }) => t.id)).toEqual(["t-budget"]);
        const target = await api.get("/api/v1/targets/t-budget");
        expect(target.body).toMatchObject({ version: 2, implied: { percent: 108.2, percentDecimals: 1 } });
        expect(target.body.spec.value).toBeCloseTo(612.4 / 1.082, 6);
        expect(await countRows(ctx.store, "targets")).toBe(2);
      });

      it("edits: an accept with changed fields records them and says it was edited", async () => {
        const { api, submitted } = await setUp();
        const vegetable = submitted.body.statements[2];
        const r = await api.post(
          `/api/v1/statements/${vegetable.id}/accept`,
          { indicator: "vegetable_area", unit: "806", period: "2023", value: 4205, stage: "preliminary" },
          { "if-match": '"1"' },
        );
        expect(r.status).toBe(200);
        expect(r.body.statement).toMatchObject({ edited: true, mapping: { value: 4205 } });
        expect(r.body.observation).toMatchObject({ value: 4205, unit: "ha", stage: "preliminary" });
        expect(await countRows(ctx.store, "observation_revisions")).toBe(1);
      });

      it("adds the next revision when the observation already exists", async () => {
        const { api, rice } = await setUp();
        const first = await api.post("/api/v1/observations", {
          id: "o-rice",
          indicator: "rice_output",
          unit: "806",
          period: "2023",
          stage: "official",
          value: 90000,
        });
        expect(first.status).toBe(201);
        const r = await api.post(`/api/v1/statements/${rice.id}/accept`, RICE_MAPPING, { "if-match": '"1"' });
        expect(r.status).toBe(200);
        expect(r.body.observation).toMatchObject({ id: "o-rice", revision: 2, value: 91500 });
        expect(await countRows(ctx.store, "observation_revisions")).toBe(2);
      });

      it("refuses to accept twice (409), writing nothing more", async () => {
        const { api, rice } = await setUp();
        expect(
          (await api.post(`/api/v1/statements/${rice.id}/accept`, RICE_MAPPING, { "if-match": '"1"' }))
            .status,
        ).toBe(200);
        const again = await api.post(`/api/v1/statements/${rice.id}/accept`, RICE_MAPPING, {
          "if-match": '"2"',
        });
        expect(again.status).toBe(409);
        expect(again.body.error).toMatchObject({
          code: "conflict",
          details: { field: "status", status: "accepted" },
        });
        const reject = await api.post(
          `/api/v1/statements/${rice.id}/reject`,
          { reason: "sai" },
          { "if-match": "*" },
        );
        expect(reject.status).toBe(409);
        expect(await countRows(ctx.store, "observation_revisions")).toBe(1);
        expect(await countRows(ctx.store, "targets")).toBe(3);
      });

      it("concurrent accepts of one statement: exactly one lands, the rest get 409", async () => {
        const { api, rice } = await setUp();
        const attempts = await Promise.all(
          Array.from({ length: 6 }, () =>
            api.post(`/api/v1/statements/${rice.id}/accept`, RICE_MAPPING, { "if-match": "*" }),
          ),
        );
        expect(attempts.filter((a) => a.status === 200)).toHaveLength(1);
        expect(attempts.filter((a) => a.status === 409)).toHaveLength(5);
        expect(await countRows(ctx.store, "observation_revisions")).toBe(1);
        expect(await countRows(ctx.store, "targets")).toBe(3);
      });

      it("asks for If-Match (428) and refuses a stale one (412)", async () => {
        const { api, rice } = await setUp();
        const missing = await api.post(`/api/v1/statements/${rice.id}/accept`, RICE_MAPPING);
        expect(missing.status).toBe(428);
        expect(missing.body.error.details.field).toBe("If-Match");
        const stale = await api.post(`/api/v1/statements/${rice.id}/accept`, RICE_MAPPING, {
          "if-match": '"7"',
        });
        expect(stale.status).toBe(412);
        const read = await api.get(`/api/v1/statements/${rice.id}`);
        expect(read.etag).toBe('"1"');
        expect(read.body.status).toBe("pending");
        expect(await countRows(ctx.store, "observation_revisions")).toBe(0);
      });

      it("refuses a bad mapping with a 4xx naming the field, and writes nothing", async () => {
        const { api, rice } = await setUp();
        const auditBefore = await countRows(ctx.store, "audit_log");
        const cases: [Record<string, unknown>, string][] = [
          [{ ...RICE_MAPPING, indicator: "wheat_output" }, "indicator"],
          [{ ...RICE_MAPPING, unit: "999" }, "unit"],
          [{ ...RICE_MAPPING, period: "năm ngoái" }, "period"],
          [{ ...RICE_MAPPING, unitOfMeasure: "giạ" }, "unitOfMeasure"],
          [{ ...RICE_MAPPING, period: "2022" }, "percents.0.planId"],
          [{ indicator: "rice_output", unit: "806", period: "2023" }, "percents"],
          [{ ...RICE_MAPPING, value: "91.500 tấn" }, "value"],
        ];
        for (const [body, field] of cases) {
          const r = await api.post(`/api/v1/statements/${rice.id}/accept`, body, { "if-match": '"1"' });
          expect({ field, status: r.status }).toEqual({ field, status: 422 });
          expect(r.body.error.details.field).toBe(field);
        }
        // A plan that does not exist is not found, as one outside the officer's scope is.
        const missing = await api.post(
          `/api/v1/statements/${rice.id}/accept`,
          { ...RICE_MAPPING, percents: [{ percent: 106, planId: "no-such-plan" }] },
          { "if-match": '"1"' },
        );
        expect([missing.status, missing.body.error.details.field]).toEqual([404, "percents.0.planId"]);
        expect(await countRows(ctx.store, "observation_series")).toBe(0);
        expect(await countRows(ctx.store, "observation_revisions")).toBe(0);
        expect(await countRows(ctx.store, "targets")).toBe(2);
        expect(await countRows(ctx.store, "audit_log")).toBe(auditBefore);
        expect((await api.get(`/api/v1/statements/${rice.id}`)).body).toMatchObject({
          status: "pending",
          version: 1,
        });
      });

      it("refuses a target and a roll-up, which are not results, writing nothing", async () => {
        const api = client(ctx.store);
        for (const i of INDICATORS) await api.post("/api/v1/indicators", i);
        const submitted = await api.post("/api/v1/sources", {
          kind: "report",
          title: "Kế hoạch năm 2024",
          text: "Năm 2024, phấn đấu sản lượng lúa đạt 95.000 tấn.\nNăm 2023 có 21/24 chỉ tiêu đạt và vượt kế hoạch.",
        });
        const [target, rollup] = submitted.body.statements;
        expect(target.extracted.is_target).toBe(true);
        expect(rollup.extracted).toMatchObject({ value: null, met: 21, total: 24 });
        const mapping = { indicator: "rice_output", unit: "806", period: "2024" };
        const a = await api.post(`/api/v1/statements/${target.id}/accept`, mapping, { "if-match": '"1"' });
        expect(a.status).toBe(422);
        expect(a.body.error.details.field).toBe("extracted.is_target");
        const b = await api.post(`/api/v1/statements/${rollup.id}/accept`, mapping, { "if-match": '"1"' });
        expect(b.status).toBe(422);
        expect(b.body.error.details.field).toBe("value");
        expect(await countRows(ctx.store, "observation_revisions")).toBe(0);
      });

      it("gives statements that name no place or period the source's unit and period", async () => {
        const api = client(ctx.store);
        const submitted = await api.post("/api/v1/sources", {
          kind: "report",
          title: "Báo cáo nông nghiệp",
          date: "2024-05-10",
          unit: "806",
          period: "vụ Đông Xuân 2024",
          text: "Diện tích trồng rau màu các loại đạt 4.250 ha.\nNăm 2023, toàn tỉnh Long An đạt 3.100 ha.",
        });
        expect(submitted.status).toBe(201);
        expect(submitted.body.statements.map((s: { extracted: object }) => s.extracted)).toMatchObject([
          { value: 4250, locality: "huyện Cần Đước", period: "vụ Đông Xuân 2024" },
          { value: 3100, locality: "Long An", period: "Năm 2023" },
        ]);
      });

      it("takes the place and period a source's title names when none is given", async () => {
        const api = client(ctx.store);
        const submitted = await api.post("/api/v1/sources", {
          kind: "report",
          title: "Báo cáo kinh tế - xã hội huyện Cần Đước năm 2023",
          text: "Diện tích trồng rau màu các loại đạt 4.250 ha.",
        });
        expect(submitted.body.statements[0].extracted).toMatchObject({
          locality: "huyện Cần Đước",
          period: "năm 2023",
        });
      });

      it("refuses a unit that does not exist, naming the field, writing nothing", async () => {
        const api = client(ctx.store);
        const r = await api.post("/api/v1/sources", {
          kind: "report",
          title: "Báo cáo",
          unit: "99999",
          text: "Diện tích trồng rau màu các loại đạt 4.250 ha.",
        });
        expect(r.status).toBe(422);
        expect(r.body.error.details.field).toBe("unit");
        expect(await countRows(ctx.store, "sources")).toBe(0);
      });

      it("answers an unknown statement with 404", async () => {
        const { api } = await setUp();
        const r = await api.post("/api/v1/statements/nope/accept", RICE_MAPPING, { "if-match": "*" });
        expect(r.status).toBe(404);
      });
    });

    describe("rejecting a statement", () => {
      it("keeps the reason, creates no observation, and refuses a later accept", async () => {
        const { api, rice } = await setUp();
        const r = await api.post(
          `/api/v1/statements/${rice.id}/reject`,
          { reason: "Số liệu trùng với báo cáo quý" },
          { "if-match": '"1"' },
        );
        expect(r.status).toBe(200);
        expect(r.body).toMatchObject({
          status: "rejected",
          reason: "Số liệu trùng với báo cáo quý",
          decidedBy: "tester",
        });
        expect(await countRows(ctx.store, "observation_revisions")).toBe(0);
        expect(await countRows(ctx.store, "targets")).toBe(2);
        const accept = await api.post(`/api/v1/statements/${rice.id}/accept`, RICE_MAPPING, {
          "if-match": '"2"',
        });
        expect(accept.status).toBe(409);
        const log = await api.get(`/api/v1/audit?entity=statement&id=${rice.id}`);
        expect(log.body.entries).toEqual([
          expect.objectContaining({
            action: "reject",
            actor: "tester",
            reason: "Số liệu trùng với báo cáo quý",
          }),
        ]);
      });

      it("asks a reason", async () => {
        const { api, rice } = await setUp();
        const r = await api.post(
          `/api/v1/statements/${rice.id}/reject`,
          { reason: "  " },
          { "if-match": '"1"' },
        );
        expect(r.status).toBe(422);
        expect(r.body.error.details.field).toBe("reason");
      });
    });

    it("publishes the review routes in the OpenAPI document", async () => {
      const r = await client(ctx.store).get("/api/openapi.json");
      expect(Object.keys(r.body.paths)).toEqual(
        expect.arrayContaining([
          "/api/v1/sources",
          "/api/v1/statements",
          "/api/v1/statements/{id}/accept",
          "/api/v1/statements/{id}/reject",
          "/api/v1/statements/{id}/record-rollup",
          "/api/v1/statements/{id}/to-plan",
        ]),
      );
    });

    it("records a roll-up and puts a target statement into the plan of its year, as the review queue's page does", async () => {
      const api = client(ctx.store);
      for (const i of INDICATORS) expect((await api.post("/api/v1/indicators", i)).status).toBe(201);
      expect((await api.post("/api/v1/plans", plan("kh-2023", "annual_plan", "Kế hoạch 2023"))).status).toBe(
        201,
      );
      const next = { ...plan("kh-2024", "annual_plan", "Kế hoạch 2024"), period: "2024" };
      expect((await api.post("/api/v1/plans", next)).status).toBe(201);
      const text = [
        "Năm 2023 có 23/24 chỉ tiêu đạt và vượt kế hoạch.",
        "Năm 2024, phấn đấu tổng thu ngân sách nhà nước trên địa bàn đạt 650 tỷ đồng.",
      ].join("\n");
      const submitted = await api.post("/api/v1/sources", { ...SOURCE, id: "bc-2023-api", text });
      expect(submitted.status).toBe(201);
      const listed = await api.get("/api/v1/statements?source=bc-2023-api");
      const [rollup, target] = listed.body.statements;

      const recorded = await api.post(
        `/api/v1/statements/${rollup.id}/record-rollup`,
        { planId: "kh-2023" },
        { "if-match": `"${rollup.version}"` },
      );
      expect(recorded.status).toBe(200);
      expect(recorded.body.reported).toMatchObject({ planId: "kh-2023", met: 23, total: 24 });
      expect(recorded.body.statement.status).toBe("accepted");

      // A target of 2024 is not one of the plan of 2023.
      const wrongYear = await api.post(
        `/api/v1/statements/${target.id}/to-plan`,
        { planId: "kh-2023", indicator: "budget_revenue" },
        { "if-match": `"${target.version}"` },
      );
      expect(wrongYear.status).toBe(422);
      expect(wrongYear.body.error.details).toMatchObject({ field: "planId", rule: "period" });
      const put = await api.post(
        `/api/v1/statements/${target.id}/to-plan`,
        { planId: "kh-2024", indicator: "budget_revenue" },
        { "if-match": `"${target.version}"` },
      );
      expect(put.status).toBe(200);
      expect(put.body.targets).toHaveLength(1);
      expect(put.body.targets[0]).toMatchObject({
        planId: "kh-2024",
        indicatorCode: "budget_revenue",
        sourceId: "bc-2023-api",
      });
      expect(put.body.statement.targetIds).toEqual([put.body.targets[0].id]);
    });
  },
  {
    seed: async (store) => {
      await loadCatalogue(store.db, FIXTURE_CATALOGUE, { actor: "test", source: "fixture" });
    },
  },
);
