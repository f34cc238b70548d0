import { randomBytes } from 'node:crypto';
import { sleep } from '@nexar/auth';
import type { CacheClaim, ClaimWaitOptions } from '@nexar/supply';
import { luaScript, type RedisConnection } from './redis-connection.js';

/**
 * Per key pair (answer, claim): 2 when the answer is there, 1 when the claim is taken now
 * (`SET NX PX` with the caller's token), 0 when another caller holds it. Atomic, so a claim is never
 * won for a query whose answer was stored a moment before.
 */
const CLAIM = luaScript(`local states = {}
for i = 1, #KEYS, 2 do
  if redis.call('EXISTS', KEYS[i]) == 1 then states[#states + 1] = 2
  elseif redis.call('SET', KEYS[i + 1], ARGV[1], 'NX', 'PX', ARGV[2]) then states[#states + 1] = 1
  else states[#states + 1] = 0 end
end
return states`);
/** Extends the claims still holding the token. */
const RENEW = luaScript(`local renewed = 0
for i = 1, #KEYS do
  if redis.call('GET', KEYS[i]) == ARGV[1] then renewed = renewed + redis.call('PEXPIRE', KEYS[i], ARGV[2]) end
end
return renewed`);
/** Frees the claims still holding the token: one taken over after it lapsed is not ours to free. */
const RELEASE = luaScript(`for i = 1, #KEYS do
  if redis.call('GET', KEYS[i]) == ARGV[1] then redis.call('DEL', KEYS[i]) end
end
return 1`);
/** Per key pair (answer, claim): 1 when the answer is there or nobody claims it any more. */
const READY = luaScript(`local states = {}
for i = 1, #KEYS, 2 do
  if redis.call('EXISTS', KEYS[i]) == 1 or redis.call('EXISTS', KEYS[i + 1]) == 0 then states[#states + 1] = 1
  else states[#states + 1] = 0 end
end
return states`);

/** Polling: the first look after 25 ms, then half as long again each time, at most 250 ms apart (with jitter). */
const FIRST_POLL_MS = 25;
const MAX_POLL_MS = 250;

export interface ClaimKeys {
  answer: (key: string) => string;
  claim: (key: string) => string;
}

/**
 * Claims on the result cache's keys shared by a fleet: `result:<key>` holds the answer, `claim:<key>` the
 * claimant's random token for `ttlMs`, renewed every third of it while held, freed by a compare-and-delete
 * script. Waiters poll (see the README: why not keyspace notifications). Throws NexarRedisError
 * `unavailable` when Redis fails, for the cache to fall back to claims in this process.
 */
export class RedisClaims {
  readonly #connection: RedisConnection;
  readonly #component: string;
  readonly #keys: ClaimKeys;

  constructor(connection: RedisConnection, component: string, keys: ClaimKeys) {
    this.#connection = connection;
    this.#component = component;
    this.#keys = keys;
  }

  async claim(keys: readonly string[], ttlMs: number): Promise<CacheClaim> {
    const lease = Math.max(1, Math.ceil(ttlMs));
    const token = randomBytes(16).toString('hex');
    const states = (await this.#connection.script(this.#component, 'claim', CLAIM, this.#pairs(keys), [
      token,
      lease,
    ])) as number[];
    const won = keys.filter((_, i) => states[i] === 1);
    const answered = keys.filter((_, i) => states[i] === 2);
    const held = keys.filter((_, i) => states[i] === 0);
    if (won.length === 0) return { won, answered, held, release: async () => undefined };
    const claimKeys = won.map(this.#keys.claim);
    const renewal = setInterval(
      () => {
        this.#connection
          .script(this.#component, 'claim renewal', RENEW, claimKeys, [token, lease])
          .catch(() => undefined); // reported by the connection; the claim lapses by itself
      },
      Math.max(50, Math.floor(lease / 3)),
    );
    renewal.unref?.();
    let released = false;
    return {
      won,
      answered,
      held,
      release: async () => {
        if (released) return;
        released = true;
        clearInterval(renewal);
        try {
          await this.#connection.script(this.#component, 'claim release', RELEASE, claimKeys, [token]);
        } catch {
          // The claim lapses by itself after ttlMs.
        }
      },
    };
  }

  async waitFor(keys: readonly string[], options: ClaimWaitOptions): Promise<string[]> {
    options.signal?.throwIfAborted();
    const deadline = Date.now() + options.timeoutMs;
    for (let delay = FIRST_POLL_MS; ; delay = Math.min(MAX_POLL_MS, delay * 1.5)) {
      const states = (await this.#connection.script(
        this.#component,
        'claim wait',
        READY,
        this.#pairs(keys),
        [],
      )) as number[];
      const ready = keys.filter((_, i) => states[i] === 1);
      const left = deadline - Date.now();
      if (ready.length > 0 || keys.length === 0 || left <= 0) return ready;
      await sleep(Math.min(left, delay * (0.8 + Math.random() * 0.4)), options.signal);
    }
  }

  #pairs(keys: readonly string[]): string[] {
    return keys.flatMap((key) => [this.#keys.answer(key), this.#keys.claim(key)]);
  }
}
