/**
 * Relay cursor pagination: an async iterable over a connection's items that fetches page after page
 * (`first` / `after`), and a `pages()` form for whole pages. Partial errors stay with the data.
 */
import type { GraphQLFormattedError } from 'graphql';
import { NexarDesignError } from './errors.js';
import { nodeIndexOf } from './graphql-errors.js';

/** Nexar's design API serves at most 100 items per page. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 50;

/** An item or result that came back with GraphQL errors on some of its fields keeps them in `errors`. */
export type WithErrors<T> = T & { readonly errors?: readonly GraphQLFormattedError[] };

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

/** One page of a connection. */
export interface Page<T> {
  /** The page's items; an item some error's path points into carries those errors in `errors`. */
  readonly nodes: readonly WithErrors<T>[];
  readonly pageInfo: PageInfo;
  /** Items in the whole connection (as the API counts them), when it reports it. */
  readonly totalCount: number | undefined;
  /** Every GraphQL error of this page's response (empty when it had none). */
  readonly errors: readonly GraphQLFormattedError[];
}

export interface PaginateOptions {
  /** Items per request, 1 to 100 (default 50). */
  pageSize?: number;
  /** Stop after this many items in all; the last request asks only for what is missing. */
  max?: number;
  /** Start after this cursor (an `endCursor` from an earlier page). */
  after?: string | null;
  /** Cancels the iteration, the request in flight included; it rejects with the signal's reason. */
  signal?: AbortSignal;
}

/**
 * A connection to iterate. Each `for await` (or `pages()` / `toArray()`) call starts from the first page
 * again. Items are yielded as they arrive, one request per page.
 */
export interface Paginated<T> extends AsyncIterable<WithErrors<T>> {
  /** Whole pages with `pageInfo`, `totalCount` and the page's `errors`. */
  pages(): AsyncIterableIterator<Page<T>>;
  /** Every item, in order. */
  toArray(): Promise<WithErrors<T>[]>;
  /** Partial errors of the current (or last) iteration so far: check it after the loop. */
  readonly errors: readonly GraphQLFormattedError[];
}

/** What a page request returns: the connection (null when absent) and the response's GraphQL errors. */
export interface FetchedPage<T> {
  connection:
    | { nodes?: readonly T[] | null; pageInfo: PageInfo; totalCount?: number | null }
    | null
    | undefined;
  errors: readonly GraphQLFormattedError[];
}

export type PageFetcher<T> = (request: {
  first: number;
  after: string | null;
  signal: AbortSignal | undefined;
}) => Promise<FetchedPage<T>>;

/** Pages through a connection with `fetchPage`; throws at once on a malformed `pageSize` or `max`. */
export function paginate<T>(
  fetchPage: PageFetcher<T>,
  options: PaginateOptions = {},
  defaultPageSize = DEFAULT_PAGE_SIZE,
): Paginated<T> {
  const pageSize = checkPageSize(options.pageSize ?? defaultPageSize);
  const max = options.max === undefined ? Number.POSITIVE_INFINITY : checkMax(options.max);
  const { signal } = options;
  let errors: GraphQLFormattedError[] = [];

  async function* pages(): AsyncGenerator<Page<T>, void, undefined> {
    errors = [];
    let after = options.after ?? null;
    let remaining = max;
    while (remaining > 0) {
      signal?.throwIfAborted();
      const fetched = await fetchPage({ first: Math.min(pageSize, remaining), after, signal });
      const page = toPage(fetched, remaining);
      errors.push(...page.errors);
      remaining -= page.nodes.length;
      yield page;
      if (!page.pageInfo.hasNextPage || remaining <= 0) return;
      const next = page.pageInfo.endCursor;
      if (!next || next === after || page.nodes.length === 0) {
        throw new NexarDesignError(
          'The design API reported more items but gave no new cursor (endCursor), so paging cannot go on.',
          undefined,
        );
      }
      after = next;
    }
  }

  return {
    pages,
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) {
        for (const node of page.nodes) {
          signal?.throwIfAborted();
          yield node;
        }
      }
    },
    async toArray() {
      const items: WithErrors<T>[] = [];
      for await (const page of pages()) items.push(...page.nodes);
      return items;
    },
    get errors() {
      return errors;
    },
  };
}

function toPage<T>(fetched: FetchedPage<T>, remaining: number): Page<T> {
  const { connection } = fetched;
  const nodes: WithErrors<T>[] = (connection?.nodes ?? []).slice(0, remaining) as WithErrors<T>[];
  const byIndex = new Map<number, GraphQLFormattedError[]>();
  for (const error of fetched.errors) {
    const index = nodeIndexOf(error);
    if (index !== undefined && index < nodes.length)
      byIndex.set(index, [...(byIndex.get(index) ?? []), error]);
  }
  for (const [index, itemErrors] of byIndex) nodes[index] = { ...(nodes[index] as T), errors: itemErrors };
  return {
    nodes,
    pageInfo: {
      hasNextPage: connection?.pageInfo.hasNextPage ?? false,
      endCursor: connection?.pageInfo.endCursor ?? null,
    },
    totalCount: connection?.totalCount ?? undefined,
    errors: fetched.errors,
  };
}

function checkPageSize(pageSize: number): number {
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new RangeError(`pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE} (got ${pageSize}).`);
  }
  return pageSize;
}

function checkMax(max: number): number {
  if (!(max >= 0) || !(Number.isInteger(max) || max === Number.POSITIVE_INFINITY)) {
    throw new RangeError(`max must be a whole number of items, 0 or more (got ${max}).`);
  }
  return max;
}
