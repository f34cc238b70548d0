import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type RetryOptions, readNexarEnvironment, retryWithBackoff, type TokenProvider } from '@nexar/auth';
import { describeValue } from './describe-value.js';
import { documentInfo } from './document-info.js';
import { describeError, emit, type NexarEventHook, type NexarRequestEvent } from './events.js';
import type { NexarRequestOptions, VariablesArgs } from './request-options.js';
import {
  type NexarRetryOptions,
  type ResolvedRetryOptions,
  resolveRetryOptions,
  retryDecision,
} from './retry-policy.js';
import { type AttemptReport, sendAttempt } from './send-attempt.js';

export interface NexarClientOptions {
  /** Where tokens come from, e.g. `clientCredentials({ clientId, clientSecret })` from `@nexar/auth`. */
  auth: TokenProvider;
  /** GraphQL endpoint. Default: `NEXAR_API_URL`, else https://api.nexar.com/graphql. */
  endpoint?: string;
  /** The fetch to send requests with (default: the global one). */
  fetch?: typeof fetch;
  /** Retry bounds, or `false` for a single attempt. */
  retry?: NexarRetryOptions | false;
  /**
   * Limit for each attempt, in milliseconds, from when the request leaves for the API; 0 for none.
   * Default 30 000. Getting the token is limited by the token provider (its `requestTimeoutMs` and
   * `retry.maxElapsedMs`), and a hanging token endpoint fails with its own `NexarAuthError`.
   */
  timeoutMs?: number;
  /** Identifies your application; sent before the SDK's own `User-Agent` token. */
  userAgent?: string;
  /** Extra headers for every request. `Authorization` is always set from `auth`. */
  headers?: Record<string, string>;
  /** Told when each request starts, retries and ends (see `NexarRequestEvent`). */
  onEvent?: NexarEventHook;
  /** Clock in epoch milliseconds, for durations, retry budgets and Retry-After dates (tests inject it). */
  now?: () => number;
  /** Uniform in [0, 1), for backoff jitter (tests inject it). */
  random?: () => number;
  /** Abortable wait between attempts (tests inject it). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** The authenticated, typed GraphQL transport. */
export interface NexarClient {
  /** Where requests go unless a request says otherwise. */
  readonly endpoint: string;
  /**
   * Sends a typed operation and resolves with its data; result and variable types come from the
   * document. Rejects with a `NexarClientError` subclass, a `NexarAuthError` from the token provider,
   * or the signal's reason when aborted.
   */
  request<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...args: VariablesArgs<NoInfer<TVariables>>
  ): Promise<TResult>;
  /** A client for another endpoint (e.g. a regional one) sharing this one's token provider, settings and hook. */
  withEndpoint(endpoint: string): NexarClient;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

const SDK_USER_AGENT = 'nexar-sdk-typescript (@nexar/client)';

/** Settings every client derived from one `createNexarClient` call shares. */
interface ClientCore {
  auth: TokenProvider;
  fetch: typeof fetch;
  headers: Record<string, string>;
  retry: ResolvedRetryOptions;
  timeoutMs: number;
  onEvent: NexarEventHook | undefined;
  now: () => number;
  random: (() => number) | undefined;
  sleep: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
}

/** Creates a client. Throws at once on a missing provider or a malformed endpoint, timeout or retry option. */
export function createNexarClient(options: NexarClientOptions): NexarClient {
  if (!options?.auth || typeof options.auth.getToken !== 'function') {
    throw new TypeError(
      'createNexarClient needs `auth`: a token provider such as clientCredentials({ clientId, clientSecret }) from @nexar/auth.',
    );
  }
  const endpoint = checkEndpoint(options.endpoint ?? readNexarEnvironment().apiUrl);
  const core: ClientCore = {
    auth: options.auth,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    headers: requestHeaders(options.headers, options.userAgent),
    retry: resolveRetryOptions(options.retry),
    timeoutMs: checkTimeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    onEvent: options.onEvent,
    now: options.now ?? (() => performance.timeOrigin + performance.now()),
    random: options.random,
    sleep: options.sleep,
  };
  return new Client(core, endpoint);
}

// The core lives in a private field, so util.inspect and JSON.stringify of a client show only its endpoint.
class Client implements NexarClient {
  readonly #core: ClientCore;
  readonly endpoint: string;

  constructor(core: ClientCore, endpoint: string) {
    this.#core = core;
    this.endpoint = endpoint;
  }

