import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { withTypename } from './with-typename.js';

describe('withTypename', () => {
  const document = parse(`
    query Q($q: String!) {
      supSearchMpn(q: $q) { hits results { part { ...P } } }
    }
    fragment P on SupPart { __typename id manufacturer { name } }
  `);

  it('asks for __typename in every selection set below the root, once', () => {
    const printed = print(withTypename(document));
    expect(printed).toContain('supSearchMpn(q: $q) {\n    hits\n    results {');
    expect(printed.match(/__typename/g)?.length).toBe(5); // result set, results, part, fragment (had it), manufacturer
    expect(printed).not.toMatch(/query Q\(\$q: String!\) \{\s*__typename/);
  });

  it('returns the same document object for the same input', () => {
    expect(withTypename(document)).toBe(withTypename(document));
  });
});
