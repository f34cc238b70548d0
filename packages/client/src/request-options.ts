/** Per-request settings; each overrides the client's. */
export interface NexarRequestOptions {
  /** Cancels the request, its waits between retries included; it rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Limit for each attempt, in milliseconds, from when the request leaves for the API (0: none). */
  timeoutMs?: number;
  /** Sends this request elsewhere (e.g. a workspace's regional endpoint) with the same token provider. */
  endpoint?: string;
  /**
   * Told each time an HTTP request of this call goes on the wire (retries and the resend after a 401
   * included; not an attempt that failed before sending, e.g. while getting a token): for counting
   * the requests the API really received.
   */
  onSent?: () => void;
}

/**
 * The arguments after the document: variables are required when the operation has required variables,
 * optional when it has none (or only optional ones).
 */
export type VariablesArgs<TVariables> =
  Record<string, never> extends TVariables
    ? [variables?: TVariables, options?: NexarRequestOptions]
    : [variables: TVariables, options?: NexarRequestOptions];
