/**
 * How long `chitieu serve` takes to answer on a fresh folder (creating the store, loading the
 * catalogue and the demo) and on a second start on the same folder. Run:
 *
 *   npm run bench -- serve-start        (or: node --import tsx bench/serve-start.ts [runs])
 *
 * Spawns the real command (node bin/chitieu.js serve) with CHITIEU_DATA in a temporary folder,
 * times until GET /api/v1/health answers, stops it with SIGTERM, and repeats. Targets (issue 3):
 * fresh start under 30 s, second start under 3 s.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..");
const runs = Number(process.argv[2] ?? 3);

async function startOnce(dataDir: string, port: number): Promise<{ ms: number; child: ChildProcess }> {
  const started = performance.now();
  const child = spawn(process.execPath, ["bin/chitieu.js", "serve", "--port", String(port)], {
    cwd: ROOT,
    env: { ...process.env, CHITIEU_DATA: dataDir, DATABASE_URL: "", LOG_LEVEL: "warn" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const deadline = started + 60_000;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`serve exited with ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
      if (response.ok) return { ms: performance.now() - started, child };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill("SIGTERM");
  throw new Error("serve did not answer within 60 s");
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  await exited;
}

const results: { run: number; fresh: number; second: number }[] = [];
for (let run = 1; run <= runs; run += 1) {
  const dir = mkdtempSync(join(tmpdir(), "chitieu-bench-"));
  // Run as root, the embedded store's PostgreSQL runs as the postgres user: it must pass through.
  chmodSync(dir, 0o755);
  const port = 3900 + run;
  try {
    const first = await startOnce(dir, port);
    await stop(first.child);
    const second = await startOnce(dir, port);
    await stop(second.child);
    results.push({ run, fresh: Math.round(first.ms), second: Math.round(second.ms) });
    console.log(
      `run ${run}: fresh start ${(first.ms / 1000).toFixed(2)} s, second start ${(second.ms / 1000).toFixed(2)} s`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const worst = (key: "fresh" | "second") => Math.max(...results.map((r) => r[key])) / 1000;
console.log(
  `worst: fresh ${worst("fresh").toFixed(2)} s (target < 30 s), second ${worst("second").toFixed(2)} s (target < 3 s)`,
);
process.exitCode = worst("fresh") < 30 && worst("second") < 3 ? 0 : 1;
