import { describe, expect, it } from 'vitest';
import { chooseOffer } from './choose-offer.js';
import type { OfferInput, SellerInput } from './offer-types.js';

const prices = (pairs: [number, number][]) =>
  pairs.map(([quantity, price]) => ({ quantity, currency: 'USD', convertedPrice: price }));

const seller = (name: string, isAuthorized: boolean, offers: Partial<OfferInput>[]): SellerInput => ({
  company: { id: name.toLowerCase(), name },
  isAuthorized,
  offers: offers.map((o, i) => ({
    id: `${name}-${i}`,
    sku: `${name}-SKU-${i}`,
    inventoryLevel: 1000,
    moq: null,
    orderMultiple: null,
    packaging: null,
    prices: [],
    ...o,
  })),
});

// The small catalog's NE555P: Mouser (MOQ 10, multiple 5, stock 10,000) and Digi-Key (MOQ 1, stock 50).
const ne555p = [
  seller('Mouser', true, [
    {
      inventoryLevel: 10_000,
      moq: 10,
      orderMultiple: 5,
      prices: prices([
        [1, 0.5],
        [10, 0.4],
        [100, 0.3],
        [1000, 0.2],
      ]),
    },
  ]),
  seller('Digi-Key', true, [
    {
      inventoryLevel: 50,
      moq: 1,
      prices: prices([
        [1, 0.6],
        [10, 0.45],
        [100, 0.35],
        [1000, 0.25],
      ]),
    },
  ]),
];

const pick = (need: number, sellers = ne555p, fallback = {}) => {
  const pricing = chooseOffer(sellers, need, 'USD', fallback);
  if (!pricing.priced) throw new Error(pricing.reason);
  return pricing;
};

describe('chooseOffer', () => {
  it('takes the cheapest extended price among authorised sellers with the stock', () => {
    expect(pick(1).offer).toMatchObject({
      seller: { name: 'Digi-Key' },
      orderQuantity: 1,
      extended: { minor: 60 },
    });
    expect(pick(10).offer).toMatchObject({ seller: { name: 'Mouser' }, extended: { minor: 400 } });
    expect(pick(11).offer).toMatchObject({
      seller: { name: 'Digi-Key' },
      orderQuantity: 11,
      extended: { minor: 495 },
    });
    // Digi-Key has only 50: Mouser, though its price at 11..50 is higher per order.
    expect(pick(60).offer).toMatchObject({
      seller: { name: 'Mouser' },
      orderQuantity: 60,
      extended: { minor: 2400 },
    });
    expect(pick(60).compromises).toEqual([]);
  });

  it('falls back to non-authorised sellers only when told, and says so', () => {
    const sellers = [
      seller('LCSC', false, [{ moq: 5, orderMultiple: 5, prices: prices([[5, 0.1]]) }]),
      seller('Authorised', true, [{ inventoryLevel: 0, prices: prices([[1, 0.2]]) }]),
    ];
    const refused = chooseOffer(sellers, 3, 'USD');
    expect(refused).toMatchObject({ priced: false });
    expect(refused.priced === false && refused.reason).toMatch(
      /no authorised seller .* \(most: 0\); allow fallback.nonAuthorized/,
    );
    expect(pick(3, sellers, { nonAuthorized: true })).toMatchObject({
      offer: { seller: { name: 'LCSC' }, orderQuantity: 5, extended: { minor: 50 } },
      compromises: ['non-authorized'],
    });
  });

  it('falls back to partial stock only when told, preferring the most pieces', () => {
    const sellers = [
      seller('A', true, [{ inventoryLevel: 30, prices: prices([[1, 0.1]]) }]),
      seller('B', true, [{ inventoryLevel: 80, prices: prices([[1, 0.2]]) }]),
    ];
    const refused = chooseOffer(sellers, 100, 'USD');
    expect(refused.priced === false && refused.reason).toContain('fallback.partialStock');
    expect(pick(100, sellers, { partialStock: true })).toMatchObject({
      offer: { seller: { name: 'B' }, shortfall: 20, extended: { minor: 2000 } },
      compromises: ['partial-stock'],
    });
  });

  it('prefers authorised partial stock to non-authorised, and says when nothing can be priced', () => {
    const sellers = [
      seller('Broker', false, [{ inventoryLevel: 10, prices: prices([[1, 0.01]]) }]),
      seller('Auth', true, [{ inventoryLevel: 10, prices: prices([[1, 1]]) }]),
    ];
    expect(pick(20, sellers, { partialStock: true, nonAuthorized: true }).offer.seller.name).toBe('Auth');
    expect(chooseOffer([], 1, 'USD')).toEqual({
      priced: false,
      reason: 'no seller offers this part with a price in USD.',
    });
  });
});
