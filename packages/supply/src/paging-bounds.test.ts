import { describe, expect, it } from 'vitest';
import { checkMultiMatch, checkPage } from './paging-bounds.js';

describe('checkPage', () => {
  it("accepts Nexar's bounds up to the edges", () => {
    expect(() => checkPage('search', 0, 1, 10)).not.toThrow();
    expect(() => checkPage('search', 1000, 100, 10)).not.toThrow();
    expect(() => checkPage('search', undefined, undefined, 10)).not.toThrow();
  });

  it('names every bound a page breaks', () => {
    expect(() => checkPage('search', 0, 101, 10)).toThrow(
      /limit must be a whole number from 1 to 100, got 101/,
    );
    expect(() => checkPage('search', 0, 0, 10)).toThrow(/got 0/);
    expect(() => checkPage('search', 1001, 10, 10)).toThrow(
      /start must be a whole number from 0 to 1000, got 1001/,
    );
    expect(() => checkPage('search', 1001, 100, 10)).toThrow(
      /start \+ limit must be at most 1100, got 1001 \+ 100 = 1101/,
    );
  });

  it('quotes a value of the wrong type as given, as a TypeError', () => {
    expect(() => checkPage('searchMpn', undefined, '10' as unknown as number, 10)).toThrow(
      new TypeError(
        "searchMpn: limit must be a whole number from 1 to 100, got '10' (a string). Nexar refuses such a request, so it was not sent.",
      ),
    );
    expect(() => checkPage('searchMpn', Number.NaN, 10, 10)).toThrow(/start .*got NaN\./);
  });
});

describe('checkMultiMatch', () => {
  it("returns the sum of the queries' limits", () => {
    expect(checkMultiMatch([{ mpn: 'A', limit: 1 }, { sku: 'B' }, { mpnOrSku: 'C', limit: 10 }], 3)).toBe(14);
  });

  it('refuses more than 100 parts in one call, and empty or out-of-bounds queries', () => {
    expect(() =>
      checkMultiMatch(
        Array.from({ length: 34 }, () => ({ mpn: 'LM358' })),
        3,
      ),
    ).toThrow(/add up to 102 parts/);
    expect(
      checkMultiMatch(
        Array.from({ length: 100 }, () => ({ mpn: 'LM358', limit: 1 })),
        3,
      ),
    ).toBe(100);
    expect(() => checkMultiMatch([], 3)).toThrow(RangeError);
    expect(() => checkMultiMatch([{ mpn: 'LM358', start: -1 }], 3)).toThrow(/queries\[0\]/);
  });
});

describe('checkMultiMatch: nonsense and wrong types', () => {
  it('refuses queries that are not an array, or a query that is not an object', () => {
    expect(() => checkMultiMatch('x' as never, 3)).toThrow(
      new TypeError("multiMatch needs { queries: [{ mpn: 'LM358' }, ...] }, got queries 'x' (a string)."),
    );
    expect(() => checkMultiMatch(undefined as never, 3)).toThrow(/got queries undefined/);
    expect(() => checkMultiMatch([null] as never, 3)).toThrow(/queries\[0\] must be an object .*got null/);
  });

  it('refuses a blank, huge or non-string part number', () => {
    expect(() => checkMultiMatch([{ mpn: 'LM358' }, { mpn: '' }], 3)).toThrow(/queries\[1\]\.mpn is blank/);
    expect(() => checkMultiMatch([{ mpn: '   ' }], 3)).toThrow(
      new RangeError(
        "multiMatch queries[0].mpn is blank: give the text to search for, or leave it out, got '   ' (a string).",
      ),
    );
    expect(() => checkMultiMatch([{ mpn: 358 as unknown as string }], 3)).toThrow(
      new TypeError('multiMatch queries[0].mpn must be a string, got 358.'),
    );
    expect(() => checkMultiMatch([{ sku: 'x'.repeat(501) }], 3)).toThrow(/longer than 500 characters/);
  });
});
