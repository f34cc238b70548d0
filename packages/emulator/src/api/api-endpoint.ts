import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AccessTokenClaims } from '../identity/access-tokens.js';
import type { EmulatorStats } from '../stats.js';
import type { ApiContext } from './api-context.js';
import { ApiErrorCode } from './api-error-codes.js';
import { bearerToken } from './bearer-token.js';
import type { GraphqlEngine } from './graphql-engine.js';

export interface ApiEndpointOptions {
  identity: { verifyAccessToken(token: string): Promise<AccessTokenClaims> };
  stats: EmulatorStats;
  /** The GraphQL engine, built on first use (it loads graphql-yoga, the schema and the catalog). */
  engine: () => Promise<GraphqlEngine>;
}

export type ApiHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * The API at `/graphql` of one region: the token is checked as the request arrives, before the engine is
 * awaited, so a first request that waits for the engine to be built is judged by the token's state on arrival.
 */
export function apiEndpoint(options: ApiEndpointOptions): (region: string) => ApiHandler {
  return (region) => async (req, res) => {
    options.stats.apiRequests += 1;
    if (req.method === 'OPTIONS') return (await options.engine())(req, res);
    const token = bearerToken(req.headers);
    let auth: AccessTokenClaims;
    try {
      if (!token) throw Object.assign(new Error('No access token'), { code: ApiErrorCode.invalidToken });
      auth = await options.identity.verifyAccessToken(token);
    } catch (error) {
      return unauthorized(res, token ? codeOf(error) : ApiErrorCode.invalidToken, !token);
    }
    const context: ApiContext = { auth, region, meter: { parts: 0 } };
    return (await options.engine())(req, res, context);
  };
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return code === ApiErrorCode.expiredToken ? ApiErrorCode.expiredToken : ApiErrorCode.invalidToken;
}

function unauthorized(res: ServerResponse, code: string, missing: boolean): void {
  const message = missing
    ? 'No access token: send "Authorization: Bearer <token>" (or a "token" header).'
    : code === ApiErrorCode.expiredToken
      ? 'The access token has expired: request a new one.'
      : 'The access token is not valid (malformed, revoked or from another issuer): request a new one.';
  res.writeHead(401, {
    'content-type': 'application/json',
    'www-authenticate': `Bearer error="invalid_token"`,
    'cache-control': 'no-store',
  });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}
