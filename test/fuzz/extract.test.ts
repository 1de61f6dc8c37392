/**
 * Extraction (src/extract) on arbitrary text: any unicode (lone surrogates, controls, combining
 * marks, right-to-left), report-like sentences cut and spliced, and huge inputs. It must return
 * statements whose offsets lie inside the stored text, never throw, and finish in time that grows
 * with the input, not faster (a regex that backtracks would show here).
 */
import fc from "fast-check";
import { afterAll, expect, it } from "vitest";
import { extractLocated, extractStatements } from "../../src/extract/extract.ts";
import { countCase, fuzzParams, reportCases, runs } from "./support.ts";

const CASES = runs(300);
const HUGE_CASES = runs(4);

const SENTENCES = [
  "Năm 2023, sản lượng lúa của huyện đạt trên 91.500 tấn, đạt 106% kế hoạch.",
  "Tổng thu ngân sách nhà nước đạt 612,4 tỷ đồng, bằng 108,2% dự toán.",
  "Có 21/24 chỉ tiêu đạt và vượt kế hoạch.",
  "Tốc độ tăng trưởng kinh tế ước đạt 9,5%, tăng 1,2 điểm phần trăm so với cùng kỳ.",
  "Thu nhập bình quân đầu người 75 triệu đồng/người/năm.",
];

const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...SENTENCES), weight: 4 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 60 }), weight: 3 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 60 }), weight: 2 },
  {
    arbitrary: fc.constantFrom(
      "\uD800",
      "\u0000",
      "\u202E",
      "\u0301\u0301\u0301",
      "%",
      "1.000.000.000.000.000.000",
      "9".repeat(400),
      "\r\n",
      "…",
      "đạt đạt đạt",
      "((((((((",
      "/".repeat(200),
    ),
    weight: 2,
  },
);
/** Sentences cut at any point and spliced with noise: the shapes a real report's damage takes. */
const text = fc
  .array(fc.tuple(piece, fc.nat(), fc.boolean()), { maxLength: 12 })
  .map((parts) => parts.map(([p, cut, keep]) => (keep ? p : p.slice(0, cut % (p.length + 1)))).join(" "));

afterAll(() => reportCases("extract"));

function checkResult(input: string): void {
  const { text: stored, statements } = extractLocated(input);
  for (const s of statements) {
    expect(s.sentence.start).toBeGreaterThanOrEqual(0);
    expect(s.sentence.end).toBeLessThanOrEqual(stored.length);
    expect(stored.slice(s.sentence.start, s.sentence.end)).toBe(s.sentence.text);
  }
  // The JSON the CLI prints and the API stores must be writable.
  expect(() => JSON.stringify(extractStatements(input))).not.toThrow();
}

it(`reads any text without throwing, offsets inside the text (${CASES} generated texts)`, () => {
  fc.assert(
    fc.property(text, (input) => {
      countCase("extract (generated texts)");
      const started = performance.now();
      checkResult(input);
      expect(performance.now() - started, "one short text").toBeLessThan(2_000);
    }),
    fuzzParams(CASES),
  );
});

it(`reads a million characters in bounded time (${HUGE_CASES} huge texts)`, () => {
  fc.assert(
    fc.property(fc.array(piece, { minLength: 20, maxLength: 20 }), (pieces) => {
      countCase("extract (10^6-character texts)");
      let input = pieces.join(" ");
      while (input.length < 1_000_000) input += ` ${input}`;
      input = input.slice(0, 1_000_000);
      const started = performance.now();
      checkResult(input);
      // The largest text the API accepts (1 MiB of JSON, 10^6 characters of source text).
      expect(performance.now() - started, "10^6 characters").toBeLessThan(20_000);
    }),
    fuzzParams(HUGE_CASES),
  );
}, 120_000);
