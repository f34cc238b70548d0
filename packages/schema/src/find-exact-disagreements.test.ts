import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { findExactDisagreements } from './find-exact-disagreements.js';

const reference = `
  directive @cost(weight: Int = 1) on FIELD_DEFINITION
  type Query {
    part(id: ID!, currency: String! = "USD"): Part
    old: String @deprecated(reason: "endpoint words")
    search(q: String, legacy: Boolean @deprecated): [Part!]!
  }
  type Mutation { rename(input: RenameInput!): Part! }
  interface Node { id: ID! }
  type Part implements Node { id: ID!, mpn: String! }
  enum Mode { FAST SLOW RETIRED @deprecated }
  input RenameInput { id: ID!, note: String = "none" }
  union Thing = Part
  scalar Map
`;

function problems(snapshot: string): string[] {
  return findExactDisagreements(buildSchema(snapshot), buildSchema(reference));
}

describe('findExactDisagreements', () => {
  it('accepts the same API with other descriptions and deprecation reasons', () => {
    const reworded = reference
      .replace('"endpoint words"', '"our words"')
      .replace('type Part', '"Our description." type Part');
    expect(problems(reworded)).toEqual([]);
  });

  it('names whatever the snapshot lacks: types, fields, arguments, input fields, enum values, directives', () => {
    expect(
      problems(`
        type Query { part(id: ID!): Part, search(q: String): [Part!]! }
        type Mutation { rename(input: RenameInput!): Part! }
        interface Node { id: ID! }
        type Part implements Node { id: ID! }
        enum Mode { FAST SLOW }
        input RenameInput { id: ID! }
        union Thing = Part
      `),
    ).toEqual(
      expect.arrayContaining([
        '@cost: directive missing from the snapshot',
        'Map: type missing from the snapshot',
        'Query.old: field missing from the snapshot',
        'Query.part(currency): missing from the snapshot',
        'Query.search(legacy): missing from the snapshot',
        'Part.mpn: field missing from the snapshot',
        'Mode.RETIRED: enum value missing from the snapshot',
        'RenameInput(note): missing from the snapshot',
      ]),
    );
  });

  it('reports deprecations that differ either way, and defaults and types that differ', () => {
    const changed = reference
      .replace('old: String @deprecated(reason: "endpoint words")', 'old: String')
      .replace('mpn: String!', 'mpn: String! @deprecated')
      .replace('legacy: Boolean @deprecated', 'legacy: Boolean')
      .replace('RETIRED @deprecated', 'RETIRED')
      .replace('note: String = "none"', 'note: String = "n/a"')
      .replace('part(id: ID!', 'part(id: ID');
    expect(problems(changed)).toEqual(
      expect.arrayContaining([
        'Query.old: not deprecated in the snapshot, deprecated in the reference',
        'Part.mpn: deprecated in the snapshot, not deprecated in the reference',
        'Query.search(legacy): not deprecated in the snapshot, deprecated in the reference',
        'Mode.RETIRED: not deprecated in the snapshot, deprecated in the reference',
        'RenameInput(note): default "n/a" in the snapshot, "none" in the reference',
        'Query.part(id): type ID in the snapshot, ID! in the reference',
      ]),
    );
  });

  it('names what the snapshot has and the reference does not', () => {
    const extra = `${reference} type Extra { x: Int } extend type Part { colour: String }`;
    expect(problems(extra)).toEqual(
      expect.arrayContaining(['Extra: type not in the reference', 'Part.colour: field not in the reference']),
    );
  });
});
