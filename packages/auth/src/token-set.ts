import { REDACTED, redactWith } from './redact.js';

/** What a provider keeps about its current grant: the access token and, with offline access, a refresh token. */
export interface TokenSet {
  readonly accessToken: string;
  /** Epoch milliseconds. */
  readonly expiresAt: number;
  readonly scope: readonly string[];
  readonly refreshToken?: string;
  /** Epoch milliseconds when the token arrived; with `expiresAt` it gives the token's lifetime. */
  readonly issuedAt?: number;
}

/** Used when a token response has neither `expires_in` nor a readable JWT `exp`. */
export const FALLBACK_LIFETIME_SECONDS = 3600;

export function createTokenSet(fields: TokenSet): TokenSet {
  const set: TokenSet = {
    accessToken: fields.accessToken,
    expiresAt: fields.expiresAt,
    scope: Object.freeze([...fields.scope]),
    ...(fields.refreshToken === undefined ? {} : { refreshToken: fields.refreshToken }),
    ...(fields.issuedAt === undefined ? {} : { issuedAt: fields.issuedAt }),
  };
  return Object.freeze(
    redactWith(set, 'TokenSet', () => ({
      accessToken: REDACTED,
      expiresAt: new Date(set.expiresAt).toISOString(),
      scope: [...set.scope],
      ...(set.refreshToken === undefined ? {} : { refreshToken: REDACTED }),
      ...(set.issuedAt === undefined ? {} : { issuedAt: new Date(set.issuedAt).toISOString() }),
    })),
  );
}

/**
 * How long before expiry to renew `set`: `skewMs`, but at most a quarter of the token's lifetime, so a
 * token that lives 5 minutes or less is still used for three quarters of its life instead of being
 * renewed on every call. Without a known lifetime (`issuedAt`), `skewMs` as is.
 */
export function refreshMarginMs(set: TokenSet, skewMs: number): number {
  if (set.issuedAt === undefined) return skewMs;
  const lifetime = Math.max(0, set.expiresAt - set.issuedAt);
  return Math.min(skewMs, lifetime / 4);
}

/**
 * Expiry of a token received at `receivedAt`: from `expires_in` (what the server says), else from the
 * JWT `exp` claim, else a conservative hour.
 */
export function computeExpiresAt(
  expiresIn: number | undefined,
  accessToken: string,
  receivedAt: number,
): number {
  if (expiresIn !== undefined && Number.isFinite(expiresIn) && expiresIn >= 0) {
    return receivedAt + expiresIn * 1000;
  }
  const exp = readJwtExpiry(accessToken);
  if (exp !== undefined) return exp;
  return receivedAt + FALLBACK_LIFETIME_SECONDS * 1000;
}

/** The `exp` claim of a JWT in epoch milliseconds, without verifying it; undefined for other tokens. */
export function readJwtExpiry(token: string): number | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const claims: unknown = JSON.parse(json);
    if (claims && typeof claims === 'object' && 'exp' in claims && typeof claims.exp === 'number') {
      return claims.exp * 1000;
    }
  } catch {
    // not a JWT
  }
  return undefined;
}

const FORMAT_VERSION = 1;

/** The string a `TokenStore` persists. It holds the tokens themselves: stores must treat it as a secret. */
export function serializeTokenSet(set: TokenSet): string {
  return JSON.stringify({
    v: FORMAT_VERSION,
    accessToken: set.accessToken,
    expiresAt: set.expiresAt,
    scope: set.scope.join(' '),
    ...(set.refreshToken === undefined ? {} : { refreshToken: set.refreshToken }),
    ...(set.issuedAt === undefined ? {} : { issuedAt: set.issuedAt }),
  });
}

/** Reads what `serializeTokenSet` wrote; undefined for anything else (a damaged or foreign entry). */
export function parseTokenSet(text: string | undefined): TokenSet | undefined {
  if (!text) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!value || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  if (record.v !== FORMAT_VERSION) return undefined;
  const { accessToken, expiresAt, scope, refreshToken, issuedAt } = record;
  if (typeof accessToken !== 'string' || accessToken === '') return undefined;
  if (typeof expiresAt !== 'number' || !Number.isFinite(expiresAt)) return undefined;
  if (typeof scope !== 'string') return undefined;
  if (refreshToken !== undefined && typeof refreshToken !== 'string') return undefined;
  // Entries written before `issuedAt` existed lack it; a wrong one is ignored rather than trusted.
  const issued = typeof issuedAt === 'number' && Number.isFinite(issuedAt) && issuedAt <= expiresAt;
  return createTokenSet({
    accessToken,
    expiresAt,
    scope: scope.split(' ').filter(Boolean),
    ...(refreshToken === undefined ? {} : { refreshToken }),
    ...(issued ? { issuedAt } : {}),
  });
}
