/**
 * `chitieu backup FILE` and `chitieu restore FILE`: a whole store to one file and back.
 *
 * - PGlite: the data folder as a gzipped tar (PGlite's `dumpDataDir`), taken under the store lock
 *   after a CHECKPOINT, so that no other process writes while it is read: a server holding the
 *   store makes the backup refuse, naming it. Restored into a folder beside the store, opened
 *   once to prove it sound, then put in place with two renames.
 * - PostgreSQL: `pg_dump --format=custom` (one consistent snapshot while servers keep running)
 *   and `pg_restore --clean --single-transaction` (all of it or nothing).
 *
 * A restore refuses to replace a store that holds any data unless told to (`force`). A backup file
 * is written under a temporary name and renamed when complete: a crash never leaves a truncated
 * file under the name asked for.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { PGLITE_DATA, redactUrl } from "./connect.ts";
import { TABLES } from "./schema.ts";
import { acquireStoreLock } from "./store-lock.ts";

export class BackupError extends Error {
  override readonly name = "BackupError";
}

export interface BackupTarget {
  /** A PostgreSQL URL; when absent, the embedded store in `dataDir`. */
  databaseUrl?: string | undefined;
  dataDir: string;
  /** How the store lock names this process. */
  command: string;
}

export interface BackupOutcome {
  engine: "pglite" | "postgres";
  /** The store, as the user would recognise it (a folder, a URL without password). */
  location: string;
}

/** First bytes of each kind of backup: gzip (PGlite's tarball), and pg_dump's custom format. */
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);
const PG_DUMP_MAGIC = Buffer.from("PGDMP");

export async function backupStore(target: BackupTarget, file: string): Promise<BackupOutcome> {
  if (target.databaseUrl) {
    const url = target.databaseUrl;
    await writeAtomically(file, (partial) =>
      runPgTool("pg_dump", ["--format=custom", `--file=${partial}`], url),
    );
    return { engine: "postgres", location: redactUrl(url) };
  }
  const pgdata = path.join(target.dataDir, PGLITE_DATA);
  if (!fs.existsSync(path.join(pgdata, "PG_VERSION"))) {
    throw new BackupError(`no store in ${target.dataDir}: nothing to back up`);
  }
  await withPGlite(target, pgdata, undefined, async (pglite) => {
    // Written pages instead of WAL to replay: the tarball then opens without recovery.
    await pglite.exec("checkpoint");
    const tarball = await pglite.dumpDataDir("gzip");
    const bytes = Buffer.from(await tarball.arrayBuffer());
    await writeAtomically(file, async (partial) => fs.writeFileSync(partial, bytes));
  });
  return { engine: "pglite", location: target.dataDir };
}

export async function restoreStore(
  target: BackupTarget,
  file: string,
  options: { force?: boolean },
): Promise<BackupOutcome> {
  const head = readHead(file);
  const engine = target.databaseUrl ? "postgres" : "pglite";
  const kind = head.subarray(0, 5).equals(PG_DUMP_MAGIC)
    ? "postgres"
    : head.subarray(0, 2).equals(GZIP_MAGIC)
      ? "pglite"
      : undefined;
  if (kind === undefined)
    throw new BackupError(`${file}: not a chitieu backup (neither PGlite's nor pg_dump's)`);
  if (kind !== engine) {
    throw new BackupError(
      kind === "postgres"
        ? `${file}: a PostgreSQL backup (pg_dump); restore it with DATABASE_URL naming a PostgreSQL database`
        : `${file}: a backup of an embedded (PGlite) store; restore it without DATABASE_URL, into CHITIEU_DATA`,
    );
  }
  if (target.databaseUrl) {
    const url = target.databaseUrl;
    const location = redactUrl(url);
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      refuseNonEmpty(location, await tablesWithRows((text) => client.query(text)), options);
    } finally {
      await client.end();
    }
    // --clean drops what the dump holds before recreating it; one transaction: all or nothing.
    await runPgTool(
      "pg_restore",
      ["--clean", "--if-exists", "--single-transaction", "--no-owner", "--no-privileges", file],
      url,
    );
    return { engine: "postgres", location };
  }

  const pgdata = path.join(target.dataDir, PGLITE_DATA);
  const staging = `${pgdata}.restoring`;
  const replaced = `${pgdata}.replaced`;
  const lock = acquireStoreLock(target.dataDir, target.command);
  try {
    if (fs.existsSync(path.join(pgdata, "PG_VERSION"))) {
      const withRows = await withPGlite(undefined, pgdata, undefined, (pglite) =>
        tablesWithRows((text) => pglite.query(text)),
      );
      refuseNonEmpty(target.dataDir, withRows, options);
    }
    // Left by a restore that was interrupted: never in use, safe to remove.
    fs.rmSync(staging, { recursive: true, force: true });
    fs.rmSync(replaced, { recursive: true, force: true });
    const tarball = new Blob([fs.readFileSync(file)]);
    try {
      await withPGlite(undefined, staging, tarball, (pglite) => pglite.query("select 1"));
    } catch (error) {
      fs.rmSync(staging, { recursive: true, force: true });
      throw new BackupError(`${file}: the backup does not open: ${(error as Error).message}`);
    }
    // The store is switched by two renames: only between them is there no data folder.
    if (fs.existsSync(pgdata)) fs.renameSync(pgdata, replaced);
    fs.renameSync(staging, pgdata);
    fs.rmSync(replaced, { recursive: true, force: true });
  } finally {
    lock.release();
  }
  return { engine: "pglite", location: target.dataDir };
}

