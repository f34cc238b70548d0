import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import { NexarRedisError } from './redis-errors.js';
import type { RedisWarning, RedisWarningListener } from './redis-warning.js';

export interface RedisConnectionOptions {
  /** Prepended to every key (default `nexar:`): give each fleet or environment its own. */
  keyPrefix?: string;
  /**
   * Longest wait for one Redis command (default 1,000 ms). A command that takes longer counts as Redis
   * being unavailable: the caller goes on with in-process state instead of hanging.
   */
  commandTimeoutMs?: number;
  /** Told when Redis fails or comes back (default: `console.warn` of the message). */
  onWarning?: RedisWarningListener;
}

export const DEFAULT_COMMAND_TIMEOUT_MS = 1_000;

/**
 * One Redis client shared by the token store, result cache, part budget and token gate, with bounded
 * commands and a health state: the first failure and the recovery are reported once each per piece.
 * Created by `connectRedis`.
 */
export class RedisConnection {
  readonly client: Redis;
  readonly keyPrefix: string;
  readonly commandTimeoutMs: number;
  readonly #owned: boolean;
  readonly #onWarning: RedisWarningListener;
  readonly #down = new Set<string>();
  readonly #pending = new Set<Promise<unknown>>();

  constructor(client: Redis, owned: boolean, options: RedisConnectionOptions) {
    const commandTimeoutMs = options.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS;
    if (!(commandTimeoutMs > 0) || !Number.isFinite(commandTimeoutMs)) {
      throw new NexarRedisError(
        'invalid_option',
        `commandTimeoutMs must be a positive number of milliseconds, got ${commandTimeoutMs}.`,
      );
    }
    this.client = client;
    this.keyPrefix = options.keyPrefix ?? 'nexar:';
    this.commandTimeoutMs = commandTimeoutMs;
    this.#owned = owned;
    this.#onWarning = options.onWarning ?? ((warning) => console.warn(warning.message));
  }

  key(...parts: string[]): string {
    return this.keyPrefix + parts.join(':');
  }

  /** Whether `component`'s last command failed. */
  isDown(component: string): boolean {
    return this.#down.has(component);
  }

  /**
   * Runs `command` within `commandTimeoutMs`. A failure or timeout is reported (once until Redis answers
   * again) and thrown as a NexarRedisError `unavailable`, for the caller to fall back.
   */
  async run<T>(component: string, what: string, command: (client: Redis) => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no answer within ${this.commandTimeoutMs} ms`)),
        this.commandTimeoutMs,
      );
      timer.unref?.();
    });
    try {
      const result = await Promise.race([command(this.client), timeout]);
      if (this.#down.delete(component)) {
        this.warn({
          kind: 'restored',
          component,
          message: `Nexar ${component}: Redis answers again; shared state is used again.`,
        });
      }
      return result;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (!this.#down.has(component)) {
        this.#down.add(component);
        this.warn({
          kind: 'unavailable',
          component,
          message: `Nexar ${component}: Redis ${what} failed (${reason}); going on with in-process state until Redis answers again.`,
        });
      }
      throw new NexarRedisError('unavailable', `Redis ${what} failed: ${reason}.`, { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }

  /** Runs a Lua script by its SHA, loading it when Redis does not know it (first use, or after a restart). */
  script(component: string, what: string, lua: LuaScript, keys: string[], args: (string | number)[]) {
    return this.run(component, what, async (client) => {
      try {
        return await client.evalsha(lua.sha, keys.length, ...keys, ...args);
      } catch (error) {
        if (!(error instanceof Error && error.message.startsWith('NOSCRIPT'))) throw error;
        return await client.eval(lua.source, keys.length, ...keys, ...args);
      }
    });
  }

  /** Keeps the process's last writes (e.g. part settlements) from being cut off by `close()`. */
  track(promise: Promise<unknown>): void {
    const settled = promise.then(
      () => undefined,
      () => undefined,
    );
    this.#pending.add(settled);
    void settled.then(() => this.#pending.delete(settled));
  }

  warn(warning: RedisWarning): void {
    try {
      this.#onWarning(warning);
    } catch {
      // A failing listener must not fail the call.
    }
  }

  /** Waits for tracked writes, then closes the client if `connectRedis` created it (a client you passed stays open). */
  async close(): Promise<void> {
    await Promise.all([...this.#pending]);
    if (!this.#owned) return;
    try {
      await Promise.race([
        this.client.quit(),
        new Promise((resolve) => setTimeout(resolve, this.commandTimeoutMs).unref?.()),
      ]);
    } catch {
      // Already closed or unreachable.
    }
    this.client.disconnect();
  }
}

export interface LuaScript {
  readonly source: string;
  readonly sha: string;
}

export function luaScript(source: string): LuaScript {
  return { source, sha: createHash('sha1').update(source).digest('hex') };
}

/**
 * A connection for the Redis-backed pieces: pass an ioredis client you manage, or a URL
 * (`redis://[:password@]host:port/db`, `rediss://` for TLS) and the connection makes and owns one that
 * fails fast while Redis is away and reconnects when it is back.
 */
export function connectRedis(redis: Redis | string, options: RedisConnectionOptions = {}): RedisConnection {
  if (typeof redis !== 'string') return new RedisConnection(redis, false, options);
  const commandTimeoutMs = options.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS;
  const client = new Redis(redis, {
    commandTimeout: commandTimeoutMs,
    connectTimeout: Math.max(commandTimeoutMs, 2_000),
    maxRetriesPerRequest: 1,
    retryStrategy: (times) => Math.min(times * 100, 1_000),
  });
  // Failures reach the callers of each command; the connection keeps retrying in the background.
  client.on('error', () => undefined);
  return new RedisConnection(client, true, options);
}
