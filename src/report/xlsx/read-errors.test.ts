import { randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { CAN_DUOC_2023, expectedOf } from "./fixtures.ts";
import { type ColumnKey, columnNumber } from "./layout.ts";
import { type ExpectedUpload, readFilledTemplate } from "./read-filled-template.ts";
import { writeTemplate } from "./write-template.ts";
import { unzipParts, zipParts } from "./zip-for-tests.ts";
import { checkZip } from "./zip-guard.ts";

const MIB = 1024 * 1024;
const expected = expectedOf(CAN_DUOC_2023);
let template: Buffer;

beforeAll(async () => {
  template = await writeTemplate(CAN_DUOC_2023, "vi");
});

/** The template with some cells of the data sheet changed, as an officer's Excel would save it. */
async function edited(change: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ExcelJS.Buffer);
  change(workbook.getWorksheet("Chỉ tiêu")!);
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

function set(sheet: ExcelJS.Worksheet, row: number, key: ColumnKey, value: ExcelJS.CellValue): void {
  sheet.getRow(row).getCell(columnNumber(key)).value = value;
}

async function messagesOf(file: Buffer, expectation: ExpectedUpload = expected): Promise<string[]> {
  const result = await readFilledTemplate(file, expectation);
  expect(result.entries).toEqual([]);
  return result.errors.map((e) => e.message);
}

describe("readFilledTemplate refuses a bad cell, naming sheet, row and column", () => {
  it("text that is not a number in Thực hiện", async () => {
    const file = await edited((s) => set(s, 9, "actual", "nhiều"));
    expect(await messagesOf(file)).toEqual([
      'Trang tính "Chỉ tiêu", dòng 9, cột E (Thực hiện): cần một số, ví dụ 88.800 hoặc 104,5, nhưng ô ghi "nhiều"',
    ]);
    expect(await messagesOf(file, { ...expected, locale: "en" })).toEqual([
      'Sheet "Chỉ tiêu", row 9, column E (Thực hiện): expected a number such as 88.800 or 104,5, got "nhiều"',
    ]);
  });

  it("a badly grouped figure, a date, a formula's error and a formula with no result", async () => {
    const file = await edited((s) => {
      set(s, 9, "actual", "8.88.00");
      set(s, 10, "actual", new Date(Date.UTC(2023, 11, 31)));
      s.getRow(10).getCell(columnNumber("actual")).numFmt = "dd/mm/yyyy";
      set(s, 10, "stage", "Ước");
      set(s, 11, "actual", { formula: "1/0", result: { error: "#DIV/0!" } });
      set(s, 12, "actual", { formula: "2*3" });
      set(s, 12, "stage", "Ước");
    });
    const result = await readFilledTemplate(file, { ...expected, locale: "en" });
    expect(result.entries).toEqual([]);
    expect(result.errors.map((e) => [e.code, e.row, e.column])).toEqual([
      ["not_a_number", 9, "E"],
      ["not_a_number", 10, "E"],
      ["formula_error", 11, "E"],
      ["formula_without_result", 12, "E"],
    ]);
    expect(result.errors[0]!.message).toContain('got "8.88.00"');
  });

  it("a yes/no target given something else", async () => {
    const file = await edited((s) => {
      set(s, 14, "actual", "chắc đạt");
      set(s, 14, "stage", "Ước");
    });
    expect(await messagesOf(file, { ...expected, locale: "en" })).toEqual([
      'Sheet "Chỉ tiêu", row 14, column E (Thực hiện): expected "Đạt" or "Không đạt" (or 1 / 0), got "chắc đạt"',
    ]);
  });

  it("a missing column", async () => {
    const file = await edited((s) => s.spliceColumns(columnNumber("actual"), 1));
    expect(await messagesOf(file, { ...expected, locale: "en" })).toEqual([
      'Sheet "Chỉ tiêu", row 7, column E (Thực hiện): the column "Thực hiện" is missing (column E in the template); expected the header "Thực hiện" in the header row',
    ]);
  });

  it("an unknown target id, and an indicator code that was changed", async () => {
    const file = await edited((s) => {
      set(s, 9, "targetId", "kh-2023/khong-co");
      set(s, 10, "indicatorCode", "san_luong_ca");
    });
    expect(await messagesOf(file, { ...expected, locale: "en" })).toEqual([
      'Sheet "Chỉ tiêu", row 9, column K (Mã chỉ tiêu KH (không sửa)): target id "kh-2023/khong-co" is not one of this plan and period',
      'Sheet "Chỉ tiêu", row 10, column L (Mã chỉ tiêu (không sửa)): the indicator code is "san_luong_ca", but this target measures "san_luong_rau"',
    ]);
  });

  it("a duplicate row", async () => {
    const file = await edited((s) => {
      set(s, 10, "targetId", "kh-2023/lua");
      set(s, 10, "indicatorCode", "san_luong_lua");
    });
    expect(await messagesOf(file, { ...expected, locale: "en" })).toEqual([
      'Sheet "Chỉ tiêu", row 10, column K (Mã chỉ tiêu KH (không sửa)): target "kh-2023/lua" is already on row 9; one row per target',
    ]);
  });

  it("figures in a row that is not the template's", async () => {
    const file = await edited((s) => set(s, 20, "actual", 5));
    expect(await messagesOf(file, { ...expected, locale: "en" })).toEqual([
      'Sheet "Chỉ tiêu", row 20, column K (Mã chỉ tiêu KH (không sửa)): the row has figures but no target id; enter figures only in the template\'s rows',
    ]);
  });

  it("qualifier and stage outside their lists, a figure without stage, a stage without figure", async () => {
    const file = await edited((s) => {
      set(s, 9, "qualifier", "rất nhiều");
      set(s, 9, "stage", "Tạm tính");
      set(s, 11, "stage", null);
      set(s, 10, "stage", "Sơ bộ");
    });
    expect(await messagesOf(file, { ...expected, locale: "en" })).toEqual([
      'Sheet "Chỉ tiêu", row 9, column I (Mức): qualifier "rất nhiều" is not valid; choose one of: trên, khoảng, gần, dưới, or leave it empty',
      'Sheet "Chỉ tiêu", row 9, column J (Số liệu): stage "Tạm tính" is not valid; choose one of: Ước, Sơ bộ, Chính thức',
      'Sheet "Chỉ tiêu", row 10, column J (Số liệu): this cell is filled but "Thực hiện" is empty; enter the figure or clear this cell',
      'Sheet "Chỉ tiêu", row 11, column J (Số liệu): a figure needs its stage: Ước, Sơ bộ, Chính thức',
    ]);
  });

  it("collects every error of a file, and returns no entry at all", async () => {
    const file = await edited((s) => {
      set(s, 9, "actual", "nhiều");
      set(s, 10, "actual", "abc");
      set(s, 10, "stage", "Ước");
    });
    const result = await readFilledTemplate(file, expected);
    expect(result.errors.map((e) => e.row)).toEqual([9, 10]);
    expect(result.entries).toEqual([]);
  });
});

describe("readFilledTemplate refuses the template of another unit, plan or period", () => {
  it.each([
    ["unitCode", "80_tan_tru", 2, "unit_changed"],
    ["planId", "kh-tinh-giao-2023", 3, "plan_changed"],
    ["period", "2024", 4, "period_changed"],
  ] as const)("a different %s", async (field, value, row, code) => {
    const result = await readFilledTemplate(template, { ...expected, [field]: value, locale: "en" });
    expect(result.entries).toEqual([]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ code, sheet: "Chỉ tiêu", row, column: "A" });
    expect(result.errors[0]!.message).toContain(`but the upload is for "${value}"`);
    if (code === "plan_changed") {
      expect(result.errors[0]!.message).toBe(
        'Sheet "Chỉ tiêu", row 3, column A (Kế hoạch): this template is for plan "Kế hoạch phát triển kinh tế - xã hội năm 2023", but the upload is for "kh-tinh-giao-2023"; use the right template',
      );
    }
  });

  it("a workbook that is not a chitieu template", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Sheet1").getCell("A1").value = "Sản lượng lúa";
    const file = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    expect(await messagesOf(file, { ...expected, locale: "en" })).toEqual([
      "File: the file is not a template made by chitieu; download the template, fill it in and upload it",
    ]);
  });
});

