/**
 * The embedded store's lock (one process at a time starts, joins or stops its server, or backs it
 * up), and several processes working on one embedded store at once.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../src/db/connect.ts";
import { acquireStoreLock, LOCK_FILE, StoreLockedError } from "../src/db/store-lock.ts";
import { startHolder } from "./support/start-holder.ts";

const ROOT = join(import.meta.dirname, "..");
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "chitieu-lock-"));
  chmodSync(dir, 0o755);
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("acquireStoreLock", () => {
  it("takes over a lock file left empty by a process killed between creating and writing it", () => {
    const dir = tempDir();
    writeFileSync(join(dir, LOCK_FILE), "");
    const started = Date.now();
    const lock = acquireStoreLock(dir, "after the crash");
    try {
      // Not at once (the file might be being written), but within the half-written grace.
      expect(Date.now() - started).toBeGreaterThanOrEqual(1_500);
      expect(readFileSync(join(dir, LOCK_FILE), "utf8")).toContain("after the crash");
    } finally {
      lock.release();
    }
  });

  it("refuses a second holder while the first is alive, naming it", () => {
    const dir = tempDir();
    const lock = acquireStoreLock(dir, "first holder");
    try {
      expect(() => acquireStoreLock(dir, "second")).toThrow(StoreLockedError);
      expect(() => acquireStoreLock(dir, "second")).toThrow(
        new RegExp(`process ${process.pid} \\(first holder\\)`),
      );
    } finally {
      lock.release();
    }
    acquireStoreLock(dir, "after release").release();
  });

  it("takes over a lock whose holder is dead", () => {
    const dir = tempDir();
    const dead = spawnSync(process.execPath, [
      "-e",
      "process.stdout.write(String(process.pid))",
    ]).stdout.toString();
    writeFileSync(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: Number(dead), command: "crashed", startedAt: "2025-01-01T00:00:00Z", host: "x" }),
    );
    // Another host's lock cannot be checked: it stands.
    expect(() => acquireStoreLock(dir)).toThrow(StoreLockedError);
    writeFileSync(
      join(dir, LOCK_FILE),
      JSON.stringify({
        pid: Number(dead),
        command: "crashed",
        startedAt: "2025-01-01T00:00:00Z",
        host: hostname(),
      }),
    );
    const lock = acquireStoreLock(dir, "taker");
    lock.release();
  });
});

describe.runIf(process.platform === "linux")("a lock whose pid has gone to another process", () => {
  // After a crash the pid may be reused (in a restarted container, chitieu often gets the very
  // same pid): the lock's boot id and start time tell the old holder from the new process.
  const procStart = (pid: number) => {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(text.slice(text.lastIndexOf(")") + 2).split(" ")[19]);
  };
  const bootId = readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
  const writeLock = (dir: string, holder: Record<string, unknown>) =>
    writeFileSync(
      join(dir, LOCK_FILE),
      JSON.stringify({
        command: "chitieu serve (crashed)",
        startedAt: "2025-01-01T00:00:00Z",
        host: hostname(),
        ...holder,
      }),
    );

  it("is taken over when the process with that pid started at another time", () => {
    const dir = tempDir();
    writeLock(dir, { pid: process.pid, bootId, pidStart: procStart(process.pid) - 1 });
    acquireStoreLock(dir, "after the restart").release();
  });

  it("is taken over when the machine has booted since", () => {
    const dir = tempDir();
    writeLock(dir, { pid: process.pid, bootId: "an-earlier-boot", pidStart: procStart(process.pid) });
    acquireStoreLock(dir, "after the reboot").release();
  });

  it("stands while the process that wrote it runs", () => {
    const dir = tempDir();
    writeLock(dir, { pid: process.pid, bootId, pidStart: procStart(process.pid) });
    expect(() => acquireStoreLock(dir, "second")).toThrow(/chitieu serve \(crashed\)/);
  });
});

describe("two processes on one embedded store", () => {
  it("the second works on it while the first holds it, and both see each other's writes", {
    timeout: 90_000,
  }, async () => {
    const dir = tempDir();
    const holder = await startHolder(dir);
    try {
      const second = spawnSync(process.execPath, ["bin/chitieu.js", "units", "load"], {
        cwd: ROOT,
        env: { ...process.env, CHITIEU_DATA: dir, DATABASE_URL: "" },
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(second.stderr).toBe("");
      expect(second.status).toBe(0);
    } finally {
      const exited = new Promise((resolve) => holder.once("exit", resolve));
      holder.stdin!.end();
      await exited;
    }
    const store = await openStore({ dataDir: dir });
    try {
      const row = await store.db
        .selectFrom("store_meta")
        .select("value")
        .where("key", "=", "holder")
        .executeTakeFirst();
      expect(row?.value).toBe(holder.pid);
      const units = await store.db
        .selectFrom("admin_units")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      expect(Number(units.n)).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
  });
});
