import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { assessTarget } from "../../domain/assess-target.ts";
import { messages } from "../../i18n/messages.ts";
import { CAN_DUOC_2023, expectedOf } from "./fixtures.ts";
import { columnNumber, META_SHEET, ROW } from "./layout.ts";
import { readFilledTemplate, type TemplateEntry } from "./read-filled-template.ts";
import { type TemplateInput, type TemplateRow, writeTemplate } from "./write-template.ts";

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

async function save(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The entries a template's prefilled rows should read back as. */
function entriesOf(input: TemplateInput): Omit<TemplateEntry, "row">[] {
  return input.rows
    .filter((r) => r.actual !== undefined || r.note !== undefined)
    .map((r) => ({
      targetId: r.targetId,
      indicatorCode: r.indicatorCode,
      value: r.actual ?? null,
      qualifier: r.actual === undefined ? "exact" : (r.qualifier ?? "exact"),
      stage: r.actual === undefined ? null : (r.stage ?? null),
      note: r.note === undefined ? null : r.note.normalize("NFC"),
    }));
}

function domainPercent(row: TemplateRow, actual: number): number | null {
  const a = assessTarget({
    target: { id: row.targetId, indicatorCode: row.indicatorCode, planKind: "annual_plan", spec: row.spec },
    indicator: {
      code: row.indicatorCode,
      name: { vi: row.indicatorName, en: row.indicatorName },
      unit: row.unit,
      direction: row.direction,
      measure: "level",
      aggregation: { kind: "none" },
      decimals: row.decimals,
    },
    observations: [
      {
        id: "o",
        indicatorCode: row.indicatorCode,
        value: actual,
        qualifier: "exact",
        stage: "official",
        revision: 1,
        recordedAt: "2024-01-01",
      },
    ],
  });
  return a.showPercent ? a.percent : null;
}

describe("writeTemplate then readFilledTemplate", () => {
  it("reads back exactly the prefilled figures, qualifiers, stages and notes, in NFC", async () => {
    const buffer = await writeTemplate(CAN_DUOC_2023, "vi");
    const { entries, errors } = await readFilledTemplate(buffer, expectedOf(CAN_DUOC_2023));
    expect(errors).toEqual([]);
    expect(entries.map(({ row: _, ...e }) => e)).toEqual(entriesOf(CAN_DUOC_2023));
    for (const e of entries) if (e.note !== null) expect(e.note.normalize("NFC")).toBe(e.note);
  });

  it("marks a part of a composite target, an amending target and the one it superseded, and still reads them back", async () => {
    const [first, second, ...rest] = CAN_DUOC_2023.rows;
    const input: TemplateInput = {
      ...CAN_DUOC_2023,
      rows: [
        { ...first!, superseded: true },
        { ...second!, amendedBy: "Nghị quyết số 20/NQ-HĐND", isPart: true },
        ...rest,
      ],
    };
    const buffer = await writeTemplate(input, "vi");
    const sheet = (await load(buffer)).worksheets[0]!;
    const name = (i: number) =>
      String(sheet.getRow(ROW.firstData + i).getCell(columnNumber("indicator")).value);
    expect(name(0)).toContain("(đã được điều chỉnh, không tính)");
    expect(name(1)).toMatch(/^trong đó: .*\(điều chỉnh theo Nghị quyết số 20\/NQ-HĐND\)$/);
    const { errors } = await readFilledTemplate(buffer, expectedOf(input));
    expect(errors).toEqual([]);
  });

  it("round-trips the English template too", async () => {
    const buffer = await writeTemplate(CAN_DUOC_2023, "en");
    const { entries, errors } = await readFilledTemplate(buffer, expectedOf(CAN_DUOC_2023));
    expect(errors).toEqual([]);
    expect(entries.map(({ row: _, ...e }) => e)).toEqual(entriesOf(CAN_DUOC_2023));
    const sheet = (await load(buffer)).getWorksheet("Targets")!;
    expect(sheet.getRow(ROW.header).getCell(columnNumber("actual")).value).toBe("Actual");
  });

  it("reads what an officer fills in: numbers, Vietnamese number text, formulas, lists and notes", async () => {
    const workbook = await load(await writeTemplate(CAN_DUOC_2023, "vi"));
    const sheet = workbook.getWorksheet("Chỉ tiêu")!;
    const set = (row: number, key: Parameters<typeof columnNumber>[0], value: ExcelJS.CellValue) => {
      sheet.getRow(row).getCell(columnNumber(key)).value = value;
    };
    set(10, "actual", "32.700");
    set(10, "qualifier", "khoảng");
    set(10, "stage", "Sơ bộ");
    set(10, "note", "Rau màu vụ Hè Thu".normalize("NFD"));
    set(12, "actual", "9,8");
    set(12, "stage", "Chính thức");
    set(13, "actual", { formula: "1.2+0.1", result: 1.3 });
    set(13, "stage", "Ước");
    set(14, "actual", "Đạt");
    set(14, "stage", "Chính thức");
    const { entries, errors } = await readFilledTemplate(await save(workbook), expectedOf(CAN_DUOC_2023));
    expect(errors).toEqual([]);
    expect(entries).toEqual([
      expect.objectContaining({
        targetId: "kh-2023/lua",
        value: 88800,
        qualifier: "more_than",
        stage: "estimate",
      }),
      {
        targetId: "kh-2023/rau",
        indicatorCode: "san_luong_rau",
        value: 32700,
        qualifier: "about",
        stage: "preliminary",
        note: "Rau màu vụ Hè Thu".normalize("NFC"),
        row: 10,
      },
      expect.objectContaining({ targetId: "kh-2023/thu-ngan-sach", value: 540.136, stage: "official" }),
      expect.objectContaining({ targetId: "kh-2023/tang-truong", value: 9.8, stage: "official" }),
      expect.objectContaining({ targetId: "kh-2023/ho-ngheo", value: 1.3, stage: "estimate" }),
      expect.objectContaining({ targetId: "kh-2023/ntm", value: true, stage: "official" }),
    ]);
  });
});

describe("writeTemplate's layout", () => {
  it("has the title block, the headers officers know, and the ids in hidden locked columns", async () => {
    const workbook = await load(await writeTemplate(CAN_DUOC_2023, "vi"));
    const sheet = workbook.getWorksheet("Chỉ tiêu")!;
    expect(sheet.getCell("A2").value).toBe("Đơn vị: Huyện Cần Đước");
    expect(sheet.getCell("A4").value).toBe("Kỳ báo cáo: năm 2023");
    const headers = sheet.getRow(ROW.header).values as unknown[];
    expect(headers.slice(1, 9)).toEqual([
      "STT",
      "Chỉ tiêu",
      "ĐVT",
      "Kế hoạch",
      "Thực hiện",
      "% so KH",
      "Đánh giá",
      "Ghi chú",
    ]);
    expect(headers.slice(9)).toEqual([
      "Mức",
      "Số liệu",
      "Mã chỉ tiêu KH (không sửa)",
      "Mã chỉ tiêu (không sửa)",
    ]);
    expect(sheet.getColumn(columnNumber("targetId")).hidden).toBe(true);
    expect(sheet.getColumn(columnNumber("indicatorCode")).hidden).toBe(true);
    const first = sheet.getRow(ROW.firstData);
    // Locked is a cell's default, which the file leaves unwritten: only the inputs say unlocked.
    expect(first.getCell(columnNumber("targetId")).protection?.locked).not.toBe(false);
    expect(first.getCell(columnNumber("actual")).protection?.locked).toBe(false);
    expect(first.getCell(columnNumber("indicator")).value).toBe("Sản lượng lúa".normalize("NFC"));
    expect(workbook.getWorksheet(META_SHEET)!.state).toBe("veryHidden");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: ROW.hint });
    expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, printTitlesRow: "7:8" });
  });

  it("offers the qualifier and stage lists, and number formats Excel shows as 88.800 / 540,14", async () => {
    const sheet = (await load(await writeTemplate(CAN_DUOC_2023, "vi"))).getWorksheet("Chỉ tiêu")!;
    const row = sheet.getRow(ROW.firstData);
    expect(row.getCell(columnNumber("qualifier")).dataValidation).toMatchObject({
      type: "list",
      formulae: ['"trên,khoảng,gần,dưới"'],
    });
    expect(row.getCell(columnNumber("stage")).dataValidation).toMatchObject({
      type: "list",
      formulae: ['"Ước,Sơ bộ,Chính thức"'],
    });
    expect(row.getCell(columnNumber("actual")).numFmt).toBe("#,##0");
    expect(sheet.getRow(ROW.firstData + 2).getCell(columnNumber("actual")).numFmt).toBe("#,##0.00");
  });

  it("caches in % so KH the percent src/domain computes, and Đánh giá its status", async () => {
    const sheet = (await load(await writeTemplate(CAN_DUOC_2023, "vi"))).getWorksheet("Chỉ tiêu")!;
    const m = messages("vi");
    for (const [index, row] of CAN_DUOC_2023.rows.entries()) {
      const line = sheet.getRow(ROW.firstData + index);
      const pct = line.getCell(columnNumber("percent")).value as ExcelJS.CellFormulaValue | null;
      if (typeof row.actual === "number") {
        expect(pct?.result).toBe(domainPercent(row, row.actual));
        expect(pct?.formula).toMatch(/^IF\(/);
      }
    }
    const rice = sheet.getRow(ROW.firstData);
    expect((rice.getCell(columnNumber("percent")).value as ExcelJS.CellFormulaValue).result).toBeCloseTo(
      (88800 / 85000) * 100,
      8,
    );
    expect(rice.getCell(columnNumber("status")).value).toBe(m.status.exceeded);
    // Lower-better: no percent printed (DOMAIN rule 1), so no formula either.
    expect(sheet.getRow(ROW.firstData + 4).getCell(columnNumber("percent")).value).toBeNull();
    // A range: the lower bound is the reference.
    expect(
      (sheet.getRow(ROW.firstData + 3).getCell(columnNumber("percent")).value as ExcelJS.CellFormulaValue)
        .formula,
    ).toBe('IF(ISNUMBER(E12),E12/9.2*100,"")');
  });
});
