/**
 * A fleet pricing overlapping BOMs through one RedisResultCache: each uncached line is claimed before it
 * is sent, so the fleet pays for every distinct line once. In-process clients and real child processes,
 * a claimant killed mid-flight, and Redis gone.
 */
import { createCatalog, type Emulator, startEmulator } from '@nexar/emulator';
import {
  type BomLine,
  type BomMatchResult,
  createSupplyClient,
  MemoryResultCache,
  matchBom,
} from '@nexar/supply';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connectRedis, type RedisConnection, RedisPartBudget, RedisResultCache } from '../src/index.js';
import { emulatorAuth } from './emulator-clients.js';
import { type FleetProcess, startFleet } from './fleet-process.js';
import { type RedisServer, startRedisServer } from './redis-server.js';

const WORKERS = 4;
const BOM_LINES = 80;
/** Each worker's BOM: 80 consecutive lines of a pool of 160 catalog parts, each starting 40 lines on. */
const POOL: BomLine[] = [
  ...new Map(
    createCatalog().parts.map((part) => [
      `${part.mpn}|${part.manufacturer.name}`,
      { mpn: part.mpn, manufacturer: part.manufacturer.name, quantity: 1 },
    ]),
  ).values(),
].slice(0, 160);
const bomOf = (worker: number): BomLine[] =>
  Array.from({ length: BOM_LINES }, (_, i) => POOL[(worker * 40 + i) % POOL.length] as BomLine);

let server: RedisServer;
let emu: Emulator;
let fleet: FleetProcess[] = [];
const connections: RedisConnection[] = [];
let prefix = 0;

function connect(commandTimeoutMs = 5_000): RedisConnection {
  const connection = connectRedis(server.url, {
    keyPrefix: `bom-test-${prefix}:`,
    commandTimeoutMs,
    onWarning: () => undefined,
  });
  connections.push(connection);
  return connection;
}

// While Redis is away, the budget lets each process spend up to 10,000 parts on its own.
const supplyOn = (connection: RedisConnection) =>
  createSupplyClient({
    auth: emulatorAuth(emu),
    endpoint: emu.graphqlUrl,
    cache: new RedisResultCache(connection),
    partBudget: new RedisPartBudget(connection, { maxParts: 1_000_000, name: 'bom', fallbackParts: 10_000 }),
  });

/** Parts the emulator charged while `run` ran. */
async function charged(run: () => Promise<unknown>): Promise<number> {
  const before = emu.stats.snapshot().partsReturned;
  await run();
  return emu.stats.snapshot().partsReturned - before;
}

/** Parts one process charges for `boms` alone, one after another, with its own in-memory cache. */
function alone(boms: BomLine[][]): Promise<number> {
  const client = createSupplyClient({
    auth: emulatorAuth(emu),
    endpoint: emu.graphqlUrl,
    cache: new MemoryResultCache(),
  });
  return charged(async () => {
    for (const bom of boms) await matchBom(bom, { client });
  });
}

const workerConfig = (bom: BomLine[], options: { claimTtlMs?: number; hold?: boolean } = {}) => ({
  redisUrl: server.url,
  keyPrefix: `bom-test-${prefix}:`,
  identityUrl: emu.url,
  graphqlUrl: emu.graphqlUrl,
  ...emu.clients.supply,
  bom,
  claimTtlMs: options.claimTtlMs ?? 10_000,
  hold: options.hold ?? false,
});

const doneOf = async (process: FleetProcess) => {
  const line = await Promise.race([
    process.next((text) => text.startsWith('done ') || text.startsWith('error ')),
    process.exited.then(() => 'killed'),
  ]);
  if (!line.startsWith('done ')) throw new Error(`worker: ${line}`);
  return JSON.parse(line.slice(5)) as { parts: number; requests: number; answered: number };
};

beforeAll(async () => {
  [server, emu] = await Promise.all([
    startRedisServer(),
    startEmulator({ tokenRateLimit: false, partLimit: 100_000_000 }),
  ]);
});
afterEach(async () => {
  for (const process of fleet) process.child.kill('SIGKILL');
  await Promise.all(fleet.map((process) => process.exited));
  fleet = [];
  prefix += 1;
  await Promise.all(connections.splice(0).map((connection) => connection.close()));
});
afterAll(async () => {
  await Promise.all([server?.stop(), emu?.close()]);
});

