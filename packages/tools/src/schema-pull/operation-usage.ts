import {
  concatAST,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isUnionType,
  Kind,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { Selection } from './selection.js';

/**
 * Adds to `selection` everything the operations reach in its live schema: fields, arguments, input
 * fields and enum values written in literals, variable types, and fragment type conditions (as union
 * members where they refine a union). Returns one line per field or argument the live schema lacks.
 */
export function addOperationUsage(selection: Selection, documents: readonly DocumentNode[]): string[] {
  if (documents.length === 0) return [];
  const live = selection.live;
  const document = concatAST(documents);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const missing = new Set<string>();
  const typeInfo = new TypeInfo(live);

  const refine = (context: GraphQLCompositeType | null | undefined, conditionName: string) => {
    if (!live.getType(conditionName)) return void missing.add(`type ${conditionName}`);
    selection.addType(conditionName);
    if (context && isUnionType(context)) selection.addMember(context.name, conditionName);
  };

  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        const name = node.name.value;
        if (name.startsWith('__') || !parent) return;
        if (typeInfo.getFieldDef()) selection.addField(parent.name, name);
        else missing.add(`field ${parent.name}.${name}`);
      },
      Argument(node) {
        if (typeInfo.getDirective()) return;
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!parent || !field) return;
        if (typeInfo.getArgument()) selection.addArg(parent.name, field.name, node.name.value);
        else missing.add(`argument ${parent.name}.${field.name}(${node.name.value})`);
      },
      ObjectField(node) {
        const parent = getNamedType(typeInfo.getParentInputType());
        if (parent && isInputObjectType(parent)) {
          if (parent.getFields()[node.name.value]) selection.addField(parent.name, node.name.value);
          else missing.add(`input field ${parent.name}.${node.name.value}`);
        }
      },
      EnumValue(node) {
        const type = getNamedType(typeInfo.getInputType());
        if (type && isEnumType(type)) selection.addValue(type.name, node.value);
      },
      VariableDefinition(node) {
        const type = typeFromAST(live, node.type);
        if (type) selection.addType(getNamedType(type).name, { wholeIfNew: true });
      },
      InlineFragment(node) {
        if (node.typeCondition) refine(typeInfo.getParentType(), node.typeCondition.name.value);
      },
      FragmentSpread(node) {
        const fragment = fragments.get(node.name.value);
        if (fragment) refine(typeInfo.getParentType(), fragment.typeCondition.name.value);
      },
      FragmentDefinition(node) {
        refine(undefined, node.typeCondition.name.value);
      },
    }),
  );
  return [...missing].sort();
}
