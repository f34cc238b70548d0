import { describe, expect, it } from 'vitest';
import { orderQuantity, priceBreakFor, quoteOffer } from './offer-quote.js';
import type { OfferInput, PricePointInput, SellerInput } from './offer-types.js';

const usd = (pairs: [number, number][]): PricePointInput[] =>
  pairs.map(([quantity, price]) => ({ quantity, currency: 'USD', convertedPrice: price }));

const offer = (over: Partial<OfferInput>): OfferInput => ({
  id: 'o1',
  sku: 'SKU-1',
  inventoryLevel: 10_000,
  moq: null,
  orderMultiple: null,
  packaging: null,
  prices: [],
  ...over,
});

const seller: SellerInput = { company: { id: 's1', name: 'Mouser' }, isAuthorized: true, offers: [] };

// Mouser's NE555P offer of the small catalog: breaks 1/10/100/1000, MOQ 10, multiple 5.
const ne555p = offer({
  sku: '595-NE555P',
  moq: 10,
  orderMultiple: 5,
  prices: usd([
    [1, 0.5],
    [10, 0.4],
    [100, 0.3],
    [1000, 0.2],
  ]),
});

describe('orderQuantity', () => {
  it('raises to the MOQ and the first break, and rounds up to the order multiple', () => {
    expect(orderQuantity(3, { moq: 10, orderMultiple: 5 })).toBe(10);
    expect(orderQuantity(11, { moq: 10, orderMultiple: 5 })).toBe(15);
    expect(orderQuantity(15, { moq: 10, orderMultiple: 5 })).toBe(15);
    expect(orderQuantity(10, { moq: 2500, orderMultiple: 2500 })).toBe(2500);
    expect(orderQuantity(2501, { moq: 2500, orderMultiple: 2500 })).toBe(5000);
    expect(orderQuantity(7, { moq: 8, orderMultiple: 3 })).toBe(9);
    expect(orderQuantity(2, { firstBreak: 10 })).toBe(10);
    expect(orderQuantity(4, {})).toBe(4);
  });
});

describe('priceBreakFor', () => {
  const ladder = [
    { quantity: 100, price: 0.3 },
    { quantity: 1, price: 0.5 },
    { quantity: 10, price: 0.4 },
  ];
  it('takes the highest break at or below the quantity, in any order', () => {
    expect(priceBreakFor(ladder, 1)?.price).toBe(0.5);
    expect(priceBreakFor(ladder, 9)?.price).toBe(0.5);
    expect(priceBreakFor(ladder, 10)?.price).toBe(0.4);
    expect(priceBreakFor(ladder, 99)?.price).toBe(0.4);
    expect(priceBreakFor(ladder, 100_000)?.price).toBe(0.3);
    expect(priceBreakFor([{ quantity: 10, price: 1 }], 9)).toBeUndefined();
  });
});

describe('quoteOffer: price breaks, MOQ and multiples', () => {
  const quote = (need: number) => quoteOffer(seller, ne555p, need, 'USD');
  it.each([
    // need, order quantity, break, unit price, extended (cents)
    [1, 10, 10, 0.4, 400], // below the MOQ: ordered at the MOQ
    [9, 10, 10, 0.4, 400], // just below a break
    [10, 10, 10, 0.4, 400], // exactly at a break
    [11, 15, 10, 0.4, 600], // above a break: next multiple of 5
    [99, 100, 100, 0.3, 3000], // rounding up reaches the next break
    [100, 100, 100, 0.3, 3000],
    [101, 105, 100, 0.3, 3150],
    [1000, 1000, 1000, 0.2, 20_000],
    [1234, 1235, 1000, 0.2, 24_700],
  ])('need %i → order %i at break %i, %f each, %i cents', (need, order, breakQuantity, unitPrice, cents) => {
    const q = quote(need);
    expect(q).toMatchObject({ need, orderQuantity: order, breakQuantity, unitPrice, excess: order - need });
    expect(q?.extended).toMatchObject({ currency: 'USD', minor: cents });
  });

  it('reports a shortfall when the stock is below the order quantity', () => {
    expect(quoteOffer(seller, { ...ne555p, inventoryLevel: 40 }, 100, 'USD')?.shortfall).toBe(60);
    expect(quote(100)?.shortfall).toBe(0);
  });
});

describe('quoteOffer: currencies', () => {
  // Asked in EUR: an offer quoted in USD and EUR (every convertedPrice is in EUR).
  const both: PricePointInput[] = [
    { quantity: 1, currency: 'USD', convertedPrice: 0.3772 },
    { quantity: 10, currency: 'USD', convertedPrice: 0.3128 },
    { quantity: 1, currency: 'EUR', convertedPrice: 0.38 },
  ];
  it("uses the offer's own breaks in the asked currency when it has them", () => {
    // The EUR break only: 25 pieces at the EUR price, not the cheaper USD break at 10.
    expect(quoteOffer(seller, offer({ prices: both }), 25, 'eur')).toMatchObject({
      breakQuantity: 1,
      unitPrice: 0.38,
      converted: false,
      currency: 'EUR',
      extended: { minor: 950 },
    });
  });
  it('otherwise the converted prices of its first quoted currency, marked as converted', () => {
    expect(quoteOffer(seller, offer({ prices: both.slice(0, 2) }), 25, 'EUR')).toMatchObject({
      breakQuantity: 10,
      unitPrice: 0.3128,
      converted: true,
      extended: { minor: 782 },
    });
    const q = quoteOffer(seller, offer({ prices: both.slice(0, 1) }), 25, 'EUR');
    expect(q).toMatchObject({
      unitPrice: 0.3772,
      converted: true,
      currency: 'EUR',
      extended: { minor: 943 },
    });
  });
  it('has nothing for an offer without prices', () => {
    const unusable = [{ quantity: 1, currency: 'EUR', convertedPrice: Number.NaN }];
    expect(quoteOffer(seller, offer({ prices: unusable }), 1, 'EUR')).toBeUndefined();
    expect(quoteOffer(seller, offer({ prices: [] }), 1, 'EUR')).toBeUndefined();
  });
});
