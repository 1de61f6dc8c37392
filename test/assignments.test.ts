/**
 * Assignments down the hierarchy (issue 16, part 2), through the use-cases: a province assigns
 * figures to communes under it by one decision; each cell is a target of the commune's `assigned`
 * plan bearing the decision's number and date; assigning again replaces the figures; the
 * province's own target stands beside the sum (levels) or average (rates) of what it assigned,
 * with the side of a disagreement. Before the 2025 reform a district assigns to its communes.
 */

import ExcelJS from "exceljs";
import { expect, it } from "vitest";
import {
  assignFromSheet,
  assignmentSheetFor,
  assignTargets,
  loadAssignment,
} from "../src/app/assign-targets.ts";
import type { Principal } from "../src/app/auth/principal.ts";
import { createPlan, updateTarget } from "../src/app/plans.ts";
import { saveTargets } from "../src/app/save-targets.ts";
import { listPlans, listTargets } from "../src/db/plans.ts";
import { describeStore } from "./support/engines.ts";
import { CALLERS, COMMUNE, OTHER_COMMUNE, PROVINCE, seedCommunePlan } from "./support/plan-builder.ts";

const DECISION = { number: "25/QĐ-UBND", date: "2026-01-15", issuer: "UBND tỉnh Tây Ninh" };
const THIRD = "28132@2025-07-01";

const cells = (revenue: [number, number, number]) => [
  { unit: "28114", indicator: "budget_revenue", spec: { kind: "gte" as const, value: revenue[0] } },
  { unit: "28126", indicator: "budget_revenue", spec: { kind: "gte" as const, value: revenue[1] } },
  { unit: "28132", indicator: "budget_revenue", spec: { kind: "gte" as const, value: revenue[2] } },
  { unit: "28114", indicator: "poverty_rate", spec: { kind: "lte" as const, value: 0.8 } },
  { unit: "28126", indicator: "poverty_rate", spec: { kind: "lte" as const, value: 1 } },
  { unit: "28132", indicator: "poverty_rate", spec: { kind: "lte" as const, value: 1.2 } },
];

async function seedProvincePlan(db: Parameters<typeof seedCommunePlan>[0]): Promise<void> {
  await seedCommunePlan(db);
  const sys = { actor: "test" };
  await createPlan(
    db,
    {
      id: "tay-ninh-2026",
      kind: "annual_plan",
      unit: "80",
      period: "2026",
      title: "Kế hoạch năm 2026",
      state: "draft",
    },
    sys,
  );
  await saveTargets(
    db,
    "tay-ninh-2026",
    [
      { indicator: "budget_revenue", spec: { kind: "gte", value: 1000 } },
      { indicator: "poverty_rate", spec: { kind: "lte", value: 1 } },
    ],
    sys,
  );
}

const provinceReviewer: Principal = {
  userId: "duyet-tinh",
  name: "duyet-tinh",
  grants: [{ role: "reviewer", unitId: PROVINCE }],
};

