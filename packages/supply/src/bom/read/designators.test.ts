import { describe, expect, it } from 'vitest';
import { countableDesignators, splitDesignators } from './designators.js';

describe('splitDesignators', () => {
  it('splits on commas, spaces and semicolons, each designator once', () => {
    expect(splitDesignators('C1 C2 ')).toEqual(['C1', 'C2']);
    expect(splitDesignators('R1, R2;R3 R3')).toEqual(['R1', 'R2', 'R3']);
  });

  it('expands the ranges BOM tools write', () => {
    expect(splitDesignators('R1-R4')).toEqual(['R1', 'R2', 'R3', 'R4']);
    expect(splitDesignators('D1 - D3, D7')).toEqual(['D1', 'D2', 'D3', 'D7']);
    expect(splitDesignators('C1..C3')).toEqual(['C1', 'C2', 'C3']);
    expect(splitDesignators('R8-10')).toEqual(['R8', 'R9', 'R10']);
    expect(splitDesignators('C103-C105,C109')).toEqual(['C103', 'C104', 'C105', 'C109']);
  });

  it('keeps as written what is not a range it can expand', () => {
    expect(splitDesignators('R5-C7')).toEqual(['R5-C7']);
    expect(splitDesignators('R9-R2')).toEqual(['R9-R2']);
    expect(splitDesignators('U1-A')).toEqual(['U1-A']);
    expect(splitDesignators('R1-R100000')).toEqual(['R1-R100000']);
  });

  it('counts only designator-shaped tokens', () => {
    expect(countableDesignators(['R1', 'U3A', 'SW_1'])).toBe(true);
    expect(countableDesignators(['see', 'note'])).toBe(false);
    expect(countableDesignators([])).toBe(false);
  });
});
