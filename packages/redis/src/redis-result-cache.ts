import {
  type CacheClaim,
  type CachedEntry,
  type ClaimWaitOptions,
  DEFAULT_CACHE_TTL_MS,
  MemoryResultCache,
  type ResultCache,
} from '@nexar/supply';
import { decodeEntry, encodeEntry } from './compact-entry.js';
import { RedisClaims } from './redis-claims.js';
import type { RedisConnection } from './redis-connection.js';
import { NexarRedisError } from './redis-errors.js';

const COMPONENT = 'result-cache';

export interface RedisResultCacheOptions {
  /** How long an answer is kept: give the supply client's `cacheTtlMs` (default 24 h, as the client's). */
  ttlMs?: number;
  /** Clock of the supply client, epoch ms (default `Date.now`). */
  now?: () => number;
  /** Entries kept in-process while Redis is away (default 1,000). */
  fallbackEntries?: number;
}

/**
 * A supply `ResultCache` shared by a fleet: one Redis key per answer (the supply client's own key under
 * the connection's prefix), expiring with the cache's TTL, stored compactly (deflated JSON). While Redis
 * cannot be reached, answers are kept in a small in-process cache and a warning is given.
 */
export class RedisResultCache implements ResultCache {
  readonly #connection: RedisConnection;
  readonly #ttlMs: number;
  readonly #now: () => number;
  readonly #fallback: MemoryResultCache;
  readonly #claims: RedisClaims;

  constructor(connection: RedisConnection, options: RedisResultCacheOptions = {}) {
    const ttlMs = options.ttlMs ?? DEFAULT_CACHE_TTL_MS;
    if (!(ttlMs > 0) || !Number.isFinite(ttlMs)) {
      throw new NexarRedisError(
        'invalid_option',
        `ttlMs must be a positive number of milliseconds, got ${ttlMs}.`,
      );
    }
    this.#connection = connection;
    this.#ttlMs = ttlMs;
    this.#now = options.now ?? Date.now;
    this.#fallback = new MemoryResultCache({ maxEntries: options.fallbackEntries ?? 1_000 });
    this.#claims = new RedisClaims(connection, COMPONENT, {
      answer: (key) => this.#key(key),
      claim: (key) => connection.key('claim', key),
    });
  }

  async get(key: string): Promise<CachedEntry | undefined> {
    try {
      const data = await this.#connection.run(COMPONENT, 'GET', (client) => client.getBuffer(this.#key(key)));
      return data ? decodeEntry(data) : undefined;
    } catch (error) {
      if (!(error instanceof NexarRedisError)) throw error;
      return this.#fallback.get(key);
    }
  }

  async set(key: string, entry: CachedEntry): Promise<void> {
    const ttl = Math.ceil(entry.storedAt + this.#ttlMs - this.#now());
    if (ttl <= 0) return;
    try {
      await this.#connection.run(COMPONENT, 'SET', (client) =>
        client.set(this.#key(key), encodeEntry(entry), 'PX', ttl),
      );
    } catch (error) {
      if (!(error instanceof NexarRedisError)) throw error;
      await this.#fallback.set(key, entry);
    }
  }

  async delete(key: string): Promise<void> {
    await this.#fallback.delete(key);
    try {
      await this.#connection.run(COMPONENT, 'DEL', (client) => client.del(this.#key(key)));
    } catch (error) {
      if (!(error instanceof NexarRedisError)) throw error;
    }
  }

  /**
   * Claims `keys` for the fleet (`claim:<key>`, see `ResultCache.claim`); a key whose answer is stored is
   * never won. While Redis cannot be reached, claims are this process's own: each process sends what it
   * misses.
   */
  async claim(keys: readonly string[], ttlMs: number): Promise<CacheClaim> {
    try {
      return await this.#claims.claim(keys, ttlMs);
    } catch (error) {
      if (!(error instanceof NexarRedisError)) throw error;
      return this.#fallback.claim(keys, ttlMs);
    }
  }

  /** Polls Redis until one of `keys` has an answer or is no longer claimed (see `ResultCache.waitFor`). */
  async waitFor(keys: readonly string[], options: ClaimWaitOptions): Promise<string[]> {
    try {
      return await this.#claims.waitFor(keys, options);
    } catch (error) {
      if (!(error instanceof NexarRedisError)) throw error;
      // Claims of other processes cannot be seen: only this process's own are waited for.
      return this.#fallback.waitFor(keys, options);
    }
  }

  #key(key: string): string {
    return this.#connection.key('result', key);
  }
}
