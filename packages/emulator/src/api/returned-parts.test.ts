import { describe, expect, it } from 'vitest';
import { countReturnedParts, type ResponsePath } from './returned-parts.js';

/** A response path from its keys, as graphql-js builds them. */
function path(...keys: (string | number)[]): ResponsePath {
  let out: ResponsePath | undefined;
  for (const key of keys) out = { prev: out, key, typename: undefined };
  if (!out) throw new Error('a path needs a key');
  return out;
}

describe('countReturnedParts', () => {
  const data = {
    supParts: [{ id: '1', similarParts: [{ id: '2' }, { id: '3' }] }, null],
    search: { results: [{ part: { id: '4' } }, { part: { id: '5' } }] },
    failed: null,
  };

  it('counts the objects a part field holds in the answer: a list item each, or the one object', () => {
    expect(countReturnedParts(data, [path('supParts')])).toBe(1);
    expect(countReturnedParts(data, [path('supParts', 0, 'similarParts')])).toBe(2);
    expect(countReturnedParts(data, [path('search', 'results', 1, 'part')])).toBe(1);
  });

  it('counts nothing where an error left null, at the field or above it', () => {
    expect(countReturnedParts(data, [path('failed')])).toBe(0);
    expect(countReturnedParts(data, [path('supParts', 1, 'similarParts')])).toBe(0);
    expect(countReturnedParts(data, [path('failed', 'results', 0, 'part')])).toBe(0);
    expect(countReturnedParts(null, [path('supParts')])).toBe(0);
  });

  it('adds up every path', () => {
    const paths = [
      path('supParts'),
      path('supParts', 0, 'similarParts'),
      path('search', 'results', 0, 'part'),
      path('search', 'results', 1, 'part'),
    ];
    expect(countReturnedParts(data, paths)).toBe(5);
  });
});
