import type { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  type Connection,
  connectionFrom,
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  encodeCursor,
  MAX_PAGE_SIZE,
} from './connection.js';

const letters = Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i));

function thrown(run: () => unknown): GraphQLError {
  try {
    run();
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('expected an error');
}

describe('cursors', () => {
  it("are the real API's: base64 of the index, and -1 (LTE=) is before the first item", () => {
    expect(encodeCursor('DesProject', 17)).toBe(Buffer.from('17').toString('base64'));
    expect(decodeCursor('DesProject', encodeCursor('DesProject', 17), 'after')).toBe(17);
    expect(decodeCursor('DesProject', 'LTE=', 'after')).toBe(-1);
    expect(connectionFrom(letters, { first: 2, after: 'LTE=' }, 'Letter').nodes).toEqual(letters.slice(0, 2));
  });

  it('reject garbage with INVALID_ARGUMENT', () => {
    for (const bad of ['', 'not a cursor!', 'bm9wZQ==', 'LTI=', encodeCursor('DesProject', 1).slice(0, -2)]) {
      const error = thrown(() => decodeCursor('DesProject', bad, 'after'));
      expect(error.extensions.code).toBe('INVALID_ARGUMENT');
      expect(error.message).toContain('after cursor');
    }
  });
});

describe('connectionFrom', () => {
  const page = (args: Parameters<typeof connectionFrom>[1]) => connectionFrom(letters, args, 'Letter');

  it('pages forwards through the whole list without gaps or repeats', () => {
    const seen: string[] = [];
    let after: string | null = null;
    let previous: Connection<string> | undefined;
    for (let round = 0; round < 10; round += 1) {
      const current: Connection<string> = page({ first: 7, after });
      expect(current.totalCount).toBe(26);
      expect(current.nodes).toEqual(current.edges.map((e) => e.node));
      expect(current.pageInfo.startCursor).toBe(current.edges[0]?.cursor ?? null);
      expect(current.pageInfo.endCursor).toBe(current.edges.at(-1)?.cursor ?? null);
      expect(current.pageInfo.hasPreviousPage).toBe(previous !== undefined);
      seen.push(...current.nodes);
      previous = current;
      if (!current.pageInfo.hasNextPage) break;
      after = current.pageInfo.endCursor;
    }
    expect(seen).toEqual(letters);
    expect(previous?.nodes).toEqual(['v', 'w', 'x', 'y', 'z']);
  });

  it('pages backwards with last/before', () => {
    const seen: string[] = [];
    let before: string | null = null;
    for (let round = 0; round < 10; round += 1) {
      const current: Connection<string> = page({ last: 10, before });
      seen.unshift(...current.nodes);
      expect(current.pageInfo.hasNextPage).toBe(before !== null);
      if (!current.pageInfo.hasPreviousPage) break;
      before = current.pageInfo.startCursor;
    }
    expect(seen).toEqual(letters);
  });

  it('combines after and before as a window', () => {
    const after = page({ first: 3 }).pageInfo.endCursor;
    const before = page({ first: 8 }).edges[7]?.cursor;
    const window = page({ after, before, first: 100 });
    expect(window.nodes).toEqual(['d', 'e', 'f', 'g']);
    expect(window.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    expect(page({ after, before, last: 2 }).nodes).toEqual(['f', 'g']);
  });

  it('uses the default page size without first or last, and gives empty pages for first: 0', () => {
    expect(page({}).nodes).toHaveLength(DEFAULT_PAGE_SIZE);
    const empty = page({ first: 0 });
    expect(empty.nodes).toEqual([]);
    expect(empty.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
    expect(connectionFrom([], { first: 5 }, 'Letter')).toMatchObject({ totalCount: 0, nodes: [] });
  });

  it('rejects page sizes below 0 or above the maximum', () => {
    for (const args of [{ first: -1 }, { first: MAX_PAGE_SIZE + 1 }, { last: -3 }, { last: 1001 }]) {
      const error = thrown(() => page(args));
      expect(error.extensions.code).toBe('INVALID_ARGUMENT');
      expect(error.message).toMatch(/^(first|last) must be between 0 and 1000/);
    }
    expect(page({ first: MAX_PAGE_SIZE }).nodes).toEqual(letters);
  });
});
