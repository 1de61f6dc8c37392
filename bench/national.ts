/**
 * The national bench (issue 7), one run, side by side:
 *   1. import rate: `chitieu import` of the generated CSV against plain COPY of the same file into
 *      a table of the file's shape (PostgreSQL), and, on a sample, the same into an embedded store;
 *   2. the national scorecard and a province's, against the best hand-written SQL: p50/p95, ratio;
 *   3. HTTP: autocannon at 50 connections on GET /api/v1/scorecard against node:http serving the
 *      same bytes from memory: requests per second, p99, errors; the server's peak RSS.
 * Writes bench/results.json and bench/results.md.
 *
 *   npm run bench -- national                    (scale 1: about 10^7 observations)
 *   BENCH_SCALE=0.1 npm run bench -- national    (smaller)
 *
 * BENCH_ONLY=read repeats only the scorecards and the HTTP part on the database a previous run
 * left, and merges their figures into bench/results.json.
 *
 * Needs PostgreSQL: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres);
 * the bench creates and drops its own database, chitieu_bench. It refuses a scale whose store
 * would not fit in the memory available, rather than swap.
 */
import { spawn } from "node:child_process";
import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { pipeline } from "node:stream/promises";
import autocannon from "autocannon";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { importObservations } from "../src/app/import-observations.ts";
import { loadCatalogue } from "../src/app/load-catalogue.ts";
import { scorecard } from "../src/app/scorecard.ts";
import { publicView } from "../src/app/visibility.ts";
import { CATALOGUE_FILE, readCatalogueFile } from "../src/db/catalogue-file.ts";
import { openStore } from "../src/db/connect.ts";
import { copyIndicators } from "../src/db/national-demo.ts";
import { estimateRows, shapeNational } from "../src/demo/national.ts";
import {
  peakRssBytes,
  ROOT,
  runChitieuOrFail,
  startServe,
  waitForAnswer,
} from "./support/chitieu-process.ts";
import { adminQuery, databaseUrl } from "./support/postgres.ts";

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const SEED = 1;
const YEAR = "2024";
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const DB_NAME = "chitieu_bench";
const dbUrl = databaseUrl(ADMIN_URL, DB_NAME);
/** Bytes a stored observation row costs on PostgreSQL (series + revision + indexes), measured at scale 0.1. */
const BYTES_PER_ROW = 450;
const EMBEDDED_SAMPLE = 100_000;
const RUNS = 40;

const log = (message: string) => process.stdout.write(`${message}\n`);

function memAvailable(): number {
  const m = /MemAvailable:\s+(\d+) kB/.exec(readFileSync("/proc/meminfo", "utf8"));
  return m ? Number(m[1]) * 1024 : totalmem();
}

const admin = (statement: string) => adminQuery(ADMIN_URL, statement);

/** Seconds the command took; its output goes to the terminal, a failure stops the bench. */
const run = async (args: string[]) => (await runChitieuOrFail(args, { DATABASE_URL: dbUrl }, true)).seconds;

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
/** p50 and p95 over RUNS runs of `fn` after five unmeasured ones; `before` runs untimed before each. */
async function time(fn: () => Promise<unknown>, before?: () => Promise<unknown>) {
  for (let i = 0; i < 5; i += 1) {
    await before?.();
    await fn();
  }
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    await before?.();
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { p50: round(pct(ms, 50)), p95: round(pct(ms, 95)) };
}
async function once(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return round(performance.now() - t);
}
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

const HAND_SQL = (where: string) => `
  with t as (
    select t.unit_id, t.indicator_code, t.spec
    from targets t join admin_units u on u.id = t.unit_id
    where ${where} and t.period = $1
  ), o as (
    select distinct on (s.unit_id, s.indicator_code) s.unit_id, s.indicator_code, r.value_number
    from observation_series s
    join admin_units u on u.id = s.unit_id
    join observation_revisions r on r.series_id = s.id and r.revision = s.latest_revision
    where ${where} and s.period = $1
    order by s.unit_id, s.indicator_code,
             case s.stage when 'official' then 3 when 'preliminary' then 2 else 1 end desc
  )
  select t.unit_id,
         count(*) filter (where case t.spec->>'kind'
           when 'gte' then o.value_number >= (t.spec->>'value')::float8
           when 'lte' then o.value_number <= (t.spec->>'value')::float8 end) as met,
         count(o.value_number) as with_data, count(*) as total
  from t left join o on o.unit_id = t.unit_id and o.indicator_code = t.indicator_code
  group by t.unit_id`;

