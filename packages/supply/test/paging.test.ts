/** Page iteration over searches with many hits (the emulator's default catalog), within Nexar's bounds. */
import { type Emulator, startEmulator } from '@nexar/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SupplyClient } from '../src/index.js';
import { measure, supplyClientFor } from './emulator-harness.js';

let emu: Emulator;
let supply: SupplyClient;

beforeAll(async () => {
  emu = await startEmulator({ tokenRateLimit: false, partLimit: 1_000_000 });
  supply = supplyClientFor(emu, { cache: false });
});
afterAll(async () => {
  await emu?.close();
});

async function iterate(
  pages: AsyncIterable<{
    start: number;
    limit: number;
    results: unknown[];
    last: boolean;
    truncated: boolean;
    hits: number;
  }>,
) {
  const seen: {
    start: number;
    limit: number;
    count: number;
    last: boolean;
    truncated: boolean;
    hits: number;
  }[] = [];
  for await (const page of pages) {
    seen.push({
      start: page.start,
      limit: page.limit,
      count: page.results.length,
      last: page.last,
      truncated: page.truncated,
      hits: page.hits,
    });
  }
  return seen;
}

describe('search pages', () => {
  it('stops at hits, the last page asking only for what is left', async () => {
    const { hits } = await supply.search({ q: 'capacitor', limit: 1 });
    expect(hits).toBeGreaterThan(300);
    expect(hits).toBeLessThan(1000);
    const {
      result: pages,
      apiRequests,
      partsReturned,
    } = await measure(emu, () => iterate(supply.searchPages({ q: 'capacitor' }, { pageSize: 100 })));
    expect(pages.reduce((n, page) => n + page.count, 0)).toBe(hits);
    expect(pages.at(-1)).toMatchObject({ limit: hits % 100 || 100, last: true, truncated: false });
    expect(apiRequests).toBe(pages.length);
    expect(apiRequests).toBe(Math.ceil(hits / 100));
    expect(partsReturned).toBe(hits);
  });

  it('reaches result 1100 of a bigger search and no further, with no out-of-bounds request, and says so', async () => {
    const {
      result: pages,
      apiRequests,
      partsReturned,
    } = await measure(emu, () =>
      iterate(supply.searchPages({ q: 'resistor' }, { pageSize: 30, start: 900 })),
    );
    expect(pages[0]?.hits).toBeGreaterThan(1100);
    // Every request within bounds: the emulator refuses any other, and each page was one answered request.
    expect(apiRequests).toBe(pages.length);
    expect(
      pages.every((page) => page.start <= 1000 && page.start + page.limit <= 1100 && page.limit <= 100),
    ).toBe(true);
    expect(pages.slice(-2).map((page) => [page.start, page.limit])).toEqual([
      [990, 10],
      [1000, 100],
    ]);
    expect(pages.at(-1)).toMatchObject({ last: true, truncated: true });
    expect(partsReturned).toBe(200);
  });

  it('shrinks the last page near start 1000 to maxResults', async () => {
    const { result: pages } = await measure(emu, () =>
      iterate(supply.searchMpnPages({ q: 'R' }, { pageSize: 100, start: 950, maxResults: 120 })),
    );
    expect(pages.map((page) => [page.start, page.limit, page.count])).toEqual([
      [950, 50, 50],
      [1000, 70, 70],
    ]);
    expect(pages.at(-1)).toMatchObject({ last: true, truncated: false });
  });

  it('respects maxParts page by page: the page that does not fit is refused before it is sent', async () => {
    const budgeted = supplyClientFor(emu, { cache: false, maxParts: 250 });
    const seen: number[] = [];
    const { result: error, apiRequests } = await measure(emu, async () => {
      try {
        for await (const page of budgeted.searchPages({ q: 'resistor' }, { pageSize: 100 }))
          seen.push(page.results.length);
      } catch (caught) {
        return caught;
      }
      return undefined;
    });
    expect(seen).toEqual([100, 100]);
    expect(apiRequests).toBe(2);
    expect(error).toMatchObject({
      name: 'NexarPartLimitError',
      source: 'budget',
      wouldCost: 100,
      remaining: 50,
    });
  });

  it('stops on abort without asking for another page', async () => {
    const controller = new AbortController();
    const { result: count, apiRequests } = await measure(emu, async () => {
      let n = 0;
      try {
        for await (const _page of supply.searchPages(
          { q: 'resistor' },
          { pageSize: 10, signal: controller.signal },
        )) {
          n += 1;
          if (n === 2) controller.abort(new Error('enough'));
        }
      } catch (error) {
        expect((error as Error).message).toBe('enough');
      }
      return n;
    });
    expect(count).toBe(2);
    expect(apiRequests).toBe(2);
  });
});