  withEndpoint(endpoint: string): NexarClient {
    return new Client(this.#core, checkEndpoint(endpoint));
  }

  async request<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...args: VariablesArgs<NoInfer<TVariables>>
  ): Promise<TResult> {
    const [variables, options = {}] = args as [object | undefined, NexarRequestOptions | undefined];
    const core = this.#core;
    const info = documentInfo(document);
    const endpoint = options.endpoint === undefined ? this.endpoint : checkEndpoint(options.endpoint);
    const timeoutMs = options.timeoutMs === undefined ? core.timeoutMs : checkTimeout(options.timeoutMs);
    const { onEvent, now } = core;
    const { operationName } = info;
    const report: AttemptReport = { status: undefined, tokens: [] };
    // Sees each request as it goes on the wire, with its token: counted for `onSent`, noted for redaction.
    const wire: typeof fetch = (input, init) => {
      const token = bearerToken(input, init);
      if (token) report.tokens.push(token);
      options.onSent?.();
      return core.fetch(input, init);
    };
    const started = onEvent ? now() : 0;
    let attempts = 0;
    let attemptStarted = started;
    if (onEvent) emit(onEvent, { type: 'start', operationName, attempt: 1 });

    const retryOptions: RetryOptions = {
      ...core.retry,
      shouldRetry: (error) => retryDecision(error, info.isMutation),
      signal: options.signal,
      now,
      random: core.random,
      sleep: core.sleep,
      onRetry: onEvent
        ? ({ error, attempt, delayMs }) =>
            emit(
              onEvent,
              event('retry', operationName, attempt, now() - attemptStarted, report.status, error, delayMs),
            )
        : undefined,
    };
    const attempt = (attemptNumber: number): Promise<TResult> => {
      attempts = attemptNumber;
      report.status = undefined;
      report.tokens = [];
      if (onEvent) attemptStarted = now();
      const setup = {
        fetch: wire,
        auth: core.auth,
        headers: core.headers,
        endpoint,
        variables,
        info,
        attempt: attemptNumber,
        signal: options.signal,
        timeoutMs,
        now,
      };
      return sendAttempt<TResult>(setup, report);
    };

    try {
      const data = await retryWithBackoff(attempt, retryOptions);
      if (onEvent) emit(onEvent, event('end', operationName, attempts, now() - started, report.status));
      return data;
    } catch (error) {
      if (onEvent)
        emit(onEvent, event('end', operationName, attempts, now() - started, report.status, error));
      throw error;
    }
  }
}

/** An event without undefined fields. */
function event(
  type: NexarRequestEvent['type'],
  operationName: string | undefined,
  attempt: number,
  durationMs: number,
  status: number | undefined,
  error?: unknown,
  delayMs?: number,
): NexarRequestEvent {
  const result: NexarRequestEvent = { type, operationName, attempt, durationMs };
  if (status !== undefined) result.status = status;
  if (error !== undefined) result.error = describeError(error);
  if (delayMs !== undefined) result.delayMs = delayMs;
  return result;
}

/** The bearer token a request carries (`authFetch` sets it), read back for redaction. */
function bearerToken(input: Parameters<typeof fetch>[0], init: RequestInit | undefined): string | undefined {
  const headers = init?.headers
    ? new Headers(init.headers)
    : input instanceof Request
      ? input.headers
      : undefined;
  const value = headers?.get('authorization');
  return value?.toLowerCase().startsWith('bearer ') ? value.slice(7).trim() : undefined;
}

/** Header names in lower case (so `User-Agent` and `user-agent` are one), with the SDK's user agent added. */
function requestHeaders(
  extra: Record<string, string> | undefined,
  userAgent: string | undefined,
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(extra ?? {})) headers[name.toLowerCase()] = value;
  const application = userAgent ?? headers['user-agent'];
  headers['user-agent'] = application ? `${application} ${SDK_USER_AGENT}` : SDK_USER_AGENT;
  return headers;
}

function checkEndpoint(endpoint: string): string {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new TypeError(
      'The Nexar endpoint must be an absolute http(s) URL, such as https://api.nexar.com/graphql.',
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`The Nexar endpoint must use http or https, not ${url.protocol}`);
  }
  return endpoint;
}

function checkTimeout(timeoutMs: number): number {
  if (typeof timeoutMs !== 'number' || !(timeoutMs >= 0) || !Number.isFinite(timeoutMs)) {
    const message = `timeoutMs must be a finite number of milliseconds (0 for no limit), got ${describeValue(timeoutMs)}.`;
    throw typeof timeoutMs === 'number' ? new RangeError(message) : new TypeError(message);
  }
  return timeoutMs;
}
