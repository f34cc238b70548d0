export {
  type AccessToken,
  createAccessToken,
  type GetTokenOptions,
  type InvalidateOptions,
  parseScope,
  type TokenProvider,
} from './access-token.js';
export type { AuthEvent, AuthEventListener, LoginStep } from './auth-event.js';
export { authFetch } from './auth-fetch.js';
export {
  type AuthorizationCodeOptions,
  type AuthorizationCodeProvider,
  authorizationCode,
  type CreateAuthorizationRequestOptions,
  DEFAULT_AUTHORIZATION_CODE_SCOPE,
  DEFAULT_REDIRECT_URI,
  type PendingAuthorization,
} from './authorization-code.js';
export {
  type ClientCredentialsOptions,
  type ClientCredentialsProvider,
  clientCredentials,
  DEFAULT_CLIENT_CREDENTIALS_SCOPE,
} from './client-credentials.js';
export { DEFAULT_CLOCK_TOLERANCE_SECONDS } from './clock-skew.js';
export {
  DEFAULT_API_URL,
  DEFAULT_IDENTITY_URL,
  ENVIRONMENT_VARIABLES,
  type EnvironmentSource,
  type IdentityEndpoints,
  type NexarEnvironment,
  type ProxyEnvironment,
  readNexarEnvironment,
  readProxyEnvironment,
  resolveIdentityEndpoints,
} from './environment.js';
export { NexarAuthError, type NexarAuthErrorCode, type NexarAuthErrorOptions } from './errors.js';
export { networkHint } from './network-hint.js';
export { DEFAULT_REFRESH_SKEW_SECONDS, type ProviderOptions } from './provider-options.js';
export type { RandomBytes } from './random.js';
export type { RateLimitBehaviour } from './rate-limit-memory.js';
export { scrubSecrets } from './redact.js';
export { parseRetryAfter, type RetryDecision, type RetryOptions, retryWithBackoff } from './retry.js';
export { raceAbort, sleep } from './sleep.js';
export { type StaticTokenOptions, staticToken } from './static-token.js';
export {
  type ClientAuthMethod,
  type ClientSecret,
  DEFAULT_REQUEST_TIMEOUT_MS,
  DEFAULT_RETRY_POLICY,
  type RetryPolicy,
} from './token-endpoint.js';
export type { TokenRequestGate, TokenRequestTicket } from './token-request-gate.js';
export type { TokenStoreSetOptions } from './token-store.js';
export { MemoryTokenStore, type TokenStore, tokenStoreKey } from './token-store.js';
