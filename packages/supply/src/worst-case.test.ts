import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  MultiMatchDocument,
  PartsByIdsDocument,
  SearchMpnDocument,
  SuggestDocument,
} from './generated/graphql.js';
import { worstCaseParts } from './worst-case.js';

describe('worstCaseParts', () => {
  it("takes a search's limit from its variables, or Nexar's default of 10", () => {
    expect(worstCaseParts(SearchMpnDocument, { q: 'LM358', limit: 37 })).toBe(37);
    expect(worstCaseParts(SearchMpnDocument, { q: 'LM358' })).toBe(10);
  });

  it("adds up a multi-match's query limits (default 3 each)", () => {
    expect(
      worstCaseParts(MultiMatchDocument, {
        queries: [{ mpn: 'a', limit: 1 }, { mpn: 'b' }, { mpn: 'c', limit: 5 }],
      }),
    ).toBe(9);
  });

  it('counts one part per id of supParts', () => {
    expect(worstCaseParts(PartsByIdsDocument, { ids: ['1', '2', '3'] })).toBe(3);
  });

  it('costs nothing for operations without parts, or searches that do not ask for results', () => {
    expect(worstCaseParts(SuggestDocument, { q: 'lm3' })).toBe(0);
    expect(worstCaseParts(parse('query { supSearchMpn(q: "x", limit: 50) { hits } }'))).toBe(0);
  });

  it('reads literal arguments, aliases and fragments on the root', () => {
    const document = parse(`
      query { a: supSearch(q: "x", limit: 4) { results { part { id } } } ...More }
      fragment More on Query { b: supMultiMatch(queries: [{ mpn: "y", limit: 2 }, { mpn: "z" }]) { parts { id } } }
    `);
    expect(worstCaseParts(document)).toBe(9);
  });

  it('cannot bound a document that asks for similarParts', () => {
    const document = parse('query { supParts(ids: ["1"]) { similarParts { id } } }');
    expect(worstCaseParts(document)).toBeUndefined();
  });

  it('cannot bound parts nested in parts anywhere, nor parts of other supply root fields', () => {
    for (const text of [
      'query { supSearch(limit: 2) { results { part { companionProducts { part { id } } } } } }',
      'query { supMultiMatch(queries: [{ mpn: "x" }]) { parts { ...P } } } fragment P on SupPart { companionProducts { part { id } } }',
      'query { supSearchMpn(q: "x") { results { part { id } } } supEvalKits { parts { id } } }',
      'query { supPartFamilyPartSearch(q: "x") { results { ... on SupPartFamilyPart { part { id } } } } }',
    ]) {
      expect(worstCaseParts(parse(text)), text).toBeUndefined();
    }
    // Fields of the parts themselves stay bounded.
    expect(
      worstCaseParts(
        parse('query { supSearch(limit: 2) { results { part { id sellers { company { id } } } } } }'),
      ),
    ).toBe(2);
  });
});
