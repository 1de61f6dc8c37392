/**
 * How quickly `chitieu` starts and how much memory its server holds (issue 14). Run:
 *
 *   npm run bench -- startup            (or: node --import tsx bench/startup.ts [runs])
 *
 * Prints medians over `runs` (default 5) beside `node -e 0` on the same machine:
 * - `chitieu --help` (target ≤ 4× node's start) and `chitieu extract` of a seed article (≤ 5×);
 * - `chitieu serve` on an empty embedded store to its first answer (catalogue and demo loaded,
 *   target < 10 s), then a restart on the same store to its first answer (< 1.5 s);
 * - the server's resident memory, every process of it, right after the restart and after one
 *   pass of the portal's load mix (bench/support/load-mix.ts) at 8 at a time (< 300 MB).
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

/** Resident memory of `pid` and every process under it, in bytes (Linux's /proc). */
function treeRssBytes(pid: number): number {
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
  for (let grown = true; grown; ) {
    grown = false;
    for (const [child, parent] of parents) {
      if (tree.has(parent) && !tree.has(child)) {
        tree.add(child);
        grown = true;
      }
    }
  }
  let total = 0;
  for (const member of tree) {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${member}/status`, "utf8"));
      if (m) total += Number(m[1]) * 1024;
    } catch {
      // gone meanwhile
    }
  }
  return total;
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
  rssStart: [] as number[],
  rssLoaded: [] as number[],
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
    figures.rssStart.push(treeRssBytes(pid));
    failedReads += await loadOnce(again.origin);
    figures.rssLoaded.push(treeRssBytes(pid));
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
  ["serve RSS after start", `${mb("rssStart").toFixed(0)} MB`, "", "< 300 MB", mb("rssStart") < 300],
  ["serve RSS after the load mix", `${mb("rssLoaded").toFixed(0)} MB`, "", "< 300 MB", mb("rssLoaded") < 300],
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
