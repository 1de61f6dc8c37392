/**
 * Bulk writing in one transaction: COPY FROM STDIN (pg-copy-streams, on a connection of its own
 * for the whole transaction). The import and the national demo write through a BulkSession.
 */
import type pg from "pg";

/** A row for copyIn: text, number, boolean or null, in the columns' order. */
export type BulkValue = string | number | boolean | null;

export interface BulkSession {
  /** Runs one statement inside the transaction. */
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<R[]>;
  /** Streams rows into `table` (columns in order); resolves to the number of rows written. */
  copyIn(
    table: string,
    columns: readonly string[],
    rows: AsyncIterable<BulkValue[]> | Iterable<BulkValue[]>,
  ): Promise<number>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

const NAME = /^[a-z_][a-z0-9_.]*$/;
function checkNames(table: string, columns: readonly string[]): void {
  for (const n of [table, ...columns]) if (!NAME.test(n)) throw new Error(`bulk: not a plain name: ${n}`);
}

const NEEDS_ESCAPE = /[\\\t\n\r]/;

/** COPY's text format: tab-separated, \N for null, backslash escapes. */
function copyField(value: BulkValue): string {
  if (value === null) return "\\N";
  if (typeof value === "boolean") return value ? "t" : "f";
  if (typeof value === "number") return String(value);
  // Most fields (codes, dates) need no escape: test before building a new string.
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(/[\\\t\n\r]/g, (c) =>
    c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r",
  );
}

/** PostgreSQL: a client of its own, BEGIN at open, COPY with back-pressure. */
export async function openPostgresBulk(client: pg.Client): Promise<BulkSession> {
  const { from } = await import("pg-copy-streams");
  const { Readable } = await import("node:stream");
  const { pipeline } = await import("node:stream/promises");
  // Room in memory for the temporary staging table (8 MB by default: an import of 10^7 rows would
  // go to disk and back). Allowed only before the session's first temporary table, hence here.
  await client.query("set temp_buffers = '512MB'");
  await client.query("begin");
  let open = true;
  const end = async (statement: string) => {
    if (!open) return;
    open = false;
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  return {
    async query<R>(text: string, params?: readonly unknown[]) {
      return (await client.query(text, params as unknown[])).rows as R[];
    },
    async copyIn(table, columns, rows) {
      checkNames(table, columns);
      const stream = client.query(from(`copy ${table} (${columns.join(", ")}) from stdin`));
      let count = 0;
      // Lines are joined into chunks of about 64 KiB: one write per row costs more than the COPY.
      async function* lines() {
        let chunk = "";
        for await (const row of rows) {
          chunk += `${row.map(copyField).join("\t")}\n`;
          count += 1;
          if (chunk.length >= 65_536) {
            yield chunk;
            chunk = "";
          }
        }
        if (chunk) yield chunk;
      }
      await pipeline(Readable.from(lines()), stream);
      return count;
    },
    commit: () => end("commit"),
    rollback: () => end("rollback"),
  };
}
