import { REDACTED, redactWith } from './redact.js';

/** A bearer token ready for the `Authorization` header. */
export interface AccessToken {
  readonly accessToken: string;
  /** Epoch milliseconds. */
  readonly expiresAt: number;
  readonly scope: readonly string[];
  readonly tokenType: 'Bearer';
}

export interface GetTokenOptions {
  /** Ask the server for a new token even if the cached one is still good. */
  forceRefresh?: boolean;
  /** Stops this caller's wait (a request shared with other callers keeps going). */
  signal?: AbortSignal;
}

export interface InvalidateOptions {
  /**
   * The token was just obtained to replace a refused one, and was refused too: the API would refuse
   * the next as well, so the SDK's providers ask for no new token for a minute (`token_rejected`).
   */
  replacement?: boolean;
}

/** What `@nexar/client` and `authFetch` need: a valid token on demand, and a way to drop a rejected one. */
export interface TokenProvider {
  getToken(options?: GetTokenOptions): Promise<AccessToken>;
  /** Forgets `accessToken` if it is the cached one (a 401 on an old token leaves a newer one alone). */
  invalidate(accessToken: string, options?: InvalidateOptions): void;
}

/** An `AccessToken` whose `JSON.stringify` and `util.inspect` show everything but the token itself. */
export function createAccessToken(fields: {
  accessToken: string;
  expiresAt: number;
  scope: readonly string[];
}): AccessToken {
  const token: AccessToken = Object.freeze(
    redactWith(
      {
        accessToken: fields.accessToken,
        expiresAt: fields.expiresAt,
        scope: Object.freeze([...fields.scope]),
        tokenType: 'Bearer' as const,
      },
      'AccessToken',
      () => ({
        accessToken: REDACTED,
        expiresAt: new Date(fields.expiresAt).toISOString(),
        scope: [...fields.scope],
        tokenType: 'Bearer',
      }),
    ),
  );
  return token;
}

/** Scope strings as a list: split on spaces, empty parts dropped. */
export function parseScope(scope: string | readonly string[] | undefined): string[] {
  if (scope === undefined) return [];
  const parts = typeof scope === 'string' ? scope.split(' ') : scope.flatMap((s) => s.split(' '));
  return parts.filter((part) => part.length > 0);
}
