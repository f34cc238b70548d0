import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql';
import { PART_FIELD_NAMES } from './with-typename.js';

/** Nexar's default `limit` of supSearch / supSearchMpn, and of one supMultiMatch query. */
export const DEFAULT_SEARCH_LIMIT = 10;
export const DEFAULT_MATCH_LIMIT = 3;

/**
 * The most part objects an operation can return, from its root fields and variables: a search's
 * `limit` (when it asks for `results`), the sum of a multi-match's query limits (when it asks for
 * `parts`), the number of ids of `supParts`. Other fields cost nothing. Undefined when it cannot be
 * bounded: parts nested in parts (`similarParts`, `companionProducts { part }`: any number per part),
 * or parts of any other `sup*` root field (they count too, and nothing bounds them here).
 */
export function worstCaseParts(document: DocumentNode, variables: unknown = {}): number | undefined {
  const vars = (variables ?? {}) as Record<string, unknown>;
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION && !operation) operation = definition;
  }
  if (!operation) return 0;
  for (const field of fieldsOf(operation.selectionSet, fragments)) {
    if (!isBounded(field, fragments)) return undefined;
  }

  let total = 0;
  for (const field of fieldsOf(operation.selectionSet, fragments)) {
    const args = argumentsOf(field, vars);
    const selects = (name: string) =>
      fieldsOf(field.selectionSet, fragments).some((f) => f.name.value === name);
    switch (field.name.value) {
      case 'supSearch':
      case 'supSearchMpn':
        if (selects('results')) total += numberOr(args.limit, DEFAULT_SEARCH_LIMIT);
        break;
      case 'supMultiMatch':
        if (selects('parts')) {
          const queries = Array.isArray(args.queries) ? args.queries : [];
          for (const query of queries) {
            total += numberOr((query as { limit?: unknown } | null)?.limit, DEFAULT_MATCH_LIMIT);
          }
        }
        break;
      case 'supParts':
        total += Array.isArray(args.ids) ? args.ids.length : typeof args.ids === 'string' ? 1 : 0;
        break;
    }
  }
  return total;
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, value) : fallback;
}

/** The fields of a selection set, fragments (named and inline) flattened. */
function fieldsOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): FieldNode[] {
  const out: FieldNode[] = [];
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) out.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      out.push(...fieldsOf(selection.selectionSet, fragments, seen));
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      out.push(...fieldsOf(fragments.get(selection.name.value)?.selectionSet, fragments, seen));
    }
  }
  return out;
}

function argumentsOf(field: FieldNode, variables: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const arg of field.arguments ?? []) out[arg.name.value] = valueFromASTUntyped(arg.value, variables);
  return out;
}

/** Whether a field named like a part field (see `PART_FIELD_NAMES`) is selected anywhere below. */
function selectsParts(
  selectionSet: SelectionSetNode | undefined,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): boolean {
  return fieldsOf(selectionSet, fragments).some(
    (field) => PART_FIELD_NAMES.has(field.name.value) || selectsParts(field.selectionSet, fragments),
  );
}

/** Whether the parts a root field returns are only those its arguments bound (see `worstCaseParts`). */
function isBounded(root: FieldNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>): boolean {
  const below = (field: FieldNode) => fieldsOf(field.selectionSet, fragments);
  const plain = (field: FieldNode) =>
    !PART_FIELD_NAMES.has(field.name.value) && !selectsParts(field.selectionSet, fragments);
  switch (root.name.value) {
    case 'supSearch':
    case 'supSearchMpn':
      return below(root).every((field) =>
        field.name.value === 'results'
          ? below(field).every((inner) =>
              inner.name.value === 'part' ? !selectsParts(inner.selectionSet, fragments) : plain(inner),
            )
          : plain(field),
      );
    case 'supMultiMatch':
      return below(root).every((field) =>
        field.name.value === 'parts' ? !selectsParts(field.selectionSet, fragments) : plain(field),
      );
    case 'supParts':
      return !selectsParts(root.selectionSet, fragments);
    default:
      return !root.name.value.startsWith('sup') || plain(root);
  }
}
