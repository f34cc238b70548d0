/** Nexar's documented paging bounds for supply result sets, and their checks. */
import { invalidArgument } from '../api-errors.js';

export const PAGING_BOUNDS = {
  /** `limit` is 1 to 100. */
  maxLimit: 100,
  /** `start` is 0 to 1000. */
  maxStart: 1000,
  /** `start + limit` is at most 1100. */
  maxEnd: 1100,
  /** Parts requested (the sum of the queries' `limit`s) across one supMultiMatch call. */
  maxMultiMatchParts: 100,
} as const;

export interface Page {
  start: number;
  limit: number;
}

export interface PageArgs {
  start?: number | null;
  limit?: number | null;
}

/**
 * The page a field asked for, defaults applied. Every bound it breaks is named in
 * one INVALID_ARGUMENT error, e.g. `supSearch: start must be between 0 and 1000,
 * got 1001; start + limit must be at most 1100, got 1001 + 100 = 1101.`
 * `argPrefix` names nested arguments (`queries[2].`).
 */
export function pageOf(field: string, args: PageArgs, defaultLimit: number, argPrefix = ''): Page {
  const start = args.start ?? 0;
  const limit = args.limit ?? defaultLimit;
  const problems: string[] = [];
  if (limit < 1 || limit > PAGING_BOUNDS.maxLimit) {
    problems.push(`${argPrefix}limit must be between 1 and ${PAGING_BOUNDS.maxLimit}, got ${limit}`);
  }
  if (start < 0 || start > PAGING_BOUNDS.maxStart) {
    problems.push(`${argPrefix}start must be between 0 and ${PAGING_BOUNDS.maxStart}, got ${start}`);
  }
  if (start + limit > PAGING_BOUNDS.maxEnd) {
    problems.push(
      `${argPrefix}start + ${argPrefix}limit must be at most ${PAGING_BOUNDS.maxEnd}, got ${start} + ${limit} = ${start + limit}`,
    );
  }
  if (problems.length > 0) throw invalidArgument(`${field}: ${problems.join('; ')}.`);
  return { start, limit };
}

/** A nested list's optional paging (e.g. `SupPart.sellers`): no bounds beyond not being negative. */
export function slicePage<T>(field: string, items: readonly T[], args: PageArgs): T[] {
  const start = args.start ?? 0;
  if (start < 0) throw invalidArgument(`${field}: start must not be negative, got ${start}.`);
  if (args.limit != null && args.limit < 0) {
    throw invalidArgument(`${field}: limit must not be negative, got ${args.limit}.`);
  }
  return items.slice(start, args.limit == null ? undefined : start + args.limit);
}

/** One supMultiMatch call asks for at most 100 parts in total. */
export function checkMultiMatchTotal(field: string, limits: readonly number[]): void {
  const total = limits.reduce((sum, limit) => sum + limit, 0);
  if (total > PAGING_BOUNDS.maxMultiMatchParts) {
    throw invalidArgument(
      `${field}: at most ${PAGING_BOUNDS.maxMultiMatchParts} parts can be requested in total across one supMultiMatch call, ` +
        `but the ${limits.length} queries' limits add up to ${total}. Split the queries over several calls or lower their limits.`,
    );
  }
}
