/**
 * Responses kept in memory between writes: public GETs whose bytes depend only on the store and
 * the URL (the scorecards, the public pages), dropped whenever the store reports a committed
 * write (Store.watchChanges: any server, any import). A response computed while a write landed
 * is not kept. When the watch is lost the cache turns itself off for good: serving fresh and slow
 * beats serving stale.
 *
 * Concurrent misses of one key share one computation. Without that, every import's commit sent
 * all the readers waiting on the home page to render it at once (a quarter of a second of CPU
 * each, on the one event loop), and under 200 connections requests timed out (bench/load.ts).
 */
import { createHash } from "node:crypto";

export interface CachedResponse {
  body: string;
  etag: string;
  /** Every header of the answer, where the one who kept it set more than its ETag. */
  headers?: [string, string][];
}

/** A body and its strong ETag (from its bytes: the same bytes give the same tag on every server). */
export function cachedResponse(body: string): CachedResponse {
  return { body, etag: `"${createHash("sha1").update(body).digest("base64url").slice(0, 22)}"` };
}

export interface ResponseCacheLimits {
  maxEntries?: number;
  /** Bytes of bodies kept at most (a home page is some 150 KB). */
  maxBytes?: number;
}

export class ResponseCache {
  #entries = new Map<string, CachedResponse & { bytes: number }>();
  #bytes = 0;
  #pending = new Map<string, { generation: number; promise: Promise<CachedResponse> }>();
  #generation = 0;
  #enabled = true;
  readonly #maxEntries: number;
  readonly #maxBytes: number;

  constructor(limits: ResponseCacheLimits = {}) {
    this.#maxEntries = limits.maxEntries ?? 2000;
    this.#maxBytes = limits.maxBytes ?? 64 * 2 ** 20;
  }

  get enabled(): boolean {
    return this.#enabled;
  }

  /** What the store reported: a write (drop everything) or the loss of the watch (stop caching). */
  onChange(lost: boolean): void {
    this.#generation += 1;
    this.#entries.clear();
    this.#bytes = 0;
    if (lost) this.#enabled = false;
  }

  get(key: string): CachedResponse | undefined {
    return this.#enabled ? this.#entries.get(key) : undefined;
  }

  /**
   * Computes on a miss, once for all who ask meanwhile; keeps the result only if no write was
   * reported during the computation. A computation begun before a write is not shared with those
   * who ask after it: they compute afresh.
   */
  getOrCompute(key: string, compute: () => Promise<CachedResponse>): Promise<CachedResponse> {
    const hit = this.get(key);
    if (hit) return Promise.resolve(hit);
    if (!this.#enabled) return compute();
    const generation = this.#generation;
    const pending = this.#pending.get(key);
    if (pending && pending.generation === generation) return pending.promise;
    const promise = compute().then((value) => {
      if (this.#enabled && generation === this.#generation) this.#keep(key, value);
      return value;
    });
    this.#pending.set(key, { generation, promise });
    const settle = () => {
      if (this.#pending.get(key)?.promise === promise) this.#pending.delete(key);
    };
    promise.then(settle, settle);
    return promise;
  }

  #keep(key: string, value: CachedResponse): void {
    const bytes = Buffer.byteLength(value.body);
    if (bytes > this.#maxBytes / 4) return;
    const old = this.#entries.get(key);
    if (old) {
      this.#entries.delete(key);
      this.#bytes -= old.bytes;
    }
    // The oldest go first: a Map iterates in insertion order.
    while (
      this.#entries.size > 0 &&
      (this.#entries.size >= this.#maxEntries || this.#bytes + bytes > this.#maxBytes)
    ) {
      const [oldestKey, oldest] = this.#entries.entries().next().value!;
      this.#entries.delete(oldestKey);
      this.#bytes -= oldest.bytes;
    }
    this.#entries.set(key, { ...value, bytes });
    this.#bytes += bytes;
  }
}
