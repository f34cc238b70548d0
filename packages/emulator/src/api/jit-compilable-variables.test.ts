import { buildSchema, getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { hasCompilableVariables } from './jit-compilable-variables.js';

const wide = Array.from({ length: 40 }, (_, i) => `f${i}: String`).join(' ');
const schema = buildSchema(`
  input Filter { and: [Filter!], or: [Filter!], name: Text }
  input Text { eq: String, contains: String }
  input Line { mpn: String, start: Int! = 0, text: Text }
  input Wide { ${wide} }
  input Wider { a: Wide, b: Wide, c: Wide, d: Wide, e: Wide, f: Wide, g: Wide, h: Wide }
  type Query { q(f: Filter, l: [Line!], w: Wider): Int }
`);

const compilable = (text: string) => {
  const operation = getOperationAST(parse(text));
  if (!operation) throw new Error('no operation');
  return hasCompilableVariables(schema, operation);
};

describe('hasCompilableVariables', () => {
  it('accepts scalars and small input objects, nested or in lists', () => {
    expect(compilable('query($l: [Line!], $n: Int) { q(l: $l) }')).toBe(true);
    expect(compilable('{ q(f: { and: [{ name: { eq: "a" } }] }) }')).toBe(true);
  });

  it('refuses a variable whose input type contains itself', () => {
    expect(compilable('query($f: Filter) { q(f: $f) }')).toBe(false);
  });

  it('refuses variables that unfold into more input fields than it compiles quickly', () => {
    expect(compilable('query($w: Wider) { q(w: $w) }')).toBe(false);
  });
});
