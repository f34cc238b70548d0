import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { lostParts, type PartEntry, type ResponsePath } from './returned-parts.js';

const schema = buildSchema('type Query { ok: Boolean }');
const other = buildSchema('type Query { other: Boolean }');

/** A response path from its keys, as graphql-js builds them. */
function path(...keys: (string | number)[]): ResponsePath {
  let out: ResponsePath | undefined;
  for (const key of keys) out = { prev: out, key, typename: undefined };
  if (!out) throw new Error('a path needs a key');
  return out;
}

const entry = (resolved: number, ...keys: (string | number)[]): PartEntry => ({
  path: path(...keys),
  schema,
  resolved,
});

describe('lostParts', () => {
  const data = {
    supParts: [{ id: '1', similarParts: [{ id: '2' }, { id: '3' }] }, null],
    search: { results: [{ part: { id: '4' } }, { part: { id: '5' } }] },
    failed: null,
  };

  it('loses nothing the answer holds: list items or the one object', () => {
    expect(
      lostParts(
        data,
        [
          entry(1, 'supParts'),
          entry(2, 'supParts', 0, 'similarParts'),
          entry(1, 'search', 'results', 0, 'part'),
          entry(1, 'search', 'results', 1, 'part'),
        ],
        schema,
      ),
    ).toBe(0);
  });

  it('loses what an error left null, at the field or anywhere above it', () => {
    expect(lostParts(data, [entry(2, 'supParts')], schema)).toBe(1);
    expect(lostParts(data, [entry(3, 'failed')], schema)).toBe(3);
    expect(lostParts(data, [entry(4, 'supParts', 1, 'similarParts')], schema)).toBe(4);
    expect(lostParts(data, [entry(1, 'failed', 'results', 0, 'part')], schema)).toBe(1);
    expect(lostParts(null, [entry(2, 'supParts')], schema)).toBe(2);
  });

  it('counts a path resolved twice once, and ignores resolutions in another schema', () => {
    expect(lostParts(data, [entry(2, 'supParts'), entry(2, 'supParts')], schema)).toBe(1);
    expect(lostParts(data, [{ ...entry(5, 'probe'), schema: other }], schema)).toBe(0);
  });
});
