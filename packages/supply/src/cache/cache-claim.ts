/**
 * Claims on cache keys, for caches shared by many callers (processes of a fleet, or runs in one process):
 * before sending the query behind an uncached key, a caller claims it; only the winner sends, the others
 * wait for its answer to appear in the cache. A claim is a promise to store an answer soon, never a lock
 * anybody depends on: a waiter gives up after a bounded wait and sends the query itself.
 */

/** The outcome of `ResultCache.claim`, one list per state; every key asked is in exactly one list. */
export interface CacheClaim {
  /** Keys this caller won: nobody else held them and none had an answer. It sends their queries. */
  readonly won: readonly string[];
  /** Keys that already have an answer (stored since the caller last read them): read them again. */
  readonly answered: readonly string[];
  /** Keys another caller holds: wait for them with `waitFor`. */
  readonly held: readonly string[];
  /**
   * Gives the won keys up, after their answers are stored or when sending failed, so waiters move on at
   * once. Until then the claim is kept alive (a shared cache renews it); it lapses by itself `ttlMs`
   * after its holder stops renewing it (a process that died). Never throws.
   */
  release(): Promise<void>;
}

export interface ClaimWaitOptions {
  /** Longest wait, in milliseconds: resolves with no key when it passes. */
  timeoutMs: number;
  /** Cancels the wait: rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
}
