/**
 * .xlsx uploads, both ways in: the workspace's upload form (signed in as the district's officer,
 * with the session's CSRF token) and what `chitieu import FILE.xlsx` calls (templateTarget, then
 * importTemplate). The files are real: the plan's template from the store, edited with exceljs
 * (hostile cell values of every type in the input columns, the hidden sheet's keys changed), or
 * damaged (truncated, bytes flipped, not a zip at all). Each upload is written whole or refused
 * naming sheet, row and column; a refusal leaves the store as it was; nothing hangs.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import { importTemplate, templateFor, templateTarget } from "../../src/app/xlsx-exchange.ts";
import { createApp } from "../../src/http/app.ts";
import {
  type ColumnKey,
  columnNumber,
  INPUT_COLUMNS,
  META_SHEET,
  ROW,
} from "../../src/report/xlsx/layout.ts";
import { signedInAs } from "../support/api.ts";
import { describeStore } from "../support/engines.ts";
import { DISTRICT, PLAN, seedFuzzStore } from "./seed.ts";
import {
  countCase,
  fingerprint,
  fuzzParams,
  hostileNumber,
  hostileString,
  MILLION,
  reportCases,
  runs,
  within,
} from "./support.ts";

const CASES = runs(25);
const OFFICER = {
  userId: "can-bo-xlsx",
  name: "can-bo-xlsx",
  grants: [{ role: "officer" as const, unitId: DISTRICT }],
};

const cellValue: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  {
    arbitrary: fc.constantFrom<ExcelJS.CellValue>(
      88_800,
      "9,8",
      "88.800",
      "trên",
      "Ước",
      "Chính thức",
      null,
      "",
    ),
    weight: 6,
  },
  { arbitrary: hostileString.filter((s) => s !== MILLION), weight: 3 },
  { arbitrary: hostileNumber, weight: 2 },
  {
    arbitrary: fc.constantFrom<ExcelJS.CellValue>(
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -0,
      true,
      new Date("2023-02-28T00:00:00Z"),
      { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue,
      { formula: "A1", result: 5 } as ExcelJS.CellFormulaValue,
      { richText: [{ text: "88" }, { text: ".800" }] },
      { text: "link", hyperlink: "javascript:alert(1)" },
      { error: "#N/A" } as ExcelJS.CellErrorValue,
      "_x0000_",
      "x".repeat(40_000),
    ),
    weight: 2,
  },
);

const edit = fc.record({
  row: fc.integer({ min: ROW.firstData - 2, max: ROW.firstData + 3 }),
  column: fc.constantFrom<ColumnKey>(...INPUT_COLUMNS),
  value: cellValue,
});

type Damage =
  | { kind: "none" }
  | { kind: "truncate"; at: number }
  | { kind: "flip"; at: number; byte: number }
  | { kind: "meta"; key: string; value: string };
const damage: fc.Arbitrary<Damage> = fc.oneof(
  { arbitrary: fc.constant({ kind: "none" as const }), weight: 6 },
  { arbitrary: fc.nat().map((at) => ({ kind: "truncate" as const, at })), weight: 1 },
  {
    arbitrary: fc
      .tuple(fc.nat(), fc.integer({ min: 0, max: 255 }))
      .map(([at, byte]) => ({ kind: "flip" as const, at, byte })),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("meta" as const),
      key: fc.constantFrom("planId", "period", "unitCode", "format", "version"),
      value: hostileString.filter((s) => s !== MILLION),
    }),
    weight: 1,
  },
);

async function build(
  template: Buffer,
  edits: { row: number; column: ColumnKey; value: ExcelJS.CellValue }[],
  d: Damage,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets.find((w) => w.name !== META_SHEET)!;
  for (const e of edits) sheet.getRow(e.row).getCell(columnNumber(e.column)).value = e.value;
  if (d.kind === "meta") {
    workbook.getWorksheet(META_SHEET)?.eachRow((row) => {
      if (row.getCell(1).value === d.key) row.getCell(2).value = d.value;
    });
  }
  let file = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  if (d.kind === "truncate") file = file.subarray(0, d.at % file.length);
  if (d.kind === "flip") {
    file = Buffer.from(file);
    file[d.at % file.length] = d.byte;
  }
  return file;
}

describeStore(
  "fuzzed .xlsx uploads",
  import.meta.filename,
  (ctx) => {
    let app: ReturnType<typeof createApp>;
    let cookie: string;
    let csrf: string;
    let template: Buffer;
    let before: Record<string, string>;
    beforeAll(async () => {
      app = createApp({ store: ctx.store });
      const session = await signedInAs(ctx.store, OFFICER.userId, OFFICER.grants);
      cookie = `chitieu_session=${session.token}`;
      csrf = session.csrfToken;
      template = (await templateFor(ctx.store.db, session.principal, { planId: PLAN, period: "2023" }, "vi"))
        .file;
      before = await fingerprint(ctx.store);
    });
    afterAll(() => reportCases("xlsx"));

    const files = fc.tuple(fc.array(edit, { maxLength: 6 }), damage);

    it(`the workspace upload writes a file whole or refuses it with a page (${CASES} generated files)`, async () => {
      await fc.assert(
        fc.asyncProperty(files, async ([edits, d]) => {
          countCase("xlsx: workspace upload");
          const file = await build(template, edits, d);
          const form = new FormData();
          form.set("_csrf", csrf);
          form.set("file", new Blob([new Uint8Array(file)]), "bao-cao.xlsx");
          const response = await within(
            30_000,
            "upload",
            Promise.resolve(
              app.request(`/workspace/entry/${PLAN}/upload?period=2023`, {
                method: "POST",
                headers: { cookie },
                body: form,
              }),
            ),
          );
          const text = await response.text();
          countCase(`xlsx: upload answers ${response.status}`);
          expect(response.status, text.slice(0, 300)).toBeLessThan(500);
          const after = await fingerprint(ctx.store);
          if (response.status >= 400) {
            expect(response.headers.get("content-type")).toMatch(/text\/html/);
            expect(after, `refused with ${response.status} but wrote`).toEqual(before);
          }
          before = after;
        }),
        fuzzParams(CASES),
      );
    });

    it(`chitieu import FILE.xlsx's steps write a file whole or name sheet, row and column (${CASES} generated files)`, async () => {
      await fc.assert(
        fc.asyncProperty(files, async ([edits, d]) => {
          countCase("xlsx: chitieu import");
          const file = await build(template, edits, d);
          const target = await within(30_000, "templateTarget", templateTarget(file));
          if ("error" in target) {
            countCase("xlsx: import refused before the store");
            expect(target.error.length).toBeGreaterThan(0);
            return;
          }
          let result: Awaited<ReturnType<typeof importTemplate>> | undefined;
          try {
            result = await within(
              30_000,
              "importTemplate",
              importTemplate(
                ctx.store.db,
                file,
                { planId: target.planId, period: target.period },
                { actor: "cli:import", reason: "fuzz" },
              ),
            );
          } catch (error) {
            // The CLI turns an AppError into one line naming the file; anything else is a crash.
            expect((error as Error).name, String((error as Error).stack)).toBe("AppError");
            expect((error as { details?: { field?: unknown } }).details?.field).toBeTypeOf("string");
          }
          const after = await fingerprint(ctx.store);
          if (!result || result.errors.length > 0) {
            countCase("xlsx: import refused");
            for (const e of result?.errors ?? []) expect(e.message).toMatch(/\S/);
            expect(after, "a refused import wrote").toEqual(before);
          } else countCase("xlsx: import written");
          before = after;
        }),
        fuzzParams(CASES),
      );
    });
  },
  { seed: seedFuzzStore, once: true },
);
