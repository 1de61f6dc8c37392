/**
 * The embedded store's PostgreSQL server: started by the first process that opens the store,
 * shared by the others, stopped by the last; a process or a server killed outright leaves
 * nothing that blocks the next start.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import {
  attachCluster,
  CLUSTER_DIR,
  type ClusterAddress,
  liveClients,
  socketDirFor,
} from "../src/db/embedded-cluster.ts";

const ROOT = join(import.meta.dirname, "..");
const dirs: string[] = [];
const tempDir = (prefix = "chitieu-cluster-") => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The postmaster's pid, or undefined when no server runs on the store. */
function serverPid(dataDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(dataDir, CLUSTER_DIR, "postmaster.pid"), "utf8").split("\n")[0]);
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

async function query(address: ClusterAddress, text: string): Promise<unknown[]> {
  const client = new pg.Client({
    host: address.socketDir,
    port: address.port,
    user: address.user,
    database: address.database,
  });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

function startClient(dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "test/support/attach-cluster.ts", dataDir], {
    cwd: ROOT,
    stdio: ["pipe", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("ready")) resolve(child);
    });
    child.once("exit", (code) => reject(new Error(`the client exited with ${code}`)));
  });
}

const exitOf = (child: ChildProcess) => new Promise((resolve) => child.once("exit", resolve));

describe("the embedded server", { timeout: 60_000 }, () => {
  it("is made on first use, shared while any process uses it, and stopped by the last", async () => {
    const dir = tempDir();
    const first = await attachCluster(dir, "first");
    const pid = serverPid(dir);
    expect(pid).toBeDefined();
    expect(await query(first, "select current_setting('server_version_num')::int >= 180000 as v")).toEqual([
      { v: true },
    ]);
    const other = await startClient(dir);
    first.release();
    // Another process still uses it: the server runs on, and the same one.
    expect(serverPid(dir)).toBe(pid);
    expect(liveClients(dir).map((c) => c.pid)).toEqual([other.pid]);
    other.stdin!.end();
    await exitOf(other);
    expect(serverPid(dir)).toBeUndefined();
  });

  it("after a client killed outright, the next process joins its server and stops it when done", async () => {
    const dir = tempDir();
    const killed = await startClient(dir);
    const pid = serverPid(dir);
    killed.kill("SIGKILL");
    await exitOf(killed);
    const next = await attachCluster(dir, "next");
    expect(serverPid(dir)).toBe(pid);
    expect(await query(next, "select 1 as one")).toEqual([{ one: 1 }]);
    expect(liveClients(dir)).toHaveLength(1);
    next.release();
    expect(serverPid(dir)).toBeUndefined();
  });

  it("after its server was killed outright, the next process starts a new one on the same data", async () => {
    const dir = tempDir();
    const first = await attachCluster(dir, "first");
    await query(first, "create table kept (n int); insert into kept values (42)");
    const pid = serverPid(dir)!;
    process.kill(pid, "SIGKILL");
    first.release();
    const next = await attachCluster(dir, "next");
    try {
      expect(serverPid(dir)).not.toBe(pid);
      expect(await query(next, "select n from kept")).toEqual([{ n: 42 }]);
    } finally {
      next.release();
    }
  });

  it("as root, names a folder above the store that PostgreSQL's user cannot pass through", {
    skip: process.getuid?.() !== 0,
  }, async () => {
    const shut = tempDir();
    chmodSync(shut, 0o700);
    await expect(attachCluster(join(shut, "store"), "shut out")).rejects.toThrow(
      `cannot pass through ${shut} to reach the store`,
    );
  });

  it("puts its socket in the system's temporary folder when the store's path is too long for one", async () => {
    const parent = tempDir();
    chmodSync(parent, 0o755);
    const dir = join(parent, "a-folder-name-long-enough-to-push-the-socket-path-".repeat(2));
    expect(socketDirFor(join(dir, CLUSTER_DIR))).toMatch(/chitieu-pg-[0-9a-f]{16}$/);
    const lease = await attachCluster(dir, "long");
    try {
      expect(await query(lease, "select 1 as one")).toEqual([{ one: 1 }]);
    } finally {
      lease.release();
    }
  });
});
