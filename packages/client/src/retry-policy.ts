import { describeValue } from './describe-value.js';
import { NexarHttpError, NexarNetworkError, NexarTimeoutError } from './errors.js';

/** Bounds of the retries: attempts in all (the first included) and time in all (waits included). */
export interface NexarRetryOptions {
  /** Attempts in all, the first one included. Default 4. */
  maxAttempts?: number;
  /** Time budget for attempts and waits together, from the first attempt. Default 30 000 ms. */
  maxElapsedMs?: number;
  /** The first backoff is drawn from [0, baseDelayMs); it doubles per retry. Default 250 ms. */
  baseDelayMs?: number;
  /** Ceiling of the backoff (a server's Retry-After is honoured even when longer). Default 8 000 ms. */
  maxDelayMs?: number;
}

/** What `retryWithBackoff` from `@nexar/auth` expects back: give up, back off, or wait as the server said. */
export type RetryDecision = boolean | { retryAfterMs?: number };

export type ResolvedRetryOptions = Required<NexarRetryOptions>;

export const DEFAULT_RETRY: Readonly<ResolvedRetryOptions> = Object.freeze({
  maxAttempts: 4,
  maxElapsedMs: 30_000,
  baseDelayMs: 250,
  maxDelayMs: 8_000,
});

/** HTTP statuses that say "try again later". 401 is not here: `authFetch` refreshes the token once. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);

/** Fills in defaults and checks the numbers; `false` means a single attempt. */
export function resolveRetryOptions(retry: NexarRetryOptions | false | undefined): ResolvedRetryOptions {
  if (retry === false) return { ...DEFAULT_RETRY, maxAttempts: 1 };
  const resolved = { ...DEFAULT_RETRY, ...definedOnly(retry ?? {}) };
  const refuse = (message: string, value: unknown) => {
    const text = `${message}, got ${describeValue(value)}.`;
    throw typeof value === 'number' ? new RangeError(text) : new TypeError(text);
  };
  if (!Number.isInteger(resolved.maxAttempts) || resolved.maxAttempts < 1) {
    refuse('retry.maxAttempts must be a whole number of at least 1', resolved.maxAttempts);
  }
  for (const key of ['maxElapsedMs', 'baseDelayMs', 'maxDelayMs'] as const) {
    const value = resolved[key];
    if (typeof value !== 'number' || !(value >= 0) || !Number.isFinite(value)) {
      refuse(`retry.${key} must be a finite number of milliseconds (0 or more)`, value);
    }
  }
  return resolved;
}

/**
 * Whether a failed attempt is worth another: 429/502/503/504 (after the server's Retry-After when it
 * sent one), network errors and timeouts. A mutation may already have run when the answer was lost, so
 * it is only retried when the server surely did not run it: 429, or a refused connection.
 */
export function retryDecision(error: unknown, isMutation: boolean): RetryDecision {
  if (error instanceof NexarHttpError) {
    if (!RETRYABLE_STATUSES.has(error.status)) return false;
    if (isMutation && error.status !== 429) return false;
    return error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : true;
  }
  if (error instanceof NexarNetworkError) return !isMutation || error.code === 'ECONNREFUSED';
  if (error instanceof NexarTimeoutError) return !isMutation;
  return false;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
