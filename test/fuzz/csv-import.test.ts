/**
 * `chitieu import FILE.csv` (src/app/import-observations.ts) on each engine, with generated files:
 * valid lines of the seeded indicators and units mixed with hostile fields (quotes, commas and line
 * breaks inside quotes, lone surrogates, invalid UTF-8 bytes, NaN, 1e400, impossible dates, 10⁶
 * characters), broken headers and line endings. The import either succeeds, or refuses with
 * errors that each name a line and a field; a refusal leaves the store as it was; nothing hangs.
 */
import { Readable } from "node:stream";
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ImportError, importObservations } from "../../src/app/import-observations.ts";
import { describeStore } from "../support/engines.ts";
import { seedFuzzStore } from "./seed.ts";
import {
  countCase,
  fingerprint,
  fuzzParams,
  hostileString,
  MILLION,
  reportCases,
  runs,
  within,
} from "./support.ts";

const CASES = runs(60);
const COLUMNS = ["indicator", "unit", "period", "stage", "value", "qualifier", "recorded_at"] as const;
type Column = (typeof COLUMNS)[number];

const GOOD: Record<Column, fc.Arbitrary<string>> = {
  indicator: fc.constantFrom("rice_output", "growth"),
  unit: fc.constantFrom("806", "806@-2025-06-30", "80"),
  period: fc.constantFrom("2023", "2023-Q3", "2023-07", "2020-2025", "2024"),
  stage: fc.constantFrom("estimate", "preliminary", "official"),
  value: fc.oneof(
    fc.integer({ min: -1e9, max: 1e9 }).map(String),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  ),
  qualifier: fc.constantFrom("", "exact", "about", "more_than", "less_than", "nearly", "at_least"),
  recorded_at: fc.constantFrom("", "2023-12-10T00:00:00Z", "2024-03-01", "2024-03-01 10:00:00+07"),
};

const BAD_FIELD = fc.oneof(
  hostileString.filter((s) => s !== MILLION),
  fc.constantFrom(
    "NaN",
    "Infinity",
    "1e400",
    "-0",
    "0x1F",
    "2023-02-30",
    "0000-01-01",
    "2023-02-30T10:00:00Z",
    "9999-12-31T23:59:59+14:00",
    "2023-01-01T24:00:00",
    '"unterminated',
    '"a""b"',
    '"with, comma"',
    '"line\nbreak"',
    "\r",
    "\u0000",
    "true",
    "false",
  ),
);

/** Values at the edge of each column's rule: they look right and may still be wrong. */
const EDGE: Record<Column, fc.Arbitrary<string>> = {
  indicator: fc.constantFrom("RICE_OUTPUT", " rice_output", "rice_output\u0000"),
  unit: fc.constantFrom("806@", "@", "0806", "806@1900-01-01", "28108"),
  period: fc.constantFrom("2023-Q5", "2023-13", "2023-YTD13", "2025-2020", "0000", "99999"),
  stage: fc.constantFrom("Official", "official "),
  value: fc.constantFrom("1e308", "-0", "0x1F", "1e-400", " 12 ", "1_000", "1,5", "+5", ".5", "5."),
  qualifier: fc.constantFrom("EXACT", "exact "),
  recorded_at: fc.constantFrom(
    "2023-02-30",
    "0000-01-01",
    "2023-01-01T24:00:00",
    "2023-12-31T23:59:60Z",
    "2023-06-01T10:00:00+25:00",
    "2023-06-01T10:00:00.1234567890Z",
    "1900-01-01",
    "9999-12-31T23:59:59-12",
  ),
};

