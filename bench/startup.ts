/**
 * How quickly `chitieu` starts and how much memory its server holds (issue 14). Run:
 *
 *   npm run bench -- startup            (or: node --import tsx bench/startup.ts [runs])
 *
 * Prints medians over `runs` (default 5) beside `node -e 0` on the same machine:
 * - `chitieu --help` (target ≤ 4× node's start) and `chitieu extract` of a seed article (≤ 5×);
 * - `chitieu serve` on an empty embedded store to its first answer (catalogue and demo loaded,
 *   target < 10 s), then a restart on the same store to its first answer (< 1.5 s);
 * - the server's memory, every process of it (Node, the postmaster and its backends), right after
 *   the restart and after one pass of the portal's load mix (bench/support/load-mix.ts) at 8 at a
 *   time, and how long that pass took: target < 300 MB, judged on the sum of the processes' PSS
 *   (proportional set size, /proc/PID/smaps_rollup), not the sum of their RSS. PostgreSQL's
 *   shared memory is mapped by the postmaster and by every backend, so an RSS sum counts it once
 *   per connection, memory the machine does not spend; PSS shares each page among the processes
 *   that map it, and sums to what the server really holds. Both sums are printed.
 *
 * The article is ../shared/seeds/can-duoc-2023.txt beside the checkout, or BENCH_ARTICLE; without
 * either, a paragraph written here. Every command is the real one (node bin/chitieu.js); the bench
 * builds dist/ first, because bin/chitieu.js runs the sources through tsx whenever a source is newer
 * than the build, and a bench of a stale checkout would time tsx while calling it the build.
 */
import { type ChildProcess, spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, startServe } from "./support/chitieu-process.ts";
import { API_PATHS, PAGE_PATHS } from "./support/load-mix.ts";

const runs = Number(process.argv[2] ?? 5);
process.stderr.write("building dist/ (npm run build)…\n");
const built = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
if (built.status !== 0) throw new Error("npm run build failed: the bench times the build, so it stops here");

if (!(Number.isInteger(runs) && runs >= 1))
  throw new Error(`runs: a whole number ≥ 1, not ${process.argv[2]}`);

const FALLBACK_ARTICLE =
  "Năm 2023, tổng sản phẩm trên địa bàn huyện tăng 8,5% so với năm 2022, đạt 102% kế hoạch. " +
  "Sản lượng lúa đạt 95.000 tấn, bằng 98% kế hoạch năm. Thu ngân sách đạt 1.250 tỷ đồng.";

function articleFile(dir: string): string {
  const candidates = [process.env.BENCH_ARTICLE, join(ROOT, "..", "shared", "seeds", "can-duoc-2023.txt")];
  const found = candidates.find((file): file is string => file !== undefined && existsSync(file));
  if (found) return found;
  const file = join(dir, "article.txt");
  writeFileSync(file, FALLBACK_ARTICLE);
  return file;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** Wall time of one run of `node ARGS` to its exit, in ms; fails on a non-zero exit. */
function timeNode(args: string[], env: Record<string, string> = {}): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`node ${args.join(" ")} exited ${run.status}: ${run.stderr}`);
  return ms;
}

/** The processes of the server: `pid`, every process under it, and the embedded PostgreSQL's. */
function serverTree(pid: number, dataDir: string): Set<number> {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // gone meanwhile
    }
  }
  const tree = new Set([pid]);
  // The postmaster runs detached; when another process started it, it is not under `pid`.
  const postmaster = Number(readFileSync(join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
  if (Number.isInteger(postmaster) && postmaster > 0) tree.add(postmaster);
  for (let grown = true; grown; ) {
    grown = false;
    for (const [child, parent] of parents) {
      if (tree.has(parent) && !tree.has(child)) {
        tree.add(child);
        grown = true;
      }
    }
  }
  return tree;
}

/** A field of /proc/PID/smaps_rollup (kB), in bytes; 0 when the process has gone. */
function rollup(pid: number, field: "Rss" | "Pss"): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(
      readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"),
    );
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * The server's memory, every process of it, in bytes: the sum of their RSS and the sum of their
 * PSS. The RSS sum counts PostgreSQL's shared memory (shared_buffers, mapped by the postmaster and
 * every backend) and the shared pages of its binary once per process, so it grows with the number
 * of connections without the machine losing a byte more; PSS divides each shared page among the
 * processes that map it, so the PSS sum is the memory the server really holds. The target is
 * judged on the PSS sum; the RSS sum is printed beside it.
 */
function serverMemory(pid: number, dataDir: string): { rss: number; pss: number } {
  let rss = 0;
  let pss = 0;
  for (const member of serverTree(pid, dataDir)) {
    rss += rollup(member, "Rss");
    pss += rollup(member, "Pss");
  }
  return { rss, pss };
}

interface Serving {
  child: ChildProcess;
  origin: string;
  ms: number;
  stop(): Promise<void>;
}

/** `chitieu serve` on `dataDir`, timed from spawn to the first 2xx of /api/v1/health. */
async function serve(dataDir: string): Promise<Serving> {
  const started = performance.now();
  const server = await startServe({ CHITIEU_DATA: dataDir, DATABASE_URL: "" }, 120_000, 20);
  return { child: server.child, origin: server.origin, ms: performance.now() - started, stop: server.stop };
}

/** What the failed reads of the load mix were (status or error, and path), the first few. */
const failedReadsSeen: string[] = [];

