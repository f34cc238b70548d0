import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DemoUser } from '../users.js';
import { AccessTokenVerifier } from './access-tokens.js';
import { findUser } from './accounts.js';
import { NEXAR_API_RESOURCE } from './api-resource.js';
import { impliedConsentQuery, signInAutomatically } from './authorization-request.js';
import type { Identity, IdentityOptions } from './identity-options.js';
import { loadOidcProvider } from './load-oidc-provider.js';
import { loginInteractions } from './login-interactions.js';
import { isLoopbackRedirectUri } from './loopback.js';
import { MemoryStore } from './memory-adapter.js';
import { IDENTITY_PATHS, identityEndpoints } from './paths.js';
import { providerConfiguration } from './provider-config.js';
import { generateSigningKeys } from './signing-keys.js';
import { tokenEndpointGate } from './token-endpoint.js';
import { TokenRateLimiter } from './token-rate-limiter.js';
import { userinfoHandler } from './userinfo.js';

/**
 * Starts an identity server like identity.nexar.com on oidc-provider: client credentials for supply,
 * authorization code + PKCE (with refresh tokens for offline_access), a login page for the demo users, JWT
 * access tokens for the API, Nexar's token rate limit and token request counters. Nothing listens: mount
 * `handle` on an HTTP server whose base URL is `issuer`.
 */
export async function createIdentity(options: IdentityOptions): Promise<Identity> {
  const { issuer, autoLoginUser } = checkIdentityOptions(options);
  const now = options.now ?? Date.now;
  const debug = options.debug ?? false;

  // Key generation runs on libuv's thread pool while oidc-provider loads.
  const [oidc, keys] = await Promise.all([loadOidcProvider(debug), generateSigningKeys()]);
  const store = new MemoryStore();
  const provider = new oidc.Provider(
    issuer,
    providerConfiguration({
      issuer,
      applications: options.applications,
      users: options.users,
      accessTokenTtlSeconds: options.accessTokenTtlSeconds,
      refreshTokenTtlSeconds: options.refreshTokenTtlSeconds,
      store,
      privateJwks: keys.privateJwks,
      errors: oidc.errors,
      interactionPolicy: oidc.interactionPolicy,
    }),
  );
  // Code-flow apps accept any loopback redirect (any port, any path), as CLIs and local web apps need.
  provider.Client.prototype.redirectUriAllowed = isLoopbackRedirectUri;
  provider.Client.prototype.postLogoutRedirectUriAllowed = isLoopbackRedirectUri;
  provider.silent = !debug;
  if (debug) {
    provider.on('server_error', (_ctx, error) => console.error('[identity] server error:', error.message));
  }

  const verifier = new AccessTokenVerifier({
    issuer,
    audience: NEXAR_API_RESOURCE,
    publicJwks: keys.publicJwks,
    now,
  });
  provider.on('access_token.issued', (token) => verifier.recordIssued(token.jti, token.expiration));
  provider.on('client_credentials.issued', (token) => verifier.recordIssued(token.jti, token.expiration));

  const tokenGate = tokenEndpointGate({
    limiter: options.tokenRateLimit
      ? new TokenRateLimiter(options.tokenRateLimit.requestsPerSecond, now)
      : undefined,
    stats: options.stats,
  });
  provider.use(tokenGate.middleware);
  const callback = provider.callback();
  const interactions = loginInteractions({
    provider,
    applications: options.applications,
    users: options.users,
    autoLoginUser,
  });
  const userinfo = userinfoHandler({ verifier, users: options.users });

  async function dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', issuer);
    const { pathname } = url;
    if (pathname === IDENTITY_PATHS.userinfo) return userinfo(req, res);
    if (pathname.startsWith(`${IDENTITY_PATHS.interaction}/`)) return interactions(req, res, pathname);
    if (pathname === IDENTITY_PATHS.token && req.method === 'POST') {
      if (!(await tokenGate.admit(req, res))) return;
    }
    if (pathname === IDENTITY_PATHS.authorization && (req.method === 'GET' || req.method === 'HEAD')) {
      const query = impliedConsentQuery(url.searchParams) ?? url.searchParams;
      if (query !== url.searchParams) req.url = `${pathname}?${query}`;
      if (autoLoginUser) {
        await signInAutomatically({
          provider,
          req,
          query,
          users: options.users,
          defaultUser: autoLoginUser,
          sessionTtlSeconds: options.refreshTokenTtlSeconds,
        });
      }
    }
    await callback(req, res);
  }

  return {
    endpoints: identityEndpoints(issuer),
    publicJwks: keys.publicJwks,
    handle(req, res) {
      dispatch(req, res).catch((error: unknown) => {
        if (debug)
          console.error('[identity] request failed:', error instanceof Error ? error.message : error);
        if (res.headersSent) {
          res.destroy();
          return;
        }
        res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        res.end(
          JSON.stringify({ error: 'server_error', error_description: 'unexpected error in the emulator' }),
        );
      });
    },
    verifyAccessToken: (token) => verifier.verify(token),
    revokeAccessTokens: () => verifier.revokeAll(),
    async revokeRefreshTokens(clientId) {
      for (const [id, payload] of store.list('RefreshToken')) {
        if (clientId === undefined || payload.clientId === clientId) store.delete('RefreshToken', id);
      }
    },
    async revokeRefreshToken(refreshToken) {
      // Opaque refresh tokens are stored under their own value.
      if (!store.get('RefreshToken', refreshToken)) return false;
      return store.delete('RefreshToken', refreshToken);
    },
  };
}

/** Throws for options an identity cannot start with; done before anything slow starts. */
export function checkIdentityOptions(options: IdentityOptions): {
  issuer: string;
  autoLoginUser: DemoUser | undefined;
} {
  const issuer = checkIssuer(options.issuer);
  checkSeconds('accessTokenTtlSeconds', options.accessTokenTtlSeconds);
  checkSeconds('refreshTokenTtlSeconds', options.refreshTokenTtlSeconds);
  return { issuer, autoLoginUser: resolveAutoLogin(options.autoLogin, options.users) };
}

function checkIssuer(issuer: string): string {
  const url = URL.parse(issuer);
  if (
    !url ||
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    issuer.endsWith('/') ||
    url.search ||
    url.hash
  ) {
    throw new TypeError(`issuer must be an http(s) base URL without a trailing slash, got "${issuer}"`);
  }
  return issuer;
}

function checkSeconds(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1)
    throw new RangeError(`${name} must be a positive whole number of seconds`);
}

function resolveAutoLogin(autoLogin: boolean | string, users: readonly DemoUser[]): DemoUser | undefined {
  if (autoLogin === false) return undefined;
  const user = autoLogin === true ? users[0] : findUser(users, autoLogin);
  if (!user) {
    throw new Error(
      autoLogin === true
        ? 'autoLogin needs at least one demo user'
        : `autoLogin: no demo user with id or email "${autoLogin}"`,
    );
  }
  return user;
}