describeStore(
  "assigning targets to the units under a province",
  import.meta.filename,
  (ctx) => {
    it("makes each cell an assigned target of the commune, traceable to the decision", async () => {
      const result = await assignTargets(
        ctx.store.db,
        { parent: "80", period: "2026", decision: DECISION, cells: cells([400, 300, 200]) },
        CALLERS.provincePlanner,
      );
      expect(result.plans).toHaveLength(3);
      const [plan] = await listPlans(ctx.store.db, { unitIds: [COMMUNE], period: "2026", kind: "assigned" });
      expect(plan).toMatchObject({
        kind: "assigned",
        number: "25/QĐ-UBND",
        date: "2026-01-15",
        issuer: "UBND tỉnh Tây Ninh",
        state: "adopted",
      });
      const targets = await listTargets(ctx.store.db, { planIds: [plan!.id] });
      expect(targets.map((t) => [t.indicatorCode, t.unitId, t.spec])).toEqual([
        ["budget_revenue", COMMUNE, { kind: "gte", value: 400 }],
        ["poverty_rate", COMMUNE, { kind: "lte", value: 0.8 }],
      ]);
      // The commune names who leads the target; a new figure under the decision keeps that.
      const [revenue] = targets;
      await updateTarget(
        ctx.store.db,
        revenue!.id,
        {
          planId: plan!.id,
          indicator: "budget_revenue",
          spec: revenue!.spec,
          position: revenue!.position,
          responsibleAgency: "Phòng Kinh tế",
          notes: "Chưa kể thu tiền sử dụng đất",
        },
        { ...CALLERS.planner, reason: "ghi cơ quan chủ trì", ifMatch: `"${revenue!.version}"` },
      );
      await assignTargets(
        ctx.store.db,
        { parent: "80", period: "2026", decision: DECISION, cells: cells([450, 300, 200]) },
        CALLERS.provincePlanner,
      );
      const [after] = await listTargets(ctx.store.db, { planIds: [plan!.id] });
      expect(after).toMatchObject({
        spec: { kind: "gte", value: 450 },
        responsibleAgency: "Phòng Kinh tế",
        notes: "Chưa kể thu tiền sử dụng đất",
      });
    });

    it("shows the province's own target beside the sum or average, warning where they disagree", async () => {
      await assignTargets(
        ctx.store.db,
        { parent: "80", period: "2026", decision: DECISION, cells: cells([400, 300, 200]) },
        CALLERS.provincePlanner,
      );
      const matrix = await loadAssignment(ctx.store.db, provinceReviewer, {
        parent: "80",
        period: "2026",
        number: DECISION.number,
      });
      expect(matrix.units.length).toBeGreaterThanOrEqual(3);
      expect(matrix.decision).toMatchObject({ number: DECISION.number, date: DECISION.date });
      expect(matrix.cells[COMMUNE]).toEqual({
        budget_revenue: { kind: "gte", value: 400 },
        poverty_rate: { kind: "lte", value: 0.8 },
      });
      expect(matrix.checks.budget_revenue).toMatchObject({
        combine: "sum",
        own: 1000,
        combined: 900,
        verdict: "short",
      });
      expect(matrix.checks.poverty_rate).toMatchObject({ combine: "average", own: 1, verdict: "agrees" });

      // Assigning again under the same decision replaces the figures, in the same plans.
      await assignTargets(
        ctx.store.db,
        { parent: "80", period: "2026", decision: DECISION, cells: cells([500, 300, 200]) },
        CALLERS.provincePlanner,
      );
      const again = await loadAssignment(ctx.store.db, provinceReviewer, {
        parent: "80",
        period: "2026",
        number: DECISION.number,
      });
      expect(again.checks.budget_revenue).toMatchObject({ combined: 1000, verdict: "agrees" });
      expect(
        await listPlans(ctx.store.db, { unitIds: [COMMUNE, OTHER_COMMUNE, THIRD], kind: "assigned" }),
      ).toHaveLength(3);
    });

    it("refuses a unit not under the assigning one, naming the cell, and writes nothing", async () => {
      const bad = [
        ...cells([1, 2, 3]),
        { unit: "27787", indicator: "budget_revenue", spec: { kind: "gte" as const, value: 1 } },
      ];
      // 27787 is under the province after the reform: a commune of another province is not.
      await expect(
        assignTargets(
          ctx.store.db,
          {
            parent: "80",
            period: "2026",
            decision: DECISION,
            cells: [
              ...bad.slice(0, 2),
              { unit: "806", indicator: "budget_revenue", spec: { kind: "gte", value: 1 } },
            ],
          },
          CALLERS.provincePlanner,
        ),
      ).rejects.toMatchObject({ code: "unknown_reference", details: { field: "cells[2].unit" } });
      await expect(
        assignTargets(
          ctx.store.db,
          {
            parent: "80",
            period: "2026",
            decision: DECISION,
            cells: [bad[0]!, { unit: "28126", indicator: "no_such", spec: { kind: "gte", value: 1 } }],
          },
          CALLERS.provincePlanner,
        ),
      ).rejects.toMatchObject({ details: { field: "cells[1].indicator" } });
      expect(await listPlans(ctx.store.db, { kind: "assigned" })).toEqual([]);
    });

    it("before the reform, a district assigns to its communes", async () => {
      const district: Principal = {
        userId: "ke-hoach-huyen",
        name: "ke-hoach-huyen",
        grants: [{ role: "planner", unitId: "806@-2025-06-30" }],
      };
      const result = await assignTargets(
        ctx.store.db,
        {
          parent: "806",
          period: "2024",
          decision: { number: "12/QĐ-UBND", date: "2024-01-10" },
          cells: [
            { unit: "28108", indicator: "rice_output", spec: { kind: "gte", value: 9000 } },
            { unit: "28111", indicator: "rice_output", spec: { kind: "gte", value: 7000 } },
          ],
        },
        { actor: district.userId, principal: district },
      );
      expect(result.plans.map((p) => p.unitId).sort()).toEqual(["28108@-2025-06-30", "28111@-2025-06-30"]);
    });

    it("lets only a planner over the assigning unit assign; reads need drafts over it", async () => {
      const input = { parent: "80", period: "2026", decision: DECISION, cells: cells([1, 2, 3]) };
      const officer: Principal = {
        userId: "nl",
        name: "nl",
        grants: [{ role: "officer", unitId: PROVINCE }],
      };
      for (const ctxOf of [
        CALLERS.planner,
        CALLERS.plannerElsewhere,
        { actor: "nl", principal: officer },
        { actor: "duyet-tinh", principal: provinceReviewer },
      ]) {
        await expect(assignTargets(ctx.store.db, input, ctxOf)).rejects.toMatchObject({ code: "forbidden" });
      }
      expect(await listPlans(ctx.store.db, { kind: "assigned" })).toEqual([]);
      await expect(
        loadAssignment(ctx.store.db, CALLERS.plannerElsewhere.principal, { parent: "80", period: "2026" }),
      ).rejects.toMatchObject({ code: "not_found" });
      const empty = await loadAssignment(ctx.store.db, provinceReviewer, { parent: "80", period: "2026" });
      expect(empty.indicators.map((i) => i.code).sort()).toEqual(["budget_revenue", "poverty_rate"]);
      expect(empty.checks.budget_revenue!.verdict).toBe("unknown");
    });
  },
  { seed: (store) => seedProvincePlan(store.db) },
);

