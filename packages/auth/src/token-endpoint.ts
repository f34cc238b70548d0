import * as oauth from 'oauth4webapi';
import { checkIdTokenClock, clockSkewError, oauthClockOptions } from './clock-skew.js';
import { NexarAuthError } from './errors.js';
import { networkHint } from './network-hint.js';
import type { RateLimitMemory } from './rate-limit-memory.js';
import { scrubSecrets } from './redact.js';
import { parseRetryAfter, retryWithBackoff } from './retry.js';
import { sleep as abortableSleep, abortReason } from './sleep.js';
import type { TokenRequestGate } from './token-request-gate.js';

export type ClientAuthMethod = 'client_secret_post' | 'client_secret_basic' | 'none';

/** A secret, or a function returning the current one (picked up on every token request: rotation without restart). */
export type ClientSecret = string | (() => string | Promise<string>);

export interface RetryPolicy {
  /** Attempts per token request, the first included (default 4). */
  maxAttempts: number;
  /** Time budget per token request, waits included (default 30 s). */
  maxElapsedMs: number;
  /** Default 250 ms. */
  baseDelayMs: number;
  /** Default 5 s. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  maxElapsedMs: 30_000,
  baseDelayMs: 250,
  maxDelayMs: 5_000,
};

export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;

/** Everything needed to talk to one token endpoint as one client. */
export interface TokenEndpoint {
  readonly as: oauth.AuthorizationServer;
  readonly client: oauth.Client;
  readonly clientSecret: ClientSecret | undefined;
  readonly authMethod: ClientAuthMethod;
  readonly fetch: typeof globalThis.fetch;
  readonly allowInsecureRequests: boolean;
  readonly requestTimeoutMs: number;
  readonly retry: RetryPolicy;
  readonly now: () => number;
  readonly random: () => number;
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Waited on before every HTTP request (see `ProviderOptions.tokenRequestGate`). */
  readonly tokenRequestGate?: TokenRequestGate;
  /** The last 429 of this provider's token endpoint, shared by all its requests. */
  readonly rateLimit?: RateLimitMemory;
  /** How far an ID token's times may be from `now()` (seconds). */
  readonly clockToleranceSeconds?: number;
}

/** Marks a failure of the fetch call itself, as opposed to one while building or reading. */
class TransportError extends Error {
  constructor(cause: unknown) {
    super('transport failure', { cause });
  }
}

export type Grant =
  | { type: 'client_credentials'; scope: readonly string[] }
  | { type: 'refresh_token'; refreshToken: string }
  | {
      type: 'authorization_code';
      /** Output of `oauth.validateAuthResponse`. */
      callbackParameters: URLSearchParams;
      redirectUri: string;
      codeVerifier: string;
      expectedNonce: string | undefined;
    };

export interface TokenResponse {
  accessToken: string;
  expiresIn: number | undefined;
  refreshToken: string | undefined;
  scope: string | undefined;
  /** `now()` when the answer arrived. */
  receivedAt: number;
}

/**
 * One token request with retries: 429 (honouring Retry-After), 5xx, network errors and timeouts are
 * retried with jittered backoff; OAuth errors (`invalid_client`, `invalid_grant`, ...) are not. Each
 * HTTP request is limited to `requestTimeoutMs` and the whole, retries included, to
 * `retry.maxElapsedMs` (real time): a hanging token endpoint fails with a `timeout` NexarAuthError that
 * names it, never later.
 */
export async function requestToken(
  endpoint: TokenEndpoint,
  grant: Grant,
  signal?: AbortSignal,
): Promise<TokenResponse> {
  await endpoint.rateLimit?.waitTurn(endpoint.as.token_endpoint ?? '', signal);
  const started = performance.now();
  const deadline = started + endpoint.retry.maxElapsedMs;
  let attempts = 0;
  const attempt = () => {
    attempts += 1;
    const limitMs = Math.max(1, Math.ceil(Math.min(endpoint.requestTimeoutMs, deadline - performance.now())));
    return requestOnce(endpoint, grant, limitMs, signal);
  };
  try {
    return await retryLoop(endpoint, attempt, deadline, signal);
  } catch (error) {
    if (!(error instanceof NexarAuthError && error.code === 'timeout')) throw error;
    const url = endpoint.as.token_endpoint ?? '';
    const elapsed = Math.round(performance.now() - started);
    throw new NexarAuthError(
      'timeout',
      `The token endpoint ${url} did not answer: ${attempts} attempt${attempts === 1 ? '' : 's'} in ${elapsed} ms ` +
        `(each limited to requestTimeoutMs, ${endpoint.requestTimeoutMs} ms; all to retry.maxElapsedMs, ${endpoint.retry.maxElapsedMs} ms).`,
      {
        hint: 'No request reached the Nexar API. Check the network and the identity URL (NEXAR_IDENTITY_URL); if the identity server is only slow, raise the token provider’s requestTimeoutMs or retry.maxElapsedMs.',
      },
    );
  }
}

function retryLoop(
  endpoint: TokenEndpoint,
  attempt: () => Promise<TokenResponse>,
  deadline: number,
  signal: AbortSignal | undefined,
): Promise<TokenResponse> {
  return retryWithBackoff(attempt, {
    ...endpoint.retry,
    shouldRetry: (error) =>
      error instanceof NexarAuthError && error.retryable && performance.now() < deadline
        ? error.retryAfterMs === undefined || { retryAfterMs: error.retryAfterMs }
        : false,
    now: endpoint.now,
    random: endpoint.random,
    sleep: endpoint.sleep ?? abortableSleep,
    ...(signal === undefined ? {} : { signal }),
  });
}

async function requestOnce(
  endpoint: TokenEndpoint,
  grant: Grant,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<TokenResponse> {
  await waitAtGate(endpoint, signal);
  const secret = await resolveSecret(endpoint.clientSecret);
  const timeout = AbortSignal.timeout(timeoutMs);
  const requestSignal = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const options = {
    signal: requestSignal,
    [oauth.customFetch]: async (input: string, init: RequestInit) => {
      try {
        return await endpoint.fetch(input, init);
      } catch (error) {
        throw new TransportError(error);
      }
    },
    [oauth.allowInsecureRequests]: endpoint.allowInsecureRequests,
  };
  const url = endpoint.as.token_endpoint ?? '';
  const failed = (error: unknown): never => {
    if (signal?.aborted) throw abortReason(signal);
    if (timeout.aborted) {
      throw new NexarAuthError('timeout', `The token endpoint ${url} did not answer within ${timeoutMs} ms.`);
    }
    if (error instanceof NexarAuthError) throw error;
    if (error instanceof TransportError) {
      throw new NexarAuthError(
        'network_error',
        `The token endpoint ${url} could not be reached (${describe(error.cause)}).`,
        {
          cause: error.cause,
          ...networkHintOption(error.cause),
        },
      );
    }
    // oauth4webapi refused to build the request (e.g. plain http to a non-loopback host).
    throw new NexarAuthError(
      'configuration_error',
      `The token request could not be made: ${describe(error)}.`,
    );
  };

  try {
    const auth = clientAuth(endpoint.authMethod, secret);
    const { as, client } = endpoint;
    let response: Response;
    switch (grant.type) {
      case 'client_credentials':
        response = await oauth.clientCredentialsGrantRequest(
          as,
          client,
          auth,
          { scope: grant.scope.join(' ') },
          options,
        );
        break;
      case 'refresh_token':
        response = await oauth.refreshTokenGrantRequest(as, client, auth, grant.refreshToken, options);
        break;
      case 'authorization_code':
        response = await oauth.authorizationCodeGrantRequest(
          as,
          client,
          auth,
          grant.callbackParameters,
          grant.redirectUri,
          grant.codeVerifier,
          options,
        );
        break;
    }
    const receivedAt = endpoint.now();
    if (response.status !== 200) {
      const refused = await errorFromResponse(response, receivedAt, [secret]);
      if (response.status === 429) endpoint.rateLimit?.remember(refused.retryAfterMs);
      throw refused;
    }
    return await readSuccess(endpoint, grant, response, receivedAt);
  } catch (error) {
    return failed(error);
  }
}

async function readSuccess(
  endpoint: TokenEndpoint,
  grant: Grant,
  response: Response,
  receivedAt: number,
): Promise<TokenResponse> {
  const { as, client } = endpoint;
  let body: oauth.TokenEndpointResponse;
  try {
    switch (grant.type) {
      case 'client_credentials':
        body = await oauth.processClientCredentialsResponse(as, client, response);
        break;
      case 'refresh_token':
        body = await oauth.processRefreshTokenResponse(as, client, response);
        break;
      case 'authorization_code': {
        // The ID token's times are checked against the provider's clock, within the tolerance.
        const clocked = { ...client, ...oauthClockOptions(endpoint.now(), endpoint.clockToleranceSeconds) };
        body = await oauth.processAuthorizationCodeResponse(as, clocked, response, {
          expectedNonce: grant.expectedNonce ?? oauth.expectNoNonce,
          requireIdToken: grant.expectedNonce !== undefined,
        });
        checkIdTokenClock(body, endpoint.now(), endpoint.clockToleranceSeconds);
        break;
      }
    }
  } catch (error) {
    if (error instanceof NexarAuthError) throw error;
    const skew = clockSkewError(error, endpoint.now());
    if (skew) throw skew;
    if (error instanceof oauth.OperationProcessingError && error.code === oauth.RESPONSE_IS_NOT_JSON) {
      throw notJson(response);
    }
    // oauth4webapi's messages name the failed check; its `cause` may hold the token response, so it is dropped.
    throw new NexarAuthError('invalid_response', `The token response was rejected: ${describe(error)}.`, {
      status: response.status,
    });
  }
  if (body.token_type !== 'bearer') {
    throw new NexarAuthError(
      'invalid_response',
      `The token endpoint issued a "${body.token_type}" token, not Bearer.`,
    );
  }
  return {
    accessToken: body.access_token,
    expiresIn: body.expires_in,
    refreshToken: body.refresh_token,
    scope: body.scope,
    receivedAt,
  };
}

/** Turns a non-200 answer into an error: the OAuth error body when there is one, else status and content type. */
async function errorFromResponse(
  response: Response,
  now: number,
  secrets: readonly (string | undefined)[],
): Promise<NexarAuthError> {
  const status = response.status;
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now);
  const common = { status, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
  let body: unknown;
  if (isJson(response)) {
    body = await response.json().catch(() => undefined);
  } else {
    await response.body?.cancel().catch(() => undefined);
  }
  if (body && typeof body === 'object' && typeof (body as { error?: unknown }).error === 'string') {
    const { error, error_description: description } = body as { error: string; error_description?: unknown };
    const detail =
      typeof description === 'string' && description ? `: ${scrubSecrets(description, secrets)}` : '';
    const code = status === 429 ? 'rate_limited' : error;
    return new NexarAuthError(
      code,
      `The token endpoint refused the request (HTTP ${status} ${error}${detail}).`,
      common,
    );
  }
  if (status === 429) {
    return new NexarAuthError(
      'rate_limited',
      'The token endpoint is rate limiting this app (HTTP 429).',
      common,
    );
  }
  if (!isJson(response)) return notJson(response, common);
  const code = status >= 500 ? 'server_error' : 'invalid_response';
  return new NexarAuthError(
    code,
    `The token endpoint answered HTTP ${status} without an OAuth error.`,
    common,
  );
}

function notJson(
  response: Response,
  options: { status: number; retryAfterMs?: number } = { status: response.status },
) {
  const contentType = response.headers.get('content-type') || 'no content type';
  const code = response.status >= 500 ? 'server_error' : 'invalid_response';
  return new NexarAuthError(
    code,
    `The token endpoint answered HTTP ${response.status} with ${contentType} instead of JSON.`,
    options,
  );
}

function isJson(response: Response): boolean {
  const type = response.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || type.endsWith('+json');
}

async function waitAtGate(endpoint: TokenEndpoint, signal: AbortSignal | undefined): Promise<void> {
  const gate = endpoint.tokenRequestGate;
  if (!gate) return;
  const ticket = { clientId: endpoint.client.client_id, tokenUrl: endpoint.as.token_endpoint ?? '' };
  await gate.wait(signal ? { ...ticket, signal } : ticket);
}

/** oauth4webapi's client authentication for `method`; a missing secret is `missing_credentials`. */
export function clientAuth(method: ClientAuthMethod, secret: string | undefined): oauth.ClientAuth {
  if (method === 'none') return oauth.None();
  if (!secret) {
    throw new NexarAuthError('missing_credentials', 'This client needs a client secret, and none was given.');
  }
  return method === 'client_secret_basic' ? oauth.ClientSecretBasic(secret) : oauth.ClientSecretPost(secret);
}

export async function resolveSecret(secret: ClientSecret | undefined): Promise<string | undefined> {
  return typeof secret === 'function' ? await secret() : secret;
}

function networkHintOption(cause: unknown): { hint?: string } {
  const hint = networkHint(cause);
  return hint === undefined ? {} : { hint };
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown error';
  const cause = error.cause instanceof Error ? error.cause : undefined;
  const code = cause && 'code' in cause && typeof cause.code === 'string' ? cause.code : undefined;
  return code ? `${error.message}: ${code}` : error.message;
}