describe('a fleet pricing overlapping BOMs through one Redis', () => {
  it('charges the unique parts once across in-process clients, and the shared budget only what was sent', async () => {
    const boms = Array.from({ length: WORKERS }, (_, i) => bomOf(i));
    const expected = await alone(boms);
    expect(expected).toBeGreaterThan(BOM_LINES);
    const runs = boms.map((bom) => ({ bom, client: supplyOn(connect()) }));
    const results: BomMatchResult[] = [];
    const parts = await charged(async () => {
      results.push(...(await Promise.all(runs.map(({ bom, client }) => matchBom(bom, { client })))));
    });
    expect(parts).toBe(expected);
    expect(results.every((result) => result.lines.every((line) => line.status !== 'error'))).toBe(true);
    const budget = await new RedisPartBudget(connect(), { maxParts: 1_000_000, name: 'bom' }).state();
    expect(budget).toMatchObject({ used: expected, reserved: 0 });
  }, 120_000);

  it('charges the unique parts once across real processes starting cold together', async () => {
    const boms = Array.from({ length: WORKERS }, (_, i) => bomOf(i));
    const expected = await alone(boms);
    fleet = await startFleet(WORKERS, (i) => workerConfig(boms[i] as BomLine[]), 'bom-worker.ts');
    let results: { parts: number; answered: number }[] = [];
    const parts = await charged(async () => {
      const done = fleet.map(doneOf);
      for (const process of fleet) process.send('go');
      results = await Promise.all(done);
    });
    expect(parts).toBe(expected);
    expect(results.reduce((sum, result) => sum + result.parts, 0)).toBe(expected);
    expect(results.every((result) => result.answered === BOM_LINES)).toBe(true);
  }, 180_000);

  it('sends the lines of a claimant killed mid-flight from another process once its claims lapse', async () => {
    const bom = bomOf(0);
    const expected = await alone([bom]);
    const [claimant] = await startFleet(
      1,
      workerConfig(bom, { claimTtlMs: 1_000, hold: true }),
      'bom-worker.ts',
    );
    const [other] = await startFleet(1, workerConfig(bom), 'bom-worker.ts');
    fleet = [claimant as FleetProcess, other as FleetProcess];
    claimant?.send('go');
    await claimant?.next((line) => line === 'sending');
    const parts = await charged(async () => {
      const done = doneOf(other as FleetProcess);
      other?.send('go');
      // While the claimant lives (and renews its claims), the other process sends nothing.
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      expect(other?.lines).not.toContain('sending');
      expect(other?.lines.some((line) => line.startsWith('done '))).toBe(false);
      await claimant?.kill();
      const result = await done;
      expect(result).toMatchObject({ answered: BOM_LINES, parts: expected });
    });
    expect(parts).toBe(expected);
  }, 120_000);

  it('with Redis gone, each process sends its own lines, also one that was waiting for a claim', async () => {
    const bom = bomOf(1);
    const expected = await alone([bom]);
    // Another process claimed every line, then Redis went away before it answered.
    const holder = new RedisResultCache(connect());
    const claim = await claimedKeysOf(bom, holder);
    expect(claim.won.length).toBeGreaterThan(0);
    const waiting = supplyOn(connect(300));
    const other = supplyOn(connect(300));
    const parts = await charged(async () => {
      const first = matchBom(bom, { client: waiting });
      await new Promise((resolve) => setTimeout(resolve, 500));
      await server.kill();
      try {
        const results = await Promise.all([first, matchBom(bom, { client: other })]);
        for (const result of results)
          expect(result.lines.every((line) => line.status !== 'error')).toBe(true);
      } finally {
        await server.start();
      }
    });
    expect(parts).toBe(2 * expected);
    await claim.release();
  }, 120_000);
});

/** Claims every key `matchBom` would claim for `bom`, as a process that then never answers. */
async function claimedKeysOf(bom: BomLine[], cache: RedisResultCache) {
  const keys: string[] = [];
  const recorder = new MemoryResultCache();
  const spy = {
    get: (key: string) => recorder.get(key),
    set: (key: string, entry: Parameters<MemoryResultCache['set']>[1]) => recorder.set(key, entry),
    claim: async (claimed: readonly string[], ttlMs: number) => {
      keys.push(...claimed);
      return recorder.claim(claimed, ttlMs);
    },
    waitFor: (waited: readonly string[], options: Parameters<MemoryResultCache['waitFor']>[1]) =>
      recorder.waitFor(waited, options),
  };
  const client = createSupplyClient({ auth: emulatorAuth(emu), endpoint: emu.graphqlUrl, cache: spy });
  await matchBom(bom, { client });
  return cache.claim(keys, 60_000);
}
