#!/usr/bin/env node
// `npm run soak`: the long checks, never part of `npm test`. First the load run (bench/load.ts:
// 200 connections for 60 s on pages and API reads while an officer imports, on PostgreSQL), then
// the fault and fuzz suites (test/faults, test/fuzz) with CHITIEU_SOAK=1, which they read to run
// longer, on PostgreSQL (TEST_DATABASE_URL, default the local `test` database). A suite folder
// not on this branch yet is said and passed over, not failed.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const run = (args, env = {}) =>
  spawnSync(process.execPath, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } }).status;

const failed = [];
console.log("== soak: load run (bench/load.ts)");
if (run(["bin/run-bench.js", "load"]) !== 0) failed.push("load run");

const suites = ["test/faults", "test/fuzz"];
const present = suites.filter((dir) => existsSync(join(root, dir)));
for (const dir of suites.filter((d) => !present.includes(d))) {
  console.log(`== soak: ${dir} is not on this branch yet: skipped`);
}
if (present.length > 0) {
  const testDatabaseUrl = process.env.TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test";
  console.log(`== soak: ${present.join(", ")} with CHITIEU_SOAK=1, TEST_DATABASE_URL=${testDatabaseUrl}`);
  const vitest = join(root, "node_modules", "vitest", "vitest.mjs");
  const status = run([vitest, "run", ...present], { CHITIEU_SOAK: "1", TEST_DATABASE_URL: testDatabaseUrl });
  if (status !== 0) failed.push(present.join(", "));
}
console.log(failed.length === 0 ? "== soak: passed" : `== soak: failed: ${failed.join("; ")}`);
process.exitCode = failed.length === 0 ? 0 : 1;
