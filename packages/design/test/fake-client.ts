/**
 * A stand-in `NexarClient` for unit tests of the routing and paging logic: every request is logged and
 * answered by a handler, per endpoint, with no network. Integration tests use the emulator instead.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type NexarClient, NexarGraphQLError } from '@nexar/client';
import { type GraphQLFormattedError, getOperationAST } from 'graphql';

export interface FakeRequest {
  endpoint: string;
  operationName: string;
  variables: Record<string, unknown>;
  signal: AbortSignal | undefined;
}

export type FakeHandler = (request: FakeRequest) => unknown;

export interface FakeClient extends NexarClient {
  /** Every request any client of this family received, in order. */
  readonly log: FakeRequest[];
}

export function fakeClient(endpoint: string, handler: FakeHandler, log: FakeRequest[] = []): FakeClient {
  return {
    endpoint,
    log,
    withEndpoint: (other: string) => fakeClient(other, handler, log),
    async request<T, V>(document: TypedDocumentNode<T, V>, ...args: unknown[]): Promise<T> {
      const [variables = {}, options = {}] = args as [Record<string, unknown>?, { signal?: AbortSignal }?];
      const request: FakeRequest = {
        endpoint,
        operationName: getOperationAST(document)?.name?.value ?? '',
        variables,
        signal: options.signal,
      };
      log.push(request);
      options.signal?.throwIfAborted();
      return (await handler(request)) as T;
    },
  } as FakeClient;
}

/** What the client throws for an answer with GraphQL errors. */
export function graphQLError(
  request: FakeRequest,
  errors: GraphQLFormattedError[],
  data: unknown = null,
): NexarGraphQLError {
  return new NexarGraphQLError(errors, data, {
    operationName: request.operationName,
    endpoint: request.endpoint,
    attempt: 1,
  });
}

export const WRONG_REGION: GraphQLFormattedError = {
  message: 'Token validation failed: this workspace is served elsewhere.',
  extensions: { code: 'WRONG_REGION' },
};

/** A `desWorkspaceInfos` answer: workspace URL → its endpoint; the first is the default. */
export function workspacesAnswer(endpoints: Record<string, string>) {
  return {
    desWorkspaceInfos: Object.entries(endpoints).map(([url, apiServiceUrl], index) => ({
      workspaceId: `ws-${index}`,
      name: url,
      url,
      description: null,
      isDefault: index === 0,
      location: { name: `region-${index}`, apiServiceUrl, filesServiceUrl: `${apiServiceUrl}/files` },
    })),
  };
}
