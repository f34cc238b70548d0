import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { documentInfo } from './document-info.js';

describe('documentInfo', () => {
  it('names the operation and tells queries from mutations', () => {
    expect(documentInfo(parse('query Parts { a }'))).toMatchObject({
      operationName: 'Parts',
      isMutation: false,
    });
    expect(documentInfo(parse('mutation AddComment { a }'))).toMatchObject({
      operationName: 'AddComment',
      isMutation: true,
    });
    expect(documentInfo(parse('{ a }'))).toMatchObject({ operationName: undefined, isMutation: false });
  });

  it('prints the document as graphql-js prints it', () => {
    const document = parse('query   Spaced ( $q : String ) {  a ( q : $q ) }');
    expect(documentInfo(document).text).toBe('query Spaced($q: String) {\n  a(q: $q)\n}');
  });

  it('skips fragments before the operation', () => {
    const document = parse('fragment F on Part { mpn } query WithFragment { a { ...F } }');
    expect(documentInfo(document).operationName).toBe('WithFragment');
  });

  it('analyses a document once', () => {
    const document = parse('query Once { a }');
    expect(documentInfo(document)).toBe(documentInfo(document));
  });
});
