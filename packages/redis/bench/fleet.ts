/**
 * `pnpm bench`: a fleet of 16 worker processes sharing one Redis (a private redis-server), against the
 * emulator with Nexar's token rate limit (2 per second per app) on, in one run:
 * 1. Cold, each worker pricing an overlapping 500-line BOM (matchBom): token requests (target 1), parts
 *    charged against the unique parts of all BOMs, API requests and wall time, against one process
 *    pricing all 16 BOMs alone with in-memory state; then the fleet again on a warm Redis.
 * 2. Added latency (p50/p99) of the Redis-backed getToken() and cache read over the in-memory ones.
 * 3. 16 workers with 2-second tokens for 30 seconds: token requests against the ideal, and 429s.
 * Counts are the emulator's own; the workers' start-up is not timed.
 */
import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { clientCredentials, MemoryTokenStore, type TokenStore } from '@nexar/auth';
import { createCatalog, type Emulator, startEmulator } from '@nexar/emulator';
import {
  type BomLine,
  MemoryResultCache,
  normalizeManufacturer,
  normalizeMpn,
  type ResultCache,
} from '@nexar/supply';
import { connectRedis, RedisResultCache, RedisTokenStore } from '../src/index.js';
import { startRedisServer } from '../test/redis-server.js';
import type { WorkerCommand } from './fleet-worker.js';

const WORKERS = 16;
const BOM_LINES = 500;
/**
 * Every BOM is 500 consecutive lines of one pool of distinct parts of the emulator's catalog (each line
 * matches, so each costs one part), each starting 75 lines on: neighbours share most lines.
 */
const POOL_LINES = 1_200;
const LATENCY_SAMPLES = 2_000;
const CHURN_SECONDS = 30;
const CHURN_TOKEN_SECONDS = 2;
const CHURN_SKEW_SECONDS = 0.5;

class WorkerProcess {
  readonly child: ChildProcessByStdio<Writable, Readable, null>;
  readonly #answers: ((value: Record<string, unknown>) => void)[] = [];

  constructor() {
    this.child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'fleet-worker.ts')], {
      cwd: import.meta.dirname,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    createInterface({ input: this.child.stdout }).on('line', (line) => {
      this.#answers.shift()?.(JSON.parse(line) as Record<string, unknown>);
    });
  }

  next(): Promise<Record<string, unknown>> {
    return new Promise((resolve) => this.#answers.push(resolve));
  }

  async run(command: WorkerCommand): Promise<Record<string, unknown>> {
    const answer = this.next();
    this.child.stdin.write(`${JSON.stringify(command)}\n`);
    const value = await answer;
    if (typeof value.error === 'string') throw new Error(`worker: ${value.error}`);
    return value;
  }
}

const app = (emu: Emulator) => ({ url: emu.url, graphqlUrl: emu.graphqlUrl, ...emu.clients.supply });
const counts = (emu: Emulator) => {
  const snapshot = emu.stats.snapshot();
  return {
    tokens: snapshot.tokenRequests.total,
    rejected: snapshot.tokenRequests.rejected,
    requests: snapshot.apiRequests,
    parts: snapshot.partsReturned,
  };
};
const delta = (after: ReturnType<typeof counts>, before: ReturnType<typeof counts>) => ({
  tokens: after.tokens - before.tokens,
  rejected: after.rejected - before.rejected,
  requests: after.requests - before.requests,
  parts: after.parts - before.parts,
});
const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : `${(a / b).toFixed(2)}×`);

