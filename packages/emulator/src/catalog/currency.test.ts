import { describe, expect, it } from 'vitest';
import { conversionRate, convertPrice, EXCHANGE_RATES, isSupportedCurrency } from './currency.js';

describe('currency', () => {
  it('converts with fixed rates, rounded to 4 significant digits', () => {
    expect(convertPrice(0.41, 'USD', 'EUR')).toBe(0.3772);
    expect(convertPrice(1, 'USD', 'USD')).toBe(1);
    expect(conversionRate('EUR', 'USD')).toBeCloseTo(1 / (EXCHANGE_RATES.EUR ?? 1), 10);
    expect(convertPrice(convertPrice(2, 'USD', 'EUR'), 'EUR', 'USD')).toBeCloseTo(2, 3);
  });

  it('accepts codes case-insensitively and rejects unknown ones', () => {
    expect(isSupportedCurrency('eur')).toBe(true);
    expect(isSupportedCurrency('XYZ')).toBe(false);
    expect(() => convertPrice(1, 'USD', 'XYZ')).toThrow(/Unsupported currency "XYZ"/);
  });
});
