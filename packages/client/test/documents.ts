import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type DocumentNode, Kind, OperationTypeNode, parse } from 'graphql';

// Hand-written typed documents for the tests; the domain packages ship generated ones.

export interface SearchMpnResult {
  supSearchMpn: {
    hits: number;
    results: { part: { mpn: string; manufacturer: { name: string } } }[] | null;
  };
}
export interface SearchMpnVariables {
  q: string;
  limit?: number | null;
}
export const SEARCH_MPN = parse(/* GraphQL */ `
  query SearchMpn($q: String!, $limit: Int) {
    supSearchMpn(q: $q, limit: $limit) {
      hits
      results {
        part {
          mpn
          manufacturer {
            name
          }
        }
      }
    }
  }
`) as TypedDocumentNode<SearchMpnResult, SearchMpnVariables>;

/** A supply field and a design field: with a supply-only token the design one fails, the other resolves. */
export interface MixedResult {
  supSearchMpn: { hits: number };
  desProjectById: { id: string } | null;
}
export const MIXED = parse(/* GraphQL */ `
  query Mixed($q: String!) {
    supSearchMpn(q: $q, limit: 1) {
      hits
    }
    desProjectById(id: "any-project") {
      id
    }
  }
`) as TypedDocumentNode<MixedResult, { q: string }>;

/**
 * A document whose printed text is not valid GraphQL (a field named `supSearchMpn(`), as a stand-in for
 * a malformed query: the server refuses it with HTTP 400.
 */
export const MALFORMED = {
  kind: Kind.DOCUMENT,
  definitions: [
    {
      kind: Kind.OPERATION_DEFINITION,
      operation: OperationTypeNode.QUERY,
      name: { kind: Kind.NAME, value: 'Malformed' },
      selectionSet: {
        kind: Kind.SELECTION_SET,
        selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: 'supSearchMpn(' } }],
      },
    },
  ],
} as DocumentNode as TypedDocumentNode<unknown, Record<string, never>>;
