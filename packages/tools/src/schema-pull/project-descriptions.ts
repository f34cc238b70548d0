import {
  buildASTSchema,
  type DefinitionNode,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  printSchema,
  type StringValueNode,
} from 'graphql';

/**
 * `pulled` with the project's own descriptions: each type, field, argument, input field and enum value
 * keeps the description the previous snapshot gave it, and anything new gets none. The snapshot's text
 * stays the project's own; names, types, arguments, defaults and deprecations are the endpoint's.
 */
export function withProjectDescriptions(
  pulled: GraphQLSchema,
  previous: GraphQLSchema | undefined,
): GraphQLSchema {
  const document = parse(printSchema(pulled));
  const definitions = document.definitions.map((definition) => describe(definition, previous));
  return buildASTSchema({ ...document, definitions });
}

type Described = { description?: StringValueNode | undefined };

function text(value: string | null | undefined): StringValueNode | undefined {
  return value ? { kind: Kind.STRING, value, block: value.includes('\n') } : undefined;
}

function describe(definition: DefinitionNode, previous: GraphQLSchema | undefined): DefinitionNode {
  if (!('name' in definition) || !definition.name || definition.kind === Kind.DIRECTIVE_DEFINITION) {
    return definition;
  }
  const type = previous?.getType(definition.name.value);
  const withOwn = <T extends Described>(node: T, own: string | null | undefined): T => ({
    ...node,
    description: text(own),
  });
  switch (definition.kind) {
    case Kind.OBJECT_TYPE_DEFINITION:
    case Kind.INTERFACE_TYPE_DEFINITION: {
      const fields = type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields() : {};
      return withOwn(
        {
          ...definition,
          fields: definition.fields?.map((field) => {
            const own = fields[field.name.value];
            return withOwn(
              {
                ...field,
                arguments: field.arguments?.map((arg) =>
                  withOwn(arg, own?.args.find((ownArg) => ownArg.name === arg.name.value)?.description),
                ),
              },
              own?.description,
            );
          }),
        },
        type?.description,
      );
    }
    case Kind.INPUT_OBJECT_TYPE_DEFINITION: {
      const fields = type && isInputObjectType(type) ? type.getFields() : {};
      return withOwn(
        {
          ...definition,
          fields: definition.fields?.map((field) => withOwn(field, fields[field.name.value]?.description)),
        },
        type?.description,
      );
    }
    case Kind.ENUM_TYPE_DEFINITION: {
      const values = type && isEnumType(type) ? type : undefined;
      return withOwn(
        {
          ...definition,
          values: definition.values?.map((value) =>
            withOwn(value, values?.getValue(value.name.value)?.description),
          ),
        },
        type?.description,
      );
    }
    case Kind.SCALAR_TYPE_DEFINITION:
    case Kind.UNION_TYPE_DEFINITION:
      return withOwn(definition, type?.description);
    default:
      return definition;
  }
}
