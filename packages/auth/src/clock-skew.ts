import * as oauth from 'oauth4webapi';
import { NexarAuthError } from './errors.js';

/** How far an ID token's `iat`/`exp` may be from this machine's clock by default: 5 minutes. */
export const DEFAULT_CLOCK_TOLERANCE_SECONDS = 300;

/**
 * oauth4webapi's clock options for a client: its notion of "now" becomes the provider's `now()`
 * (epoch ms), and its tolerance ours.
 */
export function oauthClockOptions(
  now: number,
  toleranceSeconds = DEFAULT_CLOCK_TOLERANCE_SECONDS,
): Pick<oauth.Client, typeof oauth.clockSkew | typeof oauth.clockTolerance> {
  return {
    [oauth.clockSkew]: Math.round((now - Date.now()) / 1000),
    [oauth.clockTolerance]: toleranceSeconds,
  };
}

/**
 * oauth4webapi checks that the ID token has not expired; a clock far behind also shows as an `iat` in
 * the future, which it does not check. Both mean this machine's clock is off, and say so.
 */
export function checkIdTokenClock(
  response: oauth.TokenEndpointResponse,
  now: number,
  toleranceSeconds = DEFAULT_CLOCK_TOLERANCE_SECONDS,
): void {
  const claims = oauth.getValidatedIdTokenClaims(response);
  if (!claims) return;
  if (Math.abs(claims.iat * 1000 - now) > toleranceSeconds * 1000) throw skewed(claims.iat, now);
}

/** A `clock_skew` error for oauth4webapi's failed time check, or undefined for other failures. */
export function clockSkewError(error: unknown, now: number): NexarAuthError | undefined {
  if (!(error instanceof oauth.OperationProcessingError) || error.code !== oauth.JWT_TIMESTAMP_CHECK) {
    return undefined;
  }
  const claims = (error.cause as { claims?: { iat?: unknown } } | undefined)?.claims;
  const iat = typeof claims?.iat === 'number' ? claims.iat : undefined;
  return skewed(iat, now);
}

function skewed(iatSeconds: number | undefined, now: number): NexarAuthError {
  const here = new Date(now).toISOString();
  const detail =
    iatSeconds === undefined
      ? `this machine's clock says ${here}`
      : `the identity server issued it at ${new Date(iatSeconds * 1000).toISOString()}, this machine's clock says ${here} (${describeGap(now - iatSeconds * 1000)})`;
  return new NexarAuthError(
    'clock_skew',
    `The login's ID token does not fit this machine's clock: ${detail}.`,
    {
      hint: "Set the system clock right (turn on automatic time / NTP), then log in again. If the clock is right on purpose, raise the provider's clockToleranceSeconds.",
    },
  );
}

function describeGap(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const amount = minutes >= 1 ? `${minutes} min` : `${Math.round(Math.abs(ms) / 1000)} s`;
  return `${amount} ${ms > 0 ? 'ahead' : 'behind'}`;
}
