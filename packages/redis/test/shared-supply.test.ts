/** The result cache and the part budget shared through Redis, with a supply client against the emulator. */
import { type Emulator, startEmulator } from '@nexar/emulator';
import { NexarPartLimitError } from '@nexar/supply';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  connectRedis,
  NexarRedisError,
  type RedisConnection,
  RedisPartBudget,
  RedisResultCache,
  type RedisWarning,
} from '../src/index.js';
import { emulatorSupply } from './emulator-clients.js';
import { type RedisServer, startRedisServer } from './redis-server.js';

let server: RedisServer;
let emu: Emulator;
const connections: RedisConnection[] = [];
let prefix = 0;

// Room for a busy machine; the test of Redis gone sets a short timeout to bound its wait.
function connect(warnings: RedisWarning[] = [], commandTimeoutMs = 2_000) {
  const connection = connectRedis(server.url, {
    keyPrefix: `supply-test-${prefix}:`,
    commandTimeoutMs,
    onWarning: (warning) => warnings.push(warning),
  });
  connections.push(connection);
  return connection;
}

const MPNS = ['LM317T', 'NE555P', 'LM358', 'TL072', 'BC547', '2N3904', 'LM7805', 'ATMEGA328P'];

beforeAll(async () => {
  [server, emu] = await Promise.all([
    startRedisServer(),
    startEmulator({ tokenRateLimit: false, partLimit: 1_000_000 }),
  ]);
});
afterEach(async () => {
  prefix += 1;
  await Promise.all(connections.splice(0).map((connection) => connection.close()));
});
afterAll(async () => {
  await Promise.all([server?.stop(), emu?.close()]);
});

describe('RedisResultCache', () => {
  it('serves one process the answer another one paid for, with the TTL of the cache', async () => {
    const first = emulatorSupply(emu, { cache: new RedisResultCache(connect(), { ttlMs: 60_000 }) });
    const second = emulatorSupply(emu, { cache: new RedisResultCache(connect(), { ttlMs: 60_000 }) });
    const before = emu.stats.snapshot();
    const paid = await first.searchMpn({ q: 'LM317T', limit: 5 });
    const served = await second.searchMpn({ limit: 5, q: 'LM317T' });
    const after = emu.stats.snapshot();
    expect(served).toEqual(paid);
    expect(after.apiRequests - before.apiRequests).toBe(1);
    expect(second.parts.used).toBe(0);
    const keys = await connect().client.keys(`supply-test-${prefix}:result:*`);
    expect(keys).toHaveLength(1);
    const ttl = await connect().client.pttl(keys[0] as string);
    expect(ttl).toBeGreaterThan(50_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it('with Redis gone, keeps answers in-process and warns, and never waits past the command timeout', async () => {
    const warnings: RedisWarning[] = [];
    const supply = emulatorSupply(emu, { cache: new RedisResultCache(connect(warnings, 300)) });
    await server.kill();
    try {
      const started = Date.now();
      await supply.searchMpn({ q: 'NE555P', limit: 1 });
      const before = emu.stats.snapshot().apiRequests;
      await supply.searchMpn({ q: 'NE555P', limit: 1 });
      expect(emu.stats.snapshot().apiRequests).toBe(before);
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(warnings.map((warning) => [warning.kind, warning.component])).toEqual([
        ['unavailable', 'result-cache'],
      ]);
    } finally {
      await server.start();
    }
  });
});

describe('RedisPartBudget', () => {
  it('keeps concurrent clients of separate connections within one budget, charging what was returned', async () => {
    const maxParts = 60;
    const clients = Array.from({ length: 6 }, () =>
      emulatorSupply(emu, {
        cache: false,
        partBudget: new RedisPartBudget(connect(), { maxParts, name: 'month' }),
      }),
    );
    const before = emu.stats.snapshot().partsReturned;
    // Each call may return up to 10 parts; 48 calls ask for far more than the budget holds.
    const outcomes = await Promise.allSettled(
      clients.flatMap((supply) => MPNS.map((q) => supply.searchMpn({ q, limit: 10 }))),
    );
    const spent = emu.stats.snapshot().partsReturned - before;
    const refused = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(refused.length).toBeGreaterThan(0);
    for (const outcome of refused)
      expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(NexarPartLimitError);
    expect(spent).toBeLessThanOrEqual(maxParts);
    const budget = new RedisPartBudget(connect(), { maxParts, name: 'month' });
    await waitFor(async () => (await budget.state()).reserved === 0);
    const state = await budget.state();
    expect(state.used).toBe(spent);
    expect(state.remaining).toBe(maxParts - spent);
  });

  it('frees the hold of a call that failed, and the hold of a process that died when its lease ends', async () => {
    const budget = new RedisPartBudget(connect(), { maxParts: 10, holdMs: 300 });
    const failed = await budget.reserve(10, 'SearchMpn');
    await failed.settle(0);
    expect(await budget.state()).toMatchObject({ used: 0, reserved: 0, remaining: 10 });
    await budget.reserve(10, 'SearchMpn'); // never settled: its process is gone
    await expect(budget.reserve(1, 'SearchMpn')).rejects.toBeInstanceOf(NexarPartLimitError);
    await new Promise((resolve) => setTimeout(resolve, 350));
    const next = await budget.reserve(4, 'SearchMpn');
    await next.settle(3);
    expect(await budget.state()).toMatchObject({ used: 3, reserved: 0, remaining: 7 });
  });

  it('with Redis gone, refuses (or spends only fallbackParts) and adds what it spent when Redis returns', async () => {
    const strict = new RedisPartBudget(connect(), { maxParts: 100 });
    const lenient = new RedisPartBudget(connect(), { maxParts: 100, fallbackParts: 10 });
    await server.kill();
    try {
      await expect(strict.reserve(5, 'SearchMpn')).rejects.toMatchObject({ code: 'budget_unavailable' });
      const hold = await lenient.reserve(8, 'SearchMpn');
      await hold.settle(6);
      await expect(lenient.reserve(5, 'SearchMpn')).rejects.toBeInstanceOf(NexarRedisError);
      await (await lenient.reserve(4, 'SearchMpn')).settle(4);
    } finally {
      await server.start();
    }
    await waitFor(async () => {
      try {
        await (await lenient.reserve(1, 'SearchMpn')).settle(0);
        return true;
      } catch {
        return false;
      }
    });
    expect((await strict.state()).used).toBe(10);
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
