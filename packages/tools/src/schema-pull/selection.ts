import { type GraphQLNamedType, type GraphQLSchema, isInputObjectType } from 'graphql';

/** What is kept of one type: its fields (or input fields), each field's arguments, enum values, union members. */
export interface KeptType {
  readonly fields: Set<string>;
  readonly args: Map<string, Set<string>>;
  readonly values: Set<string>;
  readonly members: Set<string>;
  /** Input objects: every field (a type the project did not have before, reached as a whole). */
  whole: boolean;
}

/**
 * The parts of a live schema a subset keeps, by name. Every `add*` ignores names the live schema does
 * not have and records whether anything new was added, so a closure can run until nothing changes.
 */
export class Selection {
  readonly live: GraphQLSchema;
  readonly types = new Map<string, KeptType>();
  readonly directives = new Set<string>();
  changed = false;

  constructor(live: GraphQLSchema) {
    this.live = live;
  }

  /** Keeps a type; a new input object added with `wholeIfNew` keeps all its fields. */
  addType(name: string, options: { wholeIfNew?: boolean } = {}): KeptType | undefined {
    const type = this.live.getType(name);
    if (type === undefined || name.startsWith('__')) return undefined;
    let kept = this.types.get(name);
    if (kept === undefined) {
      kept = {
        fields: new Set(),
        args: new Map(),
        values: new Set(),
        members: new Set(),
        whole: options.wholeIfNew === true && isInputObjectType(type),
      };
      this.types.set(name, kept);
      this.changed = true;
    }
    return kept;
  }

  addField(typeName: string, fieldName: string): void {
    const type = this.live.getType(typeName);
    if (!type || !hasField(type, fieldName)) return;
    const kept = this.addType(typeName);
    if (kept && !kept.fields.has(fieldName)) {
      kept.fields.add(fieldName);
      this.changed = true;
    }
  }

  addArg(typeName: string, fieldName: string, argName: string): void {
    const field = fieldsOf(this.live.getType(typeName))?.[fieldName];
    if (!field?.args?.some((arg) => arg.name === argName)) return;
    this.addField(typeName, fieldName);
    const kept = this.types.get(typeName);
    if (!kept) return;
    const args = kept.args.get(fieldName) ?? new Set<string>();
    kept.args.set(fieldName, args);
    if (!args.has(argName)) {
      args.add(argName);
      this.changed = true;
    }
  }

  addValue(enumName: string, value: string): void {
    const type = this.live.getType(enumName);
    if (!type || !('getValue' in type) || type.getValue(value) == null) return;
    const kept = this.addType(enumName);
    if (kept && !kept.values.has(value)) {
      kept.values.add(value);
      this.changed = true;
    }
  }

  addMember(unionName: string, memberName: string): void {
    const type = this.live.getType(unionName);
    if (!type || !('getTypes' in type) || !type.getTypes().some((member) => member.name === memberName))
      return;
    const kept = this.addType(unionName);
    this.addType(memberName);
    if (kept && !kept.members.has(memberName)) {
      kept.members.add(memberName);
      this.changed = true;
    }
  }

  addDirective(name: string): void {
    if (this.live.getDirective(name) && !this.directives.has(name)) {
      this.directives.add(name);
      this.changed = true;
    }
  }
}

type AnyFields = Record<string, { args?: readonly { name: string }[] } | undefined>;

/** Fields of an object, interface or input object type; undefined for other kinds. */
export function fieldsOf(type: GraphQLNamedType | undefined | null): AnyFields | undefined {
  return type && 'getFields' in type ? (type.getFields() as AnyFields) : undefined;
}

function hasField(type: GraphQLNamedType, name: string): boolean {
  return fieldsOf(type)?.[name] !== undefined;
}
