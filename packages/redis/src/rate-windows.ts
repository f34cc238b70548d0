/** A limit of `limit` requests in any `windowMs`. */
export interface RateWindow {
  windowMs: number;
  limit: number;
}

/** Nexar's token endpoint limits per application: 2 per second, 200 per 15 minutes, 3,000 per 12 hours. */
export const NEXAR_TOKEN_RATE_LIMITS: readonly RateWindow[] = Object.freeze([
  { windowMs: 1_000, limit: 2 },
  { windowMs: 15 * 60_000, limit: 200 },
  { windowMs: 12 * 60 * 60_000, limit: 3_000 },
]);

/**
 * The wait before one more request fits every window, given the times of earlier requests (sorted,
 * oldest first); 0 when it may go now. The same rule the Redis script applies, for the in-process fallback.
 */
export function waitForTurn(times: readonly number[], now: number, windows: readonly RateWindow[]): number {
  let wait = 0;
  for (const { windowMs, limit } of windows) {
    const inWindow = times.filter((time) => time > now - windowMs);
    if (inWindow.length < limit) continue;
    // The request that must leave the window before one more fits.
    const leaving = inWindow[inWindow.length - limit] as number;
    wait = Math.max(wait, leaving + windowMs - now + 1);
  }
  return wait;
}
