/** Runs sharing one result cache claim each uncached line before sending it: overlapping BOMs pay once. */
import type { Emulator } from '@nexar/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BomLine, type BomMatchResult, MemoryResultCache, matchBom } from '../src/index.js';
import { bomClient, counted, startBomEmulator } from './bom-harness.js';

let emu: Emulator;
beforeAll(async () => {
  emu = await startBomEmulator();
});
afterAll(async () => {
  await emu?.close();
});

const MPNS = [
  'LM358DR',
  'NE555P',
  'ATMEGA328P-PU',
  'AMS1117-3.3',
  'GRM188R71H104KA93D',
  'RC0603FR-0710KL',
  'LM317T',
  '1N4148',
  'IRLZ44NPBF',
  'USB4105-GF-A',
  'ESP32-WROOM-32E',
  'STM32F103C8T6',
  'L7805CV',
];
const lines = (mpns: string[]): BomLine[] => mpns.map((mpn) => ({ mpn, quantity: 1 }));
// Two BOMs sharing seven lines, each batch holding three lines (candidates 33).
const first = lines(MPNS.slice(0, 10));
const second = lines(MPNS.slice(3));
const options = { candidates: 33, concurrency: 2 };
const chosen = (result: BomMatchResult) =>
  result.lines.map((line) => [line.line.mpn, line.status, line.part?.id]);

describe('matchBom runs sharing a result cache', () => {
  it('send each line once between them, and each gets every line answered as when it runs alone', async () => {
    const alone = await counted(emu, async () => {
      const client = bomClient(emu);
      return [await matchBom(first, { client, ...options }), await matchBom(second, { client, ...options })];
    });
    const client = bomClient(emu);
    const together = await counted(emu, () =>
      Promise.all([matchBom(first, { client, ...options }), matchBom(second, { client, ...options })]),
    );
    expect(together.parts).toBe(alone.parts);
    expect(together.parts).toBeGreaterThan(0);
    const [a, b] = together.value;
    expect(chosen(a)).toEqual(chosen(alone.value[0] as BomMatchResult));
    expect(chosen(b)).toEqual(chosen(alone.value[1] as BomMatchResult));
    // What one run had from the other counts as a cache hit, and cost it nothing.
    expect(a.summary.cacheHits + b.summary.cacheHits).toBe(7);
    expect(a.summary.partsUsed + b.summary.partsUsed).toBe(together.parts);
  });

  it('do the same for clients that share one cache object', async () => {
    const alone = await counted(emu, async () => {
      const client = bomClient(emu);
      await matchBom(first, { client, ...options });
      await matchBom(second, { client, ...options });
    });
    const cache = new MemoryResultCache();
    const [one, two] = [bomClient(emu, { cache }), bomClient(emu, { cache })];
    const together = await counted(emu, () =>
      Promise.all([
        matchBom(first, { client: one, ...options }),
        matchBom(second, { client: two, ...options }),
      ]),
    );
    expect(together.parts).toBe(alone.parts);
    expect(one.parts.used + two.parts.used).toBe(alone.parts);
  });

  it('each send every line they miss with claim: false', async () => {
    const alone = await counted(emu, () => matchBom(lines(MPNS), { client: bomClient(emu), ...options }));
    const client = bomClient(emu);
    const together = await counted(emu, () =>
      Promise.all([
        matchBom(first, { client, ...options, claim: false }),
        matchBom(second, { client, ...options, claim: false }),
      ]),
    );
    expect(together.parts).toBeGreaterThan(alone.parts);
  });

  it('refuse claim options of the wrong type or range with a clear error', async () => {
    const client = bomClient(emu);
    await expect(matchBom(first, { client, claim: { ttlMs: -1 } })).rejects.toThrow(/claim\.ttlMs/);
    await expect(matchBom(first, { client, claim: 'yes' as unknown as false })).rejects.toThrow(
      /claim must be false or an object/,
    );
  });
});
