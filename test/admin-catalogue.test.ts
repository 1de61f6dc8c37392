/**
 * The catalogue's administration (issue 16, part 5): searching it, a planner's request for a new
 * indicator that an administrator approves or rejects, units of measure, and an update through
 * the API that keeps an indicator's own nearly-met rule.
 */
import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import type { Principal } from "../src/app/auth/principal.ts";
import {
  approveIndicatorRequest,
  listIndicatorRequests,
  rejectIndicatorRequest,
  requestIndicator,
} from "../src/app/indicator-requests.ts";
import { createIndicator } from "../src/app/indicators.ts";
import { loadCatalogue } from "../src/app/load-catalogue.ts";
import { readIndicator, readIndicators } from "../src/app/read-catalogue.ts";
import { addUnitOfMeasure, readUnitsOfMeasure } from "../src/app/units-of-measure.ts";
import { listAudit } from "../src/db/audit.ts";
import { ROLES, type RoleGrant } from "../src/db/users.ts";
import type { Indicator } from "../src/domain/types.ts";
import { FIXTURE_CATALOGUE } from "./fixtures/catalogue.ts";
import { RICE } from "./fixtures/indicators.ts";
import { client } from "./support/api.ts";
import { describeStore } from "./support/engines.ts";

const CAN_DUOC = "806@-2025-06-30";
const as = (userId: string, grants: RoleGrant[]): Principal => ({ userId, name: userId, grants });
const ctxOf = (who: Principal) => ({ actor: who.userId, principal: who });
const admin = as("quantri", [{ role: "administrator", unitId: null }]);
const planner = as("lan", [{ role: "planner", unitId: CAN_DUOC }]);

const SHRIMP: Indicator = {
  code: "shrimp_area",
  name: { vi: "Diện tích nuôi tôm", en: "Shrimp farming area" },
  unit: "ha",
  direction: "higher_better",
  measure: "level",
  aggregation: { kind: "sum" },
  decimals: 0,
};

