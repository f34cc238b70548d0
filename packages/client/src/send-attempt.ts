import { parseRetryAfter } from '@nexar/auth';
import type { DocumentNode, GraphQLFormattedError } from 'graphql';
import { ClientError, GraphQLClient, type Variables } from 'graphql-request';
import type { DocumentInfo } from './document-info.js';
import {
  NexarClientError,
  NexarGraphQLError,
  NexarHttpError,
  NexarNetworkError,
  NexarTimeoutError,
  type RequestContext,
} from './errors.js';
import { bodyExcerpt, displayUrl } from './redact.js';

type FetchInput = Parameters<typeof fetch>[0];

/** One HTTP exchange of a request: everything `sendAttempt` needs, fixed for the attempt. */
export interface AttemptSetup {
  /** Authenticated fetch (`authFetch`), which also handles the 401 refresh. */
  fetch: typeof fetch;
  headers: Record<string, string>;
  endpoint: string;
  document: DocumentNode;
  variables: object | undefined;
  info: DocumentInfo;
  attempt: number;
  /** The caller's signal. */
  signal: AbortSignal | undefined;
  /** Per-attempt limit; 0 for none. */
  timeoutMs: number;
  now: () => number;
}

/** Filled in as the attempt goes, for the lifecycle events. */
export interface AttemptReport {
  status: number | undefined;
}

// Statuses whose responses cannot have a body (the Response constructor refuses one).
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * Sends the document once through graphql-request and maps every failure to a client error: GraphQL
 * errors, HTTP errors, network errors and timeouts. A caller's abort rejects with the signal's reason.
 */
export async function sendAttempt<T>(setup: AttemptSetup, report: AttemptReport): Promise<T> {
  const context: RequestContext = {
    operationName: setup.info.operationName,
    endpoint: displayUrl(setup.endpoint),
    attempt: setup.attempt,
  };
  const timeout = setup.timeoutMs > 0 ? AbortSignal.timeout(setup.timeoutMs) : undefined;
  const signal =
    timeout && setup.signal ? AbortSignal.any([setup.signal, timeout]) : (timeout ?? setup.signal);

  let body: string | undefined;
  let headers: Headers | undefined;
  const networkFailure = (error: unknown): unknown =>
    signal?.aborted || !(error instanceof TypeError)
      ? error // aborts are sorted out below; anything else (e.g. NexarAuthError) passes unchanged
      : new NexarNetworkError(systemErrorCode(error), context, { cause: error });

  // Reads the whole body here, under the attempt's signal, so a connection lost mid-body is a network
  // error and the HTTP error keeps the body and headers.
  const fetchOnce = async (input: FetchInput, init?: RequestInit): Promise<Response> => {
    let response: Response;
    try {
      response = await setup.fetch(input, init);
      report.status = response.status;
      body = await response.text();
    } catch (error) {
      throw networkFailure(error);
    }
    headers = response.headers;
    const { status, statusText } = response;
    return new Response(NULL_BODY_STATUSES.has(status) ? null : body, { status, statusText, headers });
  };

  const client = new GraphQLClient(setup.endpoint, { fetch: fetchOnce, headers: setup.headers });
  try {
    return await client.request<T, Variables>({
      document: setup.document,
      variables: setup.variables,
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (setup.signal?.aborted) throw abortReason(setup.signal);
    if (timeout?.aborted) throw new NexarTimeoutError(setup.timeoutMs, context);
    if (error instanceof NexarClientError) throw error;
    if (error instanceof ClientError) {
      const { response } = error;
      const errors = formattedErrors(response.errors);
      if (response.status >= 200 && response.status < 300) {
        throw new NexarGraphQLError(errors ?? [], response.data, context);
      }
      throw new NexarHttpError(
        {
          status: response.status,
          bodyExcerpt: bodyExcerpt(body ?? response.body),
          retryAfterMs: parseRetryAfter(headers?.get('retry-after'), setup.now()),
          errors,
        },
        context,
      );
    }
    if (body !== undefined && report.status !== undefined) {
      // A 2xx answer that graphql-request could not read as a GraphQL response.
      throw new NexarHttpError(
        {
          status: report.status,
          bodyExcerpt: bodyExcerpt(body),
          problem: 'the answer is not a GraphQL response: check that the endpoint is the Nexar GraphQL API',
        },
        context,
      );
    }
    throw error;
  }
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

/** The system error code (`ECONNRESET`, ...) of a fetch failure, found along its `cause` chain. */
function systemErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Object; depth += 1) {
    const code: unknown = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** GraphQL errors as the wire carries them, made safe to read (`message` always a string). */
function formattedErrors(errors: unknown): GraphQLFormattedError[] | undefined {
  if (errors == null) return undefined;
  const list: unknown[] = Array.isArray(errors) ? errors : [errors];
  return list.map((entry) => {
    const object = entry instanceof Object ? (entry as Record<string, unknown>) : {};
    const message = typeof object.message === 'string' ? object.message : 'Unknown error';
    return { ...object, message } as GraphQLFormattedError;
  });
}
