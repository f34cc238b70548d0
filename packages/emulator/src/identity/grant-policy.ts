import type { Grant, KoaContextWithOIDC } from 'oidc-provider';
import type { ApplicationRegistry } from '../applications.js';
import { NEXAR_API_RESOURCE } from './api-resource.js';
import { codeFlowScopes } from './scopes.js';

/**
 * oidc-provider's `loadExistingGrant`: the emulator's applications are first-party, so a signed-in user's
 * consent is implied. The grant covers every requested scope the application may hold, both as OpenID
 * scopes and as scopes of the API resource (so they appear in the JWT access token's `scope` claim).
 */
export function implicitConsent(applications: ApplicationRegistry) {
  return async (ctx: KoaContextWithOIDC): Promise<Grant | undefined> => {
    const { client, session, provider } = ctx.oidc;
    const accountId = ctx.oidc.account?.accountId ?? session?.accountId;
    if (!client || !session || !accountId) return undefined;
    const app = applications.byClientId(client.clientId);
    if (!app) return undefined;

    const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
    const existing = grantId ? await provider.Grant.find(grantId) : undefined;
    const grant =
      existing?.accountId === accountId
        ? existing
        : new provider.Grant({ clientId: client.clientId, accountId });

    const allowed = codeFlowScopes(app);
    const granted = [...ctx.oidc.requestParamScopes].filter((scope) => allowed.has(scope));
    if (granted.length > 0) {
      grant.addOIDCScope(granted);
      grant.addResourceScope(NEXAR_API_RESOURCE, granted);
    }
    await grant.save();
    return grant;
  };
}
