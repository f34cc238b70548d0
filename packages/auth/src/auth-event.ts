/**
 * What a provider tells `onEvent` about its work, for logs and `--debug` output. Events carry times,
 * codes and counts only: never a token, code, verifier or secret, so they can be printed as they are.
 */
export type AuthEvent =
  /** A token was handed out: from this process's memory, from the store (another run or process), or fresh from the token endpoint. */
  | { type: 'token'; source: 'memory' | 'store' | 'network'; expiresAt: number }
  /** Renewing failed; `code` is the `NexarAuthError` code (or `error` for anything else). */
  | { type: 'refresh_failed'; code: string; servingValidToken: boolean }
  /** The API refused a token (a 401 seen by `authFetch`); `repeated` when it was a replacement for a refused one. */
  | { type: 'token_rejected'; repeated: boolean }
  /** The token endpoint answered 429: no new token request before `until` (epoch ms). */
  | { type: 'rate_limited'; retryAfterMs: number; until: number }
  /** A request for a token was held back because of an earlier 429: failed at once, or waited `waitMs`. */
  | { type: 'rate_limit_honoured'; action: 'failed' | 'waited'; waitMs: number }
  /** The store's lock was taken after waiting this long (another process was renewing). */
  | { type: 'lock_waited'; waitedMs: number }
  /** A step of an interactive login. */
  | { type: 'login'; step: LoginStep; port?: number };

export type LoginStep =
  | 'port_busy'
  | 'listening'
  | 'browser_opened'
  | 'url_shown'
  | 'waiting_for_paste'
  | 'callback_received'
  | 'completed'
  | 'failed';

export type AuthEventListener = (event: AuthEvent) => void;

/** Calls `listener` without letting its failures reach the token flow. */
export function eventEmitter(listener: AuthEventListener | undefined): AuthEventListener {
  if (!listener) return () => undefined;
  return (event) => {
    try {
      listener(Object.freeze(event));
    } catch {
      // A broken logger must not break authentication.
    }
  };
}
