import { networkHint } from '@nexar/auth';
import type { GraphQLFormattedError } from 'graphql';
import { redactErrors, redactSecrets } from './redact.js';

/** Where and how a failed request was sent; every client error carries it. */
export interface RequestContext {
  /** The operation's name, when the document names it. */
  operationName: string | undefined;
  /** The endpoint, without query string or credentials. */
  endpoint: string;
  /** Which attempt failed (1 for the first); the error a request rejects with is from its last attempt. */
  attempt: number;
}

/**
 * Base of the errors `@nexar/client` raises. They carry only what the server said and where the request
 * went: never headers, variables or tokens, so logging one is safe.
 */
export class NexarClientError extends Error {
  override readonly name: string = 'NexarClientError';
  readonly operationName: string | undefined;
  readonly endpoint: string;
  /** Attempts made before giving up (retries included). */
  readonly attempts: number;

  constructor(message: string, context: RequestContext, options?: ErrorOptions) {
    super(message, options);
    this.operationName = context.operationName;
    this.endpoint = context.endpoint;
    this.attempts = context.attempt;
  }
}

/**
 * The API answered (HTTP 2xx) with GraphQL `errors`: a field failed, an argument was out of range, the
 * token lacks a scope, the part limit was reached. `data` holds whatever the server could resolve.
 * Not retried: asking again gives the same answer. Token-shaped text in the server's messages is
 * redacted, in `message` and in `errors` alike.
 */
export class NexarGraphQLError<TData = unknown> extends NexarClientError {
  override readonly name: string = 'NexarGraphQLError';
  readonly errors: readonly GraphQLFormattedError[];
  /** Partial result (null or undefined when nothing resolved). */
  readonly data: TData | null | undefined;
  /** `extensions.code` of the first error that has one (e.g. `PART_LIMIT_EXCEEDED`). */
  readonly code: string | undefined;

  constructor(
    errors: readonly GraphQLFormattedError[],
    data: TData | null | undefined,
    context: RequestContext,
  ) {
    const safe = redactErrors(errors);
    super(graphQLMessage(safe, context), context);
    this.errors = safe;
    this.data = data;
    this.code = firstCode(errors);
  }
}

/**
 * The API answered with an HTTP error status (or with a body that is not a GraphQL response).
 * 429, 502, 503 and 504 are retried before this is thrown; other statuses are not.
 */
export class NexarHttpError extends NexarClientError {
  override readonly name: string = 'NexarHttpError';
  readonly status: number;
  /** The start of the response body, with anything that looks like a token redacted. */
  readonly bodyExcerpt: string;
  /** The server's `Retry-After`, in milliseconds, when it sent one. */
  readonly retryAfterMs: number | undefined;
  /** GraphQL errors in the body, when the server sent them with the error status. */
  readonly errors: readonly GraphQLFormattedError[] | undefined;
  readonly code: string | undefined;

  constructor(
    details: {
      status: number;
      bodyExcerpt: string;
      retryAfterMs?: number | undefined;
      errors?: readonly GraphQLFormattedError[] | undefined;
      /** Overrides the status-based explanation (e.g. for a 2xx body that is not GraphQL). */
      problem?: string;
    },
    context: RequestContext,
  ) {
    const errors = details.errors && redactErrors(details.errors);
    const bodyExcerpt = redactSecrets(details.bodyExcerpt);
    super(httpMessage({ ...details, bodyExcerpt, errors }, context), context);
    this.status = details.status;
    this.bodyExcerpt = bodyExcerpt;
    this.retryAfterMs = details.retryAfterMs;
    this.errors = errors;
    this.code = errors ? firstCode(errors) : undefined;
  }
}

/** The request did not get an answer: connection refused or reset, DNS failure, TLS failure. Retried. */
export class NexarNetworkError extends NexarClientError {
  override readonly name: string = 'NexarNetworkError';
  /** The system error code when known (`ECONNREFUSED`, `ECONNRESET`, `ENOTFOUND`, ...). */
  readonly code: string | undefined;
  /**
   * What to do about a failure with a usual cause, as for the token endpoint (`networkHint` of
   * `@nexar/auth`): an untrusted certificate (a proxy that inspects TLS), a proxy that refused or failed.
   */
  readonly hint: string | undefined;