async function fill(file: Buffer, values: Record<string, [string | number | null, string | number | null]>) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0]!;
  sheet.eachRow((row) => {
    const figures = values[String(row.getCell(1).value)];
    if (figures) [row.getCell(3).value, row.getCell(4).value] = figures;
  });
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

describeStore(
  "the assignment matrix as one .xlsx sheet",
  import.meta.filename,
  (ctx) => {
    const query = { parent: "80", period: "2026", indicators: ["budget_revenue", "poverty_rate"] };

    it("downloads the units and indicators with the province's own targets, and assigns what is filled in", async () => {
      const sheet = await assignmentSheetFor(ctx.store.db, provinceReviewer, query, "vi");
      const filled = await fill(sheet.file, {
        "28114": [400, 0.8],
        "28126": ["300", "≤ 1"],
        "28132": [200, "1,2"],
      });
      const { errors, result } = await assignFromSheet(
        ctx.store.db,
        filled,
        { parent: "80", period: "2026", decision: DECISION },
        CALLERS.provincePlanner,
      );
      expect(errors).toEqual([]);
      expect(result!.targets).toHaveLength(6);
      const matrix = await loadAssignment(ctx.store.db, provinceReviewer, {
        ...query,
        number: DECISION.number,
      });
      expect(matrix.cells[OTHER_COMMUNE]).toEqual({
        budget_revenue: { kind: "gte", value: 300 },
        poverty_rate: { kind: "lte", value: 1 },
      });
      expect(matrix.checks.budget_revenue).toMatchObject({ own: 1000, combined: 900, verdict: "short" });
      // Downloaded again, the sheet carries the figures and the own target.
      const again = await assignmentSheetFor(
        ctx.store.db,
        provinceReviewer,
        { ...query, number: DECISION.number },
        "vi",
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(again.file as unknown as ExcelJS.Buffer);
      const rows = workbook.worksheets[0]!.getSheetValues().map((r) =>
        Array.isArray(r) ? r.slice(1, 5) : [],
      );
      expect(rows).toContainEqual(["", "Chỉ tiêu của Tây Ninh", "≥ 1.000", "≤ 1"]);
      expect(rows).toContainEqual(["28114", "Rạch Kiến", "≥ 400", "≤ 0,8"]);
    });

    it("names each row and column at fault and assigns nothing", async () => {
      const sheet = await assignmentSheetFor(ctx.store.db, provinceReviewer, query, "en");
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(sheet.file as unknown as ExcelJS.Buffer);
      const ws = workbook.worksheets[0]!;
      ws.addRow(["806", "Cần Đước", 5, null]);
      ws.addRow(["28114", "Rạch Kiến", 1, null]);
      ws.getRow(5).getCell(4).value = "giảm 0,5";
      const file = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
      const { errors, result } = await assignFromSheet(
        ctx.store.db,
        file,
        { parent: "80", period: "2026", decision: DECISION, locale: "en" },
        CALLERS.provincePlanner,
      );
      expect(result).toBeNull();
      const lastRow = ws.rowCount;
      expect(errors.map((e) => [e.code, e.row, e.column])).toEqual([
        ["figure_missing", 5, "D"],
        ["unknown_unit_code", lastRow - 1, "A"],
        ["duplicate_unit", lastRow, "A"],
      ]);
      expect(errors[1]!.message).toContain(`row ${lastRow - 1}, column A (Unit code): unit code "806"`);
      expect(await listPlans(ctx.store.db, { kind: "assigned" })).toEqual([]);
      await expect(
        assignFromSheet(
          ctx.store.db,
          file,
          { parent: "80", period: "2026", decision: DECISION },
          CALLERS.planner,
        ),
      ).rejects.toMatchObject({ code: "forbidden" });
    });
  },
  { seed: (store) => seedProvincePlan(store.db) },
);
