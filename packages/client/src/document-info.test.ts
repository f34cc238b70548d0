import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { documentInfo } from './document-info.js';

describe('documentInfo', () => {
  it('names the operation and tells queries from mutations', () => {
    expect(documentInfo(parse('query Parts { a }'))).toEqual({ operationName: 'Parts', isMutation: false });
    expect(documentInfo(parse('mutation AddComment { a }'))).toEqual({
      operationName: 'AddComment',
      isMutation: true,
    });
    expect(documentInfo(parse('{ a }'))).toEqual({ operationName: undefined, isMutation: false });
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
