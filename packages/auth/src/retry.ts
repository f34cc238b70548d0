import { sleep as abortableSleep, abortReason } from './sleep.js';

/** What `shouldRetry` answers: false to give up, true to retry after a jittered backoff, or a server-given wait. */
export type RetryDecision = boolean | { retryAfterMs?: number };

export interface RetryOptions {
  /** Attempts in all, the first one included (at least 1). */
  maxAttempts: number;
  /** Budget for the attempts and the waits between them, measured from the first attempt. */
  maxElapsedMs: number;
  /** Backoff before the second attempt is drawn from [0, baseDelayMs); it doubles each time. */
  baseDelayMs: number;
  /** Ceiling of the exponential backoff (before jitter). */
  maxDelayMs: number;
  /** Decides whether `error` from attempt `attempt` (1-based) is worth another try. */
  shouldRetry(error: unknown, attempt: number): RetryDecision;
  signal?: AbortSignal;
  /** Uniform in [0, 1); injectable for tests. */
  random?: () => number;
  /** Abortable wait; injectable for tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Epoch milliseconds; injectable for tests. */
  now?: () => number;
  /** Told about each wait before it starts (e.g. to log it). */
  onRetry?: (info: { error: unknown; attempt: number; delayMs: number }) => void;
}

/**
 * Runs `attempt(1)`, `attempt(2)`, ... until one resolves, `shouldRetry` says no, or the attempt count
 * or time budget runs out; then rejects with the last error. Waits use full-jitter exponential backoff
 * (a uniform draw below `min(maxDelayMs, baseDelayMs * 2^(n-1))`), or exactly the server's
 * `retryAfterMs` when given. A Retry-After longer than what is left of the budget ends the retries at
 * once: waiting only to be refused again helps nobody. An abort rejects with the signal's reason, also
 * during a wait.
 */
export async function retryWithBackoff<T>(
  attempt: (attemptNumber: number) => Promise<T>,
  options: RetryOptions,
): Promise<T> {
  const { signal } = options;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const wait = options.sleep ?? abortableSleep;
  const maxAttempts = Math.max(1, Math.floor(options.maxAttempts));
  const started = now();

  for (let n = 1; ; n += 1) {
    if (signal?.aborted) throw abortReason(signal);
    try {
      return await attempt(n);
    } catch (error) {
      if (signal?.aborted) throw abortReason(signal);
      if (n >= maxAttempts) throw error;
      const decision = options.shouldRetry(error, n);
      if (decision === false) throw error;
      const remaining = options.maxElapsedMs - (now() - started);
      if (remaining <= 0) throw error;
      const retryAfterMs = typeof decision === 'object' ? decision.retryAfterMs : undefined;
      let delayMs: number;
      if (retryAfterMs !== undefined && Number.isFinite(retryAfterMs)) {
        if (retryAfterMs > remaining) throw error;
        delayMs = Math.max(0, retryAfterMs);
      } else {
        const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (n - 1));
        delayMs = Math.min(Math.floor(random() * ceiling), remaining);
      }
      options.onRetry?.({ error, attempt: n, delayMs });
      await wait(delayMs, signal);
    }
  }
}

/**
 * Milliseconds to wait according to a `Retry-After` header: delay-seconds or an HTTP date (relative to
 * `now`, epoch ms). Undefined when the header is absent or unreadable; never negative.
 */
export function parseRetryAfter(
  header: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (header == null) return undefined;
  const value = header.trim();
  if (value === '') return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  if (!/[a-z]/i.test(value)) return undefined;
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
