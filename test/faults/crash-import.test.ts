/**
 * Power cut during an import (issue 8): `chitieu import` of a CSV, and of a filled .xlsx template,
 * runs as a child process and is killed with SIGKILL at a random moment of its run; the store is
 * then opened again as the next command would open it, and must hold the whole file or none of
 * it, with an audit log that agrees, and no repair. On the embedded store the killed process leaves
 * its client file and the server it started behind: the next command joins that server, prunes the
 * file, and stops the server when it closes.
 *
 * Each run starts from a copy of one seeded store (a copy of the cluster's folder on the embedded store, CREATE DATABASE …
 * TEMPLATE on PostgreSQL), two runs at a time. The kill delays are uniform over the duration of
 * a complete run, measured first (two at a time too, so that the window matches). CI does 12 CSV
 * and 8 .xlsx kills per engine; CHITIEU_SOAK=1 does 140 and 60. CHITIEU_CRASH_SEED replays a
 * sequence of delays (the seed is printed).
 */
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalogue } from "../../src/app/load-catalogue.ts";
import { loadNationalDemo } from "../../src/app/load-national-demo.ts";
import { templateFor } from "../../src/app/xlsx-exchange.ts";
import type { Store } from "../../src/db/connect.ts";
import { random, shapeNational } from "../../src/demo/national.ts";
import { columnNumber, ROW } from "../../src/report/xlsx/layout.ts";
import { FIXTURE_CATALOGUE, FIXTURE_UNITS } from "../fixtures/catalogue.ts";
import { runChitieu } from "../support/cli.ts";
import { POSTGRES } from "../support/engines.ts";
import {
  clientFiles,
  embeddedScratch,
  postgresScratch,
  type ScratchEngine,
  type ScratchStore,
  serverRuns,
  settle,
} from "./scratch-stores.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const SOAK = process.env.CHITIEU_SOAK === "1";
const KILLS = SOAK ? { csv: 140, xlsx: 60 } : { csv: 12, xlsx: 8 };
/** Runs at once: two keep a two-core machine busy (the child imports while this process checks). */
const PARALLEL = 2;
const SEED = Number(process.env.CHITIEU_CRASH_SEED ?? Date.now() % 1_000_000);
/** Rows of the CSV: a few seconds of import on a quiet two-core machine. */
const CSV_ROWS = 5_000;
/** The province of the fixture catalogue, whose 2025 plan (90 targets) the .xlsx fills. */
const PROVINCE = "80@2025-07-01";
const PLAN = `nat-${PROVINCE}-2025`;
const IMPORTER = "cli:import";

console.info(`crash-import: seed ${SEED} (CHITIEU_CRASH_SEED=${SEED} replays these kill delays)`);

interface Files {
  csv: string;
  /** Data lines of the CSV, and its distinct indicator × unit × period × stage keys. */
  csvRows: number;
  csvSeries: number;
  xlsx: string;
  xlsxValues: number;
}

