/** 0002: the units of measure of DOMAIN.md, with the factor to their dimension's base unit. */
import { type Kysely, sql } from "kysely";

const UNITS: [code: string, vi: string, en: string, dimension: string, factor: number][] = [
  ["tấn", "tấn", "tonnes", "mass", 1],
  ["nghìn tấn", "nghìn tấn", "thousand tonnes", "mass", 1_000],
  ["ha", "ha", "ha", "area", 1],
  ["đồng", "đồng", "VND", "money_vnd", 1],
  ["triệu đồng", "triệu đồng", "million VND", "money_vnd", 1e6],
  ["tỷ đồng", "tỷ đồng", "billion VND", "money_vnd", 1e9],
  ["nghìn tỷ đồng", "nghìn tỷ đồng", "trillion VND", "money_vnd", 1e12],
  ["USD", "USD", "USD", "money_usd", 1],
  ["triệu USD", "triệu USD", "million USD", "money_usd", 1e6],
  ["%", "%", "%", "percent", 1],
  ["%/năm", "%/năm", "%/year", "percent_per_year", 1],
  ["người", "người", "people", "people", 1],
  ["lao động", "lao động", "workers", "people", 1],
  ["hộ", "hộ", "households", "households", 1],
  ["xã", "xã", "communes", "communes", 1],
  ["tiêu chí", "tiêu chí", "criteria", "count", 1],
  ["công trình", "công trình", "works", "count", 1],
];

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists.
export async function up(db: Kysely<any>): Promise<void> {
  await db
    .insertInto("units_of_measure")
    .values(
      UNITS.map(([code, vi, en, dimension, factor]) => ({
        code,
        name_vi: vi,
        name_en: en,
        dimension,
        factor,
      })),
    )
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from units_of_measure`.execute(db);
}