async function cannon(url: string) {
  const r = await autocannon({ url, connections: 50, duration: 10, pipelining: 1 });
  return {
    requestsPerSecond: round(r.requests.average, 0),
    p99ms: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}

async function main(): Promise<void> {
  const catalogue = readCatalogueFile(CATALOGUE_FILE);
  const shape = shapeNational([...catalogue.units.values()], SCALE, SEED);
  const rows = Math.round(estimateRows(shape));
  const needed = rows * BYTES_PER_ROW * 1.5;
  const available = memAvailable();
  log(
    `scale ${SCALE} (seed ${SEED}): ${shape.provinces.length} provinces, ${shape.communes.length} communes, ` +
      `${shape.indicators.length} indicators, ${shape.years.length} years, ~${rows.toLocaleString("en")} observations; ` +
      `needs ~${(needed / 2 ** 30).toFixed(1)} GiB, ${(available / 2 ** 30).toFixed(1)} GiB available`,
  );
  if (needed > available * 0.8) {
    log(`refused: scale ${SCALE} does not fit in the memory available; set BENCH_SCALE lower`);
    process.exitCode = 2;
    return;
  }
  const csv = join(tmpdir(), `chitieu-bench-${SCALE}.csv`);
  const results: Record<string, unknown> = {
    scale: SCALE,
    seed: SEED,
    observations: rows,
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model,
      memoryGiB: round(totalmem() / 2 ** 30),
      node: process.version,
    },
    date: new Date().toISOString(),
  };

  if (process.env.BENCH_ONLY === "read") {
    const previous = JSON.parse(readFileSync(join(ROOT, "bench/results.json"), "utf8"));
    if (previous.scale !== SCALE)
      throw new Error(`bench/results.json is of scale ${previous.scale}, not ${SCALE}`);
    const c = new pg.Client({ connectionString: dbUrl });
    await c.connect();
    previous.scorecards = await measureScorecards(c, shape);
    await c.end();
    previous.http = await measureHttp();
    previous.date = new Date().toISOString();
    finish(previous);
    return;
  }

  // 1. Import, PostgreSQL.
  await admin(`drop database if exists ${DB_NAME}`);
  await admin(`create database ${DB_NAME}`);
  const generate = await run([
    "demo",
    "national",
    "--scale",
    String(SCALE),
    "--seed",
    String(SEED),
    "--csv",
    csv,
  ]);
  const lines = (await countLines(csv)) - 1;
  log(`generated plans, targets and ${lines} observation rows in ${generate.toFixed(1)} s`);
  const importSeconds = await run(["import", csv, "--no-progress", "--illustrative"]);
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  await c.query(
    "create table plain_copy (indicator text, unit text, period text, stage text, value double precision, recorded_at timestamptz)",
  );
  /** Seconds to COPY the whole file into `table`. */
  const copySecondsInto = async (table: string) => {
    const start = performance.now();
    await pipeline(
      createReadStream(csv),
      c.query(copyFrom(`copy ${table} from stdin with (format csv, header true)`)),
    );
    return (performance.now() - start) / 1000;
  };
  const copySeconds = await copySecondsInto("plain_copy");
  await c.query("drop table plain_copy");
  // The same file into one table shaped and keyed as the data needs: each row's indicator and unit
  // must exist (foreign keys) and rows are found by their key (an index). What any store of these
  // rows pays, before chitieu's own choices (series and revisions, validation by line, audit).
  await c.query(
    `create table keyed_copy (
       indicator text not null references indicators (code),
       unit text not null references admin_units (id),
       period text collate "C" not null,
       stage text collate "C" not null,
       value double precision, recorded_at timestamptz)`,
  );
  await c.query("create index keyed_copy_key on keyed_copy (unit, period, indicator, stage)");
  const keyedSeconds = await copySecondsInto("keyed_copy");
  // Again with row triggers off, as chitieu's import runs where its role may (the foreign keys
  // then go unchecked here, where chitieu checks them in one set-based query): the index alone.
  await c.query("truncate keyed_copy");
  await c.query("set session_replication_role = replica");
  const keyedNoTriggerSeconds = await copySecondsInto("keyed_copy");
  await c.query("set session_replication_role = origin");
  await c.query("drop table keyed_copy");
  await c.query("vacuum analyze");
  const importRate = lines / importSeconds;
  const copyRate = lines / copySeconds;
  const keyedRate = lines / keyedSeconds;
  results.importPostgres = {
    rows: lines,
    chitieuRowsPerSecond: round(importRate, 0),
    plainCopyRowsPerSecond: round(copyRate, 0),
    ratio: round(importRate / copyRate, 3),
    keyedCopyRowsPerSecond: round(keyedRate, 0),
    ratioKeyed: round(importRate / keyedRate, 3),
    keyedCopyTriggersOffRowsPerSecond: round(lines / keyedNoTriggerSeconds, 0),
    ratioKeyedTriggersOff: round(importRate / (lines / keyedNoTriggerSeconds), 3),
    note: "chitieu: the whole command (start, validation, staging, series and revisions with their keys); COPY: into a table of the file's columns without keys; keyed COPY: the same table with foreign keys to indicators and units and an index on the key; triggers off: that, with session_replication_role = replica (the index only)",
  };
  log(
    `import: chitieu ${Math.round(importRate)} rows/s, plain COPY ${Math.round(copyRate)} rows/s, keyed COPY ${Math.round(keyedRate)} rows/s`,
  );

  // 1b. Import into an embedded store, on a sample.
  results.importEmbedded = await embeddedImport(csv, shape);

  // 2. Scorecards.
  results.scorecards = await measureScorecards(c, shape);
  await c.end();

  // 3. HTTP.
  results.http = await measureHttp();
  rmSync(csv, { force: true });
  finish(results);
}

