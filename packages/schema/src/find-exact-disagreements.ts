import {
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedDirective,
  isSpecifiedScalarType,
  isUnionType,
  OperationTypeNode,
} from 'graphql';
import { compareInputTypeAndDefault, type Input, sameSet } from './compare-input.js';

/**
 * Every way in which `snapshot` and `reference` differ as facts of the API, one readable line each:
 * root types; directives; types and their kinds; fields, arguments and input fields (names, types with
 * their wrappers, defaults); enum values; interfaces; union members; and what is deprecated. Descriptions
 * and deprecation reasons are prose and not compared. Empty when the two define the same API.
 */
export function findExactDisagreements(snapshot: GraphQLSchema, reference: GraphQLSchema): string[] {
  const problems: string[] = [];
  for (const operation of Object.values(OperationTypeNode)) {
    const mine = snapshot.getRootType(operation)?.name;
    const theirs = reference.getRootType(operation)?.name;
    if (mine !== theirs) {
      problems.push(
        `schema: ${operation} root is ${mine ?? 'absent'}, the reference's is ${theirs ?? 'absent'}`,
      );
    }
  }
  const directives = (schema: GraphQLSchema) =>
    new Map(
      schema
        .getDirectives()
        .filter((directive) => !isSpecifiedDirective(directive))
        .map((directive) => [directive.name, directive]),
    );
  const theirDirectives = directives(reference);
  const myDirectives = directives(snapshot);
  for (const [name, directive] of myDirectives) {
    const other = theirDirectives.get(name);
    if (other === undefined) problems.push(`@${name}: directive not in the reference`);
    else {
      if (directive.isRepeatable !== other.isRepeatable) problems.push(`@${name}: repeatable differs`);
      if (!sameSet(directive.locations, other.locations)) problems.push(`@${name}: locations differ`);
      compareInputs(`@${name}`, directive.args, other.args, problems);
    }
  }
  for (const name of theirDirectives.keys()) {
    if (!myDirectives.has(name)) problems.push(`@${name}: directive missing from the snapshot`);
  }

  const theirTypes = namedTypes(reference);
  const myTypes = namedTypes(snapshot);
  for (const [name, type] of myTypes) {
    const other = theirTypes.get(name);
    if (other === undefined) problems.push(`${name}: type not in the reference`);
    else if (kindOf(type) !== kindOf(other)) {
      problems.push(`${name}: ${kindOf(type)} in the snapshot, ${kindOf(other)} in the reference`);
    } else compareTypes(type, other, problems);
  }
  for (const name of theirTypes.keys()) {
    if (!myTypes.has(name)) problems.push(`${name}: type missing from the snapshot`);
  }
  return problems;
}

function namedTypes(schema: GraphQLSchema): Map<string, GraphQLNamedType> {
  return new Map(
    Object.values(schema.getTypeMap())
      .filter((type) => !isIntrospectionType(type) && !isSpecifiedScalarType(type))
      .map((type) => [type.name, type]),
  );
}

function kindOf(type: GraphQLNamedType): string {
  if (isObjectType(type)) return 'object type';
  if (isInterfaceType(type)) return 'interface';
  if (isUnionType(type)) return 'union';
  if (isEnumType(type)) return 'enum';
  if (isInputObjectType(type)) return 'input object';
  return 'scalar';
}

function compareTypes(type: GraphQLNamedType, other: GraphQLNamedType, problems: string[]): void {
  if ((isObjectType(type) || isInterfaceType(type)) && (isObjectType(other) || isInterfaceType(other))) {
    const mine = type.getInterfaces().map((i) => i.name);
    const theirs = other.getInterfaces().map((i) => i.name);
    if (!sameSet(mine, theirs)) {
      problems.push(`${type.name}: implements [${mine.join(', ')}], the reference [${theirs.join(', ')}]`);
    }
    const myFields = type.getFields();
    const theirFields = other.getFields();
    for (const field of Object.values(myFields)) {
      const otherField = theirFields[field.name];
      if (otherField === undefined) problems.push(`${type.name}.${field.name}: field not in the reference`);
      else compareFields(`${type.name}.${field.name}`, field, otherField, problems);
    }
    for (const name of Object.keys(theirFields)) {
      if (myFields[name] === undefined)
        problems.push(`${type.name}.${name}: field missing from the snapshot`);
    }
  } else if (isUnionType(type) && isUnionType(other)) {
    const mine = type.getTypes().map((t) => t.name);
    const theirs = other.getTypes().map((t) => t.name);
    if (!sameSet(mine, theirs)) {
      problems.push(`${type.name}: members [${mine.join(', ')}], the reference [${theirs.join(', ')}]`);
    }
  } else if (isEnumType(type) && isEnumType(other)) {
    const theirs = new Map(other.getValues().map((value) => [value.name, value]));
    for (const value of type.getValues()) {
      const otherValue = theirs.get(value.name);
      if (otherValue === undefined)
        problems.push(`${type.name}.${value.name}: enum value not in the reference`);
      else compareDeprecation(`${type.name}.${value.name}`, value, otherValue, problems);
    }
    const mine = new Set(type.getValues().map((value) => value.name));
    for (const name of theirs.keys()) {
      if (!mine.has(name)) problems.push(`${type.name}.${name}: enum value missing from the snapshot`);
    }
  } else if (isInputObjectType(type) && isInputObjectType(other)) {
    compareInputs(type.name, Object.values(type.getFields()), Object.values(other.getFields()), problems);
  }
}

function compareFields(
  where: string,
  field: GraphQLField<unknown, unknown>,
  other: GraphQLField<unknown, unknown>,
  problems: string[],
): void {
  if (String(field.type) !== String(other.type)) {
    problems.push(
      `${where}: type ${String(field.type)} in the snapshot, ${String(other.type)} in the reference`,
    );
  }
  compareDeprecation(where, field, other, problems);
  compareInputs(where, field.args, other.args, problems);
}

function compareInputs(
  where: string,
  mine: readonly Input[],
  theirs: readonly Input[],
  problems: string[],
): void {
  const byName = new Map(theirs.map((input) => [input.name, input]));
  for (const input of mine) {
    const at = `${where}(${input.name})`;
    const other = byName.get(input.name);
    if (other === undefined) {
      problems.push(`${at}: not in the reference`);
      continue;
    }
    compareInputTypeAndDefault(at, input, other, problems);
    compareDeprecation(at, input, other, problems);
  }
  const present = new Set(mine.map((input) => input.name));
  for (const other of theirs) {
    if (!present.has(other.name)) problems.push(`${where}(${other.name}): missing from the snapshot`);
  }
}

function compareDeprecation(
  where: string,
  mine: { deprecationReason?: string | null | undefined },
  theirs: { deprecationReason?: string | null | undefined },
  problems: string[],
): void {
  const a = mine.deprecationReason != null;
  const b = theirs.deprecationReason != null;
  if (a !== b) {
    problems.push(
      `${where}: ${a ? 'deprecated' : 'not deprecated'} in the snapshot, ${b ? 'deprecated' : 'not deprecated'} in the reference`,
    );
  }
}
