import { authFetch, parseRetryAfter, type TokenProvider } from '@nexar/auth';
import type { GraphQLFormattedError } from 'graphql';
import { ClientError, GraphQLClient, type Variables } from 'graphql-request';
import { attemptSignal } from './attempt-signal.js';
import type { DocumentInfo } from './document-info.js';
import {
  NexarClientError,
  NexarGraphQLError,
  NexarHttpError,
  NexarNetworkError,
  NexarTimeoutError,
  type RequestContext,
} from './errors.js';
import { bodyExcerpt, displayUrl, redactSecrets } from './redact.js';

type FetchInput = Parameters<typeof fetch>[0];

/** One HTTP exchange of a request: everything `sendAttempt` needs, fixed for the attempt. */
export interface AttemptSetup {
  /**
   * With `auth`: the plain fetch, wrapped here in `authFetch` (which also handles the 401 refresh).
   * Without: a fetch that authenticates by itself.
   */
  fetch: typeof fetch;
  /**
   * Where the token comes from. Getting it is bounded by the provider's own limits and reports its own
   * errors (`NexarAuthError`): `timeoutMs` starts when the request to the API leaves.
   */
  auth?: TokenProvider;
  headers: Record<string, string>;
  endpoint: string;
  variables: object | undefined;
  info: DocumentInfo;
  attempt: number;
  /** The caller's signal. */
  signal: AbortSignal | undefined;
  /** Per-attempt limit; 0 for none. */
  timeoutMs: number;
  now: () => number;
}

/** Filled in as the attempt goes, for the lifecycle events and the errors. */
export interface AttemptReport {
  status: number | undefined;
  /** The access tokens the attempt was sent with (a 401 refresh sends a second), redacted from server text. */
  tokens: string[];
}

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
  const { auth } = setup;
  const limit = attemptSignal(setup.signal, setup.timeoutMs, { armed: auth === undefined });
  const { signal } = limit;
  let contentType: string | null = null;
  const send: typeof fetch = auth
    ? authFetch(auth, (input, init) => {
        limit.arm();
        return setup.fetch(input, init);
      })
    : setup.fetch;

  // The response goes to graphql-request untouched (no copy of the body); only what the errors need is noted.
  const fetchOnce = async (input: FetchInput, init?: RequestInit): Promise<Response> => {
    try {
      const response = await send(input, init);
      report.status = response.status;
      contentType = response.headers.get('content-type');
      return response;
    } catch (error) {
      // Aborts are sorted out below; other failures than fetch's TypeError (e.g. NexarAuthError) pass as they are.
      if (signal?.aborted || !(error instanceof TypeError)) throw error;
      throw new NexarNetworkError(systemErrorCode(error), context, { cause: error });
    }
  };

  const { text, operationName } = setup.info;
  const client = new GraphQLClient(setup.endpoint, {
    fetch: fetchOnce,
    headers: setup.headers,
    // Given a DocumentNode, graphql-request prints it and parses the text again for its name on every
    // request (tens of µs for a large document). It gets the text printed once instead, and the name
    // goes into the body here.
    excludeOperationName: true,
    jsonSerializer: {
      stringify: (body: object) => JSON.stringify({ ...body, operationName }),
      parse: JSON.parse,
    },
  });
  try {
    return await client.request<T, Variables>({
      document: text,
      variables: setup.variables,
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (setup.signal?.aborted) throw abortReason(setup.signal);
    if (limit.timedOut) throw new NexarTimeoutError(setup.timeoutMs, context);
    if (error instanceof NexarClientError) throw error;
    if (error instanceof ClientError) {
      const { response } = error;
      const errors = formattedErrors(response.errors, report.tokens);
      if (response.status >= 200 && response.status < 300) {
        throw new NexarGraphQLError(errors ?? [], response.data, context);
      }
      throw new NexarHttpError(
        {
          status: response.status,
          bodyExcerpt: bodyExcerpt(response.body ?? '', undefined, report.tokens),
          retryAfterMs: parseRetryAfter(response.headers?.get('retry-after'), setup.now()),
          errors,
        },
        context,
      );
    }
    if (report.status !== undefined) {
      // The headers came; reading the body failed. fetch reports a lost connection as a TypeError;
      // anything else is graphql-request refusing a 2xx body that is not a GraphQL response.
      if (error instanceof TypeError)
        throw new NexarNetworkError(systemErrorCode(error), context, { cause: error });
      throw new NexarHttpError(
        {
          status: report.status,
          bodyExcerpt: '',
          problem: `the answer (${contentType ?? 'no content type'}) is not a GraphQL response: check that the endpoint is the Nexar GraphQL API`,
        },
        context,
      );
    }
    throw error;
  } finally {
    limit.dispose();
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

/** GraphQL errors as the wire carries them, made safe to read (`message` always a redacted string). */
function formattedErrors(
  errors: unknown,
  tokens: readonly string[],
): readonly GraphQLFormattedError[] | undefined {
  if (errors == null) return undefined;
  const list: unknown[] = Array.isArray(errors) ? errors : [errors];
  return list.map((entry) => {
    const object = entry instanceof Object ? (entry as Record<string, unknown>) : {};
    const message =
      typeof object.message === 'string' ? redactSecrets(object.message, tokens) : 'Unknown error';
    return { ...object, message } as GraphQLFormattedError;
  });
}
