import { describe, expect, it } from 'vitest';
import { pricingFromArgs } from './pricing-args.js';

describe('pricingFromArgs', () => {
  it('defaults to US and USD and upper-cases codes', () => {
    expect(pricingFromArgs('supParts', {})).toEqual({ country: 'US', currency: 'USD' });
    expect(pricingFromArgs('supParts', { country: 'de', currency: 'eur' })).toEqual({
      country: 'DE',
      currency: 'EUR',
    });
  });

  it('rejects an unsupported currency, listing the supported ones', () => {
    expect(() => pricingFromArgs('supSearch', { currency: 'XYZ' })).toThrow(
      'supSearch: currency "XYZ" is not supported; use one of USD, EUR, GBP, CAD, JPY, CNY.',
    );
  });

  it('rejects a country that is not a two-letter code', () => {
    expect(() => pricingFromArgs('supSearch', { country: 'Germany' })).toThrow(
      'supSearch: country must be an ISO 3166 alpha-2 code',
    );
  });
});
