import { type AccessToken, createAccessToken, parseScope, type TokenProvider } from './access-token.js';
import { NexarAuthError } from './errors.js';
import { redactWith } from './redact.js';
import { readJwtExpiry } from './token-set.js';

/** The latest instant a Date can hold: "never expires". */
const LATEST_DATE_MS = 8_640_000_000_000_000;

export interface StaticTokenOptions {
  /** Epoch ms; default the JWT `exp` claim, else never. */
  expiresAt?: number;
  scope?: string | readonly string[];
  now?: () => number;
}

/**
 * A provider for a ready-made token (e.g. `NEXAR_TOKEN`, generated in the portal). It cannot renew:
 * once the token has expired, or was rejected, `getToken()` fails with a hint to get a new one.
 */
export function staticToken(accessToken: string, options: StaticTokenOptions = {}): TokenProvider {
  if (!accessToken) throw new NexarAuthError('missing_credentials', 'The static access token is empty.');
  const now = options.now ?? Date.now;
  const expiresAt = options.expiresAt ?? readJwtExpiry(accessToken) ?? LATEST_DATE_MS;
  const token = createAccessToken({ accessToken, expiresAt, scope: parseScope(options.scope) });
  let rejected = false;
  const provider: TokenProvider = {
    async getToken(): Promise<AccessToken> {
      if (rejected || now() >= expiresAt) {
        throw new NexarAuthError(
          'login_required',
          rejected ? 'The API rejected the given access token.' : 'The given access token has expired.',
          {
            hint: 'Generate a new token in the Nexar portal, or use client credentials so tokens renew themselves.',
          },
        );
      }
      return token;
    },
    invalidate(rejectedToken: string): void {
      if (rejectedToken === accessToken) rejected = true;
    },
  };
  return Object.freeze(
    redactWith(provider, 'StaticTokenProvider', () => ({ expiresAt: new Date(expiresAt).toISOString() })),
  );
}
