import { describe, expect, it } from 'vitest';
import { cacheKey, canonicalJson } from './cache-key.js';

const base = { operation: 'SearchMpn', country: 'US', currency: 'USD', fieldSet: 'basic' };

describe('cacheKey', () => {
  it('does not depend on the order of keys at any depth, nor on undefined members', () => {
    const a = cacheKey({ ...base, variables: { q: 'LM358', limit: 5, filters: { a: ['1'], b: ['2'] } } });
    const b = cacheKey({
      ...base,
      variables: { filters: { b: ['2'], a: ['1'] }, limit: 5, q: 'LM358', start: undefined },
    });
    expect(a).toBe(b);
  });

  it('differs for every part that changes the answer', () => {
    const key = cacheKey({ ...base, variables: { q: 'LM358' } });
    expect(cacheKey({ ...base, variables: { q: 'LM358N' } })).not.toBe(key);
    expect(cacheKey({ ...base, country: 'DE', variables: { q: 'LM358' } })).not.toBe(key);
    expect(cacheKey({ ...base, currency: 'EUR', variables: { q: 'LM358' } })).not.toBe(key);
    expect(cacheKey({ ...base, fieldSet: 'full', variables: { q: 'LM358' } })).not.toBe(key);
    expect(cacheKey({ ...base, operation: 'Search', variables: { q: 'LM358' } })).not.toBe(key);
  });

  it('treats country and currency case-insensitively', () => {
    expect(cacheKey({ ...base, country: 'us', currency: 'usd', variables: {} })).toBe(
      cacheKey({ ...base, variables: {} }),
    );
  });

  it('keeps array order, which matters (multi-match queries)', () => {
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
    expect(canonicalJson({ list: [undefined] })).toBe('{"list":[null]}');
  });
});