/** One pass over the portal's pages and API reads, `width` at a time; the count of non-2xx. */
async function loadOnce(origin: string, width = 8): Promise<number> {
  // The national demo's paths (Hà Nội 01, nat_*) need `chitieu demo national`, which serve does not load.
  const queue = [...PAGE_PATHS, ...API_PATHS].filter((path) => !/nat_|units\/01|unit=01/.test(path));
  let failures = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        try {
          const response = await fetch(origin + path);
          await response.arrayBuffer();
          if (!response.ok) {
            failures += 1;
            if (failedReadsSeen.length < 5) failedReadsSeen.push(`${response.status} ${path}`);
          }
        } catch (error) {
          failures += 1; // a reset or a refused connection counts as a failed read
          if (failedReadsSeen.length < 5)
            failedReadsSeen.push(`${String((error as Error).cause ?? error)} ${path}`);
        }
      }
    }),
  );
  return failures;
}

const work = mkdtempSync(join(tmpdir(), "chitieu-startup-"));

// Run as root, the embedded store's PostgreSQL runs as the postgres user: it must pass through.

chmodSync(work, 0o755);
const article = articleFile(work);
const figures = {
  node: [] as number[],
  help: [] as number[],
  extract: [] as number[],
  firstStart: [] as number[],
  restart: [] as number[],
  load: [] as number[],
  rssStart: [] as number[],
  rssLoaded: [] as number[],
  pssStart: [] as number[],
  pssLoaded: [] as number[],
};
let failedReads = 0;
try {
  // One warm-up of each, so the first figure does not carry the disk cache's misses.
  timeNode(["-e", "0"]);
  timeNode(["bin/chitieu.js", "--help"]);
  for (let run = 1; run <= runs; run += 1) {
    figures.node.push(timeNode(["-e", "0"]));
    figures.help.push(timeNode(["bin/chitieu.js", "--help"]));
    figures.extract.push(timeNode(["bin/chitieu.js", "extract", article]));
  }
  for (let run = 1; run <= runs; run += 1) {
    const dataDir = join(work, `store-${run}`);
    const first = await serve(dataDir);
    figures.firstStart.push(first.ms);
    await first.stop();
    const again = await serve(dataDir);
    figures.restart.push(again.ms);
    const pid = again.child.pid as number;
    const started = serverMemory(pid, dataDir);
    figures.rssStart.push(started.rss);
    figures.pssStart.push(started.pss);
    const loadStarted = performance.now();
    failedReads += await loadOnce(again.origin);
    figures.load.push(performance.now() - loadStarted);
    const loaded = serverMemory(pid, dataDir);
    figures.rssLoaded.push(loaded.rss);
    figures.pssLoaded.push(loaded.pss);
    await again.stop();
    rmSync(dataDir, { recursive: true, force: true });
    process.stdout.write(
      `run ${run}: first start ${(first.ms / 1000).toFixed(2)} s, restart ${(again.ms / 1000).toFixed(2)} s\n`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const node = median(figures.node);
const ms = (key: keyof typeof figures) => median(figures[key]);
const mb = (key: keyof typeof figures) => median(figures[key]) / 1_048_576;
const rows: [string, string, string, string, boolean][] = [
  ["node -e 0", `${node.toFixed(0)} ms`, "1.0×", "", true],
  [
    "chitieu --help",
    `${ms("help").toFixed(0)} ms`,
    `${(ms("help") / node).toFixed(1)}×`,
    "≤ 4×",
    ms("help") <= 4 * node,
  ],
  [
    "chitieu extract (seed article)",
    `${ms("extract").toFixed(0)} ms`,
    `${(ms("extract") / node).toFixed(1)}×`,
    "≤ 5×",
    ms("extract") <= 5 * node,
  ],
  [
    "serve, first start (empty store)",
    `${(ms("firstStart") / 1000).toFixed(2)} s`,
    "",
    "< 10 s",
    ms("firstStart") < 10_000,
  ],
  [
    "serve, restart to first answer",
    `${(ms("restart") / 1000).toFixed(2)} s`,
    "",
    "< 1.5 s",
    ms("restart") < 1500,
  ],
  ["serve, one pass of the load mix (8 at a time)", `${(ms("load") / 1000).toFixed(2)} s`, "", "", true],
  [
    "serve memory after start: PSS sum",
    `${mb("pssStart").toFixed(0)} MB`,
    "",
    "< 300 MB",
    mb("pssStart") < 300,
  ],
  [
    "serve memory after the load mix: PSS sum",
    `${mb("pssLoaded").toFixed(0)} MB`,
    "",
    "< 300 MB",
    mb("pssLoaded") < 300,
  ],
  ["(RSS sum after start, shared pages once per process)", `${mb("rssStart").toFixed(0)} MB`, "", "", true],
  ["(RSS sum after the load mix)", `${mb("rssLoaded").toFixed(0)} MB`, "", "", true],
];
process.stdout.write(
  `\nmedians over ${runs} runs; chitieu runs dist/ (built just now); Node ${process.version}\n` +
    `| measure | median | × node | target | met |\n|---|---|---|---|---|\n` +
    rows
      .map(
        ([name, value, ratio, target, met]) =>
          `| ${name} | ${value} | ${ratio} | ${target} | ${target ? (met ? "yes" : "no") : ""} |`,
      )
      .join("\n") +
    `\n${failedReads === 0 ? "every read of the load mix answered 2xx" : `${failedReads} reads of the load mix did not answer 2xx, such as:\n  ${failedReadsSeen.join("\n  ")}`}\n`,
);
