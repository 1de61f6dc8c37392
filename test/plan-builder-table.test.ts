/**
 * The plan builder's "upload the target table" (issue 16, part 1), through its use-cases, with
 * real .xlsx files written by exceljs: the layout officers keep (STT | Chỉ tiêu | ĐVT | Kế hoạch |
 * Ghi chú) with a title above the header, group headings and "trong đó" detail rows; checked
 * whole, each error naming row and column, and written in one transaction or not at all.
 */
import ExcelJS from "exceljs";
import { sql } from "kysely";
import { expect, it } from "vitest";
import { draftTargetTable, importTargetTable } from "../src/app/import-target-table.ts";
import type { Store } from "../src/db/connect.ts";
import { listTargets } from "../src/db/plans.ts";
import { describeStore } from "./support/engines.ts";
import { CALLERS, PLAN_ID, seedCommunePlan } from "./support/plan-builder.ts";

type Row = (string | number | null)[];

async function table(rows: Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Biểu 01");
  sheet.addRow(["CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU NĂM 2026"]);
  sheet.addRow([]);
  sheet.addRow(["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026", "Ghi chú"]);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

const GOOD: Row[] = [
  ["I", "Chỉ tiêu kinh tế", null, null, null],
  [1, "Tổng thu ngân sách nhà nước trên địa bàn", "tỷ đồng", 40.6, null],
  [2, "Sản lượng lúa", "tấn", 5200, null],
  [null, "Trong đó:", null, null, null],
  ["-", "Lúa vụ Đông Xuân", "tấn", 3000, null],
  ["-", "Lúa vụ Hè Thu", "tấn", "2.200", "ước"],
  ["II", "Chỉ tiêu xã hội", null, null, null],
  [3, "Tỷ lệ hộ nghèo", "%", "dưới 0,8", "Theo chuẩn nghèo đa chiều"],
  [4, "Thu nhập bình quân đầu người", "triệu đồng/người/năm", "78", null],
];

async function targetCount(store: Store): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from targets`.execute(store.db);
  return rows[0]!.n;
}

describeStore(
  "uploading a target table",
  import.meta.filename,
  (ctx) => {
    it("reads groups, figures written as numbers or words, and 'trong đó' rows as parts", async () => {
      const read = await draftTargetTable(ctx.store.db, await table(GOOD), { period: "2026" });
      expect(read.errors).toEqual([]);
      expect(read.gaps).toEqual([]);
      expect(read.drafts.map((d) => [d.line, d.indicator?.code, d.spec])).toEqual([
        [5, "budget_revenue", { kind: "gte", value: 40.6 }],
        [6, "rice_output", { kind: "gte", value: 5200 }],
        [11, "poverty_rate", { kind: "lte", value: 0.8, strict: true }],
        [12, "income_per_head", { kind: "gte", value: 78 }],
      ]);
      const rice = read.drafts[1]!;
      expect(rice.parts?.map((p) => [p.line, p.label, p.spec])).toEqual([
        [8, "Lúa vụ Đông Xuân", { kind: "gte", value: 3000 }],
        [9, "Lúa vụ Hè Thu", { kind: "gte", value: 2200 }],
      ]);
      expect(read.drafts[2]!.sentence.vi).toContain("dưới 0,8%");
      // "Ghi chú" is read as the notes of its row, a part's too.
      expect(read.drafts.map((d) => d.notes)).toEqual([
        undefined,
        undefined,
        "Theo chuẩn nghèo đa chiều",
        undefined,
      ]);
      expect(rice.parts?.map((p) => p.notes)).toEqual([undefined, "ước"]);
    });

    it("writes the whole table into the plan, parts under their whole", async () => {
      const result = await importTargetTable(
        ctx.store.db,
        await table(GOOD),
        { planId: PLAN_ID },
        CALLERS.planner,
      );
      expect(result.errors).toEqual([]);
      const stored = await listTargets(ctx.store.db, { planIds: [PLAN_ID] });
      expect(stored.map((t) => t.indicatorCode)).toEqual([
        "budget_revenue",
        "rice_output",
        "rice_output",
        "rice_output",
        "poverty_rate",
        "income_per_head",
      ]);
      expect(stored.filter((t) => t.form?.partOf === stored[1]!.id)).toHaveLength(2);
      // Each row's "Ghi chú" is kept as its target's notes.
      expect(stored.map((t) => t.notes)).toEqual([
        undefined,
        undefined,
        undefined,
        "ước",
        "Theo chuẩn nghèo đa chiều",
        undefined,
      ]);
    });

    it("names a note too long to keep at its cell, and writes nothing", async () => {
      const rows: Row[] = [[1, "Sản lượng lúa", "tấn", 5200, "ghi chú ".repeat(300)]];
      const result = await importTargetTable(
        ctx.store.db,
        await table(rows),
        { planId: PLAN_ID, locale: "en" },
        CALLERS.planner,
      );
      expect(result.errors.map((e) => [e.code, e.row, e.column])).toEqual([["note_too_long", 4, "E"]]);
      expect(result.errors[0]!.message).toContain(
        "(Ghi chú): the note is 2399 characters long; at most 2000",
      );
      expect(await targetCount(ctx.store)).toBe(0);
    });

    it("names every row and column at fault, and writes nothing", async () => {
      const bad: Row[] = [
        ["-", "Lúa vụ Mùa", "tấn", 100, null],
        [1, "Tổng thu ngân sách nhà nước trên địa bàn", "tỷ đồng", 40.6, null],
        [2, "Số con gà nuôi", "con", 9000, null],
        [3, "Tỷ lệ hộ nghèo", "%", null, null],
        [4, "Sản lượng lúa", "thúng", 5000, null],
      ];
      const result = await importTargetTable(
        ctx.store.db,
        await table(bad),
        { planId: PLAN_ID, locale: "en" },
        CALLERS.planner,
      );
      expect(result.written).toEqual([]);
      expect(result.errors.map((e) => [e.code, e.row, e.column])).toEqual([
        ["part_without_whole", 4, "B"],
        ["no_target_value", 7, "D"],
      ]);
      expect(result.errors[1]!.message).toMatch(/^Sheet "Biểu 01", row 7, column D \(Kế hoạch năm 2026\): /u);
      // With the layout right, what the catalogue lacks is named at its cell.
      const layoutOk = await importTargetTable(
        ctx.store.db,
        await table(bad.slice(1, 3).concat([bad[4]!, [5, "Tỷ lệ hộ nghèo", "tấn", 3, null]])),
        { planId: PLAN_ID, locale: "vi" },
        CALLERS.planner,
      );
      expect(layoutOk.errors.map((e) => [e.code, e.row, e.column])).toEqual([
        ["no_indicator", 5, "B"],
        ["unknown_unit_of_measure", 5, "C"],
        ["unknown_unit_of_measure", 6, "C"],
        ["unit_mismatch", 7, "C"],
      ]);
      expect(layoutOk.errors[0]!.message).toContain("dòng 5, cột B (Chỉ tiêu): không có chỉ tiêu nào");
      expect(layoutOk.errors[3]!.message).toContain(
        'dòng 7, cột C (ĐVT): đơn vị tính "tấn" không so được với đơn vị "%" của chỉ tiêu "Tỷ lệ hộ nghèo"',
      );
      expect(await targetCount(ctx.store)).toBe(0);
    });

    it("finds no table in a sheet without its header, and refuses what is not .xlsx", async () => {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet("Sheet1").addRow(["Tên", "Số"]);
      const noHeader = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
      const r1 = await draftTargetTable(ctx.store.db, noHeader, { period: "2026", locale: "en" });
      expect(r1.errors.map((e) => e.code)).toEqual(["no_header_row"]);
      const r2 = await draftTargetTable(ctx.store.db, Buffer.from("STT;Chỉ tiêu"), { period: "2026" });
      expect(r2.errors.map((e) => e.code)).toEqual(["file_refused"]);
    });

    it("lets only a planner over the plan's unit upload", async () => {
      const file = await table(GOOD);
      await expect(
        importTargetTable(ctx.store.db, file, { planId: PLAN_ID }, CALLERS.plannerElsewhere),
      ).rejects.toMatchObject({ code: "not_found" });
      for (const who of [CALLERS.officer, CALLERS.reviewer]) {
        await expect(importTargetTable(ctx.store.db, file, { planId: PLAN_ID }, who)).rejects.toMatchObject({
          code: "forbidden",
        });
      }
      expect(await targetCount(ctx.store)).toBe(0);
    });
  },
  { seed: (store) => seedCommunePlan(store.db) },
);
