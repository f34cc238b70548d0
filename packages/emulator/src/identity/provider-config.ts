import type { JWK } from 'jose';
import type {
  Configuration,
  interactionPolicy as InteractionPolicy,
  errors as OidcErrors,
} from 'oidc-provider';
import type { ApplicationRegistry } from '../applications.js';
import type { DemoUser } from '../users.js';
import { demoAccounts, SCOPE_CLAIMS } from './accounts.js';
import { apiResourceServerInfo, NEXAR_API_RESOURCE } from './api-resource.js';
import { clientMetadata } from './clients.js';
import { implicitConsent } from './grant-policy.js';
import { isLoopbackOrigin } from './loopback.js';
import type { MemoryStore } from './memory-adapter.js';
import { errorPage, logoutPage, signedOutPage } from './pages.js';
import { IDENTITY_PATHS } from './paths.js';
import { SUPPORTED_SCOPES } from './scopes.js';

export interface ProviderConfigOptions {
  issuer: string;
  applications: ApplicationRegistry;
  users: readonly DemoUser[];
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  store: MemoryStore;
  privateJwks: { keys: JWK[] };
  errors: typeof OidcErrors;
  interactionPolicy: typeof InteractionPolicy;
}

/** Short-lived artefacts of the login flow. */
const AUTHORIZATION_CODE_TTL_SECONDS = 60;
const INTERACTION_TTL_SECONDS = 60 * 60;
const ID_TOKEN_TTL_SECONDS = 60 * 60;

/** oidc-provider configured like identity.nexar.com (see the package README for the behaviour). */
export function providerConfiguration(options: ProviderConfigOptions): Configuration {
  const { issuer, applications, errors } = options;
  return {
    adapter: options.store.adapterFactory,
    jwks: options.privateJwks as Configuration['jwks'],
    clients: applications.all().map(clientMetadata),
    clientAuthMethods: ['client_secret_post', 'client_secret_basic', 'none'],
    responseTypes: ['code'],
    scopes: [...SUPPORTED_SCOPES],
    claims: SCOPE_CLAIMS,
    findAccount: demoAccounts(options.users),
    pkce: { required: () => true },
    allowOmittingSingleRegisteredRedirectUri: false,
    routes: {
      authorization: IDENTITY_PATHS.authorization,
      token: IDENTITY_PATHS.token,
      jwks: IDENTITY_PATHS.jwks,
      revocation: IDENTITY_PATHS.revocation,
      end_session: IDENTITY_PATHS.endSession,
    },
    // Userinfo is served by the emulator itself (see userinfo.ts), so only discovery needs to name it.
    discovery: { userinfo_endpoint: `${issuer}${IDENTITY_PATHS.userinfo}` },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      revocation: {
        enabled: true,
        allowedPolicy: (_ctx, client, token) => token.clientId === client.clientId,
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: (_ctx, _client, oneOf) => oneOf ?? NEXAR_API_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: apiResourceServerInfo({
          applications,
          accessTokenTtlSeconds: options.accessTokenTtlSeconds,
          errors,
        }),
      },
      userinfo: { enabled: false },
      dPoP: { enabled: false },
      pushedAuthorizationRequests: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.type = 'html';
          ctx.body = logoutPage(form, ctx.host);
        },
        postLogoutSuccessSource: (ctx) => {
          ctx.type = 'html';
          ctx.body = signedOutPage();
        },
      },
    },
    ttl: {
      AccessToken: options.accessTokenTtlSeconds,
      ClientCredentials: options.accessTokenTtlSeconds,
      RefreshToken: options.refreshTokenTtlSeconds,
      Grant: options.refreshTokenTtlSeconds,
      Session: options.refreshTokenTtlSeconds,
      AuthorizationCode: AUTHORIZATION_CODE_TTL_SECONDS,
      Interaction: INTERACTION_TTL_SECONDS,
      IdToken: ID_TOKEN_TTL_SECONDS,
    },
    rotateRefreshToken: true,
    loadExistingGrant: implicitConsent(applications),
    interactions: {
      url: (_ctx, interaction) => `${IDENTITY_PATHS.interaction}/${interaction.uid}`,
      policy: firstPartyPolicy(options.interactionPolicy),
    },
    clientBasedCORS: (_ctx, origin) => isLoopbackOrigin(origin),
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = errorPage(out.error, out.error_description);
    },
  };
}

/**
 * The default login and consent prompts, except that consent never needs a page: the emulator's apps are
 * first-party and consent is implied (see grant-policy.ts), even when `prompt=consent` is sent.
 */
function firstPartyPolicy(policy: typeof InteractionPolicy): InteractionPolicy.DefaultPolicy {
  const prompts = policy.base();
  const consent = prompts.get('consent');
  consent?.checks.remove('consent_prompt');
  consent?.checks.remove('native_client_prompt');
  return prompts;
}
