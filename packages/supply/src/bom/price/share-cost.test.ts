import { describe, expect, it } from 'vitest';
import { shareMinor } from './share-cost.js';

describe('shareMinor', () => {
  it('shares by weight in whole units that add up exactly', () => {
    expect(shareMinor(300, [30, 30])).toEqual([150, 150]);
    expect(shareMinor(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(shareMinor(7, [6, 2])).toEqual([5, 2]);
    const shares = shareMinor(99_999, [3, 7, 11, 13]);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(99_999);
  });

  it('gives everything to the first line when no line has a weight', () => {
    expect(shareMinor(50, [0, 0])).toEqual([50, 0]);
  });
});
