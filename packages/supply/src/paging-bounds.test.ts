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
});

describe('checkMultiMatch', () => {
  it("returns the sum of the queries' limits", () => {
    expect(checkMultiMatch([{ limit: 1 }, {}, { limit: 10 }], 3)).toBe(14);
  });

  it('refuses more than 100 parts in one call, and empty or out-of-bounds queries', () => {
    expect(() =>
      checkMultiMatch(
        Array.from({ length: 34 }, () => ({})),
        3,
      ),
    ).toThrow(/add up to 102 parts/);
    expect(
      checkMultiMatch(
        Array.from({ length: 100 }, () => ({ limit: 1 })),
        3,
      ),
    ).toBe(100);
    expect(() => checkMultiMatch([], 3)).toThrow(RangeError);
    expect(() => checkMultiMatch([{ start: -1 }], 3)).toThrow(/queries\[0\]/);
  });
});
