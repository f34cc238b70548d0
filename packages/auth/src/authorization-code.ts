import * as oauth from 'oauth4webapi';
import {
  type AccessToken,
  createAccessToken,
  type GetTokenOptions,
  type InvalidateOptions,
  parseScope,
  type TokenProvider,
} from './access-token.js';
import { NexarAuthError } from './errors.js';
import { type ProviderOptions, resolveProviderOptions } from './provider-options.js';
import { type RandomBytes, randomUrlSafe, webCryptoRandomBytes } from './random.js';
import { redactWith } from './redact.js';
import { abortReason } from './sleep.js';
import {
  type ClientAuthMethod,
  type ClientSecret,
  clientAuth,
  requestToken,
  resolveSecret,
  type TokenEndpoint,
} from './token-endpoint.js';
import { TokenManager } from './token-manager.js';
import { computeExpiresAt, createTokenSet, type TokenSet } from './token-set.js';
import { tokenStoreKey } from './token-store.js';

export const DEFAULT_AUTHORIZATION_CODE_SCOPE = 'openid design.domain user.access';
/** The redirect Nexar's own examples register for desktop and CLI apps. */
export const DEFAULT_REDIRECT_URI = 'http://localhost:3000/login';

export interface AuthorizationCodeOptions extends ProviderOptions {
  /** Default `NEXAR_CLIENT_SECRET`; with neither (or `authMethod: 'none'`), a public client: PKCE alone. */
  clientSecret?: ClientSecret;
  /** Default `client_secret_post` with a secret, `none` without. */
  authMethod?: ClientAuthMethod;
  /** Default `openid design.domain user.access`; add `supply.domain`, and `offline_access` for a refresh token. */
  scope?: string | readonly string[];
  /** Default http://localhost:3000/login. */
  redirectUri?: string;
  /** Default `<identityUrl>/connect/authorize`. */
  authorizeUrl?: string;
  /** Used by `logout()` to revoke the refresh token. Default `<identityUrl>/connect/revocation`. */
  revocationUrl?: string;
  /** Extra authorization request parameters (e.g. `{ prompt: 'consent' }`). */
  authorizationParams?: Record<string, string>;
  /** Default: Web Crypto. */
  randomBytes?: RandomBytes;
}

/** What to keep between sending the user away and the callback (e.g. in the web session). */
export interface PendingAuthorization {
  /** Send the user's browser here. */
  readonly url: string;
  readonly state: string;
  readonly codeVerifier: string;
  /** Present when `openid` is asked for. */
  readonly nonce?: string;
  readonly redirectUri: string;
}

export interface CreateAuthorizationRequestOptions {
  /** Overrides the provider's redirect URI (e.g. the port a loopback server got). */
  redirectUri?: string;
  /** Extra parameters for this request only. */
  params?: Record<string, string>;
}

export interface AuthorizationCodeProvider extends TokenProvider {
  readonly clientId: string;
  readonly scope: readonly string[];
  readonly redirectUri: string;
  readonly authorizeUrl: string;
  readonly tokenUrl: string;
  /** Step 1: the URL to send the user to, and what `completeAuthorization` will need. */
  createAuthorizationRequest(options?: CreateAuthorizationRequestOptions): Promise<PendingAuthorization>;
  /** Step 2: checks the callback (state, issuer, errors), exchanges the code and stores the tokens. */
  completeAuthorization(
    callbackUrl: string | URL | URLSearchParams,
    pending: PendingAuthorization,
    options?: { signal?: AbortSignal },
  ): Promise<AccessToken>;
  /** True when tokens are stored that can still give an access token without a new login. */
  hasSession(): Promise<boolean>;
  /** Forgets the tokens (and, unless `revoke: false`, asks the server to revoke the refresh token). */
  logout(options?: { revoke?: boolean; signal?: AbortSignal }): Promise<void>;
}

/**
 * User login with authorization code + PKCE (S256): for design data, and everything a user may see.
 * With `offline_access`, `getToken()` refreshes silently and stores rotated refresh tokens.
 */
