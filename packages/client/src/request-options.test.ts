import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { NexarClient } from './create-client.js';
import type { NexarRequestOptions, VariablesArgs } from './request-options.js';

// Shapes as graphql-codegen's typescript-operations writes them.
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
type NoVariables = Exact<{ [key: string]: never }>;
type Required = Exact<{ q: string; limit?: number | null }>;
type AllOptional = Exact<{ limit?: number | null }>;

declare const client: NexarClient;
const REQUIRED = parse('query A($q: String!, $limit: Int) { a(q: $q, limit: $limit) }') as TypedDocumentNode<
  { a: string },
  Required
>;
const NONE = parse('query B { b }') as TypedDocumentNode<{ b: number }, NoVariables>;
const OPTIONAL = parse('query C($limit: Int) { c(limit: $limit) }') as TypedDocumentNode<
  { c: boolean },
  AllOptional
>;

describe('VariablesArgs', () => {
  it('requires variables only when the operation has required ones', () => {
    expectTypeOf<VariablesArgs<Required>>().toEqualTypeOf<
      [variables: Required, options?: NexarRequestOptions]
    >();
    expectTypeOf<VariablesArgs<NoVariables>>().toEqualTypeOf<
      [variables?: NoVariables, options?: NexarRequestOptions]
    >();
    expectTypeOf<VariablesArgs<AllOptional>>().toEqualTypeOf<
      [variables?: AllOptional, options?: NexarRequestOptions]
    >();
  });

  it('types request() from the document alone', () => {
    // Only compiled, never called: the assertions are checked by `tsc` (pnpm typecheck).
    const typeOnly = () => {
      expectTypeOf(client.request(REQUIRED, { q: 'LM358' })).resolves.toEqualTypeOf<{ a: string }>();
      expectTypeOf(client.request(NONE)).resolves.toEqualTypeOf<{ b: number }>();
      expectTypeOf(client.request(OPTIONAL)).resolves.toEqualTypeOf<{ c: boolean }>();
      client.request(OPTIONAL, { limit: 5 }, { timeoutMs: 1000 });
      // @ts-expect-error required variables missing
      client.request(REQUIRED);
      // @ts-expect-error wrong variable type
      client.request(REQUIRED, { q: 1 });
      // @ts-expect-error unknown variable
      client.request(REQUIRED, { q: 'x', nope: true });
      // @ts-expect-error no variables allowed
      client.request(NONE, { q: 'x' });
    };
    expect(typeof typeOnly).toBe('function');
  });
});
