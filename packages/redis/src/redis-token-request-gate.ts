import { randomBytes } from 'node:crypto';
import { NexarAuthError, sleep, type TokenRequestGate, type TokenRequestTicket } from '@nexar/auth';
import { NEXAR_TOKEN_RATE_LIMITS, type RateWindow, waitForTurn } from './rate-windows.js';
import { luaScript, type RedisConnection } from './redis-connection.js';
import { NexarRedisError } from './redis-errors.js';

const COMPONENT = 'token-gate';

/**
 * KEYS[1]: sorted set of request times (ms). ARGV: member, longest window, then window/limit pairs.
 * Records the request and returns 0 when every window has room, else the wait in ms (nothing recorded).
 */
const TAKE_TURN = luaScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[2]))
local wait = 0
for i = 3, #ARGV, 2 do
  local window = tonumber(ARGV[i])
  local limit = tonumber(ARGV[i + 1])
  local count = redis.call('ZCOUNT', KEYS[1], '(' .. (now - window), '+inf')
  if count >= limit then
    local leaving = redis.call('ZRANGEBYSCORE', KEYS[1], '(' .. (now - window), '+inf', 'WITHSCORES', 'LIMIT', count - limit, 1)
    wait = math.max(wait, tonumber(leaving[2]) + window - now + 1)
  end
end
if wait > 0 then return wait end
redis.call('ZADD', KEYS[1], now, ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 0`);

export interface RedisTokenRequestGateOptions {
  /** The limits per application (default Nexar's: 2/s, 200 per 15 min, 3,000 per 12 h). */
  limits?: readonly RateWindow[];
  /**
   * Added to every window (default 100 ms), so requests that leave at a window's edge do not reach the
   * server inside it after network delays.
   */
  marginMs?: number;
  /**
   * Longest a caller waits for its turn (default 30 s); a longer wait fails at once with a
   * `rate_limited` NexarAuthError instead of hanging.
   */
  maxWaitMs?: number;
}

/**
 * Paces the token requests of a whole fleet (`clientCredentials({ tokenRequestGate })`): before each
 * request, a Redis script records it if every rate window of the application has room, or says how long
 * to wait; callers wait their turn instead of being answered 429. While Redis cannot be reached, the
 * same windows are kept in-process, with a warning.
 */
export class RedisTokenRequestGate implements TokenRequestGate {
  readonly #connection: RedisConnection;
  readonly #windows: RateWindow[];
  readonly #maxWaitMs: number;
  /** Times of this process's requests per application, for the fallback. */
  readonly #local = new Map<string, number[]>();

  constructor(connection: RedisConnection, options: RedisTokenRequestGateOptions = {}) {
    const margin = options.marginMs ?? 100;
    this.#connection = connection;
    this.#windows = (options.limits ?? NEXAR_TOKEN_RATE_LIMITS).map(({ windowMs, limit }) => {
      if (!(windowMs > 0) || !Number.isInteger(limit) || limit < 1) {
        throw new NexarRedisError(
          'invalid_option',
          `A rate limit needs windowMs > 0 and a whole limit of at least 1.`,
        );
      }
      return { windowMs: windowMs + margin, limit };
    });
    this.#maxWaitMs = options.maxWaitMs ?? 30_000;
  }

  async wait(ticket: TokenRequestTicket): Promise<void> {
    const started = Date.now();
    const longest = Math.max(...this.#windows.map((window) => window.windowMs));
    const args = this.#windows.flatMap((window) => [window.windowMs, window.limit]);
    const key = this.#connection.key('token-requests', ticket.clientId);
    for (;;) {
      ticket.signal?.throwIfAborted();
      let wait: number;
      try {
        const member = `${Date.now()}-${randomBytes(6).toString('hex')}`;
        wait = Number(
          await this.#connection.script(COMPONENT, 'turn', TAKE_TURN, [key], [member, longest, ...args]),
        );
      } catch (error) {
        if (!(error instanceof NexarRedisError)) throw error;
        wait = this.#takeLocalTurn(ticket.clientId, longest);
      }
      if (wait <= 0) return;
      if (Date.now() - started + wait > this.#maxWaitMs) {
        throw new NexarAuthError(
          'rate_limited',
          `Token requests of this app are at the identity server's rate limit across the fleet; the next turn is ${Math.ceil(wait / 1000)} s away.`,
          {
            retryAfterMs: wait,
            hint: 'Tokens are shared through the token store: check that every process uses the same store, or raise maxWaitMs.',
          },
        );
      }
      await sleep(wait + Math.random() * 20, ticket.signal);
    }
  }

  #takeLocalTurn(clientId: string, longest: number): number {
    const now = Date.now();
    const times = (this.#local.get(clientId) ?? []).filter((time) => time > now - longest);
    const wait = waitForTurn(times, now, this.#windows);
    if (wait === 0) times.push(now);
    this.#local.set(clientId, times);
    return wait;
  }
}