  constructor(code: string | undefined, context: RequestContext, options?: ErrorOptions) {
    const hint = networkHint(options?.cause);
    super(
      `Could not reach the Nexar API at ${context.endpoint} for ${describeOperation(context)}: ${
        code ? `${describeCode(code)} (${code})` : 'the connection failed'
      }${attemptsNote(context)}. ${hint ?? 'Check the endpoint and the network; the request can be sent again.'}`,
      context,
      options,
    );
    this.code = code;
    this.hint = hint;
  }
}

/** An attempt took longer than `timeoutMs`. Retried like a network error. */
export class NexarTimeoutError extends NexarClientError {
  override readonly name: string = 'NexarTimeoutError';
  readonly timeoutMs: number;

  constructor(timeoutMs: number, context: RequestContext) {
    super(
      `The Nexar API did not answer ${describeOperation(context)} within ${timeoutMs} ms${attemptsNote(context)}. ` +
        'Raise timeoutMs for slow queries (large searches, big projects) or try again later.',
      context,
    );
    this.timeoutMs = timeoutMs;
  }
}

function describeOperation(context: RequestContext): string {
  return context.operationName ? `operation ${context.operationName}` : 'an anonymous operation';
}

function attemptsNote(context: RequestContext): string {
  return context.attempt > 1 ? ` (after ${context.attempt} attempts)` : '';
}

function firstCode(errors: readonly GraphQLFormattedError[]): string | undefined {
  for (const error of errors) {
    const code = error.extensions?.code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

function describeGraphQLError(error: GraphQLFormattedError): string {
  const code = typeof error.extensions?.code === 'string' ? ` [${error.extensions.code}]` : '';
  const path = error.path?.length ? ` at ${error.path.join('.')}` : '';
  // Servers echo requests back; the message is redacted again in case the error was built elsewhere.
  return `${redactSecrets(error.message)}${code}${path}`;
}

function graphQLMessage(errors: readonly GraphQLFormattedError[], context: RequestContext): string {
  const shown = errors.slice(0, 2).map(describeGraphQLError).join('; ');
  const more = errors.length > 2 ? ` (and ${errors.length - 2} more)` : '';
  return `The Nexar API returned ${errors.length === 1 ? 'an error' : `${errors.length} errors`} for ${describeOperation(
    context,
  )}: ${shown || 'no message'}${more}. See error.errors for details and error.data for what did resolve.`;
}

const HTTP_HINTS: Record<number, string> = {
  400: 'the request is malformed: check the document and variables against the schema',
  401: 'the access token was refused even after a fresh one was fetched: check the client id and secret and that the application may use this API',
  403: 'the application is not allowed to do this: check its scopes (supply.domain, design.domain) in the Nexar portal',
  404: 'nothing answers at this endpoint: check the endpoint option or NEXAR_API_URL',
  413: 'the request is too large: split it into smaller requests',
  429: 'the request rate is over the limit: slow down, or give retries more time with retry.maxElapsedMs',
};

function hintFor(status: number): string {
  const hint = HTTP_HINTS[status];
  if (hint) return hint;
  if (status >= 500) return 'the service is failing or unavailable: try again later';
  return 'the request was refused';
}

function httpMessage(
  details: {
    status: number;
    bodyExcerpt: string;
    retryAfterMs?: number | undefined;
    errors?: readonly GraphQLFormattedError[] | undefined;
    problem?: string;
  },
  context: RequestContext,
): string {
  const retryAfter =
    details.retryAfterMs !== undefined ? `, Retry-After ${Math.ceil(details.retryAfterMs / 1000)} s` : '';
  const said = details.errors?.[0]
    ? describeGraphQLError(details.errors[0])
    : details.bodyExcerpt || 'empty body';
  return `The Nexar API answered HTTP ${details.status} to ${describeOperation(context)}${attemptsNote(
    context,
  )}${retryAfter}: ${details.problem ?? hintFor(details.status)}. Server said: ${said}`;
}

function describeCode(code: string): string {
  switch (code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return 'connection reset';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'host name not found';
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return 'connection timed out';
    default:
      return 'network error';
  }
}
