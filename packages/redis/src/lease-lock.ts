import { randomBytes } from 'node:crypto';
import { NexarAuthError, sleep } from '@nexar/auth';
import { luaScript, type RedisConnection } from './redis-connection.js';

/** Extends the lease only while the key still holds our token. */
const RENEW = luaScript(
  `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0`,
);
/** Deletes the key only while it still holds our token: a lock taken over after expiry is not ours to free. */
const RELEASE = luaScript(
  `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`,
);

export interface LeaseLockOptions {
  /** How long a lock lives without renewal (default 10 s): a holder that dies frees it after this. */
  leaseMs?: number;
  /** Longest wait for a lock another process holds (default 60 s). */
  waitMs?: number;
}

export interface Lease {
  /** Stops renewing and frees the lock if it is still ours; true when it was. */
  release(): Promise<boolean>;
}

/**
 * A lock shared through Redis: `SET key token NX PX lease` with a random token, renewed every third of
 * the lease while held, and freed by a compare-and-delete script so only its holder can free it. Waiters
 * poll with jitter. Throws NexarRedisError `unavailable` when Redis fails (callers fall back).
 */
export async function acquireLease(
  connection: RedisConnection,
  component: string,
  key: string,
  options: LeaseLockOptions & { onLost?: () => void } = {},
): Promise<Lease> {
  const leaseMs = options.leaseMs ?? 10_000;
  const waitMs = options.waitMs ?? 60_000;
  const token = randomBytes(16).toString('hex');
  const started = Date.now();
  for (let attempt = 0; ; attempt += 1) {
    const taken = await connection.run(component, 'lock', (client) =>
      client.set(key, token, 'PX', leaseMs, 'NX'),
    );
    if (taken === 'OK') break;
    if (Date.now() - started > waitMs) {
      throw new NexarAuthError(
        'timeout',
        `Another process has held the Redis lock ${key} for more than ${waitMs} ms.`,
        {
          hint: 'A holder that died frees the lock when its lease ends; raise the lock wait if refreshing takes this long.',
        },
      );
    }
    await sleep(Math.min(200, 10 * 2 ** Math.min(attempt, 4)) + Math.random() * 20);
  }

  let lost = false;
  const renewal = setInterval(
    () => {
      connection
        .script(component, 'lock renewal', RENEW, [key], [token, leaseMs])
        .then((renewed) => {
          if (renewed === 0 && !lost) {
            lost = true;
            options.onLost?.();
          }
        })
        .catch(() => undefined); // reported by the connection; the lease may still hold
    },
    Math.max(50, Math.floor(leaseMs / 3)),
  );
  renewal.unref?.();

  return {
    release: async () => {
      clearInterval(renewal);
      try {
        return (await connection.script(component, 'unlock', RELEASE, [key], [token])) === 1;
      } catch {
        return false; // the lease runs out by itself
      }
    },
  };
}