/** The seed store: the fixture catalogue and the national demo's indicators, plans and targets. */
async function seed(engine: ScratchEngine): Promise<{ store: ScratchStore; files: Files }> {
  const dir = engine.dir;
  const scratch = await engine.create();
  const store = await scratch.open();
  try {
    await loadCatalogue(store.db, FIXTURE_CATALOGUE, { actor: "test", source: "fixture" });
    const full = join(dir, `national-${engine.engine}.csv`);
    await loadNationalDemo(store, shapeNational(FIXTURE_UNITS, 1, 1), { csvFile: full });
    const lines = readFileSync(full, "utf8")
      .trimEnd()
      .split("\n")
      .slice(0, CSV_ROWS + 1);
    const csv = join(dir, `observations-${engine.engine}.csv`);
    writeFileSync(csv, `${lines.join("\n")}\n`);
    const keys = new Set(lines.slice(1).map((l) => l.split(",").slice(0, 4).join(",")));

    const admin = {
      userId: "admin",
      name: "admin",
      grants: [{ role: "administrator" as const, unitId: null }],
    };
    const { file } = await templateFor(store.db, admin, { planId: PLAN, period: "2025" }, "vi");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet("Chỉ tiêu")!;
    let values = 0;
    for (let r = ROW.firstData; sheet.getRow(r).getCell(columnNumber("targetId")).value; r += 1) {
      const row = sheet.getRow(r);
      row.getCell(columnNumber("actual")).value = 1_000 + r;
      row.getCell(columnNumber("stage")).value = "Chính thức";
      values += 1;
    }
    const xlsx = join(dir, `template-${engine.engine}.xlsx`);
    writeFileSync(xlsx, Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
    return {
      store: scratch,
      files: { csv, csvRows: lines.length - 1, csvSeries: keys.size, xlsx, xlsxValues: values },
    };
  } finally {
    await store.close();
  }
}

interface Counts {
  series: number;
  revisions: number;
  importSources: { id: string }[];
  importAudits: { entity_id: string; after: { rows: number; series: number; revisions: number } }[];
  /** Observations created by the .xlsx import, and their audit entries. */
  xlsxSeries: number;
  xlsxAudits: number;
  /** Σ latest_revision over the series: equals the revisions when no series is half-written. */
  latestSum: number;
}

/** Reads the store from end to end: every table is scanned, so a damaged page would fail here. */
async function countStore(store: Store): Promise<Counts> {
  const { rows: tables } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(store.db);
  for (const { name } of tables) await sql.raw(`select count(*) from "${name}"`).execute(store.db);
  const one = async (query: ReturnType<typeof sql<{ n: number }>>) =>
    Number((await query.execute(store.db)).rows[0]?.n ?? 0);
  return {
    series: await one(sql`select count(*) as n from observation_series`),
    revisions: await one(sql`select count(*) as n from observation_revisions`),
    latestSum: await one(sql`select coalesce(sum(latest_revision), 0) as n from observation_series`),
    importSources: (await sql<{ id: string }>`select id from sources where kind = 'import'`.execute(store.db))
      .rows,
    importAudits: (
      await sql<Counts["importAudits"][number]>`
        select entity_id, after from audit_log where action = 'import'`.execute(store.db)
    ).rows,
    xlsxSeries: await one(sql`
      select count(*) as n from observation_series s join observation_revisions r on r.series_id = s.id
      where s.unit_id = ${PROVINCE} and s.period = '2025' and r.recorded_by = ${IMPORTER}`),
    xlsxAudits: await one(sql`
      select count(*) as n from audit_log
      where action = 'create' and entity = 'observation' and actor = ${IMPORTER}`),
  };
}

type Kind = "csv" | "xlsx";

/** Checks that `after` holds the seed plus the whole file, or the seed alone. Returns which. */
async function expectWholeOrNone(
  store: Store,
  kind: Kind,
  base: Counts,
  after: Counts,
  files: Files,
): Promise<"whole" | "none"> {
  expect(after.latestSum, "Σ latest_revision = revisions").toBe(after.revisions);
  if (kind === "csv") {
    const whole = after.importSources.length === base.importSources.length + 1;
    if (!whole) {
      expect(after).toEqual(base);
      return "none";
    }
    expect(after.series - base.series).toBe(files.csvSeries);
    expect(after.revisions - base.revisions).toBe(files.csvRows);
    const source = after.importSources.find((s) => !base.importSources.some((b) => b.id === s.id))!;
    const audit = after.importAudits.filter((a) => a.entity_id === source.id);
    expect(audit, "one import audit entry for the new source").toHaveLength(1);
    expect(after.importAudits).toHaveLength(base.importAudits.length + 1);
    expect(audit[0]!.after).toMatchObject({
      rows: files.csvRows,
      series: files.csvSeries,
      revisions: files.csvRows,
    });
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from observation_revisions where source_id = ${source.id}`.execute(store.db);
    expect(rows[0]!.n).toBe(files.csvRows);
    return "whole";
  }
  const whole = after.xlsxSeries > base.xlsxSeries;
  if (!whole) {
    expect(after).toEqual(base);
    return "none";
  }
  expect(after.xlsxSeries - base.xlsxSeries).toBe(files.xlsxValues);
  expect(after.xlsxAudits - base.xlsxAudits, "one audit entry per value written").toBe(files.xlsxValues);
  expect(after.series - base.series).toBe(files.xlsxValues);
  expect(after.revisions - base.revisions).toBe(files.xlsxValues);
  return "whole";
}

/** `chitieu import FILE` in a child process, killed with SIGKILL after `killAfterMs` (if given). */
function startImport(
  file: string,
  env: Record<string, string>,
  killAfterMs?: number,
): Promise<{ killed: boolean; code: number | null; ms: number; stderr: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, ["bin/chitieu.js", "import", file, "--no-progress"], {
    cwd: ROOT,
    env: { ...process.env, ...env, LOG_LEVEL: "silent" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  let killed = false;
  const timer =
    killAfterMs === undefined
      ? undefined
      : setTimeout(() => {
          killed = child.kill("SIGKILL");
        }, killAfterMs);
  // "close", not "exit": the process is gone and reaped, and its stderr has been read.
  return new Promise((resolve) => {
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ killed: killed && code === null, code, ms: performance.now() - started, stderr });
    });
  });
}

interface Tally {
  killed: number;
  finished: number;
  whole: number;
  none: number;
  staleLocks: number;
}

function crashSuite(title: string, makeEngine: () => ScratchEngine): void {
  describe(title, () => {
    let engine: ScratchEngine;
    let seeded: ScratchStore;
    let files: Files;
    let base: Counts;
    const next = random(SEED);

    beforeAll(async () => {
      engine = makeEngine();
      const made = await seed(engine);
      seeded = made.store;
      files = made.files;
      const store = await seeded.open();
      try {
        base = await countStore(store);
      } finally {
        await store.close();
      }
    }, 120_000);
    afterAll(async () => {
      await engine?.dispose();
    });

    for (const kind of ["csv", "xlsx"] as const) {
      it(
        `a killed ${kind} import leaves the whole file or none of it, and the audit agrees`,
        async () => {
          const file = kind === "csv" ? files.csv : files.xlsx;
          /** One run on a fresh copy of the seed: import, killed after `delay` ms unless it ends first. */
          const runOnce = async (delay?: number) => {
            const scratch = await engine.create(seeded);
            const outcome = await startImport(file, scratch.env, delay);
            const staleLock = scratch.engine === "embedded" && clientFiles(scratch.name).length > 0;
            // The next command opens the store as usual: no repair; a dead client is pruned.
            const store = await scratch.open();
            let state: "whole" | "none";
            try {
              await settle(store);
              state = await expectWholeOrNone(store, kind, base, await countStore(store), files);
            } finally {
              await store.close();
            }
            if (scratch.engine === "embedded") {
              expect(clientFiles(scratch.name), "a dead client's file pruned").toEqual([]);
              expect(serverRuns(scratch.name), "the last one out stops the server").toBe(false);
            }
            return { scratch, outcome, staleLock, state };
          };

          // Complete runs first, as many at once as the kills will run: they must import the whole
          // file, and their mean duration is the window the kills are drawn from.
          const complete = await Promise.all(Array.from({ length: PARALLEL }, () => runOnce()));
          for (const run of complete) {
            expect(run.outcome.stderr).toBe("");
            expect(run.outcome.code).toBe(0);
            expect(run.state).toBe("whole");
            await run.scratch.dispose();
          }
          const window = complete.reduce((sum, run) => sum + run.outcome.ms, 0) / PARALLEL;

          const tally: Tally = { killed: 0, finished: 0, whole: 0, none: 0, staleLocks: 0 };
          const started = performance.now();
          let last: Awaited<ReturnType<typeof runOnce>> | undefined;
          for (let run = 0; run < KILLS[kind]; run += PARALLEL) {
            const delays = Array.from({ length: Math.min(PARALLEL, KILLS[kind] - run) }, () =>
              Math.round(next() * window),
            );
            for (const done of await Promise.all(delays.map((delay) => runOnce(delay)))) {
              if (done.outcome.killed) tally.killed += 1;
              else {
                expect(done.outcome.code, "a run that ended before its kill").toBe(0);
                tally.finished += 1;
              }
              if (done.staleLock) tally.staleLocks += 1;
              tally[done.state] += 1;
              if (last) await last.scratch.dispose();
              last = done;
            }
          }
          // And the usual command works on the last store that was killed: run the import again.
          const again = await runChitieu(["import", file, "--no-progress"], {
            ...last!.scratch.env,
            LOG_LEVEL: "silent",
          });
          expect(again.stderr).toBe("");
          expect(again.code).toBe(0);
          if (last!.state === "none") {
            const store = await last!.scratch.open();
            try {
              expect(await expectWholeOrNone(store, kind, base, await countStore(store), files)).toBe(
                "whole",
              );
            } finally {
              await store.close();
            }
          }
          await last!.scratch.dispose();

          console.info(
            `crash-import [${engine.engine}, ${kind}]: complete run ${(window / 1000).toFixed(1)} s; ` +
              `${KILLS[kind]} runs with a kill in [0, ${Math.round(window)}] ms: ${tally.killed} killed, ` +
              `${tally.finished} finished first; store whole ${tally.whole}, empty ${tally.none}, ` +
              `${tally.staleLocks} dead client(s) pruned; ${((performance.now() - started) / 1000).toFixed(0)} s`,
          );
          expect(tally.whole + tally.none).toBe(KILLS[kind]);
        },
        600_000 * (SOAK ? 20 : 1),
      );
    }
  });
}

crashSuite("crash during import [embedded]", () => embeddedScratch("crash"));
describe.skipIf(POSTGRES.missing !== undefined && !POSTGRES.inCi)("postgres", () => {
  crashSuite("crash during import [postgres]", () => postgresScratch("crash"));
});
