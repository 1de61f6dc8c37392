/**
 * The load run (issue 8): 200 connections for 60 s on public pages and API reads against
 * `chitieu serve` on PostgreSQL while an officer imports, again and again. See
 * bench/support/load-run.ts. Writes bench/load-results.json and bench/load-results.md, prints
 * the table, and exits 1 on any error, timeout, 4xx/5xx or import not committed.
 *
 *   npm run bench -- load            (also the first half of `npm run soak`)
 *   LOAD_CONNECTIONS=50 LOAD_SECONDS=10 npm run bench -- load
 *
 * BENCH_DATABASE_URL names the PostgreSQL server (default postgres://postgres@127.0.0.1:5432/postgres);
 * the run creates and drops a database of its own, chitieu_load_<pid>. LOAD_SCALE sets the size
 * of the imported file (national demo scale, default 0.01: about 10^5 rows).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./support/chitieu-process.ts";
import { loadMarkdown } from "./support/load-report.ts";
import { problemsOf, runLoad } from "./support/load-run.ts";

const numberFrom = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!(value > 0)) throw new Error(`${name}: a positive number, not ${process.env[name]}`);
  return value;
};

const result = await runLoad({
  adminUrl: process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
  database: `chitieu_load_${process.pid}`,
  connections: numberFrom("LOAD_CONNECTIONS", 200),
  seconds: numberFrom("LOAD_SECONDS", 60),
  scale: numberFrom("LOAD_SCALE", 0.01),
  log: (message) => process.stdout.write(`${message}\n`),
});
const problems = problemsOf(result);
writeFileSync(join(ROOT, "bench/load-results.json"), `${JSON.stringify({ ...result, problems }, null, 2)}\n`);
const md = loadMarkdown(result, problems);
writeFileSync(join(ROOT, "bench/load-results.md"), md);
process.stdout.write(`\n${md}`);
if (result.server.errorLogLines.length > 0)
  process.stdout.write(`\n${result.server.errorLogLines.join("\n")}\n`);
process.exitCode = problems.length === 0 ? 0 : 1;
