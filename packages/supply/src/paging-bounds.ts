import { describeValue } from '@nexar/client';
import { checkSearchText } from './check-input.js';

/** Nexar's bounds on supply result-set paging. Calls out of them are refused before sending. */
export const PAGING_BOUNDS = {
  /** `limit` is 1 to 100. */
  maxLimit: 100,
  /** `start` is 0 to 1000. */
  maxStart: 1000,
  /** `start + limit` is at most 1100: the last result a search can reach. */
  maxEnd: 1100,
  /** The limits of one supMultiMatch call's queries add up to at most 100. */
  maxMultiMatchParts: 100,
} as const;

/**
 * Throws a RangeError naming every bound `start` / `limit` break (undefined means the API's default),
 * or a TypeError when one is not a number at all.
 */
export function checkPage(
  operation: string,
  start: number | null | undefined,
  limit: number | null | undefined,
  defaultLimit: number,
): void {
  const s = start ?? 0;
  const l = limit ?? defaultLimit;
  const problems: string[] = [];
  if (!Number.isInteger(l) || l < 1 || l > PAGING_BOUNDS.maxLimit) {
    problems.push(
      `limit must be a whole number from 1 to ${PAGING_BOUNDS.maxLimit}, got ${describeValue(l)}`,
    );
  }
  if (!Number.isInteger(s) || s < 0 || s > PAGING_BOUNDS.maxStart) {
    problems.push(
      `start must be a whole number from 0 to ${PAGING_BOUNDS.maxStart}, got ${describeValue(s)}`,
    );
  }
  if (typeof s === 'number' && typeof l === 'number' && s + l > PAGING_BOUNDS.maxEnd) {
    problems.push(`start + limit must be at most ${PAGING_BOUNDS.maxEnd}, got ${s} + ${l} = ${s + l}`);
  }
  if (problems.length > 0) {
    const message = `${operation}: ${problems.join('; ')}. Nexar refuses such a request, so it was not sent.`;
    throw typeof l === 'number' && typeof s === 'number' ? new RangeError(message) : new TypeError(message);
  }
}

type MatchQuery = {
  mpn?: string | null;
  sku?: string | null;
  mpnOrSku?: string | null;
  start?: number | null;
  limit?: number | null;
};

/**
 * Checks each multi-match query (a part number to look for, its page) and that their limits add up to
 * at most 100; returns that sum.
 */
export function checkMultiMatch(queries: readonly MatchQuery[], defaultLimit: number): number {
  if (!Array.isArray(queries)) {
    throw new TypeError(
      `multiMatch needs { queries: [{ mpn: 'LM358' }, ...] }, got queries ${describeValue(queries)}.`,
    );
  }
  if (queries.length === 0) throw new RangeError('multiMatch: give at least one query.');
  let total = 0;
  queries.forEach((query: unknown, i) => {
    const where = `multiMatch queries[${i}]`;
    if (typeof query !== 'object' || query === null || Array.isArray(query)) {
      throw new TypeError(
        `${where} must be an object such as { mpn: 'LM358' }, got ${describeValue(query)}.`,
      );
    }
    checkMatchQuery(where, query as MatchQuery);
    checkPage(where, (query as MatchQuery).start, (query as MatchQuery).limit, defaultLimit);
    total += (query as MatchQuery).limit ?? defaultLimit;
  });
  if (total > PAGING_BOUNDS.maxMultiMatchParts) {
    throw new RangeError(
      `multiMatch: the ${queries.length} queries' limits add up to ${total} parts, but Nexar allows at most ${PAGING_BOUNDS.maxMultiMatchParts} per call. Split the queries over several calls or lower their limits; it was not sent.`,
    );
  }
  return total;
}

/** The part numbers a match query gives (mpn, sku, mpnOrSku) are strings with something in them. */
function checkMatchQuery(where: string, query: MatchQuery): void {
  for (const field of ['mpn', 'sku', 'mpnOrSku'] as const) {
    checkSearchText(`${where}.${field}`, query[field], false);
  }
}
