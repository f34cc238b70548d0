import {
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isNonNullType,
  isObjectType,
  isSpecifiedDirective,
  isSpecifiedScalarType,
  isUnionType,
} from 'graphql';
import { compareInputTypeAndDefault, type Input, sameSet } from './compare-input.js';

/**
 * Every way in which `snapshot` fails to be a faithful subset of `reference` (the full API schema),
 * one readable line each, naming the type, field or argument concerned. Empty when they agree.
 *
 * A faithful subset means: every type exists there with the same kind and interfaces; every field,
 * argument and input field exists with the same type (wrappers included) and default; arguments and
 * input fields that the reference requires are not left out; enum values match the reference's
 * non-deprecated values; union members exist there; and nothing used is deprecated.
 */
export function findSchemaDisagreements(snapshot: GraphQLSchema, reference: GraphQLSchema): string[] {
  const problems: string[] = [];
  compareRoots(snapshot, reference, problems);
  for (const directive of snapshot.getDirectives()) {
    if (!isSpecifiedDirective(directive) && reference.getDirective(directive.name) === undefined) {
      problems.push(`@${directive.name}: directive not in the reference schema`);
    }
  }
  for (const type of Object.values(snapshot.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    const other = reference.getType(type.name);
    if (other === undefined) {
      problems.push(`${type.name}: type not in the reference schema`);
    } else if (kindOf(type) !== kindOf(other)) {
      problems.push(`${type.name}: ${kindOf(type)} in the snapshot, ${kindOf(other)} in the reference`);
    } else {
      compareTypes(type, other, problems);
    }
  }
  return problems;
}

function compareRoots(snapshot: GraphQLSchema, reference: GraphQLSchema, problems: string[]): void {
  const roots = [
    ['query', snapshot.getQueryType(), reference.getQueryType()],
    ['mutation', snapshot.getMutationType(), reference.getMutationType()],
    ['subscription', snapshot.getSubscriptionType(), reference.getSubscriptionType()],
  ] as const;
  for (const [operation, mine, theirs] of roots) {
    if (mine && mine.name !== theirs?.name) {
      problems.push(
        `schema: ${operation} root is ${mine.name}, the reference's is ${theirs?.name ?? 'absent'}`,
      );
    }
  }
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
    const otherFields = other.getFields();
    for (const field of Object.values(type.getFields())) {
      const otherField = otherFields[field.name];
      if (otherField === undefined) problems.push(`${type.name}.${field.name}: field not in the reference`);
      else compareFields(`${type.name}.${field.name}`, field, otherField, problems);
    }
  } else if (isUnionType(type) && isUnionType(other)) {
    const theirs = new Set(other.getTypes().map((t) => t.name));
    for (const member of type.getTypes()) {
      if (!theirs.has(member.name)) problems.push(`${type.name}: member ${member.name} not in the reference`);
    }
  } else if (isEnumType(type) && isEnumType(other)) {
    compareEnums(type.name, type.getValues(), other.getValues(), problems);
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
  if (other.deprecationReason != null || field.deprecationReason != null) {
    problems.push(`${where}: field is deprecated (${other.deprecationReason ?? field.deprecationReason})`);
  }
  compareInputs(where, field.args, other.args, problems);
}

/** Arguments of a field, or fields of an input object: the same rules apply to both. */
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
    if (other.deprecationReason != null || input.deprecationReason != null) {
      problems.push(`${at}: deprecated (${other.deprecationReason ?? input.deprecationReason})`);
    }
  }
  const present = new Set(mine.map((input) => input.name));
  for (const other of theirs) {
    // Leaving out a required input would let the snapshot accept documents the API rejects.
    if (isNonNullType(other.type) && other.defaultValue === undefined && !present.has(other.name)) {
      problems.push(`${where}(${other.name}): required in the reference but missing from the snapshot`);
    }
  }
}

function compareEnums(
  name: string,
  mine: readonly { name: string; deprecationReason?: string | null | undefined }[],
  theirs: readonly { name: string; deprecationReason?: string | null | undefined }[],
  problems: string[],
): void {
  const byName = new Map(theirs.map((value) => [value.name, value]));
  for (const value of mine) {
    const other = byName.get(value.name);
    if (other === undefined) problems.push(`${name}.${value.name}: enum value not in the reference`);
    else if (other.deprecationReason != null || value.deprecationReason != null) {
      problems.push(`${name}.${value.name}: enum value is deprecated`);
    }
  }
  // An output enum missing a live value would make generated types reject real responses.
  const present = new Set(mine.map((value) => value.name));
  for (const other of theirs) {
    if (other.deprecationReason == null && !present.has(other.name)) {
      problems.push(`${name}.${other.name}: enum value in the reference but missing from the snapshot`);
    }
  }
}
