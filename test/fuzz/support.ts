/**
 * What the fuzz suites share: how many cases to run (a bounded CI run; `CHITIEU_SOAK=1` for far
 * more), hostile values, a time bound on each case, and a fingerprint of the store to prove that a
 * refused request wrote nothing.
 */
import fc from "fast-check";
import { sql } from "kysely";
import { expect } from "vitest";
import type { Store } from "../../src/db/connect.ts";
import { TABLES } from "../../src/db/schema.ts";

export const SOAK = process.env.CHITIEU_SOAK === "1";

/** Cases for a property: `ci` in the ordinary run, 25 times as many under CHITIEU_SOAK=1. */
export const runs = (ci: number): number => (SOAK ? ci * 25 : ci);

/**
 * Seed printed with a failure, so a run can be replayed (`FUZZ_SEED=…`). The ordinary run (npm
 * test, CI) uses one fixed seed: the suite passes or fails the same way on every machine, and a
 * change that breaks an input is caught by it, not by luck. The soak draws a new seed each run to
 * look further; what it finds becomes a fix and, where it helps, a named test.
 */
export const SEED = Number(process.env.FUZZ_SEED ?? (SOAK ? Date.now() % 2 ** 31 : 20_261_122));

export const fuzzParams = (numRuns: number): fc.Parameters<unknown> => ({
  numRuns,
  seed: SEED,
  // A failing case is reported as generated: shrinking requests against a store takes minutes.
  endOnFailure: true,
});

/** Cases run per surface, printed at the end of each file, for the closing note. */
export const casesRun = new Map<string, number>();
export function countCase(surface: string, n = 1): void {
  casesRun.set(surface, (casesRun.get(surface) ?? 0) + n);
}
export function reportCases(file: string): void {
  const lines = [...casesRun].map(([surface, n]) => `  ${surface}: ${n}`);
  console.log(`fuzz cases (${file}${SOAK ? ", soak" : ""}, seed ${SEED}):\n${lines.join("\n")}`);
}

/** Rejects when `work` takes longer than `ms`: a hang is a failure, not a stuck run. */
export async function within<T>(ms: number, label: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms: ${label}`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** A million characters, built once (generating one per case would cost more than the request). */
export const MILLION = "ă".repeat(1_000_000);

/** Strings an input must survive: lone surrogates, controls, RTL marks, huge ones, numbers as text. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ unit: "binary", maxLength: 40 }), weight: 24 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }), weight: 16 },
  {
    arbitrary: fc.constantFrom(
      "",
      " ",
      "\uD800",
      "a\uDFFFb",
      "\u0000",
      "\u202E\u200B",
      "NaN",
      "Infinity",
      "-Infinity",
      "-0",
      "1e400",
      "0x1F",
      "１２３",
      "88.800,5",
      "../../etc/passwd",
      "<script>alert(1)</script>",
      "' or 1=1 --",
      "%00",
      "806@-2025-06-30",
      "2023",
      "2023-13-45",
      "9999-99-99",
    ),
    weight: 16,
  },
  // Rare: a 10⁶-character string costs more than the rest of a case together.
  { arbitrary: fc.constant(MILLION), weight: 1 },
);

/** Numbers an input must survive. JSON cannot carry NaN or Infinity: see `RawJson` for those. */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    1,
    -1,
    0.5,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    2 ** 63,
    -(2 ** 31) - 1,
    2 ** 31,
    5e-324,
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Text placed verbatim in a JSON body: numbers JSON.stringify cannot write. */
export class RawJson {
  constructor(readonly text: string) {}
}
const RAW_NUMBERS = ["-0", "1e400", "-1e400", "1e-400", "123456789012345678901234567890", "0.0000"].map(
  (t) => new RawJson(t),
);

export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    hostileString,
    hostileNumber,
    fc.constantFrom(null, true, false, ...RAW_NUMBERS),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie("value"), { maxKeys: 3 }),
  ),
})).value;

/** JSON text of a value holding RawJson pieces (and lone surrogates, which JSON.stringify escapes). */
export function toJson(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${toJson(v)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** Percent-encodes any string, lone surrogates included (as U+FFFD, which is what UTF-8 can say). */
export function encodePart(text: string): string {
  if (text === MILLION) return ENCODED_MILLION;
  return [...new TextEncoder().encode(text)]
    .map((b) =>
      (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x2d
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, "0")}`,
    )
    .join("");
}

const ENCODED_MILLION = "%C4%83".repeat(1_000_000);

/** Percent sequences no decoder should choke on: invalid UTF-8, cut escapes. */
export const brokenEscape = fc.constantFrom(
  "%FF%FE",
  "%E0%A4%A",
  "%",
  "%%",
  "%C0%AF",
  "%ED%A0%80",
  "%F4%90%80%80",
);

/**
 * The whole store's content, table by table: equal fingerprints before and after a refused request
 * mean it wrote nothing. Sign-in attempts and sessions are left out: a refused sign-in is counted on
 * purpose (the rate limit), and every request with a token reads its session. So are the kept
 * roll-ups (migration 0007), which a scorecard read fills.
 */
export async function fingerprint(store: Store): Promise<Record<string, string>> {
  // The kept roll-ups too: derived, and filled by reads (a scorecard) as much as by writes.
  const tables = TABLES.filter((t) => t !== "login_attempts" && t !== "sessions" && t !== "assessed_rollups");
  const parts = tables.map(
    (t) =>
      `select '${t}' as t, count(*)::int || ':' || coalesce(md5(string_agg(x::text, '|' order by x::text)), '') as f from ${t} x`,
  );
  const rows = await sql.raw<{ t: string; f: string }>(parts.join(" union all ")).execute(store.db);
  return Object.fromEntries(rows.rows.map((r) => [r.t, r.f]));
}

/**
 * An API answer as the error contract says: a 2xx or 3xx, or a 4xx with
 * `{"error": {"code", "message", "details": {"field"}}}` naming the field. Never a 5xx.
 */
export function expectContract(status: number, text: string, label: string): void {
  expect(status, `${label} answered ${status}: ${text.slice(0, 300)}`).toBeLessThan(500);
  if (status < 400) return;
  let body: { error?: { code?: unknown; message?: unknown; details?: { field?: unknown } } };
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`${label} answered ${status} without a JSON body: ${text.slice(0, 300)}`);
  }
  expect(typeof body.error?.code, `${label}: error.code of ${text.slice(0, 300)}`).toBe("string");
  expect(typeof body.error?.message, `${label}: error.message`).toBe("string");
  expect(typeof body.error?.details?.field, `${label}: error.details.field of ${text.slice(0, 300)}`).toBe(
    "string",
  );
}
