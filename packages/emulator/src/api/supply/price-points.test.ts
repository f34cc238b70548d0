import { describe, expect, it } from 'vitest';
import type { PricePoint } from '../../catalog/index.js';
import { offerPrices, toSupPricePoint } from './price-points.js';

const usd = (quantity: number, price: number): PricePoint => ({ quantity, price, currency: 'USD' });
const eur = (quantity: number, price: number): PricePoint => ({ quantity, price, currency: 'EUR' });

describe('toSupPricePoint', () => {
  it('keeps the quoted price and adds the converted one', () => {
    expect(toSupPricePoint(usd(1, 0.41), 'EUR')).toEqual({
      quantity: 1,
      price: 0.41,
      currency: 'USD',
      convertedPrice: 0.3772,
      convertedCurrency: 'EUR',
      conversionRate: 0.92,
    });
  });

  it('converts back to the quoted currency and uses rate 1 for the same currency', () => {
    const back = toSupPricePoint(eur(1, 0.3772), 'USD');
    expect(back.convertedPrice).toBe(0.41);
    expect(back.conversionRate).toBeCloseTo(1 / 0.92, 12);
    expect(toSupPricePoint(usd(10, 0.5), 'USD')).toMatchObject({ convertedPrice: 0.5, conversionRate: 1 });
  });
});

describe('offerPrices', () => {
  const ladder = [usd(1, 0.5), usd(10, 0.4), usd(100, 0.3), eur(1, 0.46), eur(100, 0.28)];

  it('returns every stored break without priceBreaks', () => {
    expect(offerPrices(ladder, 'USD').map((p) => [p.quantity, p.currency])).toEqual([
      [1, 'USD'],
      [10, 'USD'],
      [100, 'USD'],
      [1, 'EUR'],
      [100, 'EUR'],
    ]);
  });

  it('prices each asked quantity at the break that applies, per quoted currency', () => {
    const points = offerPrices(ladder, 'USD', [250, 5, 10, 5]);
    expect(points.map((p) => [p.quantity, p.price, p.currency])).toEqual([
      [5, 0.5, 'USD'],
      [10, 0.4, 'USD'],
      [250, 0.3, 'USD'],
      [5, 0.46, 'EUR'],
      [10, 0.46, 'EUR'],
      [250, 0.28, 'EUR'],
    ]);
  });

  it('has no price below the first break', () => {
    expect(offerPrices([usd(10, 0.4)], 'USD', [1, 9])).toEqual([]);
  });

  it('refuses quantities below 1', () => {
    expect(() => offerPrices(ladder, 'USD', [0])).toThrow('priceBreaks must be positive quantities, got 0');
  });
});
