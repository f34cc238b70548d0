import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printSnapshot, SNAPSHOT_HEADER } from './print-snapshot.js';

const sdl = /* GraphQL */ `
  type Zebra { stripes: Int, name: String }
  type Mutation { rename(name: String!, id: ID!): Zebra }
  "Entry points."
  type Query { zebra(id: ID!, at: String): Zebra, apple: Apple }
  enum Apple { RED GREEN }
  scalar Map
`;

describe('printSnapshot', () => {
  it('prints root types first, then every other type, field, argument and value alphabetically', () => {
    const text = printSnapshot(buildSchema(sdl));
    expect(text.startsWith(SNAPSHOT_HEADER)).toBe(true);
    const order = [...text.matchAll(/^(?:type|enum|scalar) (\w+)/gm)].map((match) => match[1]);
    expect(order).toEqual(['Query', 'Mutation', 'Apple', 'Map', 'Zebra']);
    expect(text).toContain(
      '"""Entry points."""\ntype Query {\n  apple: Apple\n  zebra(at: String, id: ID!): Zebra\n}',
    );
    expect(text).toContain('enum Apple {\n  GREEN\n  RED\n}');
    expect(text).toContain('type Zebra {\n  name: String\n  stripes: Int\n}');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('prints the same bytes whatever order the schema came in, and survives a round trip', () => {
    const reordered = /* GraphQL */ `
      scalar Map
      enum Apple { GREEN RED }
      type Query { apple: Apple, zebra(at: String, id: ID!): Zebra }
      type Zebra { name: String, stripes: Int }
      type Mutation { rename(id: ID!, name: String!): Zebra }
    `;
    const text = printSnapshot(buildSchema(sdl));
    // Only the description differs between the two sources.
    expect(printSnapshot(buildSchema(reordered))).toBe(text.replace('"""Entry points."""\n', ''));
    expect(printSnapshot(buildSchema(text))).toBe(text);
  });

  it('keeps a schema definition when the root types have other names', () => {
    const text = printSnapshot(
      buildSchema('schema { query: Root } type Root { b: Int, a: Int } type Aa { x: Int }'),
    );
    expect(text).toContain('schema {\n  query: Root\n}');
    expect(text.indexOf('type Root')).toBeLessThan(text.indexOf('type Aa'));
  });
});
