/**
 * A load run (issue 8): readers on public pages and on the API, at once, against a real
 * `chitieu serve` on a PostgreSQL database of the run's own, while an officer imports a CSV of
 * observations with `chitieu import`, again and again until the window closes.
 *
 * Two autocannon instances share the connections, one per class (pages, API), so that each class
 * has its own latency figures. Before the window every path is asked once and must answer 200:
 * a mix that quietly measured 404 pages would prove nothing. After it, each import is checked in
 * the store: its source, its audit entry and exactly as many revisions as the file has rows.
 */

import { rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { peakRssBytes, runChitieu, runChitieuOrFail, startServe } from "./chitieu-process.ts";
import { API_PATHS, PAGE_PATHS } from "./load-mix.ts";
import { createScratchDatabase } from "./postgres.ts";

export interface LoadOptions {
  /** A PostgreSQL server, as a user who may create databases (the run's own is created and dropped). */
  adminUrl: string;
  /** The run's database: created afresh, dropped after. */
  database: string;
  /** Concurrent connections in all, half on pages and half on the API. */
  connections: number;
  seconds: number;
  /** Scale of the national demo whose observations the officer imports (0.01 ≈ 10^5 rows). */
  scale: number;
  /** At most this many imports (default: as many as fit in the window, one after another). */
  maxImports?: number;
  /** A request unanswered after this long counts as a timeout (autocannon's default, 10 s). */
  timeoutSeconds?: number;
  log?: (message: string) => void;
}

export interface ClassFigures {
  connections: number;
  paths: number;
  requests: number;
  requestsPerSecond: number;
  /** Latency of the 2xx answers, in ms. */
  latencyMs: { p50: number; p97_5: number; p99: number; max: number };
  statusCodes: Record<string, number>;
  /** Connection errors of any kind, timeouts included. */
  errors: number;
  timeouts: number;
  /** Answers that are neither 2xx nor 3xx (a 304 is a good answer). */
  badStatuses: number;
}

export interface ImportFigures {
  /** Seconds after the window opened. */
  startedAt: number;
  seconds: number;
  exitCode: number;
  rows: number;
  sourceId: string | null;
  /** The source, its audit entry and `rows` revisions are in the store. */
  committed: boolean;
  /** Whether it finished before the window closed. */
  withinWindow: boolean;
  error?: string;
}

export interface LoadResult {
  engine: "postgres";
  connections: number;
  seconds: number;
  timeoutSeconds: number;
  scale: number;
  importRows: number;
  pages: ClassFigures;
  api: ClassFigures;
  total: {
    requests: number;
    requestsPerSecond: number;
    errors: number;
    timeouts: number;
    badStatuses: number;
  };
  imports: ImportFigures[];
  server: { peakRssMiB: number | null; errorLogLines: string[] };
  machine: {
    cpus: number;
    cpu: string | undefined;
    node: string;
    loadAverageBefore: number[];
    loadAverageAfter: number[];
  };
  date: string;
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Runs the whole thing; the database and the server are gone when it returns or throws. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const log = options.log ?? (() => {});
  const timeoutSeconds = options.timeoutSeconds ?? 10;
  const db = await createScratchDatabase(options.adminUrl, options.database);
  const env = { DATABASE_URL: db.url };
  const csv = join(tmpdir(), `chitieu-load-${process.pid}.csv`);
  try {
    // The server first: on the empty database it loads the catalogue and the seed localities.
    const server = await startServe(env);
    try {
      log(`chitieu serve on ${server.origin}, database ${db.name}`);
      // Then the national demo's plans and targets, and its observations to a file for the officer.
      await runChitieuOrFail(["demo", "national", "--scale", String(options.scale), "--csv", csv], env);
      await checkPaths(server.origin, [...PAGE_PATHS, ...API_PATHS]);
      const loadAverageBefore = loadavg();
      const pageConnections = Math.ceil(options.connections / 2);
      const apiConnections = options.connections - pageConnections;
      log(
        `${options.connections} connections (${pageConnections} pages, ${apiConnections} API) for ${options.seconds} s, ` +
          `imports of ${csv} meanwhile`,
      );
      const opened = performance.now();
      const closesAt = opened + options.seconds * 1000;
      const [pages, api, imports] = await Promise.all([
        cannon(server.origin, PAGE_PATHS, pageConnections, options.seconds, timeoutSeconds),
        cannon(server.origin, API_PATHS, apiConnections, options.seconds, timeoutSeconds),
        importWhileOpen(csv, env, opened, closesAt, options.maxImports, log),
      ]);
      const loadAverageAfter = loadavg();
      const peak = server.child.pid === undefined ? null : peakRssBytes(server.child.pid);
      await checkCommitted(db.url, imports);
      const total = {
        requests: pages.requests + api.requests,
        requestsPerSecond: round(pages.requestsPerSecond + api.requestsPerSecond, 0),
        errors: pages.errors + api.errors,
        timeouts: pages.timeouts + api.timeouts,
        badStatuses: pages.badStatuses + api.badStatuses,
      };
      return {
        engine: "postgres",
        connections: options.connections,
        seconds: options.seconds,
        timeoutSeconds,
        scale: options.scale,
        importRows: imports[0]?.rows ?? 0,
        pages,
        api,
        total,
        imports,
        server: {
          peakRssMiB: peak === null ? null : round(peak / 2 ** 20),
          errorLogLines: errorLines(server.output()),
        },
        machine: {
          cpus: cpus().length,
          cpu: cpus()[0]?.model,
          node: process.version,
          loadAverageBefore: loadAverageBefore.map((x) => round(x, 2)),
          loadAverageAfter: loadAverageAfter.map((x) => round(x, 2)),
        },
        date: new Date().toISOString(),
      };
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(csv, { force: true });
    await db.drop();
  }
}

/** Every path of the mix answers 200 before the run counts anything. */
async function checkPaths(origin: string, paths: readonly string[]): Promise<void> {
  const wrong: string[] = [];
  for (const path of paths) {
    const response = await fetch(`${origin}${path}`);
    await response.arrayBuffer();
    if (response.status !== 200) wrong.push(`${path}: ${response.status}`);
  }
  if (wrong.length > 0)
    throw new Error(`the load mix names paths that do not answer 200:\n${wrong.join("\n")}`);
}

async function cannon(
  origin: string,
  paths: readonly string[],
  connections: number,
  seconds: number,
  timeoutSeconds: number,
): Promise<ClassFigures> {
  let next = -1;
  const r = await autocannon({
    url: origin,
    connections,
    duration: seconds,
    timeout: timeoutSeconds,
    // One round robin shared by all the connections: every path is asked about as often, and the
    // connections do not all begin on the same (heaviest, first) page at the same instant.
    requests: [
      {
        method: "GET",
        setupRequest: (request) => {
          next = (next + 1) % paths.length;
          return { ...request, path: paths[next]! };
        },
      },
    ],
  });
  const statusCodes = Object.fromEntries(
    Object.entries(r.statusCodeStats ?? {}).map(([code, s]) => [code, s.count ?? 0]),
  );
  return {
    connections,
    paths: paths.length,
    requests: r.requests.total,
    requestsPerSecond: round(r.requests.total / r.duration, 0),
    latencyMs: { p50: r.latency.p50, p97_5: r.latency.p97_5, p99: r.latency.p99, max: r.latency.max },
    statusCodes,
    errors: r.errors,
    timeouts: r.timeouts,
    badStatuses: r["1xx"] + r["4xx"] + r["5xx"],
  };
}

/** One import after another, from shortly after the window opens until it closes (or `max`). */
async function importWhileOpen(
  csv: string,
  env: Record<string, string>,
  opened: number,
  closesAt: number,
  max: number | undefined,
  log: (message: string) => void,
): Promise<ImportFigures[]> {
  const done: ImportFigures[] = [];
  // The readers first reach full speed: an import from the first instant would meet idle servers.
  const windowMs = closesAt - opened;
  await new Promise((r) => setTimeout(r, Math.min(2_000, windowMs / 10)));
  while (performance.now() < closesAt && (max === undefined || done.length < max)) {
    const startedAt = (performance.now() - opened) / 1000;
    const result = await runChitieu(["import", csv, "--no-progress", "--illustrative"], env);
    const rows = /imported (\d+) rows/.exec(result.stdout);
    const source = /source (import-[0-9a-f-]+)/.exec(result.stdout);
    const figures: ImportFigures = {
      startedAt: round(startedAt, 2),
      seconds: round(result.seconds, 2),
      exitCode: result.code,
      rows: rows ? Number(rows[1]) : 0,
      sourceId: source?.[1] ?? null,
      committed: false,
      withinWindow: performance.now() <= closesAt,
      ...(result.code === 0 ? {} : { error: result.stderr.slice(-1000) }),
    };
    log(
      `import ${done.length + 1}: ${figures.rows} rows in ${figures.seconds} s (exit ${figures.exitCode}), ` +
        `started ${figures.startedAt} s into the window`,
    );
    done.push(figures);
  }
  return done;
}

/** Marks each import committed when its source, its audit entry and all its revisions are stored. */
async function checkCommitted(url: string, imports: ImportFigures[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const i of imports) {
      if (i.exitCode !== 0 || i.sourceId === null) continue;
      const { rows } = await client.query<{ revisions: number; audited: number; sources: number }>(
        `select (select count(*) from observation_revisions where source_id = $1)::int as revisions,
                (select count(*) from audit_log where action = 'import' and entity_id = $1)::int as audited,
                (select count(*) from sources where id = $1)::int as sources`,
        [i.sourceId],
      );
      const found = rows[0];
      i.committed =
        found !== undefined && found.revisions === i.rows && found.audited === 1 && found.sources === 1;
    }
  } finally {
    await client.end();
  }
}

/** pino's lines at level error (50) or fatal (60): a 500 is logged there. */
function errorLines(output: string): string[] {
  return output
    .split("\n")
    .filter((line) => /"level":\s*(5|6)\d\b/.test(line))
    .slice(0, 20)
    .map((line) => line.slice(0, 2000));
}

/** What makes a run a failure: any error, timeout or bad status, an import not committed, none at all. */
export function problemsOf(result: LoadResult): string[] {
  const problems: string[] = [];
  for (const [name, figures] of [
    ["pages", result.pages],
    ["api", result.api],
  ] as const) {
    if (figures.errors > 0) problems.push(`${name}: ${figures.errors} errors (${figures.timeouts} timeouts)`);
    if (figures.badStatuses > 0)
      problems.push(
        `${name}: ${figures.badStatuses} answers not 2xx/3xx: ${JSON.stringify(figures.statusCodes)}`,
      );
    if (figures.requests === 0) problems.push(`${name}: no request answered`);
  }
  if (result.imports.length === 0) problems.push("no import ran during the window");
  for (const [n, i] of result.imports.entries()) {
    if (!i.committed)
      problems.push(`import ${n + 1}: not committed (exit ${i.exitCode}) ${i.error ?? ""}`.trim());
  }
  if (result.server.errorLogLines.length > 0)
    problems.push(`the server logged ${result.server.errorLogLines.length} errors`);
  return problems;
}
