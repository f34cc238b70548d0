import {
  buildASTSchema,
  type ConstDirectiveNode,
  DEFAULT_DEPRECATION_REASON,
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
 * Deprecation reasons are prose too: what the endpoint deprecates stays deprecated, with the reason the
 * previous snapshot wrote for it, else graphql's generic one (printed as a bare `@deprecated`).
 */
export function withProjectDescriptions(
  pulled: GraphQLSchema,
  previous: GraphQLSchema | undefined,
): GraphQLSchema {
  const document = parse(printSchema(pulled));
  const definitions = document.definitions.map((definition) => describe(definition, previous));
  return buildASTSchema({ ...document, definitions });
}

type Described = {
  description?: StringValueNode | undefined;
  directives?: readonly ConstDirectiveNode[] | undefined;
};

function text(value: string | null | undefined): StringValueNode | undefined {
  return value ? { kind: Kind.STRING, value, block: value.includes('\n') } : undefined;
}

function describe(definition: DefinitionNode, previous: GraphQLSchema | undefined): DefinitionNode {
  if (definition.kind === Kind.DIRECTIVE_DEFINITION) {
    const own = previous?.getDirective(definition.name.value);
    return {
      ...definition,
      description: text(own?.description),
      arguments: definition.arguments?.map((arg) => ({
        ...arg,
        description: text(own?.args.find((ownArg) => ownArg.name === arg.name.value)?.description),
      })),
    };
  }
  if (!('name' in definition) || !definition.name) return definition;
  const type = previous?.getType(definition.name.value);
  const withOwn = <T extends Described>(
    node: T,
    own: string | null | undefined,
    ownReason?: string | null | undefined,
  ): T => ({
    ...node,
    description: text(own),
    ...(node.directives ? { directives: node.directives.map((d) => ownDeprecation(d, ownReason)) } : {}),
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
                arguments: field.arguments?.map((arg) => {
                  const ownArg = own?.args.find((candidate) => candidate.name === arg.name.value);
                  return withOwn(arg, ownArg?.description, ownArg?.deprecationReason);
                }),
              },
              own?.description,
              own?.deprecationReason,
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
          fields: definition.fields?.map((field) => {
            const own = fields[field.name.value];
            return withOwn(field, own?.description, own?.deprecationReason);
          }),
        },
        type?.description,
      );
    }
    case Kind.ENUM_TYPE_DEFINITION: {
      const values = type && isEnumType(type) ? type : undefined;
      return withOwn(
        {
          ...definition,
          values: definition.values?.map((value) => {
            const own = values?.getValue(value.name.value);
            return withOwn(value, own?.description, own?.deprecationReason);
          }),
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

/** A `@deprecated` directive with the project's reason, or none (graphql's default) when it wrote none. */
function ownDeprecation(
  directive: ConstDirectiveNode,
  ownReason: string | null | undefined,
): ConstDirectiveNode {
  if (directive.name.value !== 'deprecated') return directive;
  if (!ownReason || ownReason === DEFAULT_DEPRECATION_REASON) return { ...directive, arguments: [] };
  return {
    ...directive,
    arguments: [
      {
        kind: Kind.ARGUMENT,
        name: { kind: Kind.NAME, value: 'reason' },
        value: { kind: Kind.STRING, value: ownReason },
      },
    ],
  };
}
