import { describe, expect, it } from 'vitest';
import { parseQuantityText } from './quantity.js';

describe('parseQuantityText', () => {
  it('reads the quantities BOMs write', () => {
    expect(['4', '1,000', '2.0', '0.5', '0,25', '3 pcs', '2x', 'x2', '0'].map(parseQuantityText)).toEqual([
      4, 1000, 2, 0.5, 0.25, 3, 2, 2, 0,
    ]);
  });

  it('gives undefined for what is not a quantity', () => {
    expect(['two', '-1', '', '1-2', 'NaN', '1e3'].map(parseQuantityText)).toEqual(Array(6).fill(undefined));
  });
});
