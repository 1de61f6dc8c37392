/**
 * `chitieu backup FILE` and `chitieu restore FILE [--force]` (issue 8), on each engine, through the
 * command as a user runs it: a store with data in most tables is backed up, restored into an empty
 * store, and the two are compared table by table, row by row (and sequence by sequence); a second
 * restore onto the now non-empty store is refused, naming it, until --force. On the embedded store,
 * a backup while another process uses the store refuses, naming that process.
 */
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "../../src/app/auth/sessions.ts";
import { addUser } from "../../src/app/auth/users.ts";
import { loadCatalogue } from "../../src/app/load-catalogue.ts";
import { loadNationalDemo } from "../../src/app/load-national-demo.ts";
import type { Store } from "../../src/db/connect.ts";
import { shapeNational } from "../../src/demo/national.ts";
import { FIXTURE_CATALOGUE, FIXTURE_UNITS } from "../fixtures/catalogue.ts";
import { type CliResult, runChitieu } from "../support/cli.ts";
import { POSTGRES } from "../support/engines.ts";
import { startHolder } from "../support/start-holder.ts";
import { embeddedScratch, postgresScratch, type ScratchEngine, type ScratchStore } from "./scratch-stores.ts";

const chitieu = (store: ScratchStore, ...args: string[]) =>
  runChitieu(args, { ...store.env, LOG_LEVEL: "silent" });

/** Every row of every table, as JSON text in a stable order, and every sequence's position. */
async function snapshot(store: Store): Promise<Record<string, string[]>> {
  const { rows: tables } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`.execute(store.db);
  const all: Record<string, string[]> = {};
  for (const { name } of tables) {
    const { rows } = await sql<{ row: string }>`
      select row_to_json(t)::text as row from ${sql.table(name)} t order by 1`.execute(store.db);
    all[name] = rows.map((r) => r.row);
  }
  const { rows: sequences } = await sql<{ name: string; last: string | null }>`
    select sequencename as name, last_value::text as last from pg_sequences
    where schemaname = current_schema() order by 1`.execute(store.db);
  all["(sequences)"] = sequences.map((s) => `${s.name}=${s.last}`);
  return all;
}

async function snapshotOf(scratch: ScratchStore): Promise<Record<string, string[]>> {
  const store = await scratch.open();
  try {
    return await snapshot(store);
  } finally {
    await store.close();
  }
}

function backupSuite(title: string, makeEngine: () => ScratchEngine): void {
  describe(title, () => {
    let engine: ScratchEngine;
    let source: ScratchStore;
    let before: Record<string, string[]>;
    let file: string;
    let backup: CliResult;

    beforeAll(async () => {
      engine = makeEngine();
      source = await engine.create();
      const store = await source.open();
      try {
        await loadCatalogue(store.db, FIXTURE_CATALOGUE, { actor: "test", source: "fixture" });
        await loadNationalDemo(store, shapeNational(FIXTURE_UNITS, 0.05, 1), {});
        await addUser(
          store.db,
          {
            id: "can-bo-xa",
            name: "Nguyễn Văn An",
            password: "một mật khẩu dài",
            grants: [{ role: "officer", unitId: "80@2025-07-01" }],
          },
          { actor: "test" },
        );
        await signIn(store.db, { account: "can-bo-xa", password: "một mật khẩu dài", address: "127.0.0.1" });
        before = await snapshot(store);
      } finally {
        await store.close();
      }
      // Made here, once: every test below restores it.
      file = join(engine.dir, `backup-${engine.engine}.bin`);
      backup = await chitieu(source, "backup", file);
    }, 120_000);
    afterAll(async () => {
      await engine?.dispose();
    });

    it("backs up, and restores into an empty store every row of every table", async () => {
      const tablesWithRows = Object.entries(before).filter(([, rows]) => rows.length > 0);
      expect(tablesWithRows.length, "the seed fills most tables").toBeGreaterThanOrEqual(15);

      expect(backup.stderr).toBe("");
      expect(backup.code).toBe(0);
      expect(backup.stdout).toContain(`to ${file}`);
      expect(readdirSync(engine.dir).filter((f) => f.includes(".partial-"))).toEqual([]);
      expect(await snapshotOf(source), "a backup changes nothing").toEqual(before);

      const target = await engine.create();
      const restore = await chitieu(target, "restore", file);
      expect(restore.stderr).toBe("");
      expect(restore.code).toBe(0);
      expect(await snapshotOf(target)).toEqual(before);
    }, 120_000);

    it("refuses to restore over a store that holds data, naming it, until --force", async () => {
      const target = await engine.create(source);
      const store = await target.open();
      try {
        await sql`delete from sessions`.execute(store.db);
        await addUser(
          store.db,
          { id: "nguoi-khac", name: "Người khác", password: "một mật khẩu khác", grants: [] },
          { actor: "test" },
        );
      } finally {
        await store.close();
      }
      const changed = await snapshotOf(target);
      const refused = await chitieu(target, "restore", file);
      expect(refused.code).toBe(1);
      const location = target.engine === "embedded" ? target.name : `/${target.name}`;
      expect(refused.stderr).toContain("is not empty");
      expect(refused.stderr).toContain(location);
      expect(refused.stderr).toContain("--force");
      expect(refused.stderr.trim().split("\n")).toHaveLength(1);
      expect(await snapshotOf(target), "a refused restore writes nothing").toEqual(changed);

      const forced = await chitieu(target, "restore", file, "--force");
      expect(forced.stderr).toBe("");
      expect(forced.code).toBe(0);
      expect(await snapshotOf(target)).toEqual(before);
    }, 120_000);

    it("refuses a file that is not a backup of this kind of store, by name", async () => {
      const target = await engine.create();
      const notBackup = join(engine.dir, "not-a-backup.csv");
      writeFileSync(notBackup, "indicator,unit,period,stage,value\n");
      const r = await chitieu(target, "restore", notBackup);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`${notBackup}: not a chitieu backup`);
      const missing = await chitieu(target, "restore", join(engine.dir, "none.bin"));
      expect(missing.stderr).toContain("none.bin: no such file");
    }, 60_000);
  });
}

backupSuite("chitieu backup and restore [embedded]", () => embeddedScratch("backup"));

describe("chitieu backup of an embedded store that a server holds", () => {
  it("refuses, naming the holder, and writes no file", async () => {
    const engine = embeddedScratch("backup-held");
    try {
      const store = await engine.create();
      await (await store.open()).close();
      const holder = await startHolder(store.name);
      try {
        const file = join(engine.dir, "held.bin");
        const r = await chitieu(store, "backup", file);
        expect(r.code).toBe(1);
        expect(r.stderr).toContain(`in use by process ${holder.pid} (hold-store (test holder))`);
        expect(existsSync(file)).toBe(false);
      } finally {
        const exited = new Promise((resolve) => holder.once("exit", resolve));
        holder.stdin!.end();
        await exited;
      }
    } finally {
      await engine.dispose();
    }
  }, 120_000);
});

describe.skipIf(POSTGRES.missing !== undefined && !POSTGRES.inCi)("postgres", () => {
  backupSuite("chitieu backup and restore [postgres]", () => postgresScratch("backup"));
});
