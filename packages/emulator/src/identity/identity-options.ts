import type { IncomingMessage, ServerResponse } from 'node:http';
import type { JWK } from 'jose';
import type { ApplicationRegistry } from '../applications.js';
import type { EmulatorStats } from '../stats.js';
import type { DemoUser } from '../users.js';
import type { AccessTokenClaims } from './access-tokens.js';
import type { IdentityEndpoints } from './paths.js';

export interface IdentityOptions {
  /** The emulator's base URL, e.g. `http://127.0.0.1:53111` (no trailing slash). */
  issuer: string;
  applications: ApplicationRegistry;
  users: readonly DemoUser[];
  /** Access token lifetime (`expires_in`); Nexar's is 86400. */
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  /**
   * `true`: authorization requests complete as the first demo user with no page (a `login_hint` naming a
   * demo user picks that one); a string: the id or email of the user to sign in as; `false`: the login page.
   */
  autoLogin: boolean | string;
  /** Nexar publishes 2 requests per second per client; `false` turns the limit off. */
  tokenRateLimit: { requestsPerSecond: number } | false;
  stats: EmulatorStats;
  /** The clock (epoch ms) of the rate limiter and of access-token expiry checks. Defaults to `Date.now`. */
  now?: () => number;
  /** Print oidc-provider's notices and server errors to the console. Off by default. */
  debug?: boolean;
}

export interface Identity {
  /** Absolute URLs of the identity endpoints. */
  readonly endpoints: IdentityEndpoints;
  /** Node request handler for every identity path (everything that is not the GraphQL API). */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /**
   * Verifies an access token for the API: signature against this identity's keys, issuer, audience, type,
   * expiry and revocation. Throws `AccessTokenError` with code `AuthExpiredToken` or `AuthInvalidToken`.
   */
  verifyAccessToken(token: string): Promise<AccessTokenClaims>;
  /** Revokes every access token issued so far: the API then answers 401 `AuthInvalidToken` for them. */
  revokeAccessTokens(): void;
  /** Revokes every refresh token, or those of one client, so that their next use gets `invalid_grant`. */
  revokeRefreshTokens(clientId?: string): Promise<void>;
  /** Revokes one refresh token by value; false when it was not (or no longer) valid. */
  revokeRefreshToken(refreshToken: string): Promise<boolean>;
  /** The public signing keys, as served at the JWKS endpoint. */
  readonly publicJwks: { keys: JWK[] };
}
