import {
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  isUnionType,
} from 'graphql';

/**
 * What a schema has, by name and without definitions: every type's fields with their arguments,
 * input fields, enum values, union members and interfaces, sorted. Two schemas with the same shape
 * keep the same types, fields and arguments.
 */
export function schemaShape(schema: GraphQLSchema): Record<string, string[]> {
  const shape: Record<string, string[]> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    let parts: string[] = [];
    if (isObjectType(type) || isInterfaceType(type)) {
      parts = [
        ...type.getInterfaces().map((iface) => `implements ${iface.name}`),
        ...Object.values(type.getFields()).map(
          (field) =>
            `${field.name}(${field.args
              .map((arg) => arg.name)
              .sort()
              .join(',')})`,
        ),
      ];
    } else if (isInputObjectType(type)) {
      parts = Object.keys(type.getFields());
    } else if (isEnumType(type)) {
      parts = type.getValues().map((value) => value.name);
    } else if (isUnionType(type)) {
      parts = type.getTypes().map((member) => `| ${member.name}`);
    }
    shape[type.name] = parts.sort();
  }
  return shape;
}