describe("readFilledTemplate refuses oversized files and zip bombs before parsing", () => {
  it("a file over 20 MB", async () => {
    const parts = unzipParts(template);
    parts.push({ name: "xl/media/image1.png", data: randomBytes(21 * MIB), store: true });
    const file = zipParts(parts);
    expect(checkZip(file)).toMatchObject({ code: "file_too_large" });
    expect(await messagesOf(file)).toEqual(["Tệp: tệp nặng 21 MB, vượt giới hạn 20 MB"]);
  });

  it("a part that declares it inflates past the limit (a classic zip bomb)", async () => {
    const parts = unzipParts(template);
    parts.push({ name: "xl/bomb.xml", data: Buffer.alloc(200 * MIB) });
    const file = zipParts(parts);
    expect(file.length).toBeLessThan(MIB);
    expect(await messagesOf(file, { ...expected, locale: "en" })).toEqual([
      'File: part "xl/bomb.xml" would take 200 MB once uncompressed, over the limit of 60 MB for one part',
    ]);
  });

  it("parts that together inflate past the limit", async () => {
    const parts = unzipParts(template);
    for (let i = 0; i < 4; i++) parts.push({ name: `xl/media/p${i}.bin`, data: Buffer.alloc(30 * MIB) });
    expect(checkZip(zipParts(parts))).toMatchObject({ code: "uncompressed_too_large" });
  });

  it("a part compressed past the ratio limit", async () => {
    const parts = unzipParts(template);
    parts.push({ name: "xl/zeros.xml", data: Buffer.alloc(20 * MIB) });
    const [error] = await messagesOf(zipParts(parts), { ...expected, locale: "en" });
    expect(error).toMatch(/^File: part "xl\/zeros.xml" is compressed \d+:1, over the limit of 100:1/);
  });

  it("a part that lies about its size", async () => {
    const parts = unzipParts(template);
    parts.push({ name: "xl/liar.xml", data: Buffer.alloc(50 * MIB), declaredSize: 1000 });
    expect(await messagesOf(zipParts(parts), { ...expected, locale: "en" })).toEqual([
      'File: part "xl/liar.xml" inflates to more than its declared size (a damaged file or a zip bomb)',
    ]);
  });

  it("too many parts", async () => {
    const parts = unzipParts(template);
    for (let i = 0; i < 1001; i++) parts.push({ name: `xl/x/${i}.xml`, data: Buffer.from("<x/>") });
    expect(await messagesOf(zipParts(parts), { ...expected, locale: "en" })).toEqual([
      `File: the file has ${parts.length} parts, over the limit of 1000 (possibly a zip bomb)`,
    ]);
  });

  it("a file that is not a zip at all", async () => {
    expect(
      await messagesOf(Buffer.from("STT;Chỉ tiêu;Thực hiện\n1;Lúa;88.800\n"), { ...expected, locale: "en" }),
    ).toEqual(["File: not an Excel .xlsx file (its zip structure cannot be read)"]);
  });

  it("lets the real template through", () => {
    expect(checkZip(template)).toBeNull();
  });
});
