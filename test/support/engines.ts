/**
 * One suite, two engines (ARCHITECTURE.md "tests"): `describeStore` runs a block of tests on
 * PGlite (in memory, one instance per test file, tables emptied between tests) and on
 * PostgreSQL when TEST_DATABASE_URL names a reachable server (one schema per test file).
 */
import path from "node:path";
import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe } from "vitest";
import { openStore, type Store } from "../../src/db/connect.ts";
import { TABLES } from "../../src/db/schema.ts";

const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;
const IN_CI = process.env.CI === "true" || process.env.CI === "1";

/** Whether the PostgreSQL server answers, and if not, why. Asked once per test file. */
async function probePostgres(): Promise<string | undefined> {
  if (!TEST_DATABASE_URL) return "TEST_DATABASE_URL is not set";
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query("select 1");
    return undefined;
  } catch (error) {
    return `PostgreSQL at ${TEST_DATABASE_URL} is not reachable: ${(error as Error).message}`;
  } finally {
    await client.end().catch(() => {});
  }
}

const postgresMissing = await probePostgres();
/** Why PostgreSQL tests cannot run (undefined when they can), and whether this is CI. */
export const POSTGRES = { url: TEST_DATABASE_URL, missing: postgresMissing, inCi: IN_CI } as const;
if (postgresMissing && !IN_CI) {
  console.warn(`PostgreSQL tests skipped: ${postgresMissing} (under CI=true this fails instead)`);
}

export interface StoreContext {
  /** The store of the current engine, emptied before each test. */
  readonly store: Store;
}

/** Empties every table the tests write (the units of measure are reference data: kept). */
export async function emptyStore(store: Store): Promise<void> {
  await sql.raw(`truncate table ${TABLES.join(", ")} restart identity cascade`).execute(store.db);
}

function schemaFor(file: string): string {
  const base = path.basename(file).replace(/\W+/g, "_").toLowerCase();
  return `t_${base}_${process.pid}`.slice(0, 60);
}

export interface DescribeStoreOptions {
  /** Fills the store: after each emptying, or once with `once`. */
  seed?: (store: Store) => Promise<void>;
  /** Seed once for the whole block and never empty it (for tests that only read). */
  once?: boolean;
}

/** Runs `body` once per engine. `file` (import.meta.filename) names the PostgreSQL schema. */
export function describeStore(
  title: string,
  file: string,
  body: (ctx: StoreContext) => void,
  options: DescribeStoreOptions = {},
): void {
  describe(`${title} [pglite]`, () => {
    defineStore(body, options, () => openStore({}), undefined);
  });

  // A missing server skips these outside CI, with the reason printed above; under CI=true the
  // block runs and fails on its first connection.
  const skip = postgresMissing !== undefined && !IN_CI;
  describe.skipIf(skip)(`${title} [postgres]`, () => {
    const schema = schemaFor(file);
    defineStore(
      body,
      options,
      () => {
        if (!TEST_DATABASE_URL) throw new Error(`PostgreSQL tests cannot run under CI: ${postgresMissing}`);
        return openStore({ databaseUrl: TEST_DATABASE_URL, schema });
      },
      schema,
    );
  });
}

function defineStore(
  body: (ctx: StoreContext) => void,
  { seed, once }: DescribeStoreOptions,
  open: () => Promise<Store>,
  schema: string | undefined,
): void {
  let current: Store | undefined;
  const ctx: StoreContext = {
    get store() {
      if (!current) throw new Error("the store is not open");
      return current;
    },
  };
  beforeAll(async () => {
    if (schema && TEST_DATABASE_URL) await dropSchema(schema);
    current = await open();
    if (once) {
      await emptyStore(current);
      if (seed) await seed(current);
    }
  });
  afterAll(async () => {
    await current?.close();
    if (schema && TEST_DATABASE_URL && !postgresMissing) await dropSchema(schema);
  });
  beforeEach(async () => {
    if (once) return;
    await emptyStore(ctx.store);
    if (seed) await seed(ctx.store);
  });
  body(ctx);
}

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`drop schema if exists ${schema} cascade`);
  } finally {
    await client.end();
  }
}
