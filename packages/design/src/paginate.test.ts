import type { GraphQLFormattedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { type FetchedPage, type PageFetcher, paginate } from './paginate.js';

/** A connection over `items` as a Relay server pages it, recording each request. */
function server(
  items: readonly string[],
  errorsFor: (first: number, after: string | null) => GraphQLFormattedError[] = () => [],
) {
  const requests: { first: number; after: string | null }[] = [];
  const fetchPage: PageFetcher<{ id: string }> = async ({ first, after, signal }) => {
    signal?.throwIfAborted();
    requests.push({ first, after });
    const start = after === null ? 0 : Number(after.slice('c'.length)) + 1;
    const end = Math.min(items.length, start + first);
    const page: FetchedPage<{ id: string }> = {
      connection: {
        nodes: items.slice(start, end).map((id) => ({ id })),
        pageInfo: { hasNextPage: end < items.length, endCursor: end > start ? `c${end - 1}` : null },
        totalCount: items.length,
      },
      errors: errorsFor(first, after),
    };
    return page;
  };
  return { fetchPage, requests };
}

const items = Array.from({ length: 30 }, (_, i) => `p${String(i + 1).padStart(2, '0')}`);

describe('paginate', () => {
  it('yields every item once, in order, one request per page', async () => {
    const { fetchPage, requests } = server(items);
    const seen: string[] = [];
    for await (const item of paginate(fetchPage, { pageSize: 7 })) seen.push(item.id);
    expect(seen).toEqual(items);
    expect(requests).toEqual([
      { first: 7, after: null },
      { first: 7, after: 'c6' },
      { first: 7, after: 'c13' },
      { first: 7, after: 'c20' },
      { first: 7, after: 'c27' },
    ]);
  });

  it('gives whole pages with pageInfo and totalCount', async () => {
    const { fetchPage } = server(items);
    const pages = [];
    for await (const page of paginate(fetchPage, { pageSize: 12 }).pages()) pages.push(page);
    expect(pages.map((p) => p.nodes.length)).toEqual([12, 12, 6]);
    expect(pages.map((p) => p.pageInfo)).toEqual([
      { hasNextPage: true, endCursor: 'c11' },
      { hasNextPage: true, endCursor: 'c23' },
      { hasNextPage: false, endCursor: 'c29' },
    ]);
    expect(pages.every((p) => p.totalCount === 30 && p.errors.length === 0)).toBe(true);
  });

  it('stops at max and asks only for what is missing', async () => {
    const { fetchPage, requests } = server(items);
    const got = await paginate(fetchPage, { pageSize: 7, max: 10 }).toArray();
    expect(got.map((i) => i.id)).toEqual(items.slice(0, 10));
    expect(requests.map((r) => r.first)).toEqual([7, 3]);
    expect(await paginate(fetchPage, { max: 0 }).toArray()).toEqual([]);
    expect(requests).toHaveLength(2);
  });

  it('starts after a given cursor, and each iteration starts again', async () => {
    const { fetchPage } = server(items);
    const rest = paginate(fetchPage, { pageSize: 10, after: 'c24' });
    expect((await rest.toArray()).map((i) => i.id)).toEqual(items.slice(25));
    expect((await rest.toArray()).map((i) => i.id)).toEqual(items.slice(25));
  });

  it('stops when the signal aborts between pages, with its reason', async () => {
    const { fetchPage, requests } = server(items);
    const controller = new AbortController();
    const seen: string[] = [];
    const run = async () => {
      for await (const item of paginate(fetchPage, { pageSize: 5, signal: controller.signal })) {
        seen.push(item.id);
        if (seen.length === 7) controller.abort(new Error('enough'));
      }
    };
    await expect(run()).rejects.toThrow('enough');
    expect(seen).toEqual(items.slice(0, 7));
    expect(requests).toHaveLength(2);
  });

  it('attaches errors to the items their paths point into, and keeps all of them', async () => {
    const broken: GraphQLFormattedError = {
      message: 'design could not be loaded',
      path: ['desProjects', 'nodes', 2, 'design', 'releases'],
    };
    const elsewhere: GraphQLFormattedError = {
      message: 'count unavailable',
      path: ['desProjects', 'totalCount'],
    };
    const { fetchPage } = server(items, (_first, after) => (after === 'c9' ? [broken, elsewhere] : []));
    const paginated = paginate(fetchPage, { pageSize: 10 });
    const pages = [];
    for await (const page of paginated.pages()) pages.push(page);
    expect(pages[1]?.errors).toEqual([broken, elsewhere]);
    expect(pages[1]?.nodes[2]).toEqual({ id: 'p13', errors: [broken] });
    expect(pages[1]?.nodes.filter((n) => n.errors)).toHaveLength(1);
    expect(paginated.errors).toEqual([broken, elsewhere]);
    const all = await paginated.toArray();
    expect(all.filter((i) => i.errors).map((i) => i.id)).toEqual(['p13']);
  });

  it('treats a missing connection as empty', async () => {
    const got = await paginate<{ id: string }>(async () => ({ connection: null, errors: [] })).toArray();
    expect(got).toEqual([]);
  });

  it('refuses to loop when the server reports more items without a new cursor', async () => {
    const stuck: PageFetcher<{ id: string }> = async () => ({
      connection: { nodes: [{ id: 'a' }], pageInfo: { hasNextPage: true, endCursor: null } },
      errors: [],
    });
    await expect(paginate(stuck).toArray()).rejects.toThrow(/no new cursor/);
  });

  it('checks pageSize and max at once', () => {
    const { fetchPage } = server(items);
    expect(() => paginate(fetchPage, { pageSize: 0 })).toThrow(RangeError);
    expect(() => paginate(fetchPage, { pageSize: 101 })).toThrow(/1 to 100/);
    expect(() => paginate(fetchPage, { pageSize: 2.5 })).toThrow(RangeError);
    expect(() => paginate(fetchPage, { max: -1 })).toThrow(/max/);
  });
});
