import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connectRedis, type RedisConnection, RedisTokenStore, type RedisWarning } from '../src/index.js';
import { type RedisServer, startRedisServer } from './redis-server.js';

let server: RedisServer;
const connections: RedisConnection[] = [];
let prefix = 0;

function connect(warnings: RedisWarning[] = []) {
  const connection = connectRedis(server.url, {
    keyPrefix: `store-test-${prefix}:`,
    commandTimeoutMs: 300,
    onWarning: (warning) => warnings.push(warning),
  });
  connections.push(connection);
  return connection;
}

beforeAll(async () => {
  server = await startRedisServer();
});
afterEach(async () => {
  prefix += 1;
  await Promise.all(connections.splice(0).map((connection) => connection.close()));
});
afterAll(async () => {
  await server?.stop();
});

describe('RedisTokenStore', () => {
  it('shares entries between connections, and expires an entry at the expiry it is given', async () => {
    const a = new RedisTokenStore(connect());
    const b = new RedisTokenStore(connect());
    await a.set('grant', 'value-1');
    expect(await b.get('grant')).toBe('value-1');
    await b.set('short', 'value-2', { expiresAt: Date.now() + 150 });
    const ttl = await connect().client.pttl(`store-test-${prefix}:token:short`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(150);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await a.get('short')).toBeUndefined();
    await a.delete('grant');
    expect(await b.get('grant')).toBeUndefined();
  });

  it('lets one holder at a time run under withLock, across connections', async () => {
    const stores = [
      new RedisTokenStore(connect()),
      new RedisTokenStore(connect()),
      new RedisTokenStore(connect()),
    ];
    let inside = 0;
    let most = 0;
    await Promise.all(
      stores.flatMap((store) =>
        [1, 2].map(() =>
          store.withLock('grant', async () => {
            inside += 1;
            most = Math.max(most, inside);
            await new Promise((resolve) => setTimeout(resolve, 30));
            inside -= 1;
          }),
        ),
      ),
    );
    expect(most).toBe(1);
  });

  it('renews the lease while the task runs longer than the lease', async () => {
    // The task outlasts the lease three times over; the lease is renewed every third of it.
    const holder = new RedisTokenStore(connect(), { lock: { leaseMs: 600 } });
    const other = new RedisTokenStore(connect(), { lock: { leaseMs: 600 } });
    const order: string[] = [];
    const first = holder.withLock('grant', async () => {
      order.push('first in');
      await new Promise((resolve) => setTimeout(resolve, 1800));
      order.push('first out');
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await other.withLock('grant', async () => {
      order.push('second in');
    });
    await first;
    expect(order).toEqual(['first in', 'first out', 'second in']);
  });

  it('a holder that vanished without releasing frees the lock when its lease ends; only a holder releases', async () => {
    const dying = connect();
    const key = `store-test-${prefix}:lock:grant`;
    // A process that took the lock and died: the key with someone else's token and a lease.
    await dying.client.set(key, 'token-of-a-dead-process', 'PX', 400);
    const store = new RedisTokenStore(connect(), { lock: { leaseMs: 1_000 } });
    const started = Date.now();
    await store.withLock('grant', async () => {
      // Someone else's lock value now: our release must not delete it.
      await dying.client.set(key, 'not-ours', 'PX', 5_000);
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(350);
    expect(await dying.client.get(key)).toBe('not-ours');
  });

  it('with Redis gone, goes on in-process within the command timeout, warns once, and writes back when Redis returns', async () => {
    const warnings: RedisWarning[] = [];
    const connection = connect(warnings);
    const store = new RedisTokenStore(connection);
    await store.set('grant', 'before');
    await server.kill();
    try {
      const started = Date.now();
      expect(await store.get('grant')).toBe('before');
      await store.set('grant', 'during');
      expect(await store.get('grant')).toBe('during');
      expect(await store.withLock('grant', async () => 'ran')).toBe('ran');
      expect(Date.now() - started).toBeLessThan(4 * 300 + 500);
      expect(warnings.map((warning) => warning.kind)).toEqual(['unavailable']);
      expect(JSON.stringify(warnings)).not.toContain('during');
    } finally {
      await server.start();
    }
    // Redis came back empty: the entry written meanwhile is not lost.
    await waitFor(async () => (await store.get('grant')) === 'during');
    expect(warnings.map((warning) => warning.kind)).toEqual(['unavailable', 'restored']);
    expect(await new RedisTokenStore(connect()).get('grant')).toBe('during');
  });

  it('does not write back over an entry another process wrote while this one could not reach Redis', async () => {
    const connection = connect();
    const store = new RedisTokenStore(connection);
    await store.set('grant', 'seen');
    // Only this connection loses Redis: the others keep writing.
    connection.client.disconnect();
    await store.set('grant', 'stale');
    await new RedisTokenStore(connect()).set('grant', 'newer');
    await connection.client.connect();
    expect(await store.get('grant')).toBe('newer');
  });

  it('prints no tokens', async () => {
    const store = new RedisTokenStore(connect());
    await store.set('grant', 'secret-token-value');
    const { inspect } = await import('node:util');
    expect(inspect(store)).not.toContain('secret-token-value');
    expect(JSON.stringify(store)).not.toContain('secret-token-value');
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
