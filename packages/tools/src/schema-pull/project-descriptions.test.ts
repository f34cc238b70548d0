import { buildSchema, isEnumType, isInputObjectType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { withProjectDescriptions } from './project-descriptions.js';

const live = buildSchema(`
  "Endpoint text for Query."
  type Query {
    "Endpoint text for part."
    part("Endpoint text for id." id: ID!, "Endpoint text for new." extra: Int): Part
    "Endpoint text for a new field."
    added: Kind
  }
  "Endpoint text for Part."
  type Part { "Endpoint text for mpn." mpn: String! }
  "Endpoint text for Kind."
  enum Kind { "Endpoint text for A." A "Endpoint text for B." B }
  "Endpoint text for Filter."
  input Filter { "Endpoint text for q." q: String }
  type Mutation { find(filter: Filter): Part }
`);

const previous = buildSchema(`
  type Query {
    "The project's words for part."
    part("The project's words for id." id: ID!): Part
  }
  "The project's words for Part."
  type Part { mpn: String! }
  enum Kind { "The project's words for A." A }
  input Filter { "The project's words for q." q: String }
  type Mutation { find(filter: Filter): Part }
`);

describe('withProjectDescriptions', () => {
  const result = withProjectDescriptions(live, previous);

  it("keeps the previous snapshot's descriptions and drops the endpoint's", () => {
    const query = result.getQueryType();
    const part = query?.getFields().part;
    expect(query?.description).toBeUndefined();
    expect(part?.description).toBe("The project's words for part.");
    expect(part?.args.find((arg) => arg.name === 'id')?.description).toBe("The project's words for id.");
    expect(part?.args.find((arg) => arg.name === 'extra')?.description).toBeUndefined();
    expect(query?.getFields().added?.description).toBeUndefined();

    const partType = result.getType('Part');
    expect(isObjectType(partType) && partType.description).toBe("The project's words for Part.");
    expect(isObjectType(partType) && partType.getFields().mpn?.description).toBeUndefined();

    const kind = result.getType('Kind');
    expect(isEnumType(kind) && kind.getValue('A')?.description).toBe("The project's words for A.");
    expect(isEnumType(kind) && kind.getValue('B')?.description).toBeUndefined();

    const filter = result.getType('Filter');
    expect(isInputObjectType(filter) && filter.getFields().q?.description).toBe("The project's words for q.");
  });

  it('changes nothing but descriptions', () => {
    expect(Object.keys(result.getTypeMap()).sort()).toEqual(Object.keys(live.getTypeMap()).sort());
    const part = result.getQueryType()?.getFields().part;
    expect(part?.args.map((arg) => `${arg.name}: ${arg.type}`)).toEqual(['id: ID!', 'extra: Int']);
  });

  it('leaves no description without a previous snapshot', () => {
    const bare = withProjectDescriptions(live, undefined);
    expect(bare.getQueryType()?.getFields().part?.description).toBeUndefined();
    expect(bare.getType('Part')?.description).toBeUndefined();
  });
});

describe('withProjectDescriptions on deprecations', () => {
  const endpoint = buildSchema(`
    type Query {
      old: String @deprecated(reason: "Endpoint reason for old.")
      older: String @deprecated(reason: "Endpoint reason for older.")
      find(mode: String @deprecated(reason: "Endpoint reason for mode."), q: String): String
    }
    enum Kind { A B @deprecated(reason: "Endpoint reason for B.") }
    input Filter { q: String, legacy: String @deprecated(reason: "Endpoint reason for legacy.") }
    type Mutation { run(filter: Filter, kind: Kind): String }
  `);
  const own = buildSchema(`
    type Query { old: String @deprecated(reason: "The project's reason for old.") }
  `);
  const result = withProjectDescriptions(endpoint, own);

  it("keeps every deprecation, with the project's reason or graphql's generic one, never the endpoint's", () => {
    const fields = result.getQueryType()?.getFields();
    expect(fields?.old?.deprecationReason).toBe("The project's reason for old.");
    expect(fields?.older?.deprecationReason).toBe('No longer supported');
    expect(fields?.find?.args.find((arg) => arg.name === 'mode')?.deprecationReason).toBe(
      'No longer supported',
    );
    expect(fields?.find?.args.find((arg) => arg.name === 'q')?.deprecationReason).toBeUndefined();
    const kind = result.getType('Kind');
    expect(isEnumType(kind) && kind.getValue('B')?.deprecationReason).toBe('No longer supported');
    const filter = result.getType('Filter');
    expect(isInputObjectType(filter) && filter.getFields().legacy?.deprecationReason).toBe(
      'No longer supported',
    );
  });
});