/** Opens PGlite on `pgdata` (under the store lock when `lockFor` is given), runs `work`, closes. */
async function withPGlite<T>(
  lockFor: BackupTarget | undefined,
  pgdata: string,
  loadDataDir: Blob | undefined,
  work: (pglite: PGlite) => Promise<T>,
): Promise<T> {
  const lock = lockFor ? acquireStoreLock(lockFor.dataDir, lockFor.command) : undefined;
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    const pglite = new PGlite({ dataDir: pgdata, ...(loadDataDir ? { loadDataDir } : {}) });
    await pglite.waitReady;
    try {
      return await work(pglite);
    } finally {
      await pglite.close();
    }
  } finally {
    lock?.release();
  }
}

/** The store's tables (of those the application writes) that hold at least one row. */
async function tablesWithRows(
  query: (text: string) => Promise<{ rows: Record<string, unknown>[] }>,
): Promise<string[]> {
  const names = TABLES.map((t) => `'${t}'`).join(", ");
  const { rows } = await query(
    `select table_name as name from information_schema.tables
     where table_schema = current_schema() and table_name in (${names}) order by table_name`,
  );
  const withRows: string[] = [];
  for (const { name } of rows) {
    const { rows: found } = await query(`select exists (select 1 from "${String(name)}") as found`);
    if (found[0]?.found === true) withRows.push(String(name));
  }
  return withRows;
}

function refuseNonEmpty(location: string, withRows: string[], options: { force?: boolean }): void {
  if (withRows.length === 0 || options.force) return;
  throw new BackupError(
    `the store in ${location} is not empty (rows in ${withRows.join(", ")}): restoring would replace ` +
      "all of it; add --force to do so, or point CHITIEU_DATA (or DATABASE_URL) at an empty store",
  );
}

function readHead(file: string): Buffer {
  let fd: number;
  try {
    fd = fs.openSync(file, "r");
  } catch {
    throw new BackupError(`${file}: no such file`);
  }
  try {
    const head = Buffer.alloc(8);
    const read = fs.readSync(fd, head, 0, head.length, 0);
    return head.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

/** Writes `file` through `write(partial)` to a temporary name beside it, renamed when done. */
async function writeAtomically(file: string, write: (partial: string) => Promise<unknown>): Promise<void> {
  const partial = path.join(
    path.dirname(path.resolve(file)),
    `.${path.basename(file)}.partial-${process.pid}`,
  );
  try {
    await write(partial);
    fs.renameSync(partial, file);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

/**
 * Runs pg_dump or pg_restore on `url`. The password goes through PGPASSWORD, not the command
 * line, where any user of the machine could read it.
 */
function runPgTool(tool: "pg_dump" | "pg_restore", args: string[], url: string): Promise<void> {
  const bare = new URL(url);
  const password = decodeURIComponent(bare.password);
  bare.password = "";
  const env = { ...process.env, ...(password ? { PGPASSWORD: password } : {}) };
  return new Promise((resolve, reject) => {
    const child = spawn(tool, [...args, `--dbname=${bare.toString()}`], {
      env,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", (error: NodeJS.ErrnoException) => {
      reject(
        new BackupError(
          error.code === "ENOENT"
            ? `${tool} was not found on PATH: a PostgreSQL store is backed up with the PostgreSQL ` +
                "client tools (Debian/Ubuntu: apt install postgresql-client)"
            : `${tool}: ${error.message}`,
        ),
      );
    });
    child.on("close", (code) => {
      if (code === 0) resolve();
      else {
        const said = stderr.trim().split("\n").slice(-3).join(" / ");
        reject(new BackupError(`${tool} failed (exit ${code}) on ${redactUrl(url)}: ${said}`));
      }
    });
  });
}
