/**
 * A Kysely dialect for PGlite (`@electric-sql/pglite` 0.5), our own: Kysely's PGlite dialect
 * needs Kysely 0.29 and Node 22 (ARCHITECTURE.md).
 *
 * PGlite is one PostgreSQL backend with one session. Kysely asks a driver for a connection per
 * query or per transaction; if two requests got the same session at once, the statements of one
 * would run inside the other's transaction. So the driver hands out its single connection to one
 * holder at a time: `acquireConnection` waits for the lock, `releaseConnection` passes it on.
 */
import type { PGlite } from "@electric-sql/pglite";
import {
  CompiledQuery,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type Driver,
  type Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from "kysely";

/** A first-in, first-out lock: `acquire` resolves when every earlier holder has released. */
export class Mutex {
  #tail: Promise<void> = Promise.resolve();
  #waiting = 0;

  /** How many holders are waiting or holding (for tests and diagnostics). */
  get queued(): number {
    return this.#waiting;
  }

  /**
   * Waits for the lock; with `timeoutMs`, gives up with an error instead of waiting for ever (a
   * query made outside its transaction, while the transaction holds the lock, would otherwise
   * hang). A waiter that gave up passes its turn on at once.
   */
  acquire(timeoutMs?: number): Promise<() => void> {
    this.#waiting += 1;
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = once(() => {
        this.#waiting -= 1;
        resolve();
      });
    });
    const previous = this.#tail;
    this.#tail = previous.then(() => released);
    const turn = previous.then(() => release);
    if (timeoutMs === undefined) return turn;
    return new Promise((resolve, reject) => {
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        reject(
          new Error(
            `the PGlite connection stayed busy for ${timeoutMs} ms (a query outside its transaction?)`,
          ),
        );
      }, timeoutMs);
      turn.then((r) => {
        clearTimeout(timer);
        if (timedOut) r();
        else resolve(r);
      });
    });
  }
}

function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (!done) {
      done = true;
      fn();
    }
  };
}

/** Longer than any one request or load should hold the connection; shorter than forever. */
const ACQUIRE_TIMEOUT_MS = 120_000;

class PGliteConnection implements DatabaseConnection {
  readonly #pglite: PGlite;
  constructor(pglite: PGlite) {
    this.#pglite = pglite;
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.#pglite.query<R>(compiledQuery.sql, [...compiledQuery.parameters], {
      rowMode: "object",
    });
    const command = result.command?.toUpperCase();
    const changes =
      command === "INSERT" || command === "UPDATE" || command === "DELETE" || command === "MERGE";
    return {
      rows: result.rows,
      ...(changes ? { numAffectedRows: BigInt(result.affectedRows ?? result.rowCount ?? 0) } : {}),
    };
  }

  // biome-ignore lint/correctness/useYield: PGlite has no cursors; streaming is refused.
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("streaming queries are not supported on PGlite");
  }
}

class PGliteDriver implements Driver {
  readonly #pglite: PGlite;
  readonly #mutex: Mutex;
  readonly #connection: PGliteConnection;
  readonly #releases = new Map<DatabaseConnection, () => void>();

  constructor(pglite: PGlite, mutex: Mutex) {
    this.#pglite = pglite;
    this.#mutex = mutex;
    this.#connection = new PGliteConnection(pglite);
  }

  async init(): Promise<void> {
    await this.#pglite.waitReady;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const release = await this.#mutex.acquire(ACQUIRE_TIMEOUT_MS);
    this.#releases.set(this.#connection, release);
    return this.#connection;
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const release = this.#releases.get(connection);
    this.#releases.delete(connection);
    release?.();
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    let statement = "begin";
    if (settings.isolationLevel) statement += ` isolation level ${settings.isolationLevel}`;
    if (settings.accessMode) statement += ` ${settings.accessMode}`;
    await connection.executeQuery(CompiledQuery.raw(statement));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("commit"));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("rollback"));
  }

  async destroy(): Promise<void> {
    const release = await this.#mutex.acquire();
    try {
      if (!this.#pglite.closed) await this.#pglite.close();
    } finally {
      release();
    }
  }
}

/** Kysely over one PGlite instance, its single session lent to one holder at a time. */
export class PGliteDialect implements Dialect {
  readonly #pglite: PGlite;
  readonly mutex = new Mutex();

  constructor(pglite: PGlite) {
    this.#pglite = pglite;
  }

  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new PGliteDriver(this.#pglite, this.mutex);
  }
  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler();
  }
  // biome-ignore lint/suspicious/noExplicitAny: Kysely's own signature.
  createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new PostgresIntrospector(db);
  }
}
