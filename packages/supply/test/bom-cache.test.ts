/** matchBom and the result cache: per-line entries, zero hits cached, errors never, TTL on the client's clock. */
import type { Emulator } from '@nexar/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BomLine, type BomMatchResult, matchBom } from '../src/bom/index.js';
import { bomClient, counted, startBomEmulator } from './bom-harness.js';

let emu: Emulator;
beforeAll(async () => {
  emu = await startBomEmulator();
});
afterAll(async () => {
  await emu?.close();
});

const bom: BomLine[] = [
  { mpn: 'NE555P', quantity: 2 },
  { mpn: 'LM358DR', manufacturer: 'TI', quantity: 1 },
  { mpn: 'NOSUCHPART123', quantity: 1 },
  { mpn: 'ne555p', quantity: 1 },
  { mpn: 'GRM188R71H104KA93D', quantity: 10 },
];

/** A result without the per-line `cached` flags and run counters, to compare runs. */
const answers = (result: BomMatchResult) => ({
  lines: result.lines.map(({ cached: _cached, ...line }) => line),
  total: result.total,
});

describe('matchBom with the result cache', () => {
  it('re-runs the same BOM inside the TTL with no request and no part, and the same answers', async () => {
    let clock = 1_000_000;
    const client = bomClient(emu, { now: () => clock, cacheTtlMs: 60_000 });
    const first = await counted(emu, () => matchBom(bom, { client }));
    expect(first).toMatchObject({ requests: 1, parts: 3 });
    expect(first.value.lines.every((l) => !l.cached)).toBe(true);

    clock += 59_999;
    const progress: number[] = [];
    const second = await counted(emu, () =>
      matchBom(bom, { client, onProgress: (p) => progress.push(p.cacheHits) }),
    );
    expect(second).toMatchObject({ requests: 0, parts: 0 });
    expect(second.value.summary).toMatchObject({ requests: 0, partsUsed: 0, cacheHits: 4, uniqueQueries: 4 });
    expect(second.value.lines.every((l) => l.cached)).toBe(true);
    expect(answers(second.value)).toEqual(answers(first.value));
    expect(progress.at(-1)).toBe(4);
    expect(client.parts.used).toBe(3);

    clock += 1; // the TTL has run out
    const third = await counted(emu, () => matchBom(bom, { client }));
    expect(third).toMatchObject({ requests: 1, parts: 3 });
  });

  it('caches a zero-hit answer as a result', async () => {
    const client = bomClient(emu);
    await matchBom([{ mpn: 'NOPART-ZERO', quantity: 1 }], { client });
    const again = await counted(emu, () => matchBom([{ mpn: 'nopart zero', quantity: 5 }], { client }));
    expect(again.requests).toBe(0);
    expect(again.value.lines[0]).toMatchObject({ status: 'not-found', cached: true });
  });

  it('asks only for the lines another BOM has not already asked for', async () => {
    const client = bomClient(emu);
    await matchBom(bom, { client });
    const next: BomLine[] = [
      ...bom.slice(0, 2),
      { mpn: 'L7805CV', quantity: 1 },
      { mpn: 'IRLZ44NPBF', quantity: 1 },
    ];
    const plan = await matchBom(next, { client, dryRun: true });
    expect(plan).toMatchObject({
      uniqueQueries: 4,
      cachedQueries: 2,
      cachedLines: 2,
      requests: 1,
      worstCaseParts: 2,
    });
    const run = await counted(emu, () => matchBom(next, { client }));
    expect(run).toMatchObject({ requests: 1, parts: 2 });
    expect(run.value.lines.map((l) => l.cached)).toEqual([true, true, false, false]);
  });

  it('keys on currency, country and the candidate limit', async () => {
    const client = bomClient(emu);
    await matchBom(bom, { client });
    for (const options of [{ currency: 'EUR' }, { country: 'DE' }, { candidates: 2 }]) {
      const plan = await matchBom(bom, { client, ...options, dryRun: true });
      expect(plan.cachedQueries).toBe(0);
    }
    expect(
      (await matchBom(bom, { client, currency: 'usd', country: 'us', dryRun: true })).cachedQueries,
    ).toBe(4);
  });

  it('stores nothing for a batch that failed, and nothing at all with cache: false', async () => {
    const client = bomClient(emu);
    emu.faults.inject('api', { kind: 'status', status: 503 }, 2 * 3);
    const failed = await matchBom(bom, { client, batchRetryDelayMs: 0 });
    expect(failed.summary.errors).toBe(5);
    const retry = await counted(emu, () => matchBom(bom, { client }));
    expect(retry.requests).toBe(1);
    expect(retry.value.summary.errors).toBe(0);

    const uncached = bomClient(emu);
    await matchBom(bom, { client: uncached, cache: false });
    expect((await matchBom(bom, { client: uncached, dryRun: true })).cachedQueries).toBe(0);
  });
});
