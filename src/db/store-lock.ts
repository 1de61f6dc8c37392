/**
 * The embedded store's lock. PGlite keeps one PostgreSQL data folder that exactly one process
 * may open: a second writer would corrupt it. The process that opens the store writes
 * `chitieu.lock` (pid, command, start time, host) beside the data, and removes it when it
 * closes; the next one that finds the file checks whether the holder is still alive, and either
 * refuses with a message naming it or takes over a lock left by a dead process.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface LockHolder {
  pid: number;
  command: string;
  startedAt: string;
  host: string;
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

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readHolder(lockPath: string): LockHolder | undefined {
  try {
    const parsed = JSON.parse(fs.readFileSync(lockPath, "utf8")) as Partial<LockHolder>;
    if (typeof parsed.pid !== "number") return undefined;
    return {
      pid: parsed.pid,
      command: String(parsed.command ?? "?"),
      startedAt: String(parsed.startedAt ?? "?"),
      host: String(parsed.host ?? "?"),
    };
  } catch {
    return undefined;
  }
}

/** Takes the lock of the store in `dir`, or throws StoreLockedError naming the live holder. */
export function acquireStoreLock(dir: string, command = describeThisProcess()): StoreLock {
  fs.mkdirSync(dir, { recursive: true });
  const lockPath = path.join(dir, LOCK_FILE);
  const me: LockHolder = {
    pid: process.pid,
    command,
    startedAt: new Date().toISOString(),
    host: os.hostname(),
  };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      fs.writeFileSync(lockPath, `${JSON.stringify(me)}\n`, { flag: "wx" });
      return makeLock(lockPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = readHolder(lockPath);
    if (holder === undefined) {
      // Being written by a process that has just created it, or left half-written by a crash.
      const modified = fs.statSync(lockPath, { throwIfNoEntry: false })?.mtimeMs;
      if (modified === undefined || Date.now() - modified < 2_000) {
        sleepSync(100);
        continue;
      }
    } else if (holder.host !== me.host || isAlive(holder.pid)) {
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

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
