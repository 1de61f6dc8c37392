/**
 * The embedded store's lock, `chitieu.lock`, held by one process at a time: for the moment a
 * process starts, joins or leaves (and maybe stops) the store's PostgreSQL server, and for the
 * whole of a backup or a restore (embedded-cluster.ts). The process that takes the lock writes its file (pid, command, start time, host) and removes it when done; the next one
 * that finds the file checks whether the holder is still alive, and either refuses (or waits)
 * naming it, or takes over a lock left by a dead process.
 *
 * A process killed outright (power cut, OOM killer, SIGKILL) leaves its lock behind, and its pid
 * may since have gone to another process: in a container restarted after a crash, the new
 * `chitieu` often gets the very pid of the old one. So on Linux the lock also records the
 * machine's boot id and the holder's start time (from /proc), and a process with that pid only
 * counts as the holder when it started at that time, on this boot, and is not a zombie.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface LockHolder {
  pid: number;
  command: string;
  startedAt: string;
  host: string;
  /** Linux: /proc/sys/kernel/random/boot_id when the lock was taken. */
  bootId?: string | undefined;
  /** Linux: the holder's start time in clock ticks since boot (/proc/PID/stat, field 22). */
  pidStart?: number | undefined;
}

export class StoreLockedError extends Error {
  override readonly name = "StoreLockedError";
  readonly holder: LockHolder;
  readonly lockPath: string;
  constructor(lockPath: string, holder: LockHolder) {
    super(
      `the store in ${path.dirname(lockPath)} is in use by process ${holder.pid} (${holder.command}), ` +
        `started ${holder.startedAt} on ${holder.host}; stop it first, or point CHITIEU_DATA elsewhere` +
        ` (lock file: ${lockPath})`,
    );
    this.holder = holder;
    this.lockPath = lockPath;
  }
}

export interface StoreLock {
  readonly path: string;
  release(): void;
}

export const LOCK_FILE = "chitieu.lock";

/** This boot's id, or undefined where /proc does not give one (not Linux). */
function bootId(): string | undefined {
  try {
    return fs.readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * What /proc says of a process: its state letter and start time, or "gone" when there is no such
 * process, or undefined where /proc cannot tell (not Linux).
 */
function procStat(pid: number): { state: string; start: number } | "gone" | undefined {
  if (!fs.existsSync("/proc/self/stat")) return undefined;
  let text: string;
  try {
    text = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return "gone";
  }
  // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split after the last ")".
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  const start = Number(fields[19]);
  return Number.isFinite(start) ? { state: fields[0] ?? "?", start } : undefined;
}

/** Whether a process `pid` runs (a zombie, dead but not yet reaped by its parent, does not). */
export function processRuns(pid: number): boolean {
  const stat = procStat(pid);
  if (stat === "gone") return false;
  if (stat !== undefined && (stat.state === "Z" || stat.state === "X")) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Whether the process that wrote `holder` still runs (see the module's comment). */
export function isAlive(holder: LockHolder): boolean {
  const boot = bootId();
  if (holder.bootId !== undefined && boot !== undefined && holder.bootId !== boot) return false;
  const stat = procStat(holder.pid);
  if (stat === "gone") return false;
  if (stat !== undefined) {
    if (stat.state === "Z" || stat.state === "X") return false;
    if (holder.pidStart !== undefined) return stat.start === holder.pidStart;
  }
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function readHolder(lockPath: string): LockHolder | undefined {
  try {
    const parsed = JSON.parse(fs.readFileSync(lockPath, "utf8")) as Partial<LockHolder>;
    if (typeof parsed.pid !== "number") return undefined;
    return {
      pid: parsed.pid,
      command: String(parsed.command ?? "?"),
      startedAt: String(parsed.startedAt ?? "?"),
      host: String(parsed.host ?? "?"),
      bootId: typeof parsed.bootId === "string" ? parsed.bootId : undefined,
      pidStart: typeof parsed.pidStart === "number" ? parsed.pidStart : undefined,
    };
  } catch {
    return undefined;
  }
}

/** This process, as a lock (or a client of the embedded server) records it. */
export function thisProcess(command = describeThisProcess()): LockHolder {
  const self = procStat(process.pid);
  return {
    pid: process.pid,
    command,
    startedAt: new Date().toISOString(),
    host: os.hostname(),
    bootId: bootId(),
    pidStart: self === undefined || self === "gone" ? undefined : self.start,
  };
}

const HALF_WRITTEN_MS = 2_000;

/** Takes the lock of the store in `dir`, or throws StoreLockedError naming the live holder. */
export function acquireStoreLock(dir: string, command = describeThisProcess()): StoreLock {
  fs.mkdirSync(dir, { recursive: true });
  const lockPath = path.join(dir, LOCK_FILE);
  const me = thisProcess(command);
  // A lock file without a holder is being written, or was left half-written by a process killed
  // between creating and writing it: wait until it is older than HALF_WRITTEN_MS, then it is stale.
  const waitUntil = Date.now() + HALF_WRITTEN_MS + 1_000;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      fs.writeFileSync(lockPath, `${JSON.stringify(me)}\n`, { flag: "wx" });
      return makeLock(lockPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = readHolder(lockPath);
    if (holder === undefined) {
      const modified = fs.statSync(lockPath, { throwIfNoEntry: false })?.mtimeMs;
      if (modified === undefined || Date.now() - modified < HALF_WRITTEN_MS) {
        sleepSync(100);
        // The wait does not use up an attempt, or a half-written lock would outlast all three.
        if (Date.now() < waitUntil) attempt -= 1;
        continue;
      }
    } else if (holder.host !== me.host || isAlive(holder)) {
      throw new StoreLockedError(lockPath, holder);
    }
    // The holder is dead: its lock is stale.
    fs.rmSync(lockPath, { force: true });
  }
  const holder = readHolder(lockPath);
  if (holder) throw new StoreLockedError(lockPath, holder);
  throw new Error(`could not take the store lock ${lockPath}`);
}

function makeLock(lockPath: string): StoreLock {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off("exit", release);
    if (readHolder(lockPath)?.pid === process.pid) fs.rmSync(lockPath, { force: true });
  };
  process.on("exit", release);
  return { path: lockPath, release };
}

function describeThisProcess(): string {
  const args = process.argv.slice(1).map((a) => path.basename(a));
  return ["node", ...args].join(" ").slice(0, 200);
}

/**
 * Takes the lock of the store in `dir`, waiting while a live process holds it (for moments: a
 * server's start or stop); throws StoreLockedError after `timeoutMs`.
 */
export async function waitForStoreLock(
  dir: string,
  command: string | undefined,
  timeoutMs = 60_000,
): Promise<StoreLock> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return acquireStoreLock(dir, command);
    } catch (error) {
      if (!(error instanceof StoreLockedError) || Date.now() > until) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The same wait, blocking (for a release at the process's exit, where nothing async runs). */
export function waitForStoreLockSync(dir: string, timeoutMs = 60_000): StoreLock {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return acquireStoreLock(dir);
    } catch (error) {
      if (!(error instanceof StoreLockedError) || Date.now() > until) throw error;
    }
    sleepSync(25);
  }
}

export function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
