import { describe, expect, it } from 'vitest';
import { type PagingOptions, pageThrough, type SupplyPage, worstCaseOfPages } from './pages.js';

/** A search over `hits` numbered results that records every page asked for and enforces Nexar's bounds. */
function fakeSearch(hits: number) {
  const asked: { start: number; limit: number }[] = [];
  const fetchPage = async (page: { start: number; limit: number }) => {
    asked.push(page);
    if (page.limit < 1 || page.limit > 100 || page.start > 1000 || page.start + page.limit > 1100) {
      throw new Error(`out of bounds: ${JSON.stringify(page)}`);
    }
    const results = Array.from(
      { length: Math.max(0, Math.min(page.limit, hits - page.start)) },
      (_, i) => page.start + i,
    );
    return { hits, results };
  };
  return { asked, fetchPage };
}

async function collect(hits: number, options: PagingOptions) {
  const search = fakeSearch(hits);
  const pages: SupplyPage<number>[] = [];
  for await (const page of pageThrough(search.fetchPage, options)) pages.push(page);
  return { pages, asked: search.asked, results: pages.flatMap((page) => page.results) };
}

describe('pageThrough', () => {
  it('stops at hits, shrinking the last page to what is left', async () => {
    const { pages, asked, results } = await collect(45, { pageSize: 20 });
    expect(asked).toEqual([
      { start: 0, limit: 20 },
      { start: 20, limit: 20 },
      { start: 40, limit: 5 },
    ]);
    expect(results).toEqual(Array.from({ length: 45 }, (_, i) => i));
    expect(pages.map((page) => [page.last, page.truncated])).toEqual([
      [false, false],
      [false, false],
      [true, false],
    ]);
  });

  it('asks once when everything fits on the first page', async () => {
    const { asked, pages } = await collect(3, { pageSize: 10 });
    expect(asked).toEqual([{ start: 0, limit: 10 }]);
    expect(pages[0]).toMatchObject({ hits: 3, last: true, truncated: false });
  });

  it('stops at maxResults, with a page size of maxResults by default', async () => {
    const { asked, results } = await collect(5000, { maxResults: 70 });
    expect(asked).toEqual([{ start: 0, limit: 70 }]);
    expect(results).toHaveLength(70);
    const more = await collect(5000, { maxResults: 250, pageSize: 100 });
    expect(more.asked.map((page) => page.limit)).toEqual([100, 100, 50]);
  });

  it('reaches result 1100 and no further, never asking out of bounds, and says it was truncated', async () => {
    const { asked, pages, results } = await collect(5000, { pageSize: 30 });
    expect(results).toEqual(Array.from({ length: 1100 }, (_, i) => i));
    // The page before 1000 shrinks so the next starts at 1000, which takes the rest up to 1100.
    expect(asked.slice(-2)).toEqual([
      { start: 990, limit: 10 },
      { start: 1000, limit: 100 },
    ]);
    expect(pages.at(-1)).toMatchObject({ last: true, truncated: true, hits: 5000 });
    expect(pages.slice(0, -1).every((page) => !page.truncated && !page.last)).toBe(true);
  });

  it('shrinks the page at 1000 to the hits when they end before 1100', async () => {
    const { asked, pages } = await collect(1050, { pageSize: 100 });
    expect(asked.at(-1)).toEqual({ start: 1000, limit: 50 });
    expect(pages.at(-1)).toMatchObject({ last: true, truncated: false });
    expect(pages.flatMap((page) => page.results)).toHaveLength(1050);
    // Known hits shrink the next request.
    const second = await collect(1050, { pageSize: 100, start: 900 });
    expect(second.asked).toEqual([
      { start: 900, limit: 100 },
      { start: 1000, limit: 50 },
    ]);
  });

  it('is not truncated when maxResults ends at the bound', async () => {
    const { pages } = await collect(5000, { pageSize: 100, start: 1000, maxResults: 100 });
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ start: 1000, limit: 100, last: true, truncated: false });
  });

  it('stops when the signal aborts, without asking for the next page', async () => {
    const controller = new AbortController();
    const search = fakeSearch(500);
    const seen: number[] = [];
    await expect(async () => {
      for await (const page of pageThrough(search.fetchPage, { pageSize: 10, signal: controller.signal })) {
        seen.push(page.start);
        if (page.start === 20) controller.abort(new Error('stop'));
      }
    }).rejects.toThrow('stop');
    expect(seen).toEqual([0, 10, 20]);
    expect(search.asked).toHaveLength(3);
  });

  it('checks its options before asking anything', async () => {
    await expect(collect(10, { pageSize: 101 })).rejects.toThrow(RangeError);
    await expect(collect(10, { start: 1001 })).rejects.toThrow(RangeError);
    await expect(collect(10, { maxResults: 0 })).rejects.toThrow(RangeError);
    await expect(collect(10, { pageSize: Number.NaN })).rejects.toThrow(
      new RangeError('pageSize must be a whole number from 1 to 100, got NaN.'),
    );
    await expect(collect(10, { maxResults: '50' as unknown as number })).rejects.toThrow(
      new TypeError("maxResults must be a whole number 1 or more, got '50' (a string)."),
    );
  });

  it('reports the worst case of a whole iteration', () => {
    expect(worstCaseOfPages({})).toBe(1100);
    expect(worstCaseOfPages({ start: 1000 })).toBe(100);
    expect(worstCaseOfPages({ maxResults: 30 })).toBe(30);
  });
});
