/**
 * `chitieu import FILE.xlsx`: a filled template into the store from the command line, with a
 * progress bar on standard error; a file with an error writes nothing and names the place.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { templateFor } from "../src/app/xlsx-exchange.ts";
import { openStore } from "../src/db/connect.ts";
import { listObservations } from "../src/db/observations.ts";
import { columnNumber, ROW } from "../src/report/xlsx/layout.ts";
import { runChitieu } from "./support/cli.ts";
import { seedRicePlan } from "./support/seed-plan.ts";

const DISTRICT = "806@-2025-06-30";
let dir: string;
let good: string;
let bad: string;

const run = (args: string[]) => runChitieu(args, { CHITIEU_DATA: dir, DATABASE_URL: "" });

async function values() {
  const store = await openStore({ dataDir: dir });
  try {
    return (await listObservations(store.db, { unitIds: [DISTRICT], periods: ["2023"] })).map(
      (o) => o.observation.value,
    );
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "chitieu-import-"));
  const store = await openStore({ dataDir: dir });
  try {
    await seedRicePlan(store.db, {
      planId: "kh-2023",
      unit: "806",
      state: "draft",
      targetId: "t-lua",
      atLeast: 85_000,
    });
    const admin = {
      userId: "admin",
      name: "admin",
      grants: [{ role: "administrator" as const, unitId: null }],
    };
    const { file } = await templateFor(store.db, admin, { planId: "kh-2023", period: "2023" }, "vi");
    const fill = async (value: ExcelJS.CellValue) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
      const row = workbook.getWorksheet("Chỉ tiêu")!.getRow(ROW.firstData);
      row.getCell(columnNumber("actual")).value = value;
      row.getCell(columnNumber("stage")).value = "Chính thức";
      return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    };
    good = path.join(dir, "good.xlsx");
    bad = path.join(dir, "bad.xlsx");
    writeFileSync(good, await fill("88.800"));
    writeFileSync(bad, await fill("khoảng chín vạn"));
  } finally {
    await store.close();
  }
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("chitieu import", () => {
  it("refuses a file with an error, naming sheet, row and column, and writes nothing", async () => {
    const r = await run(["import", bad]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('"Chỉ tiêu", dòng 9, cột E (Thực hiện)');
    expect(r.stderr).toContain("nothing was written");
    expect(await values()).toEqual([]);
  }, 60_000);

  it("imports a good file with a progress bar", async () => {
    const r = await run(["import", good]);
    expect(r.stderr).toContain("1/1 values");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("1 value(s) read, 1 written");
    expect(await values()).toEqual([88_800]);
  }, 60_000);
});
