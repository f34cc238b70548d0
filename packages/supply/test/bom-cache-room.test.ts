/** A BOM and the room in the result cache: the default cache holds a whole BOM; a smaller one is warned of. */
import type { Emulator } from '@nexar/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BomLine, type BomWarning, matchBom, planBom } from '../src/bom/index.js';
import { MemoryResultCache } from '../src/index.js';
import { bomClient, counted, startBomEmulator } from './bom-harness.js';

let emu: Emulator;
beforeAll(async () => {
  emu = await startBomEmulator();
});
afterAll(async () => {
  await emu?.close();
});

/** `n` distinct lines the catalog does not know: answered (zero hits, cached) without a part. */
const unknownLines = (n: number, prefix: string): BomLine[] =>
  Array.from({ length: n }, (_, i) => ({ mpn: `${prefix}-${i}`, quantity: 1 }));

describe('matchBom and the cache size', () => {
  it('warns before sending when the cache cannot keep the BOM, with what a re-run will cost', async () => {
    const client = bomClient(emu, { cache: new MemoryResultCache({ maxEntries: 120 }) });
    const bom = [...unknownLines(250, 'ROOM'), { mpn: 'NE555P', quantity: 1 }];
    const plan = await planBom(bom, { client });
    expect(plan.rerun).toEqual({ requests: 2, worstCaseParts: 131 });
    expect(plan.warnings).toMatchObject([
      { kind: 'cache-too-small', uniqueQueries: 251, cacheEntries: 120, rerun: plan.rerun },
    ]);
    expect(plan.warnings[0]?.message).toMatch(/251 distinct lines .* 120 entries.* 2 requests .* 131 parts/);

    const heard: { warning: BomWarning; requestsSoFar: number }[] = [];
    let requests = 0;
    const first = await counted(emu, () =>
      matchBom(bom, {
        client,
        onProgress: (progress) => {
          requests = progress.requests;
        },
        onWarning: (warning) => heard.push({ warning, requestsSoFar: requests }),
      }),
    );
    expect(first.requests).toBe(3);
    expect(heard).toEqual([{ warning: plan.warnings[0], requestsSoFar: 0 }]);
    expect(first.value.warnings).toEqual(plan.warnings);

    const rerun = await counted(emu, () => matchBom(bom, { client }));
    expect(rerun.requests).toBeLessThanOrEqual(plan.rerun.requests);
    expect(rerun.requests).toBeGreaterThan(0);
  });

  it('grows the default cache to the whole BOM: a re-run of 10,500 distinct lines is free', async () => {
    const client = bomClient(emu);
    const bom = unknownLines(10_500, 'BIG');
    const plan = await planBom(bom, { client });
    expect(plan).toMatchObject({ requests: 105, rerun: { requests: 0, worstCaseParts: 0 }, warnings: [] });
    const first = await counted(emu, () => matchBom(bom, { client, concurrency: 8 }));
    expect(first.requests).toBe(105);
    expect(first.value.warnings).toEqual([]);
    const rerun = await counted(emu, () => matchBom(bom, { client }));
    expect(rerun).toMatchObject({ requests: 0, parts: 0 });
    expect(rerun.value.summary.cacheHits).toBe(10_500);
  }, 60_000);

  it('says that a run without the cache costs the same again', async () => {
    const client = bomClient(emu);
    const plan = await planBom(unknownLines(150, 'NOCACHE'), { client, cache: false });
    expect(plan).toMatchObject({ rerun: { requests: 2, worstCaseParts: 150 }, warnings: [] });
  });
});
