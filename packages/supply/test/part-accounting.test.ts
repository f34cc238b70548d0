/** Part counting, the maxParts budget, dry runs and the API's over-limit error, against the emulator. */
import type { Emulator } from '@nexar/emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  countParts,
  NexarPartLimitError,
  type PartsEvent,
  SearchMpnDocument,
  worstCaseParts,
} from '../src/index.js';
import { measure, startSmallEmulator, supplyClientFor } from './emulator-harness.js';

let emu: Emulator;

beforeAll(async () => {
  emu = await startSmallEmulator({ partLimit: 100_000 });
});
afterAll(async () => {
  await emu?.close();
});
beforeEach(() => {
  emu.applications.setPartUsage(emu.clients.supply.clientId, 0, 100_000);
});

describe('part counting', () => {
  it('counts exactly the parts the API charged, per call (onParts) and in total', async () => {
    const events: PartsEvent[] = [];
    const supply = supplyClientFor(emu, { cache: false, onParts: (event) => events.push(event) });
    const calls: (() => Promise<unknown>)[] = [
      () => supply.searchMpn({ q: 'LM358', limit: 10 }),
      () => supply.search({ q: '', limit: 7 }),
      () => supply.multiMatch({ queries: [{ mpn: 'LM317T' }, { mpn: '1N4148', limit: 1 }, { mpn: 'NOPE' }] }),
      () => supply.partsByIds({ ids: ['1005', 'unknown', '1006'] }),
      () => supply.suggest({ q: 'LM3' }),
      () => supply.categories(),
    ];
    let total = 0;
    for (const call of calls) {
      const { partsReturned } = await measure(emu, call);
      total += partsReturned;
      expect(events.at(-1)?.parts).toBe(partsReturned);
    }
    expect(events.map((event) => event.parts)).toEqual([4, 7, 3, 2, 0, 0]);
    expect(supply.parts.used).toBe(total);
    expect(events.at(-1)?.total).toBe(total);
    expect(supply.parts.remaining).toBeUndefined();
  });

  it('counts nested parts of a document of your own (similarParts)', async () => {
    const { parse } = await import('graphql');
    const supply = supplyClientFor(emu, { cache: false });
    const document = parse('query Similar { supParts(ids: ["1001"]) { id similarParts { id } } }');
    const { partsReturned } = await measure(emu, () => supply.request(document, {}));
    expect(partsReturned).toBeGreaterThan(1);
    expect(supply.parts.used).toBe(partsReturned);
  });
});

describe('part counting agrees with the API on nested parts and partial answers', () => {
  /**
   * Part objects in an answer, counted from the data alone: in these queries the only objects that
   * select `id` are parts (companion products and companies select other fields).
   */
  function partObjects(value: unknown): number {
    if (Array.isArray(value)) return value.reduce((n: number, item) => n + partObjects(item), 0);
    if (value === null || typeof value !== 'object') return 0;
    return Object.values(value).reduce((n: number, child) => n + partObjects(child), 'id' in value ? 1 : 0);
  }

  it('counts similarParts and companionProducts parts as the emulator charges them', async () => {
    const { parse } = await import('graphql');
    const supply = supplyClientFor(emu, { cache: false });
    const document = parse(`query Nested {
      supSearchMpn(q: "LM358", limit: 2) { results { part { id
        similarParts { id similarParts { id } }
        companionProducts { url part { id } } } } }
      supMultiMatch(queries: [{ mpn: "LM317T", limit: 2 }]) { parts { id similarParts { id } } }
    }`);
    const { result, partsReturned } = await measure(emu, () => supply.request(document, {}));
    expect(partObjects(result)).toBeGreaterThan(4); // nested parts came back, not only the 4 asked for
    expect(partsReturned).toBe(partObjects(result));
    expect(supply.parts.used).toBe(partsReturned);
    expect(countParts(result)).toBe(partsReturned);
    // Nothing bounds the nested lists, so no worst case was promised for them.
    expect(worstCaseParts(document)).toBeUndefined();
  });

  it('counts only the parts an answer with errors still holds, as the emulator charges', async () => {
    const { parse } = await import('graphql');
    const supply = supplyClientFor(emu, { cache: false });
    const document = parse(`query Partial {
      ok: supParts(ids: ["1001", "1005"]) { id similarParts { id } }
      failed: supParts(ids: ["1001"]) { id sellers(limit: -1) { company { name } } }
    }`);
    const { result, partsReturned } = await measure(emu, () =>
      supply.request(document, {}).catch((error: unknown) => error),
    );
    const data = (result as { data?: unknown }).data;
    expect(partsReturned).toBe(partObjects(data));
    expect(partsReturned).toBeGreaterThan(2);
    expect(supply.parts.used).toBe(partsReturned);
  });
});

