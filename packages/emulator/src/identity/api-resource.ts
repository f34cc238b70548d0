import type { KoaContextWithOIDC, errors as OidcErrors, ResourceServer } from 'oidc-provider';
import type { ApplicationRegistry } from '../applications.js';
import { codeFlowScopes, parseScope, refuseClientCredentialsScopes } from './scopes.js';
import { SIGNING_ALGORITHM } from './signing-keys.js';

/**
 * The Nexar API as an OAuth resource server: the audience of every access token. Tokens are issued for it
 * when a request names no `resource`, so clients never need to send one.
 */
export const NEXAR_API_RESOURCE = 'https://api.nexar.com';

export interface ApiResourceOptions {
  applications: ApplicationRegistry;
  accessTokenTtlSeconds: number;
  errors: typeof OidcErrors;
}

type GetResourceServerInfo = (
  ctx: KoaContextWithOIDC,
  resource: string,
  client: { clientId: string },
) => Promise<ResourceServer>;

/**
 * oidc-provider's `getResourceServerInfo`: JWT access tokens for the API, with the scopes the application
 * may hold. It runs right after client authentication and before scope validation at the token endpoint, so
 * Nexar's client-credentials rule (`supply.domain` only, and only for apps created with it) is applied here;
 * a client-credentials request without `scope` gets `supply.domain`, as identity.nexar.com grants it.
 */
export function apiResourceServerInfo(options: ApiResourceOptions): GetResourceServerInfo {
  const { applications, accessTokenTtlSeconds, errors } = options;
  const tokenFormat = {
    audience: NEXAR_API_RESOURCE,
    accessTokenFormat: 'jwt',
    accessTokenTTL: accessTokenTtlSeconds,
    jwt: { sign: { alg: SIGNING_ALGORITHM } },
  } as const;

  return async (ctx, resource, client) => {
    if (resource !== NEXAR_API_RESOURCE) {
      throw new errors.InvalidTarget(`unknown resource; this server issues tokens for ${NEXAR_API_RESOURCE}`);
    }
    const app = applications.byClientId(client.clientId);
    if (!app) throw new errors.InvalidClient('client not found');

    const params = ctx.oidc.params as { grant_type?: unknown; scope?: unknown } | undefined;
    if (ctx.oidc.route === 'token' && params?.grant_type === 'client_credentials') {
      if (typeof params.scope !== 'string' || params.scope === '') params.scope = 'supply.domain';
      const refusal = refuseClientCredentialsScopes(app, parseScope(params.scope as string));
      if (refusal) throw new errors.InvalidScope(refusal.description, refusal.scope);
      return { ...tokenFormat, scope: 'supply.domain' };
    }
    return { ...tokenFormat, scope: [...codeFlowScopes(app)].join(' ') };
  };
}
