import { type ASTNode, type DocumentNode, type FieldNode, Kind, type SelectionSetNode, visit } from 'graphql';
import { PART_TYPENAME } from './count-parts.js';

/**
 * Names of the fields whose type is `SupPart` (or a list of it) in the Nexar schema. A test keeps this
 * list in step with the schema snapshot.
 */
export const PART_FIELD_NAMES: ReadonlySet<string> = new Set([
  'part',
  'parts',
  'supParts',
  'similarParts',
  'evalKit',
]);

const TYPENAME_FIELD: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

const cache = new WeakMap<DocumentNode, DocumentNode>();

/**
 * The same document with `__typename` asked for wherever a part object can be selected (fields of
 * type `SupPart`, fragments on it), so part objects can be recognised and counted in any answer while
 * the rest of the response stays as lean as the caller wrote it. Memoised per document.
 */
export function withTypename<T extends DocumentNode>(document: T): T {
  const cached = cache.get(document);
  if (cached) return cached as T;
  const transformed = visit(document, {
    SelectionSet: {
      leave(node: SelectionSetNode, _key, parent) {
        if (!selectsParts(parent)) return undefined;
        const has = node.selections.some(
          (selection) =>
            selection.kind === Kind.FIELD && selection.name.value === '__typename' && !selection.alias,
        );
        return has ? undefined : { ...node, selections: [...node.selections, TYPENAME_FIELD] };
      },
    },
  }) as T;
  cache.set(document, transformed);
  return transformed;
}

function selectsParts(parent: ASTNode | readonly ASTNode[] | undefined): boolean {
  if (!parent || Array.isArray(parent)) return false;
  const node = parent as ASTNode;
  switch (node.kind) {
    case Kind.FIELD:
      return PART_FIELD_NAMES.has(node.name.value);
    case Kind.FRAGMENT_DEFINITION:
    case Kind.INLINE_FRAGMENT:
      return node.typeCondition?.name.value === PART_TYPENAME;
    default:
      return false;
  }
}
