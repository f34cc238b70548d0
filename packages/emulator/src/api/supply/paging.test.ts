import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkMultiMatchTotal, pageOf, slicePage } from './paging.js';

function errorOf(fn: () => unknown): GraphQLError {
  try {
    fn();
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('expected a GraphQLError');
}

describe('pageOf', () => {
  it('applies the default limit and start 0', () => {
    expect(pageOf('supSearch', {}, 10)).toEqual({ start: 0, limit: 10 });
    expect(pageOf('supSearch', { start: null, limit: null }, 3)).toEqual({ start: 0, limit: 3 });
  });

  it('accepts the bounds themselves', () => {
    expect(pageOf('supSearch', { start: 1000, limit: 100 }, 10)).toEqual({ start: 1000, limit: 100 });
    expect(pageOf('supSearch', { start: 0, limit: 1 }, 10)).toEqual({ start: 0, limit: 1 });
  });

  it.each([
    [{ limit: 0 }, 'supSearch: limit must be between 1 and 100, got 0.'],
    [{ limit: 101 }, 'supSearch: limit must be between 1 and 100, got 101.'],
    [{ start: -1 }, 'supSearch: start must be between 0 and 1000, got -1.'],
    [{ start: 1001 }, 'supSearch: start must be between 0 and 1000, got 1001.'],
  ])('rejects %o', (args, message) => {
    const error = errorOf(() => pageOf('supSearch', args, 10));
    expect(error.message).toBe(message);
    expect(error.extensions.code).toBe('INVALID_ARGUMENT');
  });

  it('names every bound broken at once, including start + limit', () => {
    const error = errorOf(() => pageOf('supSearchMpn', { start: 1001, limit: 100 }, 10));
    expect(error.message).toBe(
      'supSearchMpn: start must be between 0 and 1000, got 1001; ' +
        'start + limit must be at most 1100, got 1001 + 100 = 1101.',
    );
  });

  it('prefixes nested argument names', () => {
    expect(errorOf(() => pageOf('supMultiMatch', { limit: 0, start: 0 }, 3, 'queries[4].')).message).toBe(
      'supMultiMatch: queries[4].limit must be between 1 and 100, got 0.',
    );
  });
});

describe('checkMultiMatchTotal', () => {
  it('allows 100 parts in total and refuses 101', () => {
    expect(() => checkMultiMatchTotal('supMultiMatch', [50, 50])).not.toThrow();
    const error = errorOf(() => checkMultiMatchTotal('supMultiMatch', [50, 50, 1]));
    expect(error.message).toContain(
      'at most 100 parts can be requested in total across one supMultiMatch call',
    );
    expect(error.message).toContain("the 3 queries' limits add up to 101");
  });
});

describe('slicePage', () => {
  const items = ['a', 'b', 'c', 'd'];

  it('returns everything without paging, and honours start and limit', () => {
    expect(slicePage('f', items, {})).toEqual(items);
    expect(slicePage('f', items, { start: 1, limit: 2 })).toEqual(['b', 'c']);
    expect(slicePage('f', items, { start: 3 })).toEqual(['d']);
    expect(slicePage('f', items, { limit: 0 })).toEqual([]);
  });

  it('refuses negative values', () => {
    expect(errorOf(() => slicePage('SupPart.sellers', items, { start: -1 })).message).toBe(
      'SupPart.sellers: start must not be negative, got -1.',
    );
    expect(errorOf(() => slicePage('SupPart.sellers', items, { limit: -2 })).message).toBe(
      'SupPart.sellers: limit must not be negative, got -2.',
    );
  });
});