export function authorizationCode(options: AuthorizationCodeOptions = {}): AuthorizationCodeProvider {
  const resolved = resolveProviderOptions(options, {
    secret: options.clientSecret,
    authMethod: options.authMethod,
    needsSecret: false,
  });
  const scope = parseScope(options.scope ?? DEFAULT_AUTHORIZATION_CODE_SCOPE);
  const redirectUri = options.redirectUri ?? DEFAULT_REDIRECT_URI;
  const randomBytes = options.randomBytes ?? webCryptoRandomBytes;
  const { as, client } = resolved.endpoint;

  const toTokenSet = (
    response: Awaited<ReturnType<typeof requestToken>>,
    previousRefreshToken?: string,
  ): TokenSet => {
    const refreshToken = response.refreshToken ?? previousRefreshToken;
    return createTokenSet({
      accessToken: response.accessToken,
      expiresAt: computeExpiresAt(response.expiresIn, response.accessToken, response.receivedAt),
      issuedAt: response.receivedAt,
      scope: response.scope === undefined ? scope : parseScope(response.scope),
      ...(refreshToken === undefined ? {} : { refreshToken }),
    });
  };

  const manager = new TokenManager({
    key: tokenStoreKey({ issuer: resolved.endpoints.issuer, clientId: resolved.clientId, scope }),
    store: resolved.store,
    now: resolved.now,
    random: resolved.random,
    refreshSkewSeconds: resolved.refreshSkewSeconds,
    emit: resolved.emit,
    fetchTokens: async ({ current, hasValidToken, signal }) => {
      const refreshToken = current?.refreshToken;
      if (!refreshToken) {
        throw new NexarAuthError(
          'login_required',
          current
            ? 'The access token has expired and there is no refresh token (ask for offline_access to get one).'
            : 'Nobody is logged in.',
        );
      }
      const endpoint: TokenEndpoint = hasValidToken ? resolved.singleAttemptEndpoint : resolved.endpoint;
      try {
        return toTokenSet(
          await requestToken(endpoint, { type: 'refresh_token', refreshToken }, signal),
          refreshToken,
        );
      } catch (error) {
        if (error instanceof NexarAuthError && error.code === 'invalid_grant') {
          throw new NexarAuthError(
            'login_required',
            'The refresh token was refused (revoked, expired or already used), so the session has ended.',
            error.status === undefined ? {} : { status: error.status },
          );
        }
        throw error;
      }
    },
    // A refresh that ends after a logout brings a new refresh token: it is revoked, not kept.
    onDiscarded: (set) => {
      if (set.refreshToken) revoke(resolved.endpoint, set.refreshToken).catch(() => undefined);
    },
  });

  const provider: AuthorizationCodeProvider = {
    clientId: resolved.clientId,
    scope: Object.freeze([...scope]),
    redirectUri,
    authorizeUrl: resolved.endpoints.authorizeUrl,
    tokenUrl: resolved.endpoints.tokenUrl,
    getToken: (getOptions?: GetTokenOptions) => manager.getToken(getOptions),
    invalidate: (accessToken: string, invalidateOptions?: InvalidateOptions) =>
      manager.invalidate(accessToken, invalidateOptions),

    async createAuthorizationRequest(requestOptions = {}) {
      const state = randomUrlSafe(randomBytes);
      const codeVerifier = randomUrlSafe(randomBytes);
      const nonce = scope.includes('openid') ? randomUrlSafe(randomBytes) : undefined;
      const target = requestOptions.redirectUri ?? redirectUri;
      const url = new URL(resolved.endpoints.authorizeUrl);
      const params: Record<string, string> = {
        ...options.authorizationParams,
        ...requestOptions.params,
        response_type: 'code',
        client_id: resolved.clientId,
        redirect_uri: target,
        scope: scope.join(' '),
        state,
        code_challenge: await oauth.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        ...(nonce === undefined ? {} : { nonce }),
      };
      for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
      return {
        url: url.href,
        state,
        codeVerifier,
        ...(nonce === undefined ? {} : { nonce }),
        redirectUri: target,
      };
    },

    async completeAuthorization(callbackUrl, pending, completeOptions = {}) {
      const signal = completeOptions.signal;
      signal?.throwIfAborted();
      const params = callbackParameters(callbackUrl);
      if (params.get('state') !== pending.state) {
        throw new NexarAuthError(
          'state_mismatch',
          'The login callback carried a different state than the request.',
        );
      }
      const error = params.get('error');
      if (error) {
        const description = params.get('error_description');
        throw new NexarAuthError(
          error,
          `The login was not completed: ${error}${description ? ` (${description})` : ''}.`,
        );
      }
      let validated: URLSearchParams;
      try {
        validated = oauth.validateAuthResponse(as, client, params, pending.state);
      } catch (cause) {
        const detail = cause instanceof Error ? cause.message : 'invalid';
        throw new NexarAuthError('invalid_response', `The login callback was rejected: ${detail}.`);
      }
      const grant = {
        type: 'authorization_code' as const,
        callbackParameters: validated,
        redirectUri: pending.redirectUri,
        codeVerifier: pending.codeVerifier,
        expectedNonce: pending.nonce,
      };
      const set = toTokenSet(await requestToken(resolved.endpoint, grant, signal));
      if (signal?.aborted) throw abortReason(signal);
      await manager.replace(set);
      return createAccessToken(set);
    },

    async hasSession() {
      const set = await manager.peek();
      return set !== undefined && (set.refreshToken !== undefined || resolved.now() < set.expiresAt);
    },

    async logout(logoutOptions = {}) {
      const set = await manager.peek();
      await manager.clear();
      if (logoutOptions.revoke === false || !set?.refreshToken) return;
      await revoke(resolved.endpoint, set.refreshToken, logoutOptions.signal).catch(() => undefined);
    },
  };

  return Object.freeze(
    redactWith(provider, 'AuthorizationCodeProvider', () => ({
      clientId: provider.clientId,
      scope: provider.scope,
      redirectUri: provider.redirectUri,
      authorizeUrl: provider.authorizeUrl,
      tokenUrl: provider.tokenUrl,
    })),
  );
}

function callbackParameters(callback: string | URL | URLSearchParams): URLSearchParams {
  if (callback instanceof URLSearchParams) return new URLSearchParams(callback);
  const url = callback instanceof URL ? callback : new URL(callback, 'http://localhost');
  return new URLSearchParams(url.search);
}

/** Best-effort RFC 7009 revocation of a refresh token; the local logout happens whatever it answers. */
async function revoke(endpoint: TokenEndpoint, refreshToken: string, signal?: AbortSignal): Promise<void> {
  if (!endpoint.as.revocation_endpoint) return;
  const auth = clientAuth(endpoint.authMethod, await resolveSecret(endpoint.clientSecret));
  const timeout = AbortSignal.timeout(endpoint.requestTimeoutMs);
  const response = await oauth.revocationRequest(endpoint.as, endpoint.client, auth, refreshToken, {
    signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    additionalParameters: { token_type_hint: 'refresh_token' },
    [oauth.customFetch]: endpoint.fetch,
    [oauth.allowInsecureRequests]: endpoint.allowInsecureRequests,
  });
  await oauth.processRevocationResponse(response);
}