function finish(results: Record<string, unknown>): void {
  writeFileSync(join(ROOT, "bench/results.json"), `${JSON.stringify(results, null, 2)}\n`);
  const md = markdown(results);
  writeFileSync(join(ROOT, "bench/results.md"), md);
  log(`\n${md}`);
}

async function measureHttp() {
  const server = await startServe({ DATABASE_URL: dbUrl });
  try {
    const path = `/api/v1/scorecard?period=${YEAR}`;
    const pagePath = `/vi/scorecard/${YEAR}`;
    const response = await fetch(`${server.origin}${path}`);
    const bytes = Buffer.from(await response.arrayBuffer());
    const pageBytes = Buffer.from(await (await fetch(`${server.origin}${pagePath}`)).arrayBuffer());
    const api = await cannon(`${server.origin}${path}`);
    const page = await cannon(`${server.origin}${pagePath}`);
    const rss = peakRssBytes(server.child.pid!) ?? 0;
    // The baseline in a process of its own, like the server: node:http, the same bytes, from memory
    // (the page's, the larger of the two).
    const bodyFile = join(tmpdir(), "chitieu-bench-body.html");
    writeFileSync(bodyFile, pageBytes.length > bytes.length ? pageBytes : bytes);
    const staticPort = server.port + 1;
    const staticServer = spawn(
      process.execPath,
      [
        "-e",
        `const b = require("node:fs").readFileSync(${JSON.stringify(bodyFile)});
         require("node:http").createServer((q, r) => {
           r.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": b.length });
           r.end(b);
         }).listen(${staticPort});`,
      ],
      { stdio: ["ignore", "inherit", "inherit"] },
    );
    let baseline: Awaited<ReturnType<typeof cannon>>;
    try {
      await waitForAnswer(`http://127.0.0.1:${staticPort}/`, staticServer);
      baseline = await cannon(`http://127.0.0.1:${staticPort}/`);
    } finally {
      staticServer.kill("SIGTERM");
      rmSync(bodyFile, { force: true });
    }
    const http = {
      connections: 50,
      seconds: 10,
      route: path,
      bodyBytes: bytes.length,
      api,
      pageRoute: pagePath,
      pageBytes: pageBytes.length,
      page,
      staticFromMemory: baseline,
      ratio: round(api.requestsPerSecond / baseline.requestsPerSecond, 3),
      pageRatio: round(page.requestsPerSecond / baseline.requestsPerSecond, 3),
      serverPeakRssMiB: round(rss / 2 ** 20),
    };
    log(`http: ${JSON.stringify(http)}`);
    return http;
  } finally {
    await server.stop();
  }
}

