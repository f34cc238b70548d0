export { AccessTokenError, type AccessTokenErrorCode } from './access-token-error.js';
export type { AccessTokenClaims } from './access-tokens.js';
export { NEXAR_API_RESOURCE } from './api-resource.js';
export { DEFAULT_REDIRECT_URI } from './clients.js';
export { createIdentity } from './identity.js';
export type { Identity, IdentityOptions } from './identity-options.js';
export { IDENTITY_PATHS, type IdentityEndpoints, identityEndpoints } from './paths.js';
export { SUPPORTED_SCOPES } from './scopes.js';
export { type StartingIdentity, startIdentity } from './starting-identity.js';
