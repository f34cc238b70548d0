import { type DocumentNode, type FieldNode, Kind, type SelectionSetNode, visit } from 'graphql';

const TYPENAME_FIELD: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

const withTypenameCache = new WeakMap<DocumentNode, DocumentNode>();

/**
 * The same document with `__typename` asked for in every selection set that lacks it, so part objects
 * can be recognised (and counted) in any answer. Memoised per document.
 */
export function withTypename<T extends DocumentNode>(document: T): T {
  const cached = withTypenameCache.get(document);
  if (cached) return cached as T;
  const transformed = visit(document, {
    SelectionSet: {
      leave(node: SelectionSetNode, _key, parent) {
        // The operation's own selection is on the root type, where __typename is useless.
        if (
          parent &&
          !Array.isArray(parent) &&
          (parent as { kind?: string }).kind === Kind.OPERATION_DEFINITION
        ) {
          return undefined;
        }
        const has = node.selections.some(
          (selection) =>
            selection.kind === Kind.FIELD && selection.name.value === '__typename' && !selection.alias,
        );
        return has ? undefined : { ...node, selections: [...node.selections, TYPENAME_FIELD] };
      },
    },
  }) as T;
  withTypenameCache.set(document, transformed);
  return transformed;
}
