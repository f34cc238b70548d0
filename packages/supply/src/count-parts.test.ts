import { describe, expect, it } from 'vitest';
import { countParts } from './count-parts.js';

describe('countParts', () => {
  it('counts every SupPart object, nested ones included', () => {
    const result = {
      supSearchMpn: {
        __typename: 'SupPartResultSet',
        hits: 40,
        results: [
          { part: { __typename: 'SupPart', id: '1', similarParts: [{ __typename: 'SupPart', id: '2' }] } },
          { part: { __typename: 'SupPart', id: '3', manufacturer: { __typename: 'SupCompany' } } },
        ],
      },
      other: { supParts: [null, { __typename: 'SupPart', id: '4' }] },
    };
    expect(countParts(result)).toBe(4);
  });

  it('counts nothing in empty or scalar answers', () => {
    expect(countParts(null)).toBe(0);
    expect(countParts(undefined)).toBe(0);
    expect(countParts({ supSearchMpn: { hits: 0, results: [] } })).toBe(0);
    expect(countParts('SupPart')).toBe(0);
  });
});
