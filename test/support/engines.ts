/**
 * The store the tests run on (ARCHITECTURE.md "tests"): the PostgreSQL server that
 * TEST_DATABASE_URL names when it is set (CI sets it), else an embedded store shared by the test
 * files of this user (a cluster in the temporary folder that the first file starts and the last
 * stops, embedded-cluster.ts). Each test file works in a schema of its own; `describeStore` empties
 * its tables between tests.
 */
import { chmodSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
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
/** Why PostgreSQL server tests cannot run (undefined when they can), and whether this is CI. */
export const POSTGRES = { url: TEST_DATABASE_URL, missing: postgresMissing, inCi: IN_CI } as const;
if (TEST_DATABASE_URL && postgresMissing) {
  if (IN_CI) throw new Error(`the tests need the PostgreSQL server under CI: ${postgresMissing}`);
  console.warn(`store tests run on the embedded store: ${postgresMissing}`);
}

/** The embedded store the test files share when there is no test server. */
export const SHARED_TEST_STORE = path.join(tmpdir(), `chitieu-test-store-${process.getuid?.() ?? "user"}`);

/** Where the tests' stores are: the test server, or the shared embedded store. */
function storeOptions(): { databaseUrl: string } | { dataDir: string } {
  if (TEST_DATABASE_URL && !postgresMissing) return { databaseUrl: TEST_DATABASE_URL };
  mkdirSync(SHARED_TEST_STORE, { recursive: true });
  chmodSync(SHARED_TEST_STORE, 0o755);
  return { dataDir: SHARED_TEST_STORE };
}

/**
 * A store of its own for the test file `file` (import.meta.filename): a new, empty schema, dropped
 * when the store closes.
 */
export async function openTestStore(file: string, suffix = ""): Promise<Store> {
  const schema = schemaFor(file, suffix);
  await dropSchema(schema);
  const store = await openStore({ ...storeOptions(), schema, command: `vitest ${path.basename(file)}` });
  return {
    ...store,
    async close() {
      try {
        await sql.raw(`drop schema if exists ${schema} cascade`).execute(store.db);
      } finally {
        await store.close();
      }
    },
  };
}

export interface StoreContext {
  /** The store of the current engine, emptied before each test. */
  readonly store: Store;
}

/** Empties every table the tests write (the units of measure are reference data: kept). */
export async function emptyStore(store: Store): Promise<void> {
  await sql.raw(`truncate table ${TABLES.join(", ")} restart identity cascade`).execute(store.db);
}

function schemaFor(file: string, suffix = ""): string {
  const base = path.basename(file).replace(/\W+/g, "_").toLowerCase();
  return `t_${base}_${process.pid}${suffix}`.slice(0, 60);
}

export interface DescribeStoreOptions {
  /** Fills the store: after each emptying, or once with `once`. */
  seed?: (store: Store) => Promise<void>;
  /** Seed once for the whole block and never empty it (for tests that only read). */
  once?: boolean;
}

/** Runs `body` on the tests' store, in the schema of `file` (import.meta.filename). */
export function describeStore(
  title: string,
  file: string,
  body: (ctx: StoreContext) => void,
  options: DescribeStoreOptions = {},
): void {
  describe(title, () => {
    defineStore(body, options, file);
  });
}

function defineStore(
  body: (ctx: StoreContext) => void,
  { seed, once }: DescribeStoreOptions,
  file: string,
): void {
  let current: Store | undefined;
  const ctx: StoreContext = {
    get store() {
      if (!current) throw new Error("the store is not open");
      return current;
    },
  };
  beforeAll(async () => {
    current = await openTestStore(file);
    if (once) {
      await emptyStore(current);
      if (seed) await seed(current);
    }
  });
  afterAll(async () => {
    await current?.close();
  });
  beforeEach(async () => {
    if (once) return;
    await emptyStore(ctx.store);
    if (seed) await seed(ctx.store);
  });
  body(ctx);
}

async function dropSchema(schema: string): Promise<void> {
  const admin = await openStore({ ...storeOptions(), migrate: false, command: "vitest (drop schema)" });
  try {
    await sql.raw(`drop schema if exists ${schema} cascade`).execute(admin.db);
  } finally {
    await admin.close();
  }
}
