/**
 * Relay cursor connections over in-memory lists, as the design API pages
 * projects, releases, BOM items and library components.
 *
 * - `first`/`after` page forwards, `last`/`before` backwards (both may be
 *   combined as the Relay spec describes: cut by the cursors, then `first`,
 *   then `last`).
 * - Without `first` and `last`, a page holds DEFAULT_PAGE_SIZE items; a page
 *   never holds more than MAX_PAGE_SIZE (1000: Nexar's own demos ask for
 *   `first: 1000`; the real API's exact cap is not published, so this is a guess).
 * - Cursors are what the real API hands out: base64 of the item's index as
 *   decimal text, so `after: "LTE="` (-1) starts at the first item.
 *   `hasNextPage`/`hasPreviousPage` say exactly whether items exist beyond the
 *   page in the whole (filtered) list, in either direction.
 */
import { invalidArgument } from '../api-errors.js';

export const MAX_PAGE_SIZE = 1000;
export const DEFAULT_PAGE_SIZE = 10;

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<T> {
  pageInfo: PageInfo;
  edges: { cursor: string; node: T }[];
  nodes: T[];
  totalCount: number;
}

/** The cursor of the item at `index`: base64 of the decimal index, as Nexar's API writes them. */
export function encodeCursor(_nodeType: string, index: number): string {
  return Buffer.from(String(index), 'utf8').toString('base64');
}

/** The position a cursor points at (-1 is before the first item); INVALID_ARGUMENT for anything else. */
export function decodeCursor(_nodeType: string, cursor: string, argument: 'after' | 'before'): number {
  const text = /^[A-Za-z0-9+/]+={0,2}$/.test(cursor) ? Buffer.from(cursor, 'base64').toString('utf8') : '';
  if (!/^(-1|\d{1,9})$/.test(text) || Buffer.from(text, 'utf8').toString('base64') !== cursor) {
    throw invalidArgument(
      `The ${argument} cursor "${cursor}" is not a valid cursor: pass a startCursor or endCursor ` +
        'from the pageInfo (or an edge cursor) of an earlier page of the same connection.',
    );
  }
  return Number(text);
}

function pageSize(name: 'first' | 'last', value: number | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (value < 0 || value > MAX_PAGE_SIZE) {
    throw invalidArgument(
      `${name} must be between 0 and ${MAX_PAGE_SIZE} (got ${value}): request at most ${MAX_PAGE_SIZE} ` +
        'items per page and follow pageInfo.endCursor for more.',
    );
  }
  return value;
}

/** One page of `items` (the whole list, already filtered and in its natural order). */
export function connectionFrom<T>(
  items: readonly T[],
  args: ConnectionArgs,
  nodeType: string,
): Connection<T> {
  let first = pageSize('first', args.first);
  const last = pageSize('last', args.last);
  if (first === undefined && last === undefined) first = DEFAULT_PAGE_SIZE;

  let start = 0;
  let end = items.length;
  if (args.after != null) start = Math.max(0, Math.min(end, decodeCursor(nodeType, args.after, 'after') + 1));
  if (args.before != null)
    end = Math.max(start, Math.min(end, Math.max(0, decodeCursor(nodeType, args.before, 'before'))));
  if (first !== undefined) end = Math.min(end, start + first);
  if (last !== undefined) start = Math.max(start, end - last);

  const edges = items.slice(start, end).map((node, offset) => ({
    cursor: encodeCursor(nodeType, start + offset),
    node,
  }));
  return {
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    edges,
    nodes: edges.map((edge) => edge.node),
    totalCount: items.length,
  };
}
