import type { CacheClaim, ClaimWaitOptions } from './cache-claim.js';

/** A stored answer; the client applies the TTL to `storedAt` with its own (injectable) clock. */
export interface CachedEntry {
  /** The operation's data, exactly as the API returned it (JSON-compatible). */
  value: unknown;
  /** When it was stored, in epoch milliseconds of the client's clock. */
  storedAt: number;
}

/**
 * Where supply answers are kept between identical calls. Keys come from `cacheKey(...)`. Implementations:
 * `MemoryResultCache` (default), `FileResultCache` from `@nexar/supply/node`, or your own (Redis, ...).
 * Only successful answers are stored (zero-hit answers included); errors never are.
 */
export interface ResultCache {
  get(key: string): Promise<CachedEntry | undefined>;
  set(key: string, entry: CachedEntry): Promise<void>;
  /** Called for an entry found expired; optional. */
  delete?(key: string): Promise<void>;
  /**
   * How many entries the cache will keep together, asked before a BOM run stores `entries` answers (one
   * per distinct line): at least `entries` when a re-run will find them all. A cache that may grow
   * makes room first when `grow` is true (a dry run asks with false and changes nothing). Optional: a
   * cache without it is taken to keep everything (file, Redis).
   */
  capacityFor?(entries: number, grow: boolean): number;
  /**
   * Claims the right to send the queries behind `keys` (see `CacheClaim`), so that callers sharing the
   * cache send each uncached query once between them. Optional, with `waitFor`: a cache without them
   * lets every caller send what it misses. `ttlMs`: how long a claim outlives a holder that stopped
   * renewing it.
   */
  claim?(keys: readonly string[], ttlMs: number): Promise<CacheClaim>;
  /**
   * Waits until at least one of `keys` has an answer or is no longer claimed, and resolves with those
   * keys (read their answers; claim again the ones still missing). Resolves with none at the timeout.
   */
  waitFor?(keys: readonly string[], options: ClaimWaitOptions): Promise<string[]>;
}

/** Nexar refreshes supply data daily. */
export const DEFAULT_CACHE_TTL_MS = 24 * 60 * 60 * 1000;

/** True when `entry` is still fresh at `now`. */
export function isFresh(entry: CachedEntry, now: number, ttlMs: number): boolean {
  const age = now - entry.storedAt;
  return age >= 0 && age < ttlMs;
}
