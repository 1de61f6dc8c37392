/**
 * Whole stores that a child `chitieu` process can open, made and thrown away by the fault tests:
 * an embedded store (a data folder) in a temporary directory, on PostgreSQL a database of its own on the
 * TEST_DATABASE_URL server (`chitieu_crash_<pid>_<n>`). `create(from)` copies a closed store (a
 * folder copy, or CREATE DATABASE … TEMPLATE), so that each run starts from the same seed.
 */
import {
  chmodSync,
  cpSync,
  existsSync,
  lchownSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { type Engine, openStore, type Store } from "../../src/db/connect.ts";
import { CLUSTER_DIR } from "../../src/db/embedded-cluster.ts";
import { POSTGRES } from "../support/engines.ts";

export interface ScratchStore {
  readonly engine: Engine;
  /** What a child process needs in its environment to open this store. */
  readonly env: Record<string, string>;
  /** The embedded store's folder, or the PostgreSQL database's name. */
  readonly name: string;
  /** Opens it in this process (migrations run, as any command would). */
  open(): Promise<Store>;
  dispose(): Promise<void>;
}

export interface ScratchEngine {
  readonly engine: Engine;
  /** A temporary folder for the test's files, removed by dispose. */
  readonly dir: string;
  /** A new store: empty (no tables yet), or a copy of `from`, which must be closed. */
  create(from?: ScratchStore): Promise<ScratchStore>;
  /** Drops every store it made and its temporary folder. */
  dispose(): Promise<void>;
}

export function embeddedScratch(prefix: string): ScratchEngine {
  const root = mkdtempSync(join(tmpdir(), `chitieu-${prefix}-`));
  // Run as root, PostgreSQL runs as the postgres user, which must pass through this folder.
  chmodSync(root, 0o755);
  let count = 0;
  return {
    engine: "embedded",
    dir: root,
    async create(from) {
      count += 1;
      const dir = join(root, `store-${count}`);
      if (from) {
        // The cluster's folder only (not the clients or the lock), owned as the original is.
        const cluster = join(from.name, CLUSTER_DIR);
        cpSync(cluster, join(dir, CLUSTER_DIR), { recursive: true });
        const { uid, gid } = statSync(cluster);
        const give = (at: string) => {
          lchownSync(at, uid, gid);
          if (lstatSync(at).isDirectory()) for (const name of readdirSync(at)) give(join(at, name));
        };
        give(join(dir, CLUSTER_DIR));
      }
      return {
        engine: "embedded",
        env: { CHITIEU_DATA: dir, DATABASE_URL: "" },
        name: dir,
        open: () => openStore({ dataDir: dir, command: "fault test" }),
        async dispose() {
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
    async dispose() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Client files of the embedded store in `dir`: those of processes that did not close it. */
export function clientFiles(dir: string): string[] {
  return existsSync(join(dir, "clients")) ? readdirSync(join(dir, "clients")) : [];
}

/** Whether a PostgreSQL server runs on the embedded store in `dir`. */
export function serverRuns(dir: string): boolean {
  try {
    const pid = Number(readFileSync(join(dir, CLUSTER_DIR, "postmaster.pid"), "utf8").split("\n")[0]);
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A database per store on the test server; throws when the server is missing (CI). */
export function postgresScratch(prefix: string): ScratchEngine {
  if (!POSTGRES.url) throw new Error(`PostgreSQL fault tests cannot run: ${POSTGRES.missing}`);
  const serverUrl = POSTGRES.url;
  const root = mkdtempSync(join(tmpdir(), `chitieu-${prefix}-`));
  const made: string[] = [];
  const admin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  // FORCE: a killed client's backend may not have noticed yet that its client is gone.
  const drop = (name: string) => admin((c) => c.query(`drop database if exists ${name} with (force)`));
  return {
    engine: "postgres",
    dir: root,
    async create(from) {
      const name = `chitieu_${prefix}_${process.pid}_${made.length + 1}`;
      made.push(name);
      await drop(name);
      await admin((c) =>
        c.query(`create database ${name}${from ? ` template ${from.name} strategy file_copy` : ""}`),
      );
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      const databaseUrl = url.toString();
      return {
        engine: "postgres",
        env: { DATABASE_URL: databaseUrl, CHITIEU_DATA: join(root, "unused") },
        name,
        open: () => openStore({ databaseUrl }),
        dispose: () => drop(name).then(() => undefined),
      };
    },
    async dispose() {
      for (const name of made) await drop(name);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Waits until no session but ours is connected to `store` (a killed client's backend has ended). */
export async function settle(store: Store): Promise<void> {
  const { sql } = await import("kysely");
  for (let i = 0; i < 200; i += 1) {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid()
        and backend_type = 'client backend' and state <> 'idle'`.execute(store.db);
    if (rows[0]?.n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("a killed client's session is still running on the server after 10 s");
}
