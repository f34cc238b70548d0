import type { ClientMetadata } from 'oidc-provider';
import type { Application } from '../applications.js';
import { codeFlowScopes } from './scopes.js';

/** The redirect Nexar's examples register; any other loopback redirect is accepted too (see loopback.ts). */
export const DEFAULT_REDIRECT_URI = 'http://localhost:3000/login';

/**
 * oidc-provider client metadata for one Nexar application. Confidential apps authenticate with
 * `client_secret_post` or `client_secret_basic` (oidc-provider accepts both for either registration);
 * an app without a secret is a public client for the authorization-code flow with PKCE.
 */
export function clientMetadata(app: Application): ClientMetadata {
  const confidential = app.clientSecret !== undefined;
  return {
    client_id: app.clientId,
    ...(confidential ? { client_secret: app.clientSecret } : {}),
    client_name: app.name,
    application_type: 'web',
    token_endpoint_auth_method: confidential ? 'client_secret_post' : 'none',
    // Client credentials stay registered for every confidential app so that an app without supply.domain
    // asking for it gets Nexar's invalid_scope rather than a grant-type error.
    grant_types: confidential
      ? ['authorization_code', 'refresh_token', 'client_credentials']
      : ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    redirect_uris: [DEFAULT_REDIRECT_URI],
    post_logout_redirect_uris: [DEFAULT_REDIRECT_URI],
    scope: [...codeFlowScopes(app)].join(' '),
  };
}
