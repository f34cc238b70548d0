import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CompiledQueries } from './compiled-queries.js';

const schema = buildSchema(`
  input Filter { and: [Filter!], name: String }
  input Line { mpn: String, start: Int! = 0 }
  type Query {
    things(where: Filter): [String!]!
    match(lines: [Line!]!): Int!
  }
`);

describe('CompiledQueries', () => {
  it('compiles an operation the second time it is asked for, and keeps it', () => {
    const cache = new CompiledQueries(schema, 10);
    const document = parse('query M($lines: [Line!]!) { match(lines: $lines) }');
    expect(cache.get(document, 'M')).toBeUndefined();
    const compiled = cache.get(document, 'M');
    expect(compiled?.operation.name?.value).toBe('M');
    expect(cache.get(document, 'M')).toBe(compiled);
  });

  it('leaves to graphql-js an operation whose variables are of a type that contains itself', () => {
    const cache = new CompiledQueries(schema, 10);
    const document = parse('query T($where: Filter) { things(where: $where) }');
    for (let i = 0; i < 3; i++) expect(cache.get(document, undefined)).toBeUndefined();
    const literal = parse('{ things(where: { and: [{ name: "a" }] }) }');
    cache.get(literal, undefined);
    expect(cache.get(literal, undefined)).toBeDefined();
  });

  it('names the variables used inside literals, which graphql-js must run when left out', () => {
    const cache = new CompiledQueries(schema, 10);
    const document = parse(
      'query($m: String, $l: [Line!]!) { a: match(lines: [{ mpn: $m }]) b: match(lines: $l) }',
    );
    cache.get(document, undefined);
    expect(cache.get(document, undefined)?.variablesInLiterals).toEqual(['m']);
  });

  it('forgets the least recently used document beyond its capacity', () => {
    const cache = new CompiledQueries(schema, 2);
    const a = parse('{ match(lines: []) }');
    const b = parse('{ x: match(lines: []) }');
    const c = parse('{ y: match(lines: []) }');
    for (const document of [a, b, a, a]) cache.get(document, undefined);
    const compiledA = cache.get(a, undefined);
    expect(compiledA).toBeDefined();
    cache.get(c, undefined); // b is the least recently used
    expect(cache.get(a, undefined)).toBe(compiledA);
    expect(cache.get(b, undefined)).toBeUndefined(); // seen once again, not compiled
  });
});
