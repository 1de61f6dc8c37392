/**
 * Responses kept in memory between writes: public GETs whose bytes depend only on the store (the
 * scorecards), dropped whenever the store reports a committed write (Store.watchChanges: any
 * server, any import). A response computed while a write landed is not kept. When the watch is
 * lost the cache turns itself off for good: serving fresh and slow beats serving stale.
 */
export interface CachedResponse {
  body: string;
  etag: string;
}

export class ResponseCache {
  #entries = new Map<string, CachedResponse>();
  #generation = 0;
  #enabled = true;
  readonly #maxEntries: number;

  constructor(maxEntries = 1000) {
    this.#maxEntries = maxEntries;
  }

  get enabled(): boolean {
    return this.#enabled;
  }

  /** What the store reported: a write (drop everything) or the loss of the watch (stop caching). */
  onChange(lost: boolean): void {
    this.#generation += 1;
    this.#entries.clear();
    if (lost) this.#enabled = false;
  }

  get(key: string): CachedResponse | undefined {
    return this.#enabled ? this.#entries.get(key) : undefined;
  }

  /** Computes on a miss; keeps the result only if no write was reported meanwhile. */
  async getOrCompute(key: string, compute: () => Promise<CachedResponse>): Promise<CachedResponse> {
    const hit = this.get(key);
    if (hit) return hit;
    const generation = this.#generation;
    const value = await compute();
    if (this.#enabled && generation === this.#generation) {
      if (this.#entries.size >= this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
      this.#entries.set(key, value);
    }
    return value;
  }
}
