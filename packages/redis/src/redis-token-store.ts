import type { TokenStore, TokenStoreSetOptions } from '@nexar/auth';
import { acquireLease, type Lease, type LeaseLockOptions } from './lease-lock.js';
import { LocalMutex } from './local-mutex.js';
import { luaScript, type RedisConnection } from './redis-connection.js';
import { NexarRedisError } from './redis-errors.js';

const COMPONENT = 'token-store';

/**
 * Writes a value kept in-process while Redis was away, unless another process has written since:
 * only when the key is gone (Redis restarted empty) or still holds what this process last saw.
 * ARGV: last seen value ('' for none), new value ('' to delete), TTL ms ('0' for none).
 */
const REPLAY = luaScript(`
local current = redis.call('GET', KEYS[1])
if current and current ~= ARGV[1] then return 0 end
if ARGV[2] == '' then redis.call('DEL', KEYS[1]) return 1 end
if tonumber(ARGV[3]) > 0 then redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3]) else redis.call('SET', KEYS[1], ARGV[2]) end
return 1`);

export interface RedisTokenStoreOptions {
  /** The refresh lock: lease and longest wait (defaults 10 s and 60 s). */
  lock?: LeaseLockOptions;
  /** Clock for entry expiries, epoch ms (default `Date.now`; give the provider's if you inject one). */
  now?: () => number;
}

interface Entry {
  value: string | undefined;
  expiresAt: number | undefined;
}

/**
 * A `TokenStore` for a fleet: every process reads and writes one Redis entry per grant, each with a TTL
 * when the provider gives its expiry, and refreshes under a Redis lease lock, so the fleet asks for one
 * token per expiry and a rotating refresh token is spent once. Values hold tokens: Redis should be
 * private to the fleet (password, TLS with `rediss://`).
 *
 * While Redis cannot be reached, the store goes on with the entries this process knows, a local lock
 * and a warning; writes made meanwhile are written back when Redis answers again, unless another
 * process has written a newer entry.
 */
export class RedisTokenStore implements TokenStore {
  readonly #connection: RedisConnection;
  readonly #lock: LeaseLockOptions;
  readonly #now: () => number;
  /** The latest entry per key this process wrote or read. */
  readonly #local = new Map<string, Entry>();
  /** What Redis held when this process last heard from it, per key with an unsent write. */
  readonly #unsent = new Map<string, string | undefined>();
  readonly #lastSeen = new Map<string, string | undefined>();
  readonly #mutex = new LocalMutex();

  constructor(connection: RedisConnection, options: RedisTokenStoreOptions = {}) {
    this.#connection = connection;
    this.#lock = options.lock ?? {};
    this.#now = options.now ?? Date.now;
    // Printing the store shows no tokens.
    Object.defineProperty(this, Symbol.for('nodejs.util.inspect.custom'), {
      value: () => `RedisTokenStore { keyPrefix: '${connection.keyPrefix}' }`,
    });
  }

  toJSON(): object {
    return { keyPrefix: this.#connection.keyPrefix };
  }

  async get(key: string): Promise<string | undefined> {
    try {
      await this.#replay(key);
      const value =
        (await this.#connection.run(COMPONENT, 'GET', (client) => client.get(this.#key(key)))) ?? undefined;
      this.#lastSeen.set(key, value);
      this.#local.set(key, { value, expiresAt: undefined });
      return value;
    } catch (error) {
      if (!(error instanceof NexarRedisError)) throw error;
      return this.#localValue(key);
    }
  }

  async set(key: string, value: string, options: TokenStoreSetOptions = {}): Promise<void> {
    const entry: Entry = { value, expiresAt: options.expiresAt };
    this.#local.set(key, entry);
    const ttl = this.#ttl(entry);
    try {
      await this.#connection.run(
        COMPONENT,
        'SET',
        (client): Promise<unknown> =>
          ttl === undefined
            ? client.set(this.#key(key), value)
            : ttl > 0
              ? client.set(this.#key(key), value, 'PX', ttl)
              : client.del(this.#key(key)),
      );
      this.#unsent.delete(key);
      this.#lastSeen.set(key, value);
    } catch (error) {
      if (!(error instanceof NexarRedisError)) throw error;
      this.#markUnsent(key);
    }
  }

  async delete(key: string): Promise<void> {
    this.#local.set(key, { value: undefined, expiresAt: undefined });
    try {
      await this.#connection.run(COMPONENT, 'DEL', (client) => client.del(this.#key(key)));
      this.#unsent.delete(key);
      this.#lastSeen.set(key, undefined);
    } catch (error) {
      if (!(error instanceof NexarRedisError)) throw error;
      this.#markUnsent(key);
    }
  }

  /**
   * Runs `task` holding the fleet-wide lock for `key` (a Redis lease, renewed while the task runs).
   * With Redis away, a lock local to this process.
   */
  async withLock<T>(key: string, task: () => Promise<T>): Promise<T> {
    let lease: Lease;
    try {
      lease = await acquireLease(this.#connection, COMPONENT, this.#connection.key('lock', key), {
        ...this.#lock,
        onLost: () =>
          this.#connection.warn({
            kind: 'lease_lost',
            component: COMPONENT,
            message: `Nexar ${COMPONENT}: the refresh lock's lease ended before the refresh did; another process may refresh too. Raise the lock lease if refreshing takes this long.`,
          }),
      });
    } catch (error) {
      if (!(error instanceof NexarRedisError)) throw error;
      return this.#mutex.run(key, task);
    }
    try {
      return await this.#mutex.run(key, task);
    } finally {
      await lease.release();
    }
  }

  #key(key: string): string {
    return this.#connection.key('token', key);
  }

  #ttl(entry: Entry): number | undefined {
    return entry.expiresAt === undefined ? undefined : Math.ceil(entry.expiresAt - this.#now());
  }

  #localValue(key: string): string | undefined {
    const entry = this.#local.get(key);
    if (!entry) return undefined;
    const ttl = this.#ttl(entry);
    return ttl !== undefined && ttl <= 0 ? undefined : entry.value;
  }

  #markUnsent(key: string): void {
    if (!this.#unsent.has(key)) this.#unsent.set(key, this.#lastSeen.get(key));
  }

  async #replay(key: string): Promise<void> {
    if (!this.#unsent.has(key)) return;
    const seen = this.#unsent.get(key) ?? '';
    const entry = this.#local.get(key);
    const ttl = entry ? this.#ttl(entry) : undefined;
    const value = entry?.value !== undefined && (ttl === undefined || ttl > 0) ? entry.value : '';
    await this.#connection.script(COMPONENT, 'write-back', REPLAY, [this.#key(key)], [seen, value, ttl ?? 0]);
    this.#unsent.delete(key);
  }
}
