import {
  assertValidSchema,
  buildASTSchema,
  type DocumentNode,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isLeafType,
  isNonNullType,
  isObjectType,
  isSpecifiedDirective,
  isSpecifiedScalarType,
  isUnionType,
} from 'graphql';
import { filterSchema } from './filter-schema.js';
import { addOperationUsage } from './operation-usage.js';
import { Selection } from './selection.js';

export interface SubsetResult {
  schema: GraphQLSchema;
  /** Fields, arguments and types the operations use that the live schema does not have. */
  missing: string[];
}

/**
 * The part of `live` that the project reaches: what `base` (the previous snapshot) has, plus what
 * `operations` use, with every definition (types, arguments, defaults, nullability, descriptions)
 * taken from `live`. Closed, so it always builds: the types of kept fields and arguments, required
 * arguments and input fields, every interface a kept type implements (with the fields it demands),
 * and all current values of kept enums.
 */
export function subsetSchema(
  live: GraphQLSchema,
  base: GraphQLSchema | undefined,
  operations: readonly DocumentNode[],
): SubsetResult {
  const selection = new Selection(live);
  const query = live.getQueryType();
  if (query) selection.addType(query.name);
  if (base) addBase(selection, base);
  const missing = addOperationUsage(selection, operations);
  close(selection);
  const schema = buildASTSchema(filterSchema(live, selection));
  assertValidSchema(schema);
  return { schema, missing };
}

/** Seeds the selection with every type, field, argument, value and member of the previous snapshot. */
function addBase(selection: Selection, base: GraphQLSchema): void {
  for (const type of Object.values(base.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (!selection.addType(type.name)) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        selection.addField(type.name, field.name);
        for (const arg of field.args) selection.addArg(type.name, field.name, arg.name);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) selection.addField(type.name, field.name);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) selection.addValue(type.name, value.name);
    } else if (isUnionType(type)) {
      for (const member of type.getTypes()) selection.addMember(type.name, member.name);
    }
  }
  for (const directive of base.getDirectives()) {
    if (!isSpecifiedDirective(directive)) selection.addDirective(directive.name);
  }
}

/** Adds what kept parts need until nothing changes. */
function close(selection: Selection): void {
  const live = selection.live;
  do {
    selection.changed = false;
    for (const name of selection.directives) {
      for (const arg of live.getDirective(name)?.args ?? []) keepInputType(selection, arg.type);
    }
    for (const [name, kept] of [...selection.types]) {
      const type = live.getType(name);
      if (isObjectType(type) || isInterfaceType(type)) {
        if (kept.fields.size === 0) addDefaultFields(selection, name, Object.values(type.getFields()));
        for (const iface of type.getInterfaces()) {
          selection.addType(iface.name);
          // An implementation must have every kept field of its interfaces, with their arguments.
          const demanded = selection.types.get(iface.name)?.fields ?? new Set<string>();
          for (const fieldName of demanded) {
            selection.addField(name, fieldName);
            for (const arg of iface.getFields()[fieldName]?.args ?? [])
              selection.addArg(name, fieldName, arg.name);
          }
        }
        for (const fieldName of kept.fields) {
          const field = type.getFields()[fieldName];
          if (!field) continue;
          selection.addType(getNamedType(field.type).name);
          for (const arg of field.args) {
            if (isRequired(arg)) selection.addArg(name, fieldName, arg.name);
          }
          for (const argName of kept.args.get(fieldName) ?? []) {
            const arg = field.args.find((candidate) => candidate.name === argName);
            if (arg) keepInputType(selection, arg.type);
          }
        }
      } else if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (kept.whole || isRequired(field)) selection.addField(name, field.name);
        }
        for (const fieldName of kept.fields) {
          const field = type.getFields()[fieldName];
          if (field) keepInputType(selection, field.type);
        }
      } else if (isEnumType(type)) {
        // Responses may carry any current value: an enum is kept whole, less deprecated values nobody uses.
        for (const value of type.getValues()) {
          if (value.deprecationReason == null) selection.addValue(name, value.name);
        }
      } else if (isUnionType(type)) {
        const first = type.getTypes()[0];
        if (kept.members.size === 0 && first) selection.addMember(name, first.name);
        for (const member of kept.members) selection.addType(member);
      }
    }
  } while (selection.changed);
}

function keepInputType(selection: Selection, type: GraphQLInputField['type']): void {
  selection.addType(getNamedType(type).name, { wholeIfNew: true });
}

function isRequired(input: { type: GraphQLInputField['type']; defaultValue?: unknown }): boolean {
  return isNonNullType(input.type) && input.defaultValue === undefined;
}

/**
 * A type reached only as the type of a kept field (its field now returns a new type): keep its
 * current leaf fields that need no arguments, or failing that one field, so the type stays valid.
 */
function addDefaultFields(
  selection: Selection,
  typeName: string,
  fields: readonly GraphQLField<unknown, unknown>[],
): void {
  const usable = fields.filter((field) => field.deprecationReason == null && !field.args.some(isRequired));
  const leaves = usable.filter((field) => isLeafType(getNamedType(field.type)));
  const chosen = leaves.length > 0 ? leaves : usable.length > 0 ? usable.slice(0, 1) : fields.slice(0, 1);
  for (const field of chosen) selection.addField(typeName, field.name);
}
