import type * as oauth from 'oauth4webapi';
import { type AuthEventListener, eventEmitter } from './auth-event.js';
import { DEFAULT_CLOCK_TOLERANCE_SECONDS } from './clock-skew.js';
import {
  type EnvironmentSource,
  type IdentityEndpoints,
  readNexarEnvironment,
  resolveIdentityEndpoints,
} from './environment.js';
import { NexarAuthError } from './errors.js';
import { type RateLimitBehaviour, RateLimitMemory } from './rate-limit-memory.js';
import {
  type ClientAuthMethod,
  type ClientSecret,
  DEFAULT_REQUEST_TIMEOUT_MS,
  DEFAULT_RETRY_POLICY,
  type RetryPolicy,
  type TokenEndpoint,
} from './token-endpoint.js';
import type { TokenRequestGate } from './token-request-gate.js';
import { MemoryTokenStore, type TokenStore } from './token-store.js';
import { withEntryExpiry } from './token-store-expiry.js';

/** Options both grants take. Every one has a default; environment variables only fill in what is not given. */
export interface ProviderOptions {
  /** Default `NEXAR_CLIENT_ID`. */
  clientId?: string;
  /** Identity server base URL (the issuer). Default `NEXAR_IDENTITY_URL`, else https://identity.nexar.com. */
  identityUrl?: string;
  /** Default `<identityUrl>/connect/token`. */
  tokenUrl?: string;
  /** Expected `iss` of ID tokens and authorization responses. Default: the identity URL. */
  issuer?: string;
  /** Default: the global fetch. */
  fetch?: typeof globalThis.fetch;
  /** Default: a `MemoryTokenStore` of this provider's own. */
  store?: TokenStore;
  /** Renew this many seconds before expiry (default 300), at most a quarter of the token's lifetime. */
  refreshSkewSeconds?: number;
  /** Per HTTP request to the token endpoint (default 15 s). */
  requestTimeoutMs?: number;
  /**
   * Retries of one token request on 429, 5xx, network errors and timeouts. `maxElapsedMs` (default
   * 30 s) bounds the whole token request, attempts included.
   */
  retry?: Partial<RetryPolicy>;
  /** Allows plain http. Default: only for loopback hosts (localhost, 127.0.0.1, [::1]), e.g. the emulator. */
  allowInsecureRequests?: boolean;
  /** Epoch milliseconds (default `Date.now`). */
  now?: () => number;
  /** Uniform in [0, 1) for backoff jitter (default `Math.random`). */
  random?: () => number;
  /** Where defaults are read from (default `process.env` where there is one). */
  env?: EnvironmentSource;
  /**
   * Waited on before every request to the token endpoint. Share one across a fleet (e.g. from
   * `@nexar/redis`) to keep all processes together within the identity server's rate limits.
   */
  tokenRequestGate?: TokenRequestGate;
  /**
   * After the token endpoint answered 429, until its Retry-After passes: `'fail'` (default) rejects
   * token requests at once with a `rate_limited` error; `'wait'` waits for the time to pass.
   */
  whenRateLimited?: RateLimitBehaviour;
  /** How far an ID token's times may be from `now()`, in seconds (default 300). */
  clockToleranceSeconds?: number;
  /** Told what the provider does (tokens served, renewals failed, 429s, lock waits, login steps); never given a token. */
  onEvent?: AuthEventListener;
}

export const DEFAULT_REFRESH_SKEW_SECONDS = 300;

export interface ResolvedProvider {
  clientId: string;
  endpoints: IdentityEndpoints;
  store: TokenStore;
  now: () => number;
  random: () => number;
  refreshSkewSeconds: number;
  endpoint: TokenEndpoint;
  /** The same endpoint with a single attempt, for renewals while a valid token exists. */
  singleAttemptEndpoint: TokenEndpoint;
  emit: AuthEventListener;
}

export function resolveProviderOptions(
  options: ProviderOptions & { authorizeUrl?: string; revocationUrl?: string },
  client: {
    secret: ClientSecret | undefined;
    authMethod: ClientAuthMethod | undefined;
    needsSecret: boolean;
  },
): ResolvedProvider {
  const environment = readNexarEnvironment(options.env);
  const clientId = options.clientId ?? environment.clientId;
  const secret = client.secret ?? (client.authMethod === 'none' ? undefined : environment.clientSecret);
  const authMethod: ClientAuthMethod = client.authMethod ?? (secret ? 'client_secret_post' : 'none');
  const missing = [
    clientId ? undefined : 'NEXAR_CLIENT_ID (or the clientId option)',
    secret || !client.needsSecret ? undefined : 'NEXAR_CLIENT_SECRET (or the clientSecret option)',
  ].filter(Boolean);
  if (!clientId || missing.length > 0) {
    throw new NexarAuthError(
      'missing_credentials',
      `No Nexar app credentials: set ${missing.join(' and ')}.`,
    );
  }
  const endpoints = resolveIdentityEndpoints(options, environment);
  const allowInsecureRequests =
    options.allowInsecureRequests ?? [endpoints.tokenUrl, endpoints.authorizeUrl].every(isLoopbackOrHttps);
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const as: oauth.AuthorizationServer = {
    issuer: endpoints.issuer,
    token_endpoint: endpoints.tokenUrl,
    authorization_endpoint: endpoints.authorizeUrl,
    revocation_endpoint: endpoints.revocationUrl,
  };
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const emit = eventEmitter(options.onEvent);
  const endpoint: TokenEndpoint = {
    as,
    client: { client_id: clientId },
    clientSecret: authMethod === 'none' ? undefined : secret,
    authMethod,
    fetch: fetchImpl,
    allowInsecureRequests,
    requestTimeoutMs: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    now,
    random,
    ...(options.tokenRequestGate ? { tokenRequestGate: options.tokenRequestGate } : {}),
    rateLimit: new RateLimitMemory({ now, behaviour: options.whenRateLimited ?? 'fail', emit }),
    clockToleranceSeconds: options.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS,
  };
  return {
    clientId,
    endpoints,
    store: withEntryExpiry(options.store ?? new MemoryTokenStore()),
    now,
    random,
    refreshSkewSeconds: options.refreshSkewSeconds ?? DEFAULT_REFRESH_SKEW_SECONDS,
    endpoint,
    singleAttemptEndpoint: { ...endpoint, retry: { ...endpoint.retry, maxAttempts: 1 } },
    emit,
  };
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function isLoopbackOrHttps(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || LOOPBACK_HOSTS.has(parsed.hostname);
  } catch {
    return false;
  }
}