async function measureScorecards(c: pg.Client, shape: ReturnType<typeof shapeNational>) {
  // The server's way: migrations (0003) as serve would run them.
  const store = await openStore({ databaseUrl: dbUrl });
  const province = shape.provinces[0]!;
  // Nothing kept yet (as after an import): the first read assesses every unit and keeps it.
  await c.query("update assessed_rollups set generation = generation + 1");
  const nationalFirst = await once(() => scorecard(store.db, publicView(store.db), { period: YEAR }));
  const provinceFirst = await once(() =>
    scorecard(store.db, publicView(store.db), { period: YEAR, unit: province.id }),
  );
  const nationalApp = await time(() => scorecard(store.db, publicView(store.db), { period: YEAR }));
  const nationalSql = await time(() => c.query(HAND_SQL("u.level = 'province'"), [YEAR]));
  const provinceApp = await time(() =>
    scorecard(store.db, publicView(store.db), { period: YEAR, unit: province.id }),
  );
  const provinceSql = await time(() => c.query(HAND_SQL("u.parent_id = $2"), [YEAR, province.id]));
  // The worst case: a write to every unit of the scope before each read, so that every read
  // assesses them all again.
  const stale = () => c.query("update assessed_rollups set generation = generation + 1");
  const nationalStale = await time(() => scorecard(store.db, publicView(store.db), { period: YEAR }), stale);
  const provinceStale = await time(
    () => scorecard(store.db, publicView(store.db), { period: YEAR, unit: province.id }),
    stale,
  );
  await store.close();
  const scorecards = {
    year: YEAR,
    national: {
      chitieu: nationalApp,
      firstReadMs: nationalFirst,
      allStale: nationalStale,
      handSql: nationalSql,
      ratioP50: round(nationalApp.p50 / nationalSql.p50, 2),
    },
    province: {
      unit: `${province.code} ${province.name}`,
      chitieu: provinceApp,
      firstReadMs: provinceFirst,
      allStale: provinceStale,
      handSql: provinceSql,
      ratioP50: round(provinceApp.p50 / provinceSql.p50, 2),
    },
  };
  log(`scorecards: ${JSON.stringify(scorecards)}`);
  return scorecards;
}

async function countLines(file: string): Promise<number> {
  let n = 0;
  for await (const _ of createInterface({ input: createReadStream(file) })) n += 1;
  return n;
}

