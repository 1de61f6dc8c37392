import { PGlite } from "@electric-sql/pglite";
import { Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Mutex, PGliteDialect } from "./pglite-dialect.ts";

describe("Mutex", () => {
  it("lets one holder in at a time, in the order they asked", async () => {
    const mutex = new Mutex();
    const order: string[] = [];
    const run = async (name: string, ms: number) => {
      const release = await mutex.acquire();
      order.push(`${name}+`);
      await new Promise((r) => setTimeout(r, ms));
      order.push(`${name}-`);
      release();
    };
    await Promise.all([run("a", 20), run("b", 1), run("c", 5)]);
    expect(order).toEqual(["a+", "a-", "b+", "b-", "c+", "c-"]);
    expect(mutex.queued).toBe(0);
  });

  it("gives up after the timeout, and the one who gave up does not block those after it", async () => {
    const mutex = new Mutex();
    const first = await mutex.acquire();
    await expect(mutex.acquire(20)).rejects.toThrow(/busy for 20 ms/);
    const third = mutex.acquire(1_000);
    first();
    const release = await third;
    release();
    expect(mutex.queued).toBe(0);
  });
});

describe("PGliteDialect", () => {
  // biome-ignore lint/suspicious/noExplicitAny: a scratch table.
  let db: Kysely<any>;
  beforeAll(async () => {
    db = new Kysely({ dialect: new PGliteDialect(new PGlite()) });
    await sql`create table counter (id int primary key, n int not null)`.execute(db);
    await sql`create table log (id serial primary key, who text not null)`.execute(db);
  });
  afterAll(async () => {
    await db.destroy();
  });

  it("keeps concurrent transactions apart: each read-modify-write sees the previous one's commit", async () => {
    await sql`insert into counter values (1, 0)`.execute(db);
    const writers = Array.from({ length: 25 }, (_, i) =>
      db.transaction().execute(async (trx) => {
        const row = await trx.selectFrom("counter").select("n").where("id", "=", 1).executeTakeFirstOrThrow();
        await new Promise((r) => setTimeout(r, i % 3));
        await trx
          .updateTable("counter")
          .set({ n: row.n + 1 })
          .where("id", "=", 1)
          .execute();
        await trx
          .insertInto("log")
          .values({ who: `w${i}` })
          .execute();
      }),
    );
    await Promise.all(writers);
    const { n } = await db.selectFrom("counter").select("n").where("id", "=", 1).executeTakeFirstOrThrow();
    expect(n).toBe(25);
  });

  it("rolls back a failed transaction without touching the ones around it", async () => {
    await sql`truncate log`.execute(db);
    const failing = db.transaction().execute(async (trx) => {
      await trx.insertInto("log").values({ who: "doomed" }).execute();
      await new Promise((r) => setTimeout(r, 5));
      throw new Error("boom");
    });
    const passing = db.transaction().execute(async (trx) => {
      await trx.insertInto("log").values({ who: "kept" }).execute();
    });
    const plain = db.insertInto("log").values({ who: "plain" }).execute();
    await expect(failing).rejects.toThrow("boom");
    await passing;
    await plain;
    const rows = await db.selectFrom("log").select("who").orderBy("who").execute();
    expect(rows.map((r) => r.who)).toEqual(["kept", "plain"]);
  });

  it("reports the rows an update changed", async () => {
    const result = await db.updateTable("log").set({ who: "x" }).executeTakeFirst();
    expect(result.numUpdatedRows).toBe(2n);
  });
});
