import {
  buildSchema,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  parse,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { printSnapshot } from './print-snapshot.js';
import { subsetSchema } from './subset.js';

const live = buildSchema(/* GraphQL */ `
  type Query {
    "Live description of part."
    part(id: ID!, currency: String = "USD", country: String): Part
    search(q: String, filter: SearchFilter, limit: Int): [Part!]!
    node(id: ID!): Node
    thing: Thing
    legacy: String @deprecated(reason: "old")
    extra: Extra
  }
  type Mutation {
    rename(input: RenameInput!): Part!
  }
  interface Node {
    id: ID!
    name: String
  }
  type Part implements Node {
    id: ID!
    name: String
    mpn: String!
    seller(limit: Int, region: String!): Seller
    stock: Stock
    price: Price
  }
  type Seller {
    id: ID!
    name: String!
    offers: [Offer!]!
  }
  type Offer {
    sku: String!
  }
  type Price {
    amount: Float!
    currency: Currency!
    history(days: Int!): [Float!]!
  }
  type Stock {
    total: Int!
    byRegion(region: String!): Int
    detail: StockDetail
  }
  type StockDetail {
    warehouse: String
  }
  enum Currency {
    USD
    EUR
    GBP @deprecated(reason: "gone")
  }
  input SearchFilter {
    manufacturer: String
    range: Range
    region: String!
  }
  input Range {
    min: Int
    max: Int
  }
  input RenameInput {
    id: ID!
    name: String!
    note: String = "n"
    tags: [Tag!]
  }
  input Tag {
    key: String!
    value: String
  }
  union Thing = Part | Seller | Offer
  type Extra {
    a: Int
  }
`);

const base = buildSchema(/* GraphQL */ `
  type Query {
    part(id: ID!, currency: String = "EUR"): Part
    thing: Thing
  }
  interface Node {
    id: ID!
  }
  type Part implements Node {
    id: ID!
    mpn: String
    seller: Seller
    stock: Int
  }
  type Seller {
    id: ID!
  }
  union Thing = Part | Seller
`);

/** Every type with what it has: fields with arguments, input fields, enum values, union members. */
function shape(schema: GraphQLSchema): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))
      continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      result[type.name] = Object.values(type.getFields()).map(
        (field) => `${field.name}(${field.args.map((arg) => arg.name).join(',')})`,
      );
    } else if (isInputObjectType(type)) {
      result[type.name] = Object.keys(type.getFields());
    } else if (isEnumType(type)) {
      result[type.name] = type.getValues().map((value) => value.name);
    } else if (isUnionType(type)) {
      result[type.name] = type.getTypes().map((member) => member.name);
    } else {
      result[type.name] = [];
    }
  }
  return result;
}

function subset(operations: string[] = []) {
  return subsetSchema(
    live,
    base,
    operations.map((source) => parse(source)),
  );
}

describe('subsetSchema', () => {
  it("keeps what the previous snapshot has, with the live schema's definitions, and nothing else", () => {
    const { schema, missing } = subset();
    expect(missing).toEqual([]);
    expect(shape(schema)).toEqual({
      Query: ['part(id,currency)', 'thing()'],
      Node: ['id()'],
      // seller gained a required argument on the live side: it comes along.
      Part: ['id()', 'mpn()', 'seller(region)', 'stock()'],
      Seller: ['id()'],
      // stock's type changed to a type the snapshot did not have: its plain leaf fields are kept.
      Stock: ['total()'],
      Thing: ['Part', 'Seller'],
    });
    const part = schema.getQueryType()?.getFields().part;
    expect(part?.description).toBe('Live description of part.');
    expect(part?.args.find((arg) => arg.name === 'currency')?.defaultValue).toBe('USD');
    expect(
      String(
        (schema.getType('Part') as { getFields(): Record<string, { type: unknown }> }).getFields().mpn?.type,
      ),
    ).toBe('String!');
    expect(schema.getMutationType()).toBeUndefined();
  });

  it('adds what the operations use: fields, arguments, variable input types whole, and enums', () => {
    const { schema } = subset([
      `query Search($filter: SearchFilter) {
        search(q: "lm358", filter: $filter) {
          id name
          seller(region: "EU") { name offers { sku } }
          price { currency history(days: 3) }
        }
      }`,
    ]);
    const types = shape(schema);
    // In the live schema's order (printing sorts them).
    expect(types.Query).toEqual(['part(id,currency)', 'search(q,filter)', 'thing()']);
    expect(types.Part).toEqual(['id()', 'name()', 'mpn()', 'seller(region)', 'stock()', 'price()']);
    expect(types.Seller).toEqual(['id()', 'name()', 'offers()']);
    expect(types.Offer).toEqual(['sku()']);
    expect(types.Price).toEqual(['currency()', 'history(days)']);
    // A variable's input type is reached whole, with the input types it needs.
    expect(types.SearchFilter).toEqual(['manufacturer', 'range', 'region']);
    expect(types.Range).toEqual(['min', 'max']);
    // Enums keep every current value, not deprecated ones nobody uses.
    expect(types.Currency).toEqual(['USD', 'EUR']);
    // Interfaces do not grow because an implementation did.
    expect(types.Node).toEqual(['id()']);
  });

  it('gives every kept implementation the interface fields that are kept', () => {
    const { schema } = subset(['{ node(id: "1") { id name } }']);
    const types = shape(schema);
    expect(types.Node).toEqual(['id()', 'name()']);
    expect(types.Part).toContain('name()');
  });

  it('adds union members that fragments select, and input fields written in literals', () => {
    const { schema } = subset([
      '{ thing { ... on Offer { sku } ...SellerName } }',
      'fragment SellerName on Seller { name }',
      'mutation Rename { rename(input: { id: "1", name: "x", tags: [{ key: "k" }] }) { id } }',
    ]);
    const types = shape(schema);
    expect(types.Thing).toEqual(['Part', 'Seller', 'Offer']);
    expect(types.Seller).toEqual(['id()', 'name()']);
    expect(types.Mutation).toEqual(['rename(input)']);
    expect(types.RenameInput).toEqual(['id', 'name', 'tags']);
    expect(types.Tag).toEqual(['key']);
  });

  it('names what the operations use that the live schema lacks', () => {
    const { missing } = subset(['{ part(id: "1", colour: "red") { id colour } }']);
    expect(missing).toEqual(['argument Query.part(colour)', 'field Part.colour']);
  });

  it('is a fixed point: subsetting with its own output as the base gives the same snapshot', () => {
    const operations = ['{ search { id price { currency } } }'].map((source) => parse(source));
    const first = subsetSchema(live, base, operations).schema;
    const second = subsetSchema(live, first, operations).schema;
    expect(printSnapshot(second)).toBe(printSnapshot(first));
  });

  it('keeps the whole live schema when given it as the base', () => {
    const { schema } = subsetSchema(live, live, []);
    // Deprecated parts included: the base has them.
    expect(shape(schema)).toEqual(shape(live));
  });
});
