import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance.js';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent transpositions', () => {
    expect(editDistance('resistor', 'resistor')).toBe(0);
    expect(editDistance('resitor', 'resistor')).toBe(1);
    expect(editDistance('resistorr', 'resistor')).toBe(1);
    expect(editDistance('resistar', 'resistor')).toBe(1);
    expect(editDistance('rseistor', 'resistor')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('stops early past the limit and reports limit + 1', () => {
    expect(editDistance('capacitor', 'inductor', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('texsas', 'texas', 2)).toBe(1);
  });
});
