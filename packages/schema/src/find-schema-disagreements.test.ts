import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { findSchemaDisagreements } from './find-schema-disagreements.js';

const reference = buildSchema(/* GraphQL */ `
  type Query {
    part(id: ID!, currency: String! = "USD", limit: Int): Part
    parts(ids: [String!]!): [Part]!
    old: String @deprecated(reason: "gone")
    search(q: String, legacy: Boolean @deprecated(reason: "gone"), mode: Mode! = FAST): [Part!]!
  }
  type Mutation {
    rename(input: RenameInput!): Part!
  }
  interface Node {
    id: ID!
  }
  type Part implements Node {
    id: ID!
    mpn: String!
    stock: Int
  }
  enum Mode {
    FAST
    SLOW
    RETIRED @deprecated(reason: "gone")
  }
  input RenameInput {
    id: ID!
    name: String!
    note: String = "none"
  }
  union Thing = Part
  scalar Map
`);

function disagreements(snapshotSdl: string): string[] {
  return findSchemaDisagreements(buildSchema(snapshotSdl), reference);
}

describe('findSchemaDisagreements', () => {
  it('accepts a faithful subset, including omitted optional arguments and input fields', () => {
    expect(
      disagreements(`
        type Query { part(id: ID!, currency: String! = "USD"): Part, search(mode: Mode! = FAST): [Part!]! }
        type Mutation { rename(input: RenameInput!): Part! }
        interface Node { id: ID! }
        type Part implements Node { id: ID!, mpn: String! }
        enum Mode { FAST SLOW }
        input RenameInput { id: ID!, name: String! }
        union Thing = Part
        scalar Map
      `),
    ).toEqual([]);
  });

  it('names a type or field that the reference does not have', () => {
    expect(
      disagreements(`
        type Query { part(id: ID!): Part, price: Float }
        type Part { id: ID!, colour: String }
        type Extra { x: Int }
        scalar Long
      `),
    ).toEqual(
      expect.arrayContaining([
        'Query.price: field not in the reference',
        'Part.colour: field not in the reference',
        'Extra: type not in the reference schema',
        'Long: type not in the reference schema',
      ]),
    );
  });

  it('reports a different kind, field type or nullability', () => {
    const problems = disagreements(`
      type Query { part(id: ID!): Part!, parts(ids: [String!]!): [Part!]! }
      input Part { id: ID! }
    `);
    expect(problems).toContain('Part: input object in the snapshot, object type in the reference');
    expect(problems).toContain('Query.part: type Part! in the snapshot, Part in the reference');
    expect(problems).toContain('Query.parts: type [Part!]! in the snapshot, [Part]! in the reference');
  });

  it('reports argument types, defaults, unknown arguments and missing required ones', () => {
    const problems = disagreements(`
      type Query {
        part(currency: String = "USD", limit: Int = 5, region: String): Part
        search(mode: Mode! = SLOW): [Part!]!
      }
      type Part implements Node { id: ID! }
      interface Node { id: ID! }
      enum Mode { FAST SLOW }
    `);
    expect(problems).toEqual(
      expect.arrayContaining([
        'Query.part(currency): type String in the snapshot, String! in the reference',
        'Query.part(limit): default 5 in the snapshot, none in the reference',
        'Query.part(region): not in the reference',
        'Query.part(id): required in the reference but missing from the snapshot',
        'Query.search(mode): default SLOW in the snapshot, FAST in the reference',
      ]),
    );
  });

  it('reports input fields like arguments', () => {
    const problems = disagreements(`
      type Query { part(id: ID!): Part }
      type Part { id: ID! }
      type Mutation { rename(input: RenameInput!): Part! }
      input RenameInput { id: ID!, note: String = "n/a" }
    `);
    expect(problems).toEqual(
      expect.arrayContaining([
        'RenameInput(note): default "n/a" in the snapshot, "none" in the reference',
        'RenameInput(name): required in the reference but missing from the snapshot',
      ]),
    );
  });

  it('reports deprecated fields, arguments and enum values', () => {
    const problems = disagreements(`
      type Query { old: String, search(legacy: Boolean): [Part!]! }
      type Part { id: ID! }
      enum Mode { FAST SLOW RETIRED }
    `);
    expect(problems).toEqual(
      expect.arrayContaining([
        'Query.old: field is deprecated (gone)',
        'Query.search(legacy): deprecated (gone)',
        'Mode.RETIRED: enum value is deprecated',
      ]),
    );
  });

  it('reports enum values that are unknown or missing, interfaces and union members that differ', () => {
    const problems = disagreements(`
      type Query { part(id: ID!): Part }
      type Part { id: ID! }
      type Other { id: ID! }
      enum Mode { FAST TURBO }
      union Thing = Part | Other
    `);
    expect(problems).toEqual(
      expect.arrayContaining([
        'Mode.TURBO: enum value not in the reference',
        'Mode.SLOW: enum value in the reference but missing from the snapshot',
        'Part: implements [], the reference [Node]',
        'Thing: member Other not in the reference',
      ]),
    );
  });

  it('reports root types that are named differently', () => {
    const problems = disagreements(`
      schema { query: Root }
      type Root { part(id: ID!): Part }
      type Part implements Node { id: ID! }
      interface Node { id: ID! }
    `);
    expect(problems).toContain("schema: query root is Root, the reference's is Query");
  });
});
