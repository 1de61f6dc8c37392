/**
 * The forms of a target kept by the store (migration 0009) and judged from it: a plan's
 * nearly-met rule, a composite whole with its part, an amendment in force, a published label word.
 */
import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { loadCatalogue } from "../src/app/load-catalogue.ts";
import { addUnitOfMeasure, loadAddedUnits } from "../src/app/units-of-measure.ts";
import { listAudit } from "../src/db/audit.ts";
import { FIXTURE_CATALOGUE } from "./fixtures/catalogue.ts";
import { client } from "./support/api.ts";
import { describeStore } from "./support/engines.ts";

const GROWTH = {
  code: "grdp_growth",
  name: { vi: "Tốc độ tăng trưởng GRDP", en: "GRDP growth" },
  unit: "%",
  direction: "higher_better",
  measure: "growth",
  decimals: 2,
};
const SHARE = {
  code: "agri_share",
  name: { vi: "Tỷ trọng nông nghiệp", en: "Agriculture share" },
  unit: "%",
  direction: "band",
  measure: "rate",
  decimals: 2,
};
const PLAN = {
  id: "kh-2023",
  kind: "annual_plan",
  unit: "806",
  period: "2023",
  title: "Kế hoạch phát triển KT-XH năm 2023",
  state: "draft",
  form: { nearlyMet: { by: "gap_in_points", points: 0.5 } },
};

