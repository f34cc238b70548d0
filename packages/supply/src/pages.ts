import { checkWholeNumber } from './check-input.js';
import { PAGING_BOUNDS } from './paging-bounds.js';

/** How to walk a search's result pages. */
export interface PagingOptions {
  /** Results per request, 1 to 100. Default: `maxResults` when it is 100 or less, else 20. */
  pageSize?: number;
  /** Where to begin (0 to 1000). Default 0. */
  start?: number;
  /** Stop after this many results. Default: as many as the search has and Nexar lets you reach. */
  maxResults?: number;
  /** Stops the iteration: the next page is not asked for, a page in flight is cancelled. */
  signal?: AbortSignal;
}

/** One page of results. */
export interface SupplyPage<TResult> {
  /** Offset of the page's first result. */
  start: number;
  /** The limit asked for. */
  limit: number;
  /** Matches in total (not only the reachable ones). */
  hits: number;
  results: TResult[];
  /** The iteration ends with this page. */
  last: boolean;
  /**
   * On the last page: more results were wanted and exist, but Nexar serves nothing beyond result 1100
   * (`start` ≤ 1000, `start + limit` ≤ 1100). Narrow the search (filters) to reach them.
   */
  truncated: boolean;
}

/** A result set as supSearch / supSearchMpn return it. */
export interface PageableResultSet<TResult> {
  hits: number;
  results: readonly TResult[] | null;
}

export type FetchPage<TSet> = (
  page: { start: number; limit: number },
  signal: AbortSignal | undefined,
) => Promise<TSet>;

export function checkPagingOptions(options: PagingOptions): { pageSize: number; start: number; end: number } {
  const start = checkWholeNumber('start', options.start, 0, PAGING_BOUNDS.maxStart) ?? 0;
  const maxResults = checkWholeNumber('maxResults', options.maxResults, 1);
  const pageSize =
    checkWholeNumber('pageSize', options.pageSize, 1, PAGING_BOUNDS.maxLimit) ??
    (maxResults !== undefined && maxResults <= PAGING_BOUNDS.maxLimit ? maxResults : 20);
  const end = Math.min(
    PAGING_BOUNDS.maxEnd,
    maxResults === undefined ? Number.POSITIVE_INFINITY : start + maxResults,
  );
  return { pageSize, start, end };
}

/** The most results (and so parts) an iteration can return. */
export function worstCaseOfPages(options: PagingOptions): number {
  const { start, end } = checkPagingOptions(options);
  return end - start;
}

/**
 * Pages through a search with `start` / `limit`, within Nexar's bounds: it stops at `hits`, at
 * `maxResults`, or at result 1100 (then the last page says `truncated`). The page before start 1000
 * is shortened so a page starts exactly at 1000, and that page (the last start Nexar allows) takes
 * what is left up to 1100, so every reachable result is returned once and no request is out of bounds.
 */
export async function* pageThrough<TResult>(
  fetchPage: FetchPage<PageableResultSet<TResult>>,
  options: PagingOptions = {},
): AsyncGenerator<SupplyPage<TResult>, void, undefined> {
  const checked = checkPagingOptions(options);
  const { pageSize, end: wantedEnd } = checked;
  let { start } = checked;
  // What the caller wants, before Nexar's bound: more than is reachable means the end is truncated.
  const wanted = options.maxResults === undefined ? Number.POSITIVE_INFINITY : start + options.maxResults;
  let hits: number | undefined;
  const { signal } = options;
  while (true) {
    signal?.throwIfAborted();
    const end = Math.min(wantedEnd, hits ?? Number.POSITIVE_INFINITY);
    if (start >= end) return;
    let limit = Math.min(pageSize, end - start);
    if (start === PAGING_BOUNDS.maxStart) {
      limit = Math.min(PAGING_BOUNDS.maxLimit, end - start);
    } else if (start + limit > PAGING_BOUNDS.maxStart && start + limit < end) {
      limit = PAGING_BOUNDS.maxStart - start;
    }
    const set = await fetchPage({ start, limit }, signal);
    hits = set.hits;
    const results = [...(set.results ?? [])];
    const next = start + limit;
    const reachable = Math.min(wantedEnd, hits);
    const last = next >= reachable || next > PAGING_BOUNDS.maxStart || results.length === 0;
    const truncated = last && results.length > 0 && Math.min(wanted, hits) > next;
    yield { start, limit, hits, results, last, truncated };
    if (last) return;
    start = next;
  }
}