function fleetBoms(): { boms: BomLine[][]; unique: number } {
  const distinct = new Map<string, BomLine>();
  for (const part of createCatalog().parts) {
    const line = { mpn: part.mpn, manufacturer: part.manufacturer.name, quantity: 1 };
    distinct.set(`${normalizeMpn(line.mpn)}|${normalizeManufacturer(line.manufacturer)}`, line);
  }
  const pool = [...distinct.values()].slice(0, POOL_LINES);
  if (pool.length < POOL_LINES) throw new Error(`the catalog has only ${pool.length} distinct parts`);
  const step = POOL_LINES / WORKERS;
  const boms = Array.from({ length: WORKERS }, (_, worker) =>
    Array.from({ length: BOM_LINES }, (_, i) => pool[(worker * step + i) % POOL_LINES] as BomLine),
  );
  const unique = new Set(
    boms
      .flat()
      .map((line) => `${normalizeMpn(line.mpn ?? '')}|${normalizeManufacturer(line.manufacturer ?? '')}`),
  );
  return { boms, unique: unique.size };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

async function latency(run: () => Promise<unknown>): Promise<{ p50: number; p99: number }> {
  for (let i = 0; i < 100; i += 1) await run();
  const samples: number[] = [];
  for (let i = 0; i < LATENCY_SAMPLES; i += 1) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

const us = (ms: number) => `${(ms * 1000).toFixed(0)} µs`;

const redisServer = await startRedisServer();
const emu = await startEmulator({ partLimit: 100_000_000 });
const workers = Array.from({ length: WORKERS }, () => new WorkerProcess());
try {
  await Promise.all(workers.map((worker) => worker.next()));
  const { boms, unique } = fleetBoms();
  const maxParts = 10_000_000;

  // 1. One process prices every BOM alone, with in-memory token, cache and meter.
  let before = counts(emu);
  const single = await (workers[0] as WorkerProcess).run({
    cmd: 'price',
    emu: app(emu),
    keyPrefix: 'single:',
    boms,
    maxParts,
  });
  const alone = { ...delta(counts(emu), before), ms: single.ms as number };

  // The fleet, cold: an empty Redis, no token, every worker starting at once.
  before = counts(emu);
  const started = performance.now();
  await Promise.all(
    workers.map((worker, i) =>
      worker.run({
        cmd: 'price',
        emu: app(emu),
        redisUrl: redisServer.url,
        keyPrefix: 'fleet:',
        boms: [boms[i] as BomLine[]],
        maxParts,
      }),
    ),
  );
  const fleet = { ...delta(counts(emu), before), ms: performance.now() - started };

  // The fleet again with a warm Redis, each worker now pricing its neighbour's BOM.
  before = counts(emu);
  const warmStarted = performance.now();
  await Promise.all(
    workers.map((worker, i) =>
      worker.run({
        cmd: 'price',
        emu: app(emu),
        redisUrl: redisServer.url,
        keyPrefix: 'fleet:',
        boms: [boms[(i + 1) % WORKERS] as BomLine[]],
        maxParts,
      }),
    ),
  );
  const warm = { ...delta(counts(emu), before), ms: performance.now() - warmStarted };

  console.log(
    `\n@nexar/redis fleet benchmark: ${WORKERS} processes, one redis-server, emulator with 2 token requests/s`,
  );
  console.log(
    `\n1. Cold fleet, each pricing a ${BOM_LINES}-line BOM (${WORKERS * BOM_LINES} lines, ${unique} unique parts in all)`,
  );
  console.log('                     fleet (Redis)   one process alone');
  console.log(`  token requests     ${String(fleet.tokens).padEnd(15)} ${alone.tokens}        (target 1)`);
  console.log(`  parts charged      ${String(fleet.parts).padEnd(15)} ${alone.parts}`);
  console.log(`  API requests       ${String(fleet.requests).padEnd(15)} ${alone.requests}`);
  console.log(`  wall time          ${`${fleet.ms.toFixed(0)} ms`.padEnd(15)} ${alone.ms.toFixed(0)} ms`);
  console.log(`  token 429s         ${String(fleet.rejected).padEnd(15)} ${alone.rejected}`);
  const partsPass = fleet.parts === unique && alone.parts === unique;
  console.log(
    `  parts charged / unique parts: fleet ${ratio(fleet.parts, unique)}, alone ${ratio(alone.parts, unique)} (target: both 1.00×) ${partsPass ? 'PASS' : 'FAIL'}`,
  );
  console.log(
    `  warm fleet (each worker pricing its neighbour's BOM): ${warm.tokens} token requests, ${warm.parts} parts, ${warm.requests} API requests, ${warm.ms.toFixed(0)} ms`,
  );
  console.log(
    `  fleet / alone: parts ${ratio(fleet.parts, alone.parts)}, requests ${ratio(fleet.requests, alone.requests)}, wall time ${ratio(fleet.ms, alone.ms)}`,
  );

  // 2. Added latency of the Redis-backed pieces over the in-memory ones, in this process.
  const connection = connectRedis(redisServer.url, { keyPrefix: 'latency:' });
  const tokenLatency = async (store: TokenStore) => {
    const warm = clientCredentials({ ...emu.clients.supply, identityUrl: emu.url, env: {}, store });
    await warm.getToken();
    const steady = await latency(() => warm.getToken());
    // A new provider (a new process) finding the token in the store.
    const first = await latency(() =>
      clientCredentials({ ...emu.clients.supply, identityUrl: emu.url, env: {}, store }).getToken(),
    );
    return { steady, first };
  };
  const memoryToken = await tokenLatency(new MemoryTokenStore());
  const redisToken = await tokenLatency(new RedisTokenStore(connection));
  const entry = {
    storedAt: Date.now(),
    value: {
      supMultiMatch: Array.from({ length: 5 }, (_, i) => ({
        hits: 1,
        parts: [{ id: String(i), mpn: `MPN-${i}`, manufacturer: { name: 'Texas Instruments' }, sellers: [] }],
      })),
    },
  };
  const cacheLatency = async (cache: ResultCache) => {
    await cache.set('key', entry);
    return latency(() => cache.get('key'));
  };
  const memoryCache = await cacheLatency(new MemoryResultCache());
  const redisCache = await cacheLatency(new RedisResultCache(connection));
  await connection.close();
  const added = (name: string, redis: { p50: number; p99: number }, memory: { p50: number; p99: number }) =>
    console.log(
      `  ${name.padEnd(34)} p50 ${us(redis.p50)} vs ${us(memory.p50)} (+${us(redis.p50 - memory.p50)}), p99 ${us(redis.p99)} vs ${us(memory.p99)} (+${us(redis.p99 - memory.p99)})`,
    );
  console.log(`\n2. Added latency, Redis vs in-memory (${LATENCY_SAMPLES} calls each, loopback Redis)`);
  added('getToken(), token held', redisToken.steady, memoryToken.steady);
  added('getToken(), new provider + store', redisToken.first, memoryToken.first);
  added('result cache read', redisCache, memoryCache);
} finally {
  await emu.close();
}

// 3. Short tokens: every worker asks for a token every 100 ms for 30 s.
const shortEmu = await startEmulator({ accessTokenTtlSeconds: CHURN_TOKEN_SECONDS });
try {
  const before = counts(shortEmu);
  const results = await Promise.all(
    workers.map((worker) =>
      worker.run({
        cmd: 'churn',
        emu: app(shortEmu),
        redisUrl: redisServer.url,
        keyPrefix: 'churn:',
        seconds: CHURN_SECONDS,
        everyMs: 100,
      }),
    ),
  );
  const spent = delta(counts(shortEmu), before);
  const ideal = Math.ceil(CHURN_SECONDS / (CHURN_TOKEN_SECONDS - CHURN_SKEW_SECONDS));
  const calls = results.reduce((sum, result) => sum + (result.calls as number), 0);
  const errors = results.reduce((sum, result) => sum + (result.errors as number), 0);
  const expired = results.reduce((sum, result) => sum + (result.expired as number), 0);
  console.log(
    `\n3. ${WORKERS} workers, ${CHURN_TOKEN_SECONDS}-second tokens, ${CHURN_SECONDS} s (getToken() every 100 ms each: ${calls} calls)`,
  );
  console.log(
    `  token requests     ${spent.tokens} (ideal ${ideal}: one per ${CHURN_TOKEN_SECONDS - CHURN_SKEW_SECONDS} s of use) → ${ratio(spent.tokens, ideal)} the ideal`,
  );
  console.log(`  token 429s         ${spent.rejected}`);
  console.log(`  failed getToken()  ${errors}; expired tokens served ${expired}`);
} finally {
  await shortEmu.close();
  for (const worker of workers) worker.child.kill();
  await redisServer.stop();
}
