import { describe, expect, it } from 'vitest';
import { curveQuantities } from './cost-curve.js';

describe('curveQuantities', () => {
  it('spans 1 to 10,000 in 1-2-5 steps and includes the asked quantity', () => {
    expect(curveQuantities(100)).toEqual([1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000]);
    expect(curveQuantities(250)).toContain(250);
    expect(curveQuantities(250)).toHaveLength(14);
  });

  it('reaches a larger asked quantity', () => {
    const quantities = curveQuantities(30_000);
    expect(quantities.slice(-3)).toEqual([10_000, 20_000, 30_000]);
  });
});
