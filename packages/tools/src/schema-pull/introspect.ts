import { NexarAuthError } from '@nexar/auth';
import {
  buildClientSchema,
  type GraphQLSchema,
  getIntrospectionQuery,
  type IntrospectionOptions,
  type IntrospectionQuery,
} from 'graphql';
import { EXIT_CODES, SchemaPullError } from './exit-codes.js';

export interface IntrospectOptions {
  endpoint: string;
  /** Sends the request; `authFetch(provider)` adds the token. */
  fetch: typeof globalThis.fetch;
  /** Applied to any text from the server before it goes into a message (removes the token). */
  redact?: (text: string) => string;
  signal?: AbortSignal;
}

// Argument deprecation and scalar URLs are newer introspection fields; an older server rejects the
// query that asks for them, and then the plain one is asked.
const FULL: IntrospectionOptions = {
  descriptions: true,
  directiveIsRepeatable: true,
  inputValueDeprecation: true,
  specifiedByUrl: true,
};
const PLAIN: IntrospectionOptions = { descriptions: true, directiveIsRepeatable: true };

/** The endpoint's schema, from its introspection answer. Every failure is a `SchemaPullError`. */
export async function introspect(options: IntrospectOptions): Promise<GraphQLSchema> {
  let answer = await post(options, getIntrospectionQuery(FULL));
  if (answer.data === undefined) answer = await post(options, getIntrospectionQuery(PLAIN));
  if (answer.data === undefined) {
    throw new SchemaPullError(
      `${options.endpoint} answered the introspection query with errors: ${answer.errors ?? 'none given'}`,
      EXIT_CODES.endpoint,
    );
  }
  try {
    return buildClientSchema(answer.data);
  } catch (error) {
    throw new SchemaPullError(
      `${options.endpoint} sent an introspection result that is not a valid schema: ${messageOf(error)}`,
      EXIT_CODES.endpoint,
    );
  }
}

interface Answer {
  data?: IntrospectionQuery;
  /** The GraphQL errors, joined, when there is no usable data. */
  errors?: string;
}

async function post(options: IntrospectOptions, query: string): Promise<Answer> {
  const redact = options.redact ?? ((text: string) => text);
  let response: Response;
  try {
    response = await options.fetch(options.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query, operationName: 'IntrospectionQuery' }),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    // Getting the token failed: the caller knows best how to explain that.
    if (error instanceof NexarAuthError) throw error;
    throw new SchemaPullError(
      `Could not reach ${options.endpoint}: ${redact(networkReason(error))}`,
      EXIT_CODES.endpoint,
    );
  }
  const text = await response.text();
  const body = parseJson(text);
  const errors = graphQLErrors(body);
  // GraphQL over HTTP answers a query it rejects with 400 (or 422) and GraphQL errors: the caller may
  // retry with the plain query. Any other failing status ends here.
  const rejectedQuery = (response.status === 400 || response.status === 422) && errors !== undefined;
  if (!response.ok && !rejectedQuery) {
    const detail = errors ?? excerpt(text);
    throw new SchemaPullError(
      `${options.endpoint} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` +
        (detail ? `: ${redact(detail)}` : ''),
      EXIT_CODES.endpoint,
    );
  }
  if (body === undefined) {
    throw new SchemaPullError(
      `${options.endpoint} did not answer with JSON (HTTP ${response.status}): ${redact(excerpt(text))}`,
      EXIT_CODES.endpoint,
    );
  }
  if (hasData(body)) return { data: (body as { data: IntrospectionQuery }).data };
  return { errors: redact(errors ?? 'no data and no errors in the answer') };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function hasData(body: unknown): boolean {
  const data = (body as { data?: unknown } | undefined)?.data;
  return typeof data === 'object' && data !== null && '__schema' in data;
}

function graphQLErrors(body: unknown): string | undefined {
  const errors = (body as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return undefined;
  return errors
    .slice(0, 3)
    .map((error) => String((error as { message?: unknown } | null)?.message ?? 'unnamed error'))
    .join('; ');
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 200)}...` : flat;
}

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message;
  return messageOf(error);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