describe('maxParts budget', () => {
  it('refuses a call whose worst case does not fit before sending anything', async () => {
    const supply = supplyClientFor(emu, { maxParts: 12, cache: false });
    await supply.searchMpn({ q: 'LM358', limit: 5 }); // 4 parts: 8 remain
    expect(supply.parts).toMatchObject({ used: 4, remaining: 8 });
    const { result, apiRequests, partsReturned } = await measure(emu, () =>
      supply.searchMpn({ q: 'NE555P', limit: 10 }).catch((error: unknown) => error),
    );
    expect(result).toBeInstanceOf(NexarPartLimitError);
    expect(result).toMatchObject({ source: 'budget', wouldCost: 10, remaining: 8 });
    expect(apiRequests).toBe(0);
    expect(partsReturned).toBe(0);
    const multi = await measure(emu, () =>
      supply
        .multiMatch({ queries: [{ mpn: 'A' }, { mpn: 'B' }, { mpn: 'C' }] })
        .catch((error: unknown) => error),
    );
    expect(multi.result).toMatchObject({ source: 'budget', wouldCost: 9, remaining: 8 });
    expect(multi.apiRequests).toBe(0);
    // A call that fits still goes through.
    await supply.searchMpn({ q: 'NE555P', limit: 8 });
    expect(supply.parts.used).toBe(5);
  });

  it('never sends a request Nexar would refuse for its bounds', async () => {
    const supply = supplyClientFor(emu, { cache: false });
    const { result, apiRequests } = await measure(emu, async () => {
      const errors: unknown[] = [];
      for (const call of [
        () => supply.searchMpn({ q: 'LM358', limit: 101 }),
        () => supply.search({ q: 'x', start: 1001, limit: 10 }),
        () => supply.multiMatch({ queries: Array.from({ length: 34 }, (_, i) => ({ mpn: `P${i}` })) }),
      ]) {
        errors.push(await call().catch((error: unknown) => error));
      }
      return errors;
    });
    expect(result.every((error) => error instanceof RangeError)).toBe(true);
    expect(apiRequests).toBe(0);
  });

  it('dry run reports the worst case of calls and of a whole iteration, sending nothing', async () => {
    const supply = supplyClientFor(emu, { maxParts: 50 });
    const { result, apiRequests } = await measure(emu, () =>
      Promise.all([
        supply.dryRun.searchMpn({ q: 'LM358', limit: 20 }),
        supply.dryRun.multiMatch({
          queries: [
            { mpn: 'A', limit: 30 },
            { mpn: 'B', limit: 40 },
          ],
        }),
        supply.dryRun.partsByIds({ ids: ['1', '2'] }),
        supply.dryRun.searchPages({ q: 'resistor' }, { maxResults: 250 }),
        supply.estimate(SearchMpnDocument, { q: 'NE555P' }),
      ]),
    );
    expect(apiRequests).toBe(0);
    expect(result.map((estimate) => [estimate.worstCaseParts, estimate.fits])).toEqual([
      [20, true],
      [70, false],
      [2, true],
      [250, false],
      [10, true],
    ]);
    expect(supply.parts.used).toBe(0);
  });
});

describe("the API's part limit", () => {
  it('becomes NexarPartLimitError with source api, never an empty result', async () => {
    const { clientId } = emu.clients.supply;
    emu.applications.setPartUsage(clientId, 99, 100);
    const supply = supplyClientFor(emu);
    const error = await supply.searchMpn({ q: 'LM358', limit: 10 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NexarPartLimitError);
    expect(error).toMatchObject({ source: 'api', wouldCost: 10 });
    expect((error as Error).message).toContain('not an empty result');
    // The error was not cached: with quota again, the same call is sent and answered.
    emu.applications.setPartUsage(clientId, 0, 100);
    const { result, apiRequests } = await measure(emu, () => supply.searchMpn({ q: 'LM358', limit: 10 }));
    expect(result.hits).toBe(4);
    expect(apiRequests).toBe(1);
  });
});
