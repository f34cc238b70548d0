/** Claims on RedisResultCache keys, on a real redis-server: one winner per key across connections. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connectRedis, type RedisConnection, RedisResultCache } from '../src/index.js';
import { type RedisServer, startRedisServer } from './redis-server.js';

let server: RedisServer;
const connections: RedisConnection[] = [];
let prefix = 0;

function cache(commandTimeoutMs = 2_000): { cache: RedisResultCache; connection: RedisConnection } {
  const connection = connectRedis(server.url, {
    keyPrefix: `claims-test-${prefix}:`,
    commandTimeoutMs,
    onWarning: () => undefined,
  });
  connections.push(connection);
  return { cache: new RedisResultCache(connection, { ttlMs: 60_000 }), connection };
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

describe('RedisResultCache claims', () => {
  it('gives each key to one process, never a key with an answer, and frees it on release', async () => {
    const [a, b] = [cache().cache, cache().cache];
    await a.set('answered', { value: { hits: 1 }, storedAt: Date.now() });
    const first = await a.claim(['k1', 'k2', 'answered'], 10_000);
    expect(first).toMatchObject({ won: ['k1', 'k2'], answered: ['answered'], held: [] });
    const second = await b.claim(['k2', 'k3'], 10_000);
    expect(second).toMatchObject({ won: ['k3'], answered: [], held: ['k2'] });
    await first.release();
    expect((await b.claim(['k1', 'k2'], 10_000)).won).toEqual(['k1', 'k2']);
    await second.release();
  });

  it('wakes a waiter when the answer is stored or the claim released, and not before', async () => {
    const [a, b] = [cache().cache, cache().cache];
    const claim = await a.claim(['k1', 'k2'], 10_000);
    expect(await b.waitFor(['k1', 'k2'], { timeoutMs: 200 })).toEqual([]);
    const waiting = b.waitFor(['k1', 'k2'], { timeoutMs: 10_000 });
    await a.set('k2', { value: { hits: 1 }, storedAt: Date.now() });
    expect(await waiting).toEqual(['k2']);
    await claim.release();
    expect(await b.waitFor(['k1'], { timeoutMs: 10_000 })).toEqual(['k1']);
  });

  it('keeps a claim alive while held, and lets it lapse when its holder is gone', async () => {
    const holder = cache();
    const other = cache().cache;
    const claim = await holder.cache.claim(['k1'], 300);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect((await other.claim(['k1'], 300)).held).toEqual(['k1']); // renewed
    holder.connection.client.disconnect(); // like a process that died: no renewal, no release
    expect(await other.waitFor(['k1'], { timeoutMs: 5_000 })).toEqual(['k1']);
    expect((await other.claim(['k1'], 10_000)).won).toEqual(['k1']);
    await claim.release(); // its connection is gone: it cannot free the new holder's claim
    expect((await cache().cache.claim(['k1'], 10_000)).held).toEqual(['k1']);
  });

  it('ends a wait at an abort with the reason', async () => {
    const [a, b] = [cache().cache, cache().cache];
    await a.claim(['k1'], 10_000);
    const controller = new AbortController();
    const waiting = b.waitFor(['k1'], { timeoutMs: 10_000, signal: controller.signal });
    setTimeout(() => controller.abort(new Error('cancelled')), 50);
    await expect(waiting).rejects.toThrow('cancelled');
  });

  it('with Redis gone, claims in this process only, and no wait for the fleet', async () => {
    const [a, b] = [cache(300).cache, cache(300).cache];
    await a.claim(['k1'], 10_000);
    await server.kill();
    try {
      // Another process's claim cannot be seen: nothing to wait for; this process claims for itself.
      expect(await b.waitFor(['k1'], { timeoutMs: 10_000 })).toEqual(['k1']);
      const local = await b.claim(['k1'], 10_000);
      expect(local.won).toEqual(['k1']);
      expect((await b.claim(['k1'], 10_000)).held).toEqual(['k1']);
      await local.release();
    } finally {
      await server.start();
    }
  });
});
