#!/usr/bin/env node
// `npm run bench [NAME…]`: runs the benchmarks of bench/ (all, or those named), one after another,
// each as its own process through tsx. Never part of `npm test`.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const names = process.argv.slice(2);
const all = readdirSync(join(root, "bench")).filter((f) => /\.(ts|mts)$/.test(f) && !f.endsWith(".test.ts"));
const chosen = names.length > 0 ? all.filter((f) => names.some((n) => f.startsWith(n))) : all;
let failed = 0;
for (const file of chosen) {
  console.log(`== bench/${file}`);
  const run = spawnSync(process.execPath, ["--import", "tsx", join("bench", file)], {
    cwd: root,
    stdio: "inherit",
  });
  if (run.status !== 0) failed += 1;
}
process.exitCode = failed > 0 ? 1 : 0;
