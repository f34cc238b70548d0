import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLObjectType,
  GraphQLSchema,
  Kind,
  OperationTypeNode,
  type SelectionSetNode,
  visit,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

const PROBE_FIELD = 'part';

/**
 * A schema whose only query field answers its root value as a part, so a part's selection can be
 * compiled and run on its own: `{ part { <the selection> } }`. Its types are the API schema's own,
 * resolvers included.
 */
export function probeSchema(partType: GraphQLObjectType): GraphQLSchema {
  return new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'NexarEmulatorPartProbe',
      fields: { [PROBE_FIELD]: { type: partType, resolve: (root: unknown) => root } },
    }),
    assumeValid: true,
  });
}

/**
 * Compiles the selection of the field nodes graphql merged under one response key (their selections
 * one after another, as graphql collects them), with the fragments it spreads; undefined if
 * graphql-jit cannot compile it.
 */
export function compileProbe(
  schema: GraphQLSchema,
  nodes: readonly FieldNode[],
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): CompiledQuery | undefined {
  const selectionSet: SelectionSetNode = {
    kind: Kind.SELECTION_SET,
    selections: nodes.flatMap((node) => node.selectionSet?.selections ?? []),
  };
  const document: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        kind: Kind.OPERATION_DEFINITION,
        operation: OperationTypeNode.QUERY,
        selectionSet: {
          kind: Kind.SELECTION_SET,
          selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: PROBE_FIELD }, selectionSet }],
        },
      },
      ...spreadFragments(selectionSet, fragments),
    ],
  };
  try {
    const compiled = compileQuery(schema, document, undefined, { disablingCapturingStackErrors: true });
    return isCompiledQuery(compiled) ? compiled : undefined;
  } catch {
    return undefined;
  }
}

/** The probe's answer in a result's data. */
export function probedPart(data: unknown): unknown {
  return (data as Record<string, unknown> | null | undefined)?.[PROBE_FIELD];
}

function spreadFragments(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): FragmentDefinitionNode[] {
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: SelectionSetNode) => {
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        const fragment = fragments.get(name);
        if (fragment === undefined || used.has(name)) return;
        used.set(name, fragment);
        collect(fragment.selectionSet);
      },
    });
  };
  collect(selectionSet);
  return [...used.values()];
}