async function embeddedImport(csv: string, shape: ReturnType<typeof shapeNational>) {
  const sample = join(tmpdir(), "chitieu-bench-sample.csv");
  const lines: string[] = [];
  for await (const line of createInterface({ input: createReadStream(csv) })) {
    lines.push(line);
    if (lines.length > EMBEDDED_SAMPLE) break;
  }
  writeFileSync(sample, `${lines.join("\n")}\n`);
  const dataDir = mkdtempSync(join(tmpdir(), "chitieu-bench-embedded-"));
  const store = await openStore({ dataDir });
  try {
    await loadCatalogue(store.db, readCatalogueFile(CATALOGUE_FILE), { actor: "bench", source: "bench" });
    const s = await store.openBulk();
    await copyIndicators(s, shape.indicators);
    await s.query(
      "create table plain_insert (indicator text, unit text, period text, stage text, value double precision, recorded_at timestamptz)",
    );
    await s.commit();
    let t = performance.now();
    const imported = await importObservations(store, createReadStream(sample), {
      name: "sample",
      actor: "bench",
    });
    const chitieu = imported.rows / ((performance.now() - t) / 1000);
    t = performance.now();
    const plain = await store.openBulk();
    const n = await plain.copyIn(
      "plain_insert",
      ["indicator", "unit", "period", "stage", "value", "recorded_at"],
      lines.slice(1).map((l) => {
        const f = l.split(",");
        return [f[0]!, f[1]!, f[2]!, f[3]!, Number(f[4]), f[5]!];
      }),
    );
    await plain.commit();
    const insertRate = n / ((performance.now() - t) / 1000);
    log(
      `embedded: chitieu ${Math.round(chitieu)} rows/s, plain INSERT loop ${Math.round(insertRate)} rows/s`,
    );
    return {
      rows: imported.rows,
      chitieuRowsPerSecond: round(chitieu, 0),
      plainInsertRowsPerSecond: round(insertRate, 0),
      ratio: round(chitieu / insertRate, 3),
      note: `a sample: the first ${EMBEDDED_SAMPLE} rows of the file, into an embedded store (its own PostgreSQL); plain: COPY of the same rows into a bare table`,
    };
  } finally {
    await store.close();
    rmSync(sample, { force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// biome-ignore lint/suspicious/noExplicitAny: the results are loose JSON.
function markdown(r: any): string {
  const row = (cells: unknown[]) => `| ${cells.join(" | ")} |`;
  return [
    `## chitieu bench, scale ${r.scale} (~${r.observations.toLocaleString("en")} observations), ${r.machine.cpus} × ${r.machine.cpu}, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}, ${r.date.slice(0, 10)}`,
    "",
    row(["measure", "chitieu", "baseline", "ratio", "target"]),
    row(["---", "---", "---", "---", "---"]),
    row([
      "import, PostgreSQL (rows/s)",
      r.importPostgres.chitieuRowsPerSecond,
      `plain COPY ${r.importPostgres.plainCopyRowsPerSecond}`,
      r.importPostgres.ratio,
      "≥ 0.5",
    ]),
    row([
      "import, PostgreSQL, against a keyed table (rows/s)",
      r.importPostgres.chitieuRowsPerSecond,
      `keyed COPY ${r.importPostgres.keyedCopyRowsPerSecond}`,
      r.importPostgres.ratioKeyed,
      "≥ 0.5",
    ]),
    row([
      "import, PostgreSQL, against the keyed table with row triggers off (rows/s)",
      r.importPostgres.chitieuRowsPerSecond,
      `keyed COPY, triggers off ${r.importPostgres.keyedCopyTriggersOffRowsPerSecond}`,
      r.importPostgres.ratioKeyedTriggersOff,
      "",
    ]),
    row([
      `import, embedded store, ${r.importEmbedded.rows} rows (rows/s)`,
      r.importEmbedded.chitieuRowsPerSecond,
      `plain COPY ${r.importEmbedded.plainInsertRowsPerSecond}`,
      r.importEmbedded.ratio,
      "",
    ]),
    row([
      "national scorecard p50 / p95 (ms)",
      `${r.scorecards.national.chitieu.p50} / ${r.scorecards.national.chitieu.p95}`,
      `hand SQL ${r.scorecards.national.handSql.p50} / ${r.scorecards.national.handSql.p95}`,
      r.scorecards.national.ratioP50,
      "≤ 2, p95 < 300 ms",
    ]),
    row([
      `province scorecard (${r.scorecards.province.unit}) p50 / p95 (ms)`,
      `${r.scorecards.province.chitieu.p50} / ${r.scorecards.province.chitieu.p95}`,
      `hand SQL ${r.scorecards.province.handSql.p50} / ${r.scorecards.province.handSql.p95}`,
      r.scorecards.province.ratioP50,
      "p95 < 50 ms",
    ]),
    row([
      "… first read after an import, national / province (ms)",
      `${r.scorecards.national.firstReadMs} / ${r.scorecards.province.firstReadMs}`,
      "",
      "",
      "",
    ]),
    row([
      "… every unit written before each read, national / province p50 / p95 (ms)",
      `${r.scorecards.national.allStale?.p50} / ${r.scorecards.national.allStale?.p95}; ${r.scorecards.province.allStale?.p50} / ${r.scorecards.province.allStale?.p95}`,
      "",
      "",
      "",
    ]),
    row([
      `HTTP ${r.http.route}, 50 conn (req/s, p99 ms, errors)`,
      `${r.http.api.requestsPerSecond}, ${r.http.api.p99ms}, ${r.http.api.errors + r.http.api.non2xx}`,
      `node:http ${r.http.staticFromMemory.requestsPerSecond}, ${r.http.staticFromMemory.p99ms}`,
      r.http.ratio,
      "≥ 0.4, 0 errors",
    ]),
    row([
      `HTTP page ${r.http.pageRoute}, 50 conn (req/s, p99 ms, errors)`,
      `${r.http.page.requestsPerSecond}, ${r.http.page.p99ms}, ${r.http.page.errors + r.http.page.non2xx}`,
      `node:http ${r.http.staticFromMemory.requestsPerSecond}, ${r.http.staticFromMemory.p99ms}`,
      r.http.pageRatio,
      "≥ 0.4, 0 errors",
    ]),
    row(["server peak RSS (MiB)", r.http.serverPeakRssMiB, "", "", ""]),
    "",
  ].join("\n");
}

await main();
