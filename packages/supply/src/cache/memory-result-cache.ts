import type { CachedEntry, ResultCache } from './result-cache.js';

export interface MemoryResultCacheOptions {
  /** Most entries kept; the least recently used go first. Default 10,000: BOM matching stores one entry per distinct line. */
  maxEntries?: number;
}

/**
 * The default cache: in this process, bounded, least recently used evicted first. Values are copied
 * in and out, so changing a returned result does not change the cache.
 */
export class MemoryResultCache implements ResultCache {
  readonly #entries = new Map<string, CachedEntry>();
  readonly #maxEntries: number;

  constructor(options: MemoryResultCacheOptions = {}) {
    const maxEntries = options.maxEntries ?? 10_000;
    if (!Number.isInteger(maxEntries) || maxEntries < 1) {
      throw new RangeError(`maxEntries must be a whole number of at least 1, got ${maxEntries}.`);
    }
    this.#maxEntries = maxEntries;
  }

  /** Entries held now. */
  get size(): number {
    return this.#entries.size;
  }

  async get(key: string): Promise<CachedEntry | undefined> {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return { value: structuredClone(entry.value), storedAt: entry.storedAt };
  }

  async set(key: string, entry: CachedEntry): Promise<void> {
    this.#entries.delete(key);
    this.#entries.set(key, { value: structuredClone(entry.value), storedAt: entry.storedAt });
    while (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next();
      if (oldest.done) break;
      this.#entries.delete(oldest.value);
    }
  }

  async delete(key: string): Promise<void> {
    this.#entries.delete(key);
  }

  async clear(): Promise<void> {
    this.#entries.clear();
  }
}
