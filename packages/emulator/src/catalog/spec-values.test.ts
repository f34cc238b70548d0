import { describe, expect, it } from 'vitest';
import { E24, E96, formatShort, formatSi, letterCode, multiplierCode, seriesValues } from './spec-values.js';

describe('distributor value codes', () => {
  it('writes Yageo-style letter codes', () => {
    expect(letterCode(10000)).toBe('10K');
    expect(letterCode(4700)).toBe('4K7');
    expect(letterCode(4750)).toBe('4K75');
    expect(letterCode(100)).toBe('100R');
    expect(letterCode(1e6)).toBe('1M');
    expect(letterCode(0)).toBe('0R');
    expect(letterCode(10000, 3)).toBe('10K0');
    expect(letterCode(4700, 3)).toBe('4K70');
  });

  it('writes EIA significant-digit + multiplier codes', () => {
    expect(multiplierCode(10000, 3)).toBe('1002');
    expect(multiplierCode(4700, 3)).toBe('4701');
    expect(multiplierCode(47.5, 3)).toBe('47R5');
    expect(multiplierCode(100000, 2)).toBe('104');
    expect(multiplierCode(10, 2)).toBe('100');
    expect(multiplierCode(4.7, 2)).toBe('4R7');
  });
});

describe('formatting', () => {
  it('formats SI values with prefixes', () => {
    expect(formatSi(10000, 'Ω')).toBe('10 kΩ');
    expect(formatSi(1e-7, 'F')).toBe('100 nF');
    expect(formatSi(4.7e-6, 'F')).toBe('4.7 µF');
    expect(formatSi(0.0025, 'm')).toBe('2.5 mm');
    expect(formatSi(3.3, 'V')).toBe('3.3 V');
    expect(formatShort(4700)).toBe('4.7k');
  });

  it('enumerates standard series within a range', () => {
    expect(E24).toHaveLength(24);
    expect(E96).toHaveLength(96);
    expect(E96[0]).toBe(1);
    expect(E96.at(-1)).toBe(9.76);
    const values = seriesValues(E24, 10, 1e6);
    expect(values[0]).toBe(10);
    expect(values.at(-1)).toBe(1e6);
    expect(values).toHaveLength(5 * 24 + 1);
    expect(values).toContain(4700);
  });
});
