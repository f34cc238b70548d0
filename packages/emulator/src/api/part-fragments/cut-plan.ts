import {
  type ASTNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { MODELLED_FIELDS } from '../generated/modelled-fields.js';

/**
 * An operation whose part subtrees are answered from serialised fragments: `outer` is the operation
 * with each part field's selection replaced by `{ id }` (the id of a placeholder); `originals` maps
 * each replaced field node to the node as the client wrote it, whose selection the fragment answers.
 */
export interface CutPlan {
  readonly outer: DocumentNode;
  readonly originals: ReadonlyMap<FieldNode, FieldNode>;
  /** The fragment definitions of the document, for the selections of the original nodes. */
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
}

const PLACEHOLDER_SELECTION: SelectionSetNode = {
  kind: Kind.SELECTION_SET,
  selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: 'id' } }],
};

const LITERAL_DIRECTIVES = new Set(['include', 'skip']);

/**
 * Plans the cut of a query at every field that returns `partType` (alone or in lists), or returns
 * undefined when any such field's selection could answer differently for the same part and pricing:
 * only a query whose part selections use no variables, only modelled fields (generated answers below
 * an object without an id depend on where it stands in the answer), only concrete object types and
 * only @include/@skip is cut. All or nothing, so fields merged under one response key are all cut.
 */
export function planCut(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  partType: GraphQLObjectType,
): CutPlan | undefined {
  if (operation.operation !== 'query') return undefined;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const originals = new Map<FieldNode, FieldNode>();
  let cuttable = true;
  const typeInfo = new TypeInfo(schema);
  const outer = visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (!cuttable || node.selectionSet === undefined) return undefined;
        const type = typeInfo.getType();
        if (type == null || getNamedType(type) !== partType) return undefined;
        if (!answersAlike(schema, node.selectionSet, partType, fragments, new Set())) {
          cuttable = false;
          return undefined;
        }
        const placeholder: FieldNode = { ...node, selectionSet: PLACEHOLDER_SELECTION };
        originals.set(placeholder, node);
        return placeholder;
      },
    }),
  );
  if (!cuttable || originals.size === 0) return undefined;
  return { outer, originals, fragments };
}

/** Whether a selection on `type` answers the same for the same object wherever it stands. */
function answersAlike(
  schema: GraphQLSchema,
  selectionSet: SelectionSetNode,
  type: GraphQLObjectType,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  spread: Set<string>,
): boolean {
  const modelled = MODELLED_FIELDS[type.name] ?? [];
  for (const selection of selectionSet.selections) {
    for (const directive of selection.directives ?? []) {
      if (!LITERAL_DIRECTIVES.has(directive.name.value) || usesVariables(directive)) return false;
    }
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === '__typename') continue;
      if (!modelled.includes(selection.name.value) || usesVariables(selection.arguments ?? [])) {
        return false;
      }
      const field = type.getFields()[selection.name.value];
      if (field === undefined) return false;
      const named = getNamedType(field.type);
      if (selection.selectionSet === undefined) continue;
      if (!isObjectType(named)) return false;
      if (!answersAlike(schema, selection.selectionSet, named, fragments, spread)) return false;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition?.name.value;
      if (condition !== undefined && condition !== type.name) return false;
      if (!answersAlike(schema, selection.selectionSet, type, fragments, spread)) return false;
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (fragment === undefined || fragment.typeCondition.name.value !== type.name) return false;
      if (spread.has(name)) continue;
      spread.add(name);
      if (!answersAlike(schema, fragment.selectionSet, type, fragments, spread)) return false;
    }
  }
  return true;
}

function usesVariables(nodes: ASTNode | readonly ASTNode[]): boolean {
  let found = false;
  for (const node of Array.isArray(nodes) ? nodes : [nodes]) {
    visit(node, {
      Variable() {
        found = true;
      },
    });
  }
  return found;
}
