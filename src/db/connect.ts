/**
 * Opening the store: a PostgreSQL server, the store's own (the embedded default: a cluster in
 * CHITIEU_DATA that chitieu starts, embedded-cluster.ts) or one named by DATABASE_URL. Both are
 * reached the same way, through node-postgres and Kysely's PostgreSQL dialect.
 */

import { Kysely, PostgresDialect, sql } from "kysely";
import type pg from "pg";
import { registerUnits } from "../domain/units-of-measure.ts";
import { type BulkSession, openPostgresBulk } from "./bulk.ts";
import { migrateToLatest } from "./migrate.ts";
import { CHANGE_CHANNEL } from "./migrations/0003-scale.ts";
import type { Database } from "./schema.ts";
import { listAddedUnits } from "./units-of-measure.ts";

/** Where the store is: the embedded server in CHITIEU_DATA, or a server named by DATABASE_URL. */
export type Engine = "embedded" | "postgres";

/** A PostgreSQL URL fit to print: without its password. */
export function redactUrl(url: string): string {
  const safe = new URL(url);
  safe.password = "";
  return safe.toString();
}

export interface Store {
  readonly db: Kysely<Database>;
  readonly engine: Engine;
  /** Where the data is: the folder of an embedded store, or the server's URL without password. */
  readonly location: string;
  /** A transaction for bulk writes (COPY from the client): see bulk.ts. */
  openBulk(): Promise<BulkSession>;
  /**
   * Calls `onChange` after every committed write to what published figures are computed from
   * (migration 0003's notifications), by any process; with `lost` true, once, when the watch is
   * lost and changes may go unseen from then on. Resolves to a stop function, or to undefined
   * when the store cannot tell.
   */
  watchChanges(onChange: (lost: boolean) => void): Promise<(() => Promise<void>) | undefined>;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** A PostgreSQL URL; when absent, the embedded store. */
  databaseUrl?: string | undefined;
  /** Folder of the embedded store (CHITIEU_DATA), used when there is no `databaseUrl`. */
  dataDir?: string | undefined;
  /** The schema to work in (created if missing); tests use one per file. */
  schema?: string | undefined;
  /** Run pending migrations on open (default true). */
  migrate?: boolean;
  /** How the embedded store's files name this process (default: its command line). */
  command?: string;
}

/**
 * Connections the embedded store's pool opens at most: each is a PostgreSQL process of some
 * megabytes, and on the small machine that serves one locality more than a handful only queue on
 * its cores (measured: bench/startup.ts, the load mix at 8 at a time). A server named by
 * DATABASE_URL keeps a pool of SERVER_POOL_SIZE.
 */
const EMBEDDED_POOL_SIZE = 5;
const SERVER_POOL_SIZE = 10;

/** The JavaScript values the code expects: dates as "YYYY-MM-DD", timestamps as ISO, numbers. */
const DATE_OID = 1082;
const TIMESTAMPTZ_OID = 1184;
const TIMESTAMP_OID = 1114;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

/** PostgreSQL writes "2025-07-01 08:30:00.123+07"; ISO wants a T and "+07:00". */
const toIso = (value: string) =>
  new Date(value.replace(" ", "T").replace(/([+-]\d\d)$/, "$1:00")).toISOString();
const PARSERS: Record<number, (value: string) => unknown> = {
  [DATE_OID]: (value) => value,
  [TIMESTAMPTZ_OID]: toIso,
  [TIMESTAMP_OID]: (value) => toIso(`${value}+00`),
  [INT8_OID]: Number,
  [NUMERIC_OID]: Number,
};

export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const store = options.databaseUrl
    ? await openPostgres(
        { connectionString: options.databaseUrl },
        {
          engine: "postgres",
          location: redactUrl(options.databaseUrl),
          schema: options.schema,
          poolSize: SERVER_POOL_SIZE,
        },
      )
    : await openEmbedded(options);
  if (options.migrate !== false) {
    try {
      await migrateToLatest(store.db, options.schema);
      // Units of measure an administrator added are known from the moment the store opens.
      registerUnits(await listAddedUnits(store.db));
    } catch (error) {
      await store.close();
      throw error;
    }
  }
  return store;
}

async function openEmbedded(options: OpenStoreOptions): Promise<Store> {
  if (!options.dataDir) throw new Error("no store: name a data folder (CHITIEU_DATA) or a DATABASE_URL");
  // Imported here, not at the top: a store on a server never loads it.
  const { attachCluster } = await import("./embedded-cluster.ts");
  const lease = await attachCluster(options.dataDir, options.command);
  try {
    return await openPostgres(
      { host: lease.socketDir, port: lease.port, user: lease.user, database: lease.database },
      {
        engine: "embedded",
        location: options.dataDir,
        schema: options.schema,
        poolSize: EMBEDDED_POOL_SIZE,
        onClose: lease.release,
      },
    );
  } catch (error) {
    lease.release();
    throw error;
  }
}

interface Where {
  engine: Engine;
  location: string;
  schema: string | undefined;
  /** Connections the pool opens at most. */
  poolSize: number;
  /** Called once the pool has ended. */
  onClose?: () => void;
}

async function openPostgres(connection: pg.ClientConfig, where: Where): Promise<Store> {
  const schema = where.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new Error(`schema name ${JSON.stringify(schema)}: lower-case letters, digits and _ only`);
  }
  const { default: pg } = await import("pg");
  const types = {
    getTypeParser: (oid: number, format?: "text" | "binary") =>
      PARSERS[oid] ?? pg.types.getTypeParser(oid, format ?? "text"),
  };
  if (schema) {
    const admin = new pg.Client(connection);
    await admin.connect();
    try {
      await admin.query(`create schema if not exists ${schema}`);
    } finally {
      await admin.end();
    }
  }
  const clientConfig = {
    ...connection,
    types,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  };
  const pool = new pg.Pool({ ...clientConfig, max: where.poolSize });
  // An idle client losing its server must not bring the process down; the next query reports it.
  pool.on("error", (error) => process.emitWarning(`PostgreSQL pool: ${error.message}`));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    engine: where.engine,
    location: `${where.location}${schema ? ` (schema ${schema})` : ""}`,
    async watchChanges(onChange) {
      if (!(await hasChangeTrigger(db))) return undefined;
      // A connection of its own, outside the pool: LISTEN holds it for the server's life.
      const client = new pg.Client(clientConfig);
      let stopped = false;
      client.on("notification", () => onChange(false));
      const lost = () => {
        if (stopped) return;
        stopped = true;
        onChange(true);
      };
      client.on("error", lost);
      client.on("end", lost);
      try {
        await client.connect();
        // Refused on a hot standby (a read replica): no notifications there, so no watch.
        await client.query(`listen ${CHANGE_CHANNEL}`);
      } catch {
        stopped = true;
        await client.end().catch(() => {});
        return undefined;
      }
      return async () => {
        stopped = true;
        await client.end();
      };
    },
    async openBulk() {
      const client = new pg.Client(clientConfig);
      await client.connect();
      return openPostgresBulk(client);
    },
    async close() {
      try {
        await db.destroy();
      } finally {
        where.onClose?.();
      }
    },
  };
}

/** Whether migration 0003's notifications exist in this store (a server cannot cache without them). */
async function hasChangeTrigger(db: Kysely<Database>): Promise<boolean> {
  const { rows } = await sql<{
    ok: boolean;
  }>`select to_regproc('chitieu_notify_change') is not null as ok`.execute(db);
  return rows[0]?.ok === true;
}
