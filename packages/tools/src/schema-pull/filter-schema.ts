import {
  type DefinitionNode,
  type DocumentNode,
  type GraphQLSchema,
  type InputValueDefinitionNode,
  Kind,
  parse,
  printSchema,
} from 'graphql';
import type { KeptType, Selection } from './selection.js';

/**
 * The SDL document of `live` reduced to what `selection` keeps. Working on the printed SDL keeps every
 * definition exactly as the live schema states it (types, defaults, descriptions, deprecations).
 */
export function filterSchema(live: GraphQLSchema, selection: Selection): DocumentNode {
  const document = parse(printSchema(live));
  const definitions: DefinitionNode[] = [];
  for (const definition of document.definitions) {
    const kept = keepDefinition(definition, selection);
    if (kept) definitions.push(kept);
  }
  return { ...document, definitions };
}

function keepDefinition(definition: DefinitionNode, selection: Selection): DefinitionNode | undefined {
  switch (definition.kind) {
    case Kind.SCHEMA_DEFINITION: {
      const operationTypes = definition.operationTypes.filter((root) =>
        selection.types.has(root.type.name.value),
      );
      return { ...definition, operationTypes };
    }
    case Kind.DIRECTIVE_DEFINITION:
      return selection.directives.has(definition.name.value) ? definition : undefined;
    case Kind.SCALAR_TYPE_DEFINITION:
      return selection.types.has(definition.name.value) ? definition : undefined;
    case Kind.OBJECT_TYPE_DEFINITION:
    case Kind.INTERFACE_TYPE_DEFINITION: {
      const kept = selection.types.get(definition.name.value);
      if (!kept) return undefined;
      return {
        ...definition,
        interfaces: definition.interfaces?.filter((iface) => selection.types.has(iface.name.value)),
        fields: definition.fields
          ?.filter((field) => kept.fields.has(field.name.value))
          .map((field) => ({ ...field, arguments: keptArgs(field.arguments, kept, field.name.value) })),
      };
    }
    case Kind.INPUT_OBJECT_TYPE_DEFINITION: {
      const kept = selection.types.get(definition.name.value);
      if (!kept) return undefined;
      return {
        ...definition,
        fields: definition.fields?.filter((field) => kept.fields.has(field.name.value)),
      };
    }
    case Kind.ENUM_TYPE_DEFINITION: {
      const kept = selection.types.get(definition.name.value);
      if (!kept) return undefined;
      return {
        ...definition,
        values: definition.values?.filter((value) => kept.values.has(value.name.value)),
      };
    }
    case Kind.UNION_TYPE_DEFINITION: {
      const kept = selection.types.get(definition.name.value);
      if (!kept) return undefined;
      return {
        ...definition,
        types: definition.types?.filter((member) => kept.members.has(member.name.value)),
      };
    }
    default:
      return undefined;
  }
}

function keptArgs(
  args: readonly InputValueDefinitionNode[] | undefined,
  kept: KeptType,
  fieldName: string,
): InputValueDefinitionNode[] {
  const names = kept.args.get(fieldName);
  return (args ?? []).filter((arg) => names?.has(arg.name.value) === true);
}
