/**
 * Relay cursor connections over in-memory lists, as the design API pages
 * projects, releases, BOM items and library components.
 *
 * - `first`/`after` page forwards, `last`/`before` backwards (both may be
 *   combined as the Relay spec describes: cut by the cursors, then `first`,
 *   then `last`).
 * - Without `first` and `last`, a page holds DEFAULT_PAGE_SIZE items; a page
 *   never holds more than MAX_PAGE_SIZE (Nexar's design API caps pages at 100).
 * - Cursors are opaque strings naming the connection's node type and a
 *   position; `hasNextPage`/`hasPreviousPage` say exactly whether items exist
 *   beyond the page in the whole (filtered) list, in either direction.
 */
import { invalidArgument } from '../api-errors.js';

export const MAX_PAGE_SIZE = 100;
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

const CURSOR_PREFIX = 'cursor:';

/** The opaque cursor of the item at `index` in a connection of `nodeType`. */
export function encodeCursor(nodeType: string, index: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${nodeType}:${index}`, 'utf8').toString('base64url');
}

/** The position a cursor points at; INVALID_ARGUMENT for anything this connection did not hand out. */
export function decodeCursor(nodeType: string, cursor: string, argument: 'after' | 'before'): number {
  const text = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const match = /^cursor:([A-Za-z]+):(\d{1,9})$/.exec(text);
  if (!match) {
    throw invalidArgument(
      `The ${argument} cursor "${cursor}" is not a valid cursor: pass a startCursor or endCursor ` +
        'from the pageInfo (or an edge cursor) of an earlier page of the same connection.',
    );
  }
  if (match[1] !== nodeType) {
    throw invalidArgument(
      `The ${argument} cursor "${cursor}" belongs to a ${match[1]} connection, not to this ${nodeType} ` +
        'connection: pass a cursor from an earlier page of the same connection.',
    );
  }
  return Number(match[2]);
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
  if (args.after != null) start = Math.min(end, decodeCursor(nodeType, args.after, 'after') + 1);
  if (args.before != null)
    end = Math.max(start, Math.min(end, decodeCursor(nodeType, args.before, 'before')));
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
