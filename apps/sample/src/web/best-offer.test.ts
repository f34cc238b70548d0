import type { SupplyPartOffersFragment } from '@nexar/supply';
import { describe, expect, it } from 'vitest';
import { bestOffer } from './best-offer.js';

type Seller = SupplyPartOffersFragment['sellers'][number];

function seller(name: string, isAuthorized: boolean, offers: Partial<Seller['offers'][number]>[]): Seller {
  return {
    country: 'US',
    isAuthorized,
    isBroker: false,
    isRfq: false,
    company: { id: name, name, slug: name, homepageUrl: null, isVerified: true },
    offers: offers.map((o, i) => ({
      id: `${name}-${i}`,
      sku: `${name}-SKU-${i}`,
      eligibleRegion: null,
      inventoryLevel: 0,
      moq: null,
      orderMultiple: null,
      packaging: null,
      factoryPackQuantity: null,
      clickUrl: '',
      updated: '',
      prices: [],
      ...o,
    })),
  };
}

const ladder = (...points: [number, number][]) =>
  points.map(([quantity, price]) => ({
    quantity,
    price,
    currency: 'USD',
    convertedPrice: price,
    convertedCurrency: 'USD',
    conversionRate: 1,
  }));

describe('bestOffer', () => {
  it('takes the cheapest authorised offer with the order in stock, at the right price break', () => {
    const part = {
      sellers: [
        seller('Cheap Broker', false, [{ inventoryLevel: 10_000, prices: ladder([1, 0.01]) }]),
        seller('Alpha', true, [{ inventoryLevel: 5_000, prices: ladder([1, 0.5], [100, 0.3], [1000, 0.2]) }]),
        seller('Beta', true, [{ inventoryLevel: 50, prices: ladder([1, 0.1]) }]),
      ],
    };
    expect(bestOffer(part, 250)).toEqual({
      seller: 'Alpha',
      sku: 'Alpha-SKU-0',
      stock: 5_000,
      orderQuantity: 250,
      unitPrice: 0.3,
      extended: 75,
    });
    // Beta has only 50: it wins when 50 are enough.
    expect(bestOffer(part, 20)?.seller).toBe('Beta');
  });

  it('orders at least the MOQ, in order multiples, and compares whole orders', () => {
    const part = {
      sellers: [
        seller('Reel', true, [
          { inventoryLevel: 10_000, moq: 1000, orderMultiple: 1000, prices: ladder([1000, 0.05]) },
        ]),
        seller('Cut tape', true, [{ inventoryLevel: 500, prices: ladder([1, 0.4], [10, 0.3]) }]),
      ],
    };
    expect(bestOffer(part, 10)).toMatchObject({ seller: 'Cut tape', orderQuantity: 10, extended: 3 });
    expect(bestOffer(part, 200)).toMatchObject({ seller: 'Reel', orderQuantity: 1000, extended: 50 });
  });

  it('is undefined when no authorised seller can supply', () => {
    const part = {
      sellers: [
        seller('Alpha', true, [{ inventoryLevel: 5, prices: ladder([1, 0.5]) }, { inventoryLevel: 500 }]),
      ],
    };
    expect(bestOffer(part, 10)).toBeUndefined();
  });
});
