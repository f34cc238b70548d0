import { randomBytes } from 'node:crypto';
import { NexarPartLimitError, type SharedPartBudget, type SharedPartHold } from '@nexar/supply';
import { luaScript, type RedisConnection } from './redis-connection.js';
import { NexarRedisError } from './redis-errors.js';

const COMPONENT = 'part-budget';

/** Frees holds whose lease ended (their process died), in every script before it reads the totals. */
const EXPIRE_HOLDS = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
for _, id in ipairs(redis.call('ZRANGEBYSCORE', KEYS[3], '-inf', now)) do
  local held = tonumber(redis.call('HGET', KEYS[2], id) or '0')
  redis.call('HINCRBY', KEYS[1], 'reserved', -held)
  redis.call('HDEL', KEYS[2], id)
  redis.call('ZREM', KEYS[3], id)
end
local used = tonumber(redis.call('HGET', KEYS[1], 'used') or '0')
local reserved = tonumber(redis.call('HGET', KEYS[1], 'reserved') or '0')
`;

/** KEYS: totals, holds, hold expiries. ARGV: hold id, parts, maxParts, lease ms. → {taken, left, used} */
const RESERVE = luaScript(`${EXPIRE_HOLDS}
local parts = tonumber(ARGV[2])
local left = tonumber(ARGV[3]) - used - reserved
if parts > left then return {0, left, used} end
redis.call('HINCRBY', KEYS[1], 'reserved', parts)
redis.call('HSET', KEYS[2], ARGV[1], parts)
redis.call('ZADD', KEYS[3], now + tonumber(ARGV[4]), ARGV[1])
return {1, left - parts, used}`);

/** KEYS as RESERVE. ARGV: hold id ('' for none), parts charged. → used */
const SETTLE = luaScript(`${EXPIRE_HOLDS}
local held = redis.call('HGET', KEYS[2], ARGV[1])
if held then
  redis.call('HINCRBY', KEYS[1], 'reserved', -tonumber(held))
  redis.call('HDEL', KEYS[2], ARGV[1])
  redis.call('ZREM', KEYS[3], ARGV[1])
