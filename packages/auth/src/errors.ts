/**
 * Codes a `NexarAuthError` carries: the OAuth `error` value the server sent (`invalid_client`,
 * `invalid_scope`, `invalid_grant`, ...) or one of the SDK's own.
 */
export type NexarAuthErrorCode =
  | 'invalid_client'
  | 'invalid_scope'
  | 'invalid_grant'
  | 'invalid_request'
  | 'unauthorized_client'
  | 'unsupported_grant_type'
  | 'access_denied'
  | 'server_error'
  | 'temporarily_unavailable'
  | 'rate_limited'
  | 'missing_credentials'
  | 'login_required'
  | 'state_mismatch'
  | 'timeout'
  | 'network_error'
  | 'invalid_response'
  | 'configuration_error'
  | 'port_busy'
  | 'clock_skew'
  | 'token_rejected'
  | (string & {});

export interface NexarAuthErrorOptions {
  status?: number;
  hint?: string;
  /** Only causes that cannot hold a secret (network errors); never a token response. */
  cause?: unknown;
  /** Milliseconds the server asked to wait (429/503 Retry-After). */
  retryAfterMs?: number;
}

/**
 * Everything that goes wrong while getting a token. The message says what happened, `hint` what to do.
 * Neither ever contains the client secret, a token or a password.
 */
export class NexarAuthError extends Error {
  override readonly name = 'NexarAuthError';
  readonly code: NexarAuthErrorCode;
  readonly status: number | undefined;
  readonly hint: string;
  readonly retryAfterMs: number | undefined;

  constructor(code: NexarAuthErrorCode, message: string, options: NexarAuthErrorOptions = {}) {
    const hint = options.hint ?? hintFor(code);
    super(hint ? `${message} ${hint}` : message, options.cause === undefined ? {} : { cause: options.cause });
    this.code = code;
    this.status = options.status;
    this.hint = hint;
    this.retryAfterMs = options.retryAfterMs;
  }

  /** True for failures worth another try: 429, 5xx, network errors and timeouts. */
  get retryable(): boolean {
    if (this.code === 'network_error' || this.code === 'timeout' || this.code === 'rate_limited') return true;
    return this.status !== undefined && (this.status === 429 || this.status >= 500);
  }
}

const HINTS: Record<string, string> = {
  invalid_client:
    'Check the client ID and secret (NEXAR_CLIENT_ID / NEXAR_CLIENT_SECRET): they are on the Authorization tab of your app at portal.nexar.com.',
  invalid_scope:
    "Ask only for scopes your app has: an app's scopes (supply, design or both) are fixed when it is created at portal.nexar.com.",
  unauthorized_client:
    'This app may not use this grant: supply apps use client credentials, design apps log in users.',
  invalid_grant: 'The code or refresh token is no longer valid: log in again.',
  login_required: 'Log in again (call login(), or start a new authorization request).',
  access_denied:
    'The user declined, or is not allowed to grant, access. Log in again and approve the request.',
  state_mismatch: 'The callback did not belong to this login attempt (possible forgery); start a new login.',
  missing_credentials:
    'Pass clientId and clientSecret, or set NEXAR_CLIENT_ID and NEXAR_CLIENT_SECRET (find them at portal.nexar.com, Apps, Authorization).',
  rate_limited:
    'The token endpoint allows a few requests per second per app; cache tokens instead of asking again.',
  timeout: 'The identity server did not answer in time; check the network or raise the timeout.',
  network_error: 'Could not reach the identity server; check the network and the identity URL.',
  server_error: 'The identity server had a problem; try again later.',
  temporarily_unavailable: 'The identity server is busy; try again later.',
  configuration_error:
    'Check the identity URLs; plain http is only allowed to loopback hosts unless allowInsecureRequests is set.',
  invalid_response: 'Check that the token URL points at a Nexar identity server (NEXAR_IDENTITY_URL).',
};

export function hintFor(code: string): string {
  return HINTS[code] ?? '';
}
