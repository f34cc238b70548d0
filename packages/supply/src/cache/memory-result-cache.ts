import type { CacheClaim, ClaimWaitOptions } from './cache-claim.js';
import { deepFreeze, isDeepFrozen } from './deep-freeze.js';
import { MemoryClaims } from './memory-claims.js';
import type { CachedEntry, ResultCache } from './result-cache.js';

/** Entries the default cache keeps until a BOM run asks for more. */
export const DEFAULT_MAX_ENTRIES = 10_000;

export interface MemoryResultCacheOptions {
  /**
   * Most entries kept; entries not read since they were stored go first, oldest first. Given: a fixed bound (a BOM run with more
   * distinct lines warns before sending). Default: 10,000, raised by a BOM run to its distinct lines, so
   * a re-run of the same BOM is answered from the cache.
   */
  maxEntries?: number;
}

/**
 * The default cache: in this process, bounded, least recently used evicted first (a read entry gets a
 * second chance, as in the CLOCK algorithm). Values are kept
 * deep-frozen and shared read-only: an answer the SDK froze on arrival is stored as it is, anything
 * else is copied once on `set` and frozen. `get` hands the frozen value out without a copy (copy it,
 * e.g. with `structuredClone`, to change it).
 */
export class MemoryResultCache implements ResultCache {
  /**
   * In insertion order; `used` marks an entry read since it last moved. Eviction gives a used entry a
   * second chance (moves it to the end) instead of every read moving it: a warm BOM run reads tens of
   * thousands of entries, and reads should not reorder a map that large.
   */
  readonly #entries = new Map<string, { entry: CachedEntry; used: boolean }>();
  #maxEntries: number;
  readonly #grows: boolean;
  readonly #claims = new MemoryClaims();

  constructor(options: MemoryResultCacheOptions = {}) {
    const maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
    if (!Number.isInteger(maxEntries) || maxEntries < 1) {
      throw new RangeError(`maxEntries must be a whole number of at least 1, got ${maxEntries}.`);
    }
    this.#maxEntries = maxEntries;
    this.#grows = options.maxEntries === undefined;
  }

  /** Entries held now. */
  get size(): number {
    return this.#entries.size;
  }

  /** Most entries kept now. */
  get maxEntries(): number {
    return this.#maxEntries;
  }

  capacityFor(entries: number, grow: boolean): number {
    if (this.#grows && grow && entries > this.#maxEntries) this.#maxEntries = entries;
    return this.#grows ? Math.max(entries, this.#maxEntries) : this.#maxEntries;
  }

  async get(key: string): Promise<CachedEntry | undefined> {
    const slot = this.#entries.get(key);
    if (!slot) return undefined;
    slot.used = true;
    return slot.entry;
  }

  async set(key: string, entry: CachedEntry): Promise<void> {
    const value = isDeepFrozen(entry.value) ? entry.value : deepFreeze(structuredClone(entry.value));
    this.#entries.delete(key);
    // Room first, so the entry being stored is never the one evicted.
    while (this.#entries.size >= this.#maxEntries) {
      const oldest = this.#entries.entries().next();
      if (oldest.done) break;
      const [oldestKey, slot] = oldest.value;
      this.#entries.delete(oldestKey);
      if (slot.used) {
        slot.used = false;
        this.#entries.set(oldestKey, slot);
      }
    }
    // Frozen: handed out as it is by every get.
    this.#entries.set(key, { entry: Object.freeze({ value, storedAt: entry.storedAt }), used: false });
  }

  async delete(key: string): Promise<void> {
    this.#entries.delete(key);
  }

  /** Claims last until released: in one process, a holder cannot die and leave its waiters behind. */
  async claim(keys: readonly string[], _ttlMs: number): Promise<CacheClaim> {
    return this.#claims.claim(keys, (key) => this.#entries.has(key));
  }

  waitFor(keys: readonly string[], options: ClaimWaitOptions): Promise<string[]> {
    return this.#claims.waitFor(keys, options);
  }

  async clear(): Promise<void> {
    this.#entries.clear();
  }
}
