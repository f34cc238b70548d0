import { NexarAuthError } from '@nexar/auth';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  connectRedis,
  type RedisConnection,
  RedisTokenRequestGate,
  type RedisWarning,
} from '../src/index.js';
import { type RedisServer, startRedisServer } from './redis-server.js';

let server: RedisServer;
const connections: RedisConnection[] = [];
let prefix = 0;

function connect(warnings: RedisWarning[] = []) {
  const connection = connectRedis(server.url, {
    keyPrefix: `gate-test-${prefix}:`,
    commandTimeoutMs: 300,
    onWarning: (warning) => warnings.push(warning),
  });
  connections.push(connection);
  return connection;
}

const LIMITS = [{ windowMs: 400, limit: 2 }];
const ticket = { clientId: 'app', tokenUrl: 'http://127.0.0.1/connect/token' };

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

/** The most passes within any `windowMs`. */
function busiest(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return Math.max(
    ...sorted.map((start) => sorted.filter((time) => time >= start && time < start + windowMs).length),
  );
}

describe('RedisTokenRequestGate', () => {
  it('lets callers of separate connections through at most at the limit, each waiting its turn', async () => {
    const gates = [1, 2, 3].map(() => new RedisTokenRequestGate(connect(), { limits: LIMITS, marginMs: 0 }));
    const passed: number[] = [];
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        (gates[i % 3] as RedisTokenRequestGate).wait(ticket).then(() => passed.push(Date.now())),
      ),
    );
    expect(passed).toHaveLength(6);
    expect(busiest(passed, 390)).toBeLessThanOrEqual(2);
    // Six requests at two per 400 ms need at least two full windows.
    expect(Math.max(...passed) - Math.min(...passed)).toBeGreaterThanOrEqual(780);
  });

  it('keeps applications apart, and fails fast with rate_limited when the turn is further than maxWaitMs', async () => {
    const gate = new RedisTokenRequestGate(connect(), {
      limits: [{ windowMs: 60_000, limit: 1 }],
      maxWaitMs: 1_000,
    });
    await gate.wait(ticket);
    await gate.wait({ ...ticket, clientId: 'other-app' });
    const started = Date.now();
    const error = await gate.wait(ticket).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NexarAuthError);
    expect((error as NexarAuthError).code).toBe('rate_limited');
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('with Redis gone, keeps the same limits in-process and warns', async () => {
    const warnings: RedisWarning[] = [];
    const gate = new RedisTokenRequestGate(connect(warnings), { limits: LIMITS, marginMs: 0 });
    await server.kill();
    try {
      const passed: number[] = [];
      for (let i = 0; i < 4; i += 1) {
        await gate.wait(ticket);
        passed.push(Date.now());
      }
      expect(busiest(passed, 390)).toBeLessThanOrEqual(2);
      expect(warnings.map((warning) => warning.kind)).toEqual(['unavailable']);
    } finally {
      await server.start();
    }
  });
});