describeStore(
  "target forms through the API and the store",
  import.meta.filename,
  (ctx) => {
    it("keeps the forms, and judges the amendment in force, the composite once, rates in points", async () => {
      const api = client(ctx.store);
      expect((await api.post("/api/v1/indicators", GROWTH)).status).toBe(201);
      expect((await api.post("/api/v1/indicators", SHARE)).status).toBe(201);
      expect((await api.post("/api/v1/plans", PLAN)).status).toBe(201);
      const target = (id: string, indicator: string, spec: object, form?: object) =>
        api.post("/api/v1/targets", { id, planId: PLAN.id, indicator, spec, ...(form ? { form } : {}) });
      expect((await target("g-old", "grdp_growth", { kind: "range", lo: 7.5, hi: 8 })).status).toBe(201);
      const amended = await target(
        "g-new",
        "grdp_growth",
        { kind: "gte", value: 7.5 },
        {
          amends: {
            targetId: "g-old",
            from: "2023-06-01",
            document: "Nghị quyết số 12/NQ-HĐND",
            reason: "thiên tai",
          },
          officialLabelText: "Cơ bản đạt",
        },
      );
      expect(amended.status).toBe(201);
      expect((await target("structure", "grdp_growth", { kind: "unknown" })).status).toBe(201);
      expect(
        (await target("agri", "agri_share", { kind: "band", lo: 1.4, hi: 1.6 }, { partOf: "structure" }))
          .status,
      ).toBe(201);
      const unknown = await target("bad", "grdp_growth", { kind: "gte", value: 1 }, { partOf: "nowhere" });
      expect(unknown.status).toBe(422);
      expect(unknown.body.error.details.field).toBe("form.partOf");

      const read = await api.get("/api/v1/targets/g-new");
      expect(read.body.form).toMatchObject({
        officialLabelText: "Cơ bản đạt",
        amends: { targetId: "g-old" },
      });
      expect((await api.get("/api/v1/plans/kh-2023")).body.form).toEqual(PLAN.form);

      for (const [id, indicator, value] of [
        ["o-growth", "grdp_growth", 7.18],
        ["o-agri", "agri_share", 0.8],
      ] as const) {
        const r = await api.post("/api/v1/observations", {
          id,
          indicator,
          unit: "806",
          period: "2023",
          stage: "official",
          value,
        });
        expect(r.status).toBe(201);
      }
      const assessed = await api.get("/api/v1/assessments?unit=806&period=2023");
      expect(assessed.status).toBe(200);
      const byId = Object.fromEntries(
        assessed.body.targets.map((t: { targetId: string }) => [t.targetId, t]),
      ) as Record<string, { status: string; inForce: boolean; percent: number | null; parts: string[] }>;
      expect(byId["g-old"]).toMatchObject({ inForce: false });
      // 7,18 against ≥ 7,5 is 0,32 points short, within the plan's 0,5: nearly met, no % of plan.
      expect(byId["g-new"]).toMatchObject({ inForce: true, status: "nearly_met", percent: null });
      // 0,8 against 1,4-1,6 is 0,6 points off the band, beyond the plan's 0,5.
      expect(byId.agri).toMatchObject({ status: "not_met" });
      expect(byId.structure).toMatchObject({ status: "not_met", parts: ["agri"] });
      // g-new and the structure count; g-old is superseded, agri is a part.
      expect(assessed.body.rollup.total).toBe(2);
    });

    it("refuses a target its indicator's results cannot reach, and judges a fall in points on the rate", async () => {
      const api = client(ctx.store);
      const POVERTY = {
        ...SHARE,
        code: "poverty",
        name: { vi: "Tỷ lệ hộ nghèo", en: "Poverty" },
        direction: "lower_better",
      };
      expect((await api.post("/api/v1/indicators", POVERTY)).status).toBe(201);
      expect((await api.post("/api/v1/plans", PLAN)).status).toBe(201);
      // 11 tấn of a rate in %: saved, it would have broken every assessment of the plan.
      const misfit = await api.post("/api/v1/targets", {
        planId: PLAN.id,
        indicator: "poverty",
        unitOfMeasure: "tấn",
        spec: { kind: "gte", value: 11 },
      });
      expect(misfit.status).toBe(422);
      expect(misfit.body.error.details).toMatchObject({ field: "unitOfMeasure", rule: "dimension" });
      expect(misfit.body.error.message).toContain("tấn cannot be compared with %");
      // "Giảm 1,5 điểm %" from 5,2 %: written in points, judged on the rate the results give.
      const fall = await api.post("/api/v1/targets", {
        id: "fall",
        planId: PLAN.id,
        indicator: "poverty",
        unitOfMeasure: "điểm %",
        spec: { kind: "reduce_pp", points: 1.5, baseline: 5.2 },
      });
      expect(fall.status).toBe(201);
      // A result in tấn of a rate in %: refused the same way, before it could break the plan.
      const misread = await api.post("/api/v1/observations", {
        indicator: "poverty",
        unit: "806",
        period: "2023",
        stage: "official",
        value: 3.5,
        unitOfMeasure: "tấn",
      });
      expect(misread.status).toBe(422);
      expect(misread.body.error.details).toMatchObject({ field: "unitOfMeasure", rule: "dimension" });
      const o = await api.post("/api/v1/observations", {
        indicator: "poverty",
        unit: "806",
        period: "2023",
        stage: "official",
        value: 3.5,
      });
      expect(o.status).toBe(201);
      const assessed = await api.get("/api/v1/assessments?unit=806&period=2023");
      expect(assessed.status).toBe(200);
      expect(assessed.body.targets).toHaveLength(1);
      expect(assessed.body.targets[0]).toMatchObject({ targetId: "fall", status: "exceeded" });
    });

    it("keeps a target's agency, document and notes; a PUT replaces them as it does the form", async () => {
      const api = client(ctx.store);
      expect((await api.post("/api/v1/indicators", GROWTH)).status).toBe(201);
      expect((await api.post("/api/v1/plans", PLAN)).status).toBe(201);
      const body = {
        id: "g",
        planId: PLAN.id,
        indicator: "grdp_growth",
        spec: { kind: "gte", value: 7.5 },
        form: { horizon: "term_average", growthFrom: "rates", baseYear: 2020 },
        responsibleAgency: "  Sở Kế hoạch và Đầu tư ",
        // Typed in decomposed form, kept composed.
        provenance: "Nghị quyết số 12/NQ-HĐND, mục II.1".normalize("NFD"),
        notes: "Theo giá so sánh 2010",
      };
      const created = await api.post("/api/v1/targets", body);
      expect(created.status).toBe(201);
      const texts = {
        responsibleAgency: "Sở Kế hoạch và Đầu tư",
        provenance: "Nghị quyết số 12/NQ-HĐND, mục II.1",
        notes: "Theo giá so sánh 2010",
      };
      expect(created.body).toMatchObject(texts);
      expect((await api.get("/api/v1/targets/g")).body).toMatchObject({ ...texts, form: body.form });
      expect((await api.get("/api/v1/plans/kh-2023")).body.targets[0]).toMatchObject(texts);

      // A PUT with the texts changes them; the audit keeps the before and the after.
      const { id: _id, ...put } = body;
      const changed = await api.put(
        "/api/v1/targets/g",
        { ...put, notes: "Giá so sánh 2010, chưa điều chỉnh" },
        { "if-match": '"1"' },
      );
      expect(changed.status).toBe(200);
      expect(changed.body.notes).toBe("Giá so sánh 2010, chưa điều chỉnh");
      const [update] = await listAudit(ctx.store.db, { entity: "target", entityId: "g" }).then((a) =>
        a.filter((e) => e.action === "update"),
      );
      expect(update!.before).toMatchObject({ notes: "Theo giá so sánh 2010" });
      expect(update!.after).toMatchObject({ notes: "Giá so sánh 2010, chưa điều chỉnh" });

      // A PUT is the whole target: the texts left out are cleared, as the form and source are.
      const { responsibleAgency: _a, provenance: _p, notes: _n, form: _f, ...bare } = put;
      const replaced = await api.put("/api/v1/targets/g", bare, { "if-match": '"2"' });
      expect(replaced.status).toBe(200);
      const read = (await api.get("/api/v1/targets/g")).body;
      expect([read.responsibleAgency, read.provenance, read.notes, read.form]).toEqual([
        undefined,
        undefined,
        undefined,
        undefined,
      ]);

      // Too long: refused, the field named.
      const long = await api.post("/api/v1/targets", { ...body, id: "g2", notes: "x".repeat(2001) });
      expect(long.status).toBe(422);
      expect(long.body.error.details.field).toBe("notes");
      const longAgency = await api.post("/api/v1/targets", {
        ...body,
        id: "g3",
        responsibleAgency: "Sở ".repeat(101),
      });
      expect(longAgency.status).toBe(422);
      expect(longAgency.body.error.details.field).toBe("responsibleAgency");
    });

    it("keeps a result given as a range, or as a word, and judges a range at both ends", async () => {
      const api = client(ctx.store);
      expect((await api.post("/api/v1/indicators", SHARE)).status).toBe(201);
      expect((await api.post("/api/v1/plans", PLAN)).status).toBe(201);
      const t = await api.post("/api/v1/targets", {
        id: "agri",
        planId: PLAN.id,
        indicator: "agri_share",
        spec: { kind: "band", lo: 1.4, hi: 1.6 },
      });
      expect(t.status).toBe(201);
      const o = await api.post("/api/v1/observations", {
        id: "o-agri",
        indicator: "agri_share",
        unit: "806",
        period: "2023",
        stage: "estimate",
        value: 1.5,
        range: { lo: 1.5, hi: 1.7 },
        word: "khoảng 1,5-1,7%",
      });
      expect(o.status).toBe(201);
      const bad = await api.post("/api/v1/observations", {
        indicator: "agri_share",
        unit: "806",
        period: "2023",
        stage: "official",
        value: 2,
        range: { lo: 1.5, hi: 1.7 },
      });
      expect(bad.status).toBe(422);
      expect(bad.body.error.details.field).toBe("range");
      const assessed = await api.get("/api/v1/assessments?unit=806&period=2023");
      expect(assessed.body.targets[0]).toMatchObject({
        uncertain: true,
        // 1,7 is 0,1 point above the band: within the plan's 0,5, nearly met.
        statusRange: { worst: "nearly_met", best: "met" },
      });
    });

    it("an administrator adds a unit of measure; indicators then take it, and it is kept in the store", async () => {
      const api = client(ctx.store);
      // The registry is the process's: each engine's run adds its own unit.
      const code = `lượt khách ${randomUUID().slice(0, 6)}`;
      const visits = { ...GROWTH, code: "visitors", unit: code, measure: "level" };
      expect((await api.post("/api/v1/indicators", visits)).status).toBe(422);
      await addUnitOfMeasure(
        ctx.store.db,
        { code, name: { vi: code, en: "visits" }, dimension: "visits", factor: 1 },
        { actor: "admin" },
      );
      expect((await api.post("/api/v1/indicators", visits)).status).toBe(201);
      await expect(
        addUnitOfMeasure(
          ctx.store.db,
          { code: "tấn", name: { vi: "tấn", en: "t" }, dimension: "mass", factor: 1 },
          { actor: "admin" },
        ),
      ).rejects.toMatchObject({ status: 409 });
      expect(await loadAddedUnits(ctx.store.db)).toBe(1);
    });
  },
  {
    seed: async (store) => {
      await loadCatalogue(store.db, FIXTURE_CATALOGUE, { actor: "test", source: "fixture" });
    },
  },
);
