import {
  type AccessToken,
  type GetTokenOptions,
  type InvalidateOptions,
  parseScope,
  type TokenProvider,
} from './access-token.js';
import { type ProviderOptions, resolveProviderOptions } from './provider-options.js';
import { redactWith } from './redact.js';
import type { ClientSecret } from './token-endpoint.js';
import { requestToken } from './token-endpoint.js';
import { TokenManager } from './token-manager.js';
import { computeExpiresAt, createTokenSet } from './token-set.js';
import { tokenStoreKey } from './token-store.js';

export const DEFAULT_CLIENT_CREDENTIALS_SCOPE = 'supply.domain';

export interface ClientCredentialsOptions extends ProviderOptions {
  /**
   * Default `NEXAR_CLIENT_SECRET`. A function is called for every token request, so a rotated secret
   * is picked up without a restart (tokens already issued stay valid until they expire).
   */
  clientSecret?: ClientSecret;
  /** Default `supply.domain`. */
  scope?: string | readonly string[];
  /** How the secret is sent: in the form body (default, as Nexar's examples do) or as HTTP Basic. */
  authMethod?: 'client_secret_post' | 'client_secret_basic';
}

export interface ClientCredentialsProvider extends TokenProvider {
  readonly clientId: string;
  readonly scope: readonly string[];
  readonly tokenUrl: string;
}

/**
 * Machine-to-machine tokens (Nexar's supply scope): one token request, cached and renewed before it
 * expires; there is no refresh token in this grant, so renewing means asking again.
 */
export function clientCredentials(options: ClientCredentialsOptions = {}): ClientCredentialsProvider {
  const resolved = resolveProviderOptions(options, {
    secret: options.clientSecret,
    authMethod: options.authMethod ?? 'client_secret_post',
    needsSecret: true,
  });
  const scope = parseScope(options.scope ?? DEFAULT_CLIENT_CREDENTIALS_SCOPE);
  const manager = new TokenManager({
    key: tokenStoreKey({ issuer: resolved.endpoints.issuer, clientId: resolved.clientId, scope }),
    store: resolved.store,
    now: resolved.now,
    random: resolved.random,
    refreshSkewSeconds: resolved.refreshSkewSeconds,
    emit: resolved.emit,
    fetchTokens: async ({ hasValidToken }) => {
      const endpoint = hasValidToken ? resolved.singleAttemptEndpoint : resolved.endpoint;
      const response = await requestToken(endpoint, { type: 'client_credentials', scope });
      return createTokenSet({
        accessToken: response.accessToken,
        expiresAt: computeExpiresAt(response.expiresIn, response.accessToken, response.receivedAt),
        issuedAt: response.receivedAt,
        scope: response.scope === undefined ? scope : parseScope(response.scope),
      });
    },
  });

  const provider: ClientCredentialsProvider = {
    clientId: resolved.clientId,
    scope: Object.freeze([...scope]),
    tokenUrl: resolved.endpoints.tokenUrl,
    getToken: (getOptions?: GetTokenOptions): Promise<AccessToken> => manager.getToken(getOptions),
    invalidate: (accessToken: string, invalidateOptions?: InvalidateOptions) =>
      manager.invalidate(accessToken, invalidateOptions),
  };
  return Object.freeze(
    redactWith(provider, 'ClientCredentialsProvider', () => ({
      clientId: provider.clientId,
      scope: provider.scope,
      tokenUrl: provider.tokenUrl,
    })),
  );
}