end
return redis.call('HINCRBY', KEYS[1], 'used', tonumber(ARGV[2]))`);

/** KEYS as RESERVE. → {used, reserved} */
const READ = luaScript(`${EXPIRE_HOLDS}
return {used, reserved}`);

export interface RedisPartBudgetOptions {
  /** The fleet's budget: parts all clients sharing `name` may spend together. */
  maxParts: number;
  /** The budget's name (default `default`); e.g. one per month, `parts-2026-12`, for a fresh budget each month. */
  name?: string;
  /**
   * Longest a call's hold lives (default 5 min): the hold of a process that dies mid-call is freed after
   * this. Keep it above the longest supply call (retries included).
   */
  holdMs?: number;
  /**
   * Parts this process may spend on its own while Redis cannot be reached (default 0: calls are refused
   * with a NexarRedisError `budget_unavailable`). What it spends meanwhile is added to the shared count
   * when Redis answers again.
   */
  fallbackParts?: number;
}

export interface PartBudgetState {
  maxParts: number;
  /** Parts charged so far by every client sharing the budget. */
  used: number;
  /** Parts held by calls in flight. */
  reserved: number;
  remaining: number;
}

/**
 * A part budget shared by a fleet (`createSupplyClient({ partBudget })`): each call atomically holds its
 * worst case in Redis before it is sent (refused with `NexarPartLimitError` when it does not fit what
 * every process together has left), then settles with the parts actually returned, or frees the hold
 * when it failed. N processes together never spend more than `maxParts`.
 */
export class RedisPartBudget implements SharedPartBudget {
  readonly maxParts: number;
  readonly name: string;
  readonly #connection: RedisConnection;
  readonly #holdMs: number;
  readonly #keys: string[];
  #fallbackLeft: number;
  /** Parts charged while Redis was away, not yet added to the shared count. */
  #unsent = 0;

  constructor(connection: RedisConnection, options: RedisPartBudgetOptions) {
    const { maxParts } = options;
    if (!Number.isInteger(maxParts) || maxParts < 0) {
      throw new NexarRedisError(
        'invalid_option',
        `maxParts must be a whole number of parts (0 or more), got ${maxParts}.`,
      );
    }
    const fallbackParts = options.fallbackParts ?? 0;
    if (!Number.isInteger(fallbackParts) || fallbackParts < 0) {
      throw new NexarRedisError(
        'invalid_option',
        `fallbackParts must be a whole number of parts (0 or more), got ${fallbackParts}.`,
      );
    }
    this.maxParts = maxParts;
    this.name = options.name ?? 'default';
    this.#connection = connection;
    this.#holdMs = options.holdMs ?? 300_000;
    this.#fallbackLeft = fallbackParts;
    const base = connection.key('parts', this.name);
    this.#keys = [base, `${base}:holds`, `${base}:expiry`];
  }

  async reserve(parts: number, operation: string): Promise<SharedPartHold> {
    const id = randomBytes(9).toString('base64url');
    let answer: unknown;
    try {
      await this.#sendUnsent();
      answer = await this.#connection.script(COMPONENT, 'reserve', RESERVE, this.#keys, [
        id,
        parts,
        this.maxParts,
        this.#holdMs,
      ]);
    } catch (error) {
      if (!(error instanceof NexarRedisError)) throw error;
      return this.#reserveLocally(parts, operation, error);
    }
    const [taken, left] = answer as [number, number];
    if (taken !== 1) {
      throw new NexarPartLimitError({
        wouldCost: parts,
        remaining: Math.max(0, left),
        source: 'budget',
        operation,
      });
    }
    return {
      settle: (charged) => this.#settle(id, charged),
    };
  }

  /** The shared totals now. Throws NexarRedisError `unavailable` when Redis cannot be reached. */
  async state(): Promise<PartBudgetState> {
    const [used, reserved] = (await this.#connection.script(COMPONENT, 'read', READ, this.#keys, [])) as [
      number,
      number,
    ];
    return {
      maxParts: this.maxParts,
      used,
      reserved,
      remaining: Math.max(0, this.maxParts - used - reserved),
    };
  }

  #settle(id: string, charged: number): Promise<void> {
    const done = this.#connection.script(COMPONENT, 'settle', SETTLE, this.#keys, [id, charged]).then(
      () => undefined,
      (error: unknown) => {
        // The hold frees itself when its lease ends; the parts are added on the next call that reaches Redis.
        if (error instanceof NexarRedisError) this.#unsent += charged;
      },
    );
    this.#connection.track(done);
    return done;
  }

  #reserveLocally(parts: number, operation: string, cause: NexarRedisError): SharedPartHold {
    if (parts > this.#fallbackLeft) {
      throw new NexarRedisError(
        'budget_unavailable',
        `Not sent: ${operation} could return up to ${parts} parts, and the shared part budget "${this.name}" cannot be checked because Redis does not answer (${this.#fallbackLeft} parts of fallbackParts left). Try again when Redis is back, or allow some parts with fallbackParts.`,
        { cause },
      );
    }
    this.#fallbackLeft -= parts;
    let settled = false;
    return {
      settle: async (charged) => {
        if (settled) return;
        settled = true;
        this.#fallbackLeft += parts - charged;
        this.#unsent += charged;
      },
    };
  }

  async #sendUnsent(): Promise<void> {
    if (this.#unsent === 0) return;
    const parts = this.#unsent;
    this.#unsent = 0;
    try {
      await this.#connection.script(COMPONENT, 'settle', SETTLE, this.#keys, ['', parts]);
    } catch (error) {
      this.#unsent += parts;
      throw error;
    }
  }
}
