/** The token request about to be sent, as a gate sees it (no secret, no token). */
export interface TokenRequestTicket {
  /** The client the request is for: rate limits are per application. */
  clientId: string;
  tokenUrl: string;
  /** Aborts the wait with the caller's request. */
  signal?: AbortSignal;
}

/**
 * Called before every HTTP request to the token endpoint (retries included); it resolves when the
 * request may go. A fleet shares one gate (e.g. `RedisTokenRequestGate` from `@nexar/redis`) so that
 * all its processes together stay within the identity server's rate limits: callers wait their turn
 * instead of being answered 429. A gate that refuses throws (e.g. a `rate_limited` NexarAuthError).
 */
export interface TokenRequestGate {
  wait(ticket: TokenRequestTicket): Promise<void>;
}