describeStore(
  "administration of the catalogue",
  import.meta.filename,
  (ctx) => {
    const db = () => ctx.store.db;

    it("finds indicators by code or name, without regard to case or diacritics", async () => {
      await createIndicator(db(), RICE, { actor: "test" });
      await createIndicator(db(), SHRIMP, { actor: "test" });
      const codes = async (query: string) =>
        (await readIndicators(db(), { query })).map((r) => r.indicator.code);
      expect(await codes("san luong")).toEqual(["rice_output"]);
      expect(await codes("TÔM")).toEqual(["shrimp_area"]);
      expect(await codes("rice_")).toEqual(["rice_output"]);
      expect(await codes("")).toEqual(["rice_output", "shrimp_area"]);
    });

    it("a planner asks for an indicator; the catalogue does not hold it until an administrator approves it", async () => {
      const request = await requestIndicator(
        db(),
        { proposal: SHRIMP, reason: "Nghị quyết 2026 có chỉ tiêu này" },
        ctxOf(planner),
      );
      expect(request.state).toBe("requested");
      expect(await readIndicators(db())).toEqual([]);
      await expect(requestIndicator(db(), { proposal: SHRIMP }, ctxOf(planner))).rejects.toMatchObject({
        status: 409,
        details: { field: "code" },
      });
      // The planner cannot approve their own request.
      await expect(approveIndicatorRequest(db(), request.id, ctxOf(planner))).rejects.toMatchObject({
        status: 403,
      });
      const amended = { ...SHRIMP, decimals: 1 };
      const approved = await approveIndicatorRequest(db(), request.id, ctxOf(admin), amended);
      expect(approved).toMatchObject({ state: "approved", decidedBy: "quantri" });
      expect((await readIndicator(db(), "shrimp_area")).indicator.decimals).toBe(1);
      await expect(approveIndicatorRequest(db(), request.id, ctxOf(admin))).rejects.toMatchObject({
        status: 409,
      });
      expect((await listAudit(db(), { entity: "indicator" })).map((e) => [e.actor, e.action])).toEqual([
        ["quantri", "create"],
      ]);
    });

    it("a rejection needs a reason, which the requester reads; each sees only their own requests, an administrator all", async () => {
      const mine = await requestIndicator(db(), { proposal: SHRIMP }, ctxOf(planner));
      const other = as("hai", [{ role: "planner", unitId: "795@-2025-06-30" }]);
      await requestIndicator(db(), { proposal: { ...SHRIMP, code: "fish_output" } }, ctxOf(other));
      await expect(rejectIndicatorRequest(db(), mine.id, "  ", ctxOf(admin))).rejects.toMatchObject({
        details: { field: "reason" },
      });
      await rejectIndicatorRequest(db(), mine.id, "Đã có chỉ tiêu aquaculture_area", ctxOf(admin));
      expect(
        (await listIndicatorRequests(db(), planner)).map((r) => [r.proposal.code, r.state, r.decisionNote]),
      ).toEqual([["shrimp_area", "rejected", "Đã có chỉ tiêu aquaculture_area"]]);
      expect(
        (await listIndicatorRequests(db(), admin, { state: "requested" })).map((r) => r.proposal.code),
      ).toEqual(["fish_output"]);
      // Rejected, the code may be asked for again.
      await requestIndicator(db(), { proposal: SHRIMP }, ctxOf(planner));
    });

    it("only a planner or an administrator asks for an indicator; a request names a known unit of measure and a free code", async () => {
      for (const role of ROLES.filter((r) => r !== "planner" && r !== "administrator")) {
        const who = as(`x.${role}`, [{ role, unitId: CAN_DUOC }]);
        await expect(requestIndicator(db(), { proposal: SHRIMP }, ctxOf(who))).rejects.toMatchObject({
          status: 403,
        });
        await expect(listIndicatorRequests(db(), who)).rejects.toMatchObject({ status: 403 });
      }
      await expect(
        requestIndicator(db(), { proposal: { ...SHRIMP, unit: "con tôm" } }, ctxOf(planner)),
      ).rejects.toMatchObject({ details: { field: "unit" } });
      await createIndicator(db(), RICE, { actor: "test" });
      await expect(
        requestIndicator(db(), { proposal: { ...SHRIMP, code: "rice_output" } }, ctxOf(planner)),
      ).rejects.toMatchObject({ status: 409 });
    });

    it("only an administrator over every unit adds a unit of measure", async () => {
      const code = `lượt khách ${randomUUID().slice(0, 6)}`;
      const unit = { code, name: { vi: code, en: "visits" }, dimension: "visits", factor: 1 };
      const district = as("cd", [{ role: "administrator", unitId: CAN_DUOC }]);
      await expect(addUnitOfMeasure(db(), unit, ctxOf(district))).rejects.toMatchObject({ status: 403 });
      await expect(addUnitOfMeasure(db(), unit, ctxOf(planner))).rejects.toMatchObject({ status: 403 });
      await addUnitOfMeasure(db(), unit, ctxOf(admin));
      expect(readUnitsOfMeasure().map((u) => u.code)).toContain(code);
    });

    it("an update through the API keeps the indicator's nearly-met rule and tolerance", async () => {
      const api = client(ctx.store);
      const rule = { nearlyMet: { by: "gap_in_points", points: 0.5 }, aboutTolerance: 2 };
      const created = await api.post("/api/v1/indicators", { ...SHRIMP, ...rule });
      expect(created.status).toBe(201);
      const { code: _, ...body } = SHRIMP;
      const updated = await api.put(
        "/api/v1/indicators/shrimp_area",
        { ...body, ...rule, decimals: 2 },
        {
          "if-match": created.etag!,
        },
      );
      expect(updated.status).toBe(200);
      expect((await readIndicator(db(), "shrimp_area")).indicator).toMatchObject({ decimals: 2, ...rule });
    });

    it("keeps the unit of an indicator that has targets: 88.800 tấn must not become 88.800 nghìn tấn", async () => {
      const api = client(ctx.store);
      const created = await api.post("/api/v1/indicators", SHRIMP);
      const { code: _, ...body } = SHRIMP;
      // Unused, its unit may still be corrected.
      const corrected = await api.put(
        "/api/v1/indicators/shrimp_area",
        { ...body, unit: "m²" },
        { "if-match": created.etag! },
      );
      expect(corrected.status).toBe(200);
      const plan = {
        id: "kh-tom",
        kind: "annual_plan",
        unit: "806",
        period: "2023",
        title: "Kế hoạch",
        state: "draft",
      };
      expect((await api.post("/api/v1/plans", plan)).status).toBe(201);
      const target = { planId: "kh-tom", indicator: "shrimp_area", spec: { kind: "gte", value: 5_000_000 } };
      expect((await api.post("/api/v1/targets", target)).status).toBe(201);
      const refused = await api.put(
        "/api/v1/indicators/shrimp_area",
        { ...body, unit: "ha" },
        { "if-match": corrected.etag! },
      );
      expect(refused.status).toBe(422);
      expect(refused.body.error.details).toMatchObject({ field: "unit", rule: "in_use" });
      expect((await readIndicator(db(), "shrimp_area")).indicator.unit).toBe("m²");
      // A change of anything else stays possible.
      const renamed = await api.put(
        "/api/v1/indicators/shrimp_area",
        { ...body, unit: "m²", name: { vi: "Diện tích nuôi tôm nước lợ", en: "Brackish shrimp area" } },
        { "if-match": corrected.etag! },
      );
      expect(renamed.status).toBe(200);
    });
  },
  {
    seed: async (store) => {
      await loadCatalogue(store.db, FIXTURE_CATALOGUE, { actor: "test", source: "fixture" });
    },
  },
);