const quote = (text: string) =>
  /[",\n\r]/.test(text) && !text.startsWith('"') ? `"${text.replace(/"/g, '""')}"` : text;

const fullHeader = fc.shuffledSubarray([...COLUMNS], { minLength: 7, maxLength: 7 });

const dirtyHeader = fc.oneof(
  { arbitrary: fullHeader, weight: 5 },
  { arbitrary: fc.shuffledSubarray([...COLUMNS], { minLength: 0, maxLength: 7 }), weight: 1 },
  { arbitrary: fc.array(fc.string({ maxLength: 12 }), { maxLength: 8 }), weight: 1 },
);

interface CsvCase {
  bytes: Buffer;
  /** Whether defects were put in; a clean file must import. */
  dirty: boolean;
}

/** A defect: one field replaced (at the edge of its rule, or hostile), or a whole line. */
const defect = fc.record({
  at: fc.nat(),
  column: fc.nat(),
  value: fc.oneof(
    { arbitrary: fc.constantFrom<Column>(...COLUMNS).chain((c) => EDGE[c]), weight: 3 },
    { arbitrary: BAD_FIELD, weight: 2 },
  ),
  wholeLine: fc.option(fc.constantFrom("", ",,,", "a,b", '"open quote,'), { freq: 6 }),
});

const GARBAGE = fc.oneof(
  fc.constant(Buffer.from([0xff, 0xfe, 0xc0, 0x80, 0xed, 0xa0, 0x80])),
  fc.constant(Buffer.from(`\n${"x".repeat(1_000_000)}\n`)),
  fc.uint8Array({ maxLength: 64 }).map((a) => Buffer.from(a)),
);

/**
 * Half the files are clean (they must import); the other half are clean files with one to three
 * defects, so that a single wrong field is not hidden behind an earlier one.
 */
const csvFile: fc.Arbitrary<CsvCase> = fc
  .boolean()
  .chain((dirty) => fc.tuple(fc.constant(dirty), dirty ? dirtyHeader : fullHeader))
  .chain(([dirty, columns]) => {
    const known = (columns as string[]).filter((c): c is Column =>
      (COLUMNS as readonly string[]).includes(c),
    );
    const line = fc.tuple(...known.map((c) => GOOD[c])) as fc.Arbitrary<string[]>;
    return fc
      .record({
        bom: fc.boolean(),
        eol: fc.constantFrom("\n", "\r\n", "\r"),
        lines: fc.array(line, { minLength: 1, maxLength: 30 }),
        defects: dirty ? fc.array(defect, { minLength: 1, maxLength: 3 }) : fc.constant([]),
        garbage: dirty ? fc.option(GARBAGE, { freq: 5 }) : fc.constant(null),
      })
      .map(({ bom, eol, lines, defects, garbage }) => {
        const rows = lines.map((fields) => fields.map(quote).join(","));
        for (const d of defects) {
          const at = d.at % rows.length;
          if (d.wholeLine !== null) rows[at] = d.wholeLine;
          else if (lines[at]!.length > 0) {
            const fields = [...lines[at]!];
            fields[d.column % fields.length] = d.value;
            rows[at] = fields.map(quote).join(",");
          }
        }
        const text = (bom ? "\uFEFF" : "") + [columns.join(","), ...rows].join(eol) + eol;
        const bytes = garbage ? Buffer.concat([Buffer.from(text), garbage]) : Buffer.from(text);
        return { bytes, dirty };
      });
  });

describeStore(
  "fuzzed CSV import",
  import.meta.filename,
  (ctx) => {
    let before: Record<string, string>;
    beforeAll(async () => {
      before = await fingerprint(ctx.store);
    });
    afterAll(() => reportCases("csv"));

    it(`imports whole files or refuses them naming line and field (${CASES} generated files)`, async () => {
      await fc.assert(
        fc.asyncProperty(csvFile, async ({ bytes, dirty }) => {
          countCase("csv import (generated files)");
          // Chunks of awkward sizes: a line, or a UTF-8 sequence, split across reads.
          const chunks: Buffer[] = [];
          for (let at = 0; at < bytes.length; at += 777) chunks.push(bytes.subarray(at, at + 777));
          let outcome: "imported" | ImportError;
          try {
            await within(
              20_000,
              "csv import",
              importObservations(ctx.store, Readable.from(chunks), { name: "fuzz.csv", actor: "fuzz" }),
            );
            outcome = "imported";
          } catch (error) {
            if (!(error instanceof ImportError)) throw error;
            if (!dirty) throw new Error(`a clean file was refused: ${JSON.stringify(error.errors)}`);
            outcome = error;
          }
          const after = await fingerprint(ctx.store);
          if (outcome === "imported") {
            countCase("csv import: imported");
          } else {
            countCase("csv import: refused");
            expect(outcome.errors.length).toBeGreaterThan(0);
            for (const e of outcome.errors) {
              expect(e.line).toBeGreaterThanOrEqual(1);
              expect(e.field).toMatch(/^[a-z_]+$/);
              expect(e.message.length).toBeGreaterThan(0);
            }
            expect(after, "a refused import wrote").toEqual(before);
          }
          before = after;
        }),
        fuzzParams(CASES),
      );
    });
  },
  { seed: seedFuzzStore, once: true },
);
