/**
 * Sends design operations: to the endpoint their route resolves to, once more to the right region after
 * a wrong-region answer, with authorization refusals turned into `NexarDesignScopeError` and partial
 * answers kept when the caller can use them.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { NexarGraphQLError, type NexarRequestOptions } from '@nexar/client';
import type { GraphQLFormattedError } from 'graphql';
import { NexarDesignScopeError } from './errors.js';
import { isNotAuthorized, isWrongRegion } from './graphql-errors.js';
import type { RegionRouter, Route } from './region-router.js';

/** Settings of one call; every method of the design client takes them. */
export interface CallOptions {
  /** Cancels the call; it rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Sends the call to this endpoint as it is: no regional routing, no second try elsewhere. */
  endpoint?: string;
}

/** An answer: its data, the GraphQL errors that came with it (partial answers only), and where it came from. */
export interface Answer<T> {
  data: T;
  errors: readonly GraphQLFormattedError[];
  endpoint: string;
}

export interface SendOptions<T> extends CallOptions {
  /** Accepts the partial data of an answer with GraphQL errors (e.g. a page whose connection came back). */
  keep?: (data: T) => boolean;
}

type LooseRequest = <T>(
  document: TypedDocumentNode<T, unknown>,
  variables: unknown,
  options: NexarRequestOptions,
) => Promise<T>;

export class DesignTransport {
  readonly router: RegionRouter;
  readonly #routing: boolean;

  /** `routing: false` sends everything to the base client's endpoint. */
  constructor(router: RegionRouter, routing: boolean) {
    this.router = router;
    this.#routing = routing;
  }

  async send<T, V>(
    document: TypedDocumentNode<T, V>,
    variables: V,
    route: Route,
    options: SendOptions<T> = {},
  ): Promise<Answer<T>> {
    try {
      return await this.#send(document, variables, route, options);
    } catch (error) {
      throw designError(error);
    }
  }

  async #send<T, V>(
    document: TypedDocumentNode<T, V>,
    variables: V,
    route: Route,
    options: SendOptions<T>,
  ): Promise<Answer<T>> {
    const { signal } = options;
    const explicit = options.endpoint;
    const routed = explicit === undefined && this.#routing;
    let endpoint =
      explicit ?? (routed ? await this.router.endpointFor(route, signal) : this.router.base.endpoint);
    let failure: unknown;
    try {
      return { data: await this.#request(endpoint, document, variables, signal), errors: [], endpoint };
    } catch (error) {
      failure = error;
    }
    if (routed && failure instanceof NexarGraphQLError && failure.errors.some(isWrongRegion)) {
      const relocated = await this.router.relocate(route, endpoint, signal);
      if (relocated !== undefined) {
        endpoint = relocated;
        try {
          return { data: await this.#request(endpoint, document, variables, signal), errors: [], endpoint };
        } catch (error) {
          failure = error;
        }
      }
    }
    if (failure instanceof NexarGraphQLError && !failure.errors.some(isNotAuthorized)) {
      const data = failure.data as T | null | undefined;
      if (data != null && options.keep?.(data)) return { data, errors: failure.errors, endpoint };
    }
    throw failure;
  }

  #request<T, V>(
    endpoint: string,
    document: TypedDocumentNode<T, V>,
    variables: V,
    signal: AbortSignal | undefined,
  ): Promise<T> {
    // The variables were type-checked against the document by the caller.
    const client = this.router.client(endpoint) as unknown as { request: LooseRequest };
    return client.request(document as TypedDocumentNode<T, unknown>, variables, { signal });
  }
}

/** Authorization refusals become `NexarDesignScopeError`; everything else is passed on as it is. */
export function designError(error: unknown): unknown {
  if (error instanceof NexarGraphQLError && error.errors.some(isNotAuthorized)) {
    return new NexarDesignScopeError(
      { operationName: error.operationName, endpoint: error.endpoint, errors: error.errors },
      { cause: error },
    );
  }
  return error;
}
