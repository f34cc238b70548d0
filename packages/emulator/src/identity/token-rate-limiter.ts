/** Outcome of asking the limiter to admit one token request. */
export type RateLimitDecision = { admitted: true } | { admitted: false; retryAfterSeconds: number };

const WINDOW_MS = 1000;
/** Forget idle clients once this many are tracked, so the map cannot grow without bound. */
const PRUNE_THRESHOLD = 1000;

/**
 * Nexar's published token-endpoint limit: at most `requestsPerSecond` requests per client in any one-second
 * window (a sliding window, so bursts cannot straddle a second boundary). Deterministic: time comes from `now`.
 */
export class TokenRateLimiter {
  readonly #limit: number;
  readonly #now: () => number;
  /** Admission times (ms) per client id, oldest first, all within the last window. */
  readonly #admitted = new Map<string, number[]>();

  constructor(requestsPerSecond: number, now: () => number = Date.now) {
    if (!Number.isInteger(requestsPerSecond) || requestsPerSecond < 1) {
      throw new RangeError('tokenRateLimit.requestsPerSecond must be a positive integer');
    }
    this.#limit = requestsPerSecond;
    this.#now = now;
  }

  /** Admits one request for `clientId` (and records it), or says how long the client must wait. */
  admit(clientId: string): RateLimitDecision {
    const now = this.#now();
    if (this.#admitted.size > PRUNE_THRESHOLD) this.#prune(now);
    const recent = (this.#admitted.get(clientId) ?? []).filter((at) => at > now - WINDOW_MS);
    if (recent.length >= this.#limit) {
      this.#admitted.set(clientId, recent);
      // The oldest admission leaves the window first; that is when a slot frees up.
      const oldest = recent[0] ?? now;
      const waitMs = oldest + WINDOW_MS - now;
      return { admitted: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    }
    recent.push(now);
    this.#admitted.set(clientId, recent);
    return { admitted: true };
  }

  #prune(now: number): void {
    for (const [clientId, times] of this.#admitted) {
      if (times.every((at) => at <= now - WINDOW_MS)) this.#admitted.delete(clientId);
    }
  }
}
