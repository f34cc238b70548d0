/** SupPart and SupPartSeller: catalog data seen through one query's currency and country. */
import {
  avgAvail,
  type CatalogIndex,
  medianPrice1000,
  type Part,
  type PricePoint,
  totalAvail,
} from '../../catalog/index.js';
import { specsWithLifecycle } from './lifecycle-spec.js';
import { type OfferValue, offerValue } from './offer-view.js';
import { contextOf, type PartView, partOf, partView, type SellerView, sellerView } from './part-view.js';
import type { SupPricePointValue } from './price-points.js';
import { eligibleOffers, type SellersArgs, visibleSellers } from './seller-list.js';

/** SupPart.counts: sizes of the part's lists, so a client can skip fetching them. */
export function partCounts(part: Part): Record<string, number> {
  return {
    descriptions: part.descriptions.length,
    images: part.images.length,
    specs: specsWithLifecycle(part).length,
    documentCollections: part.documentCollections.length,
    documents: part.documentCollections.reduce((n, c) => n + c.documents.length, 0),
    datasheets: part.bestDatasheet ? 1 : 0,
    sellers: part.sellers.length,
    offers: part.sellers.reduce((n, s) => n + s.offers.length, 0),
    referenceDesigns: 0,
  };
}

/** Median prices per part and currency, computed once (the catalog does not change). */
const medians = new WeakMap<Part, Map<string, PricePoint | null>>();

function cachedMedian(part: Part, currency: string): PricePoint | null {
  let byCurrency = medians.get(part);
  if (byCurrency === undefined) {
    byCurrency = new Map();
    medians.set(part, byCurrency);
  }
  let median = byCurrency.get(currency);
  if (median === undefined) {
    median = medianPrice1000(part, currency);
    byCurrency.set(currency, median);
  }
  return median;
}

export function partResolvers(catalog: CatalogIndex) {
  return {
    SupPart: {
      freeSampleUrl: () => null,
      series: () => null,
      referenceDesigns: () => [],
      specs: (source: PartView) => specsWithLifecycle(partOf(source)),
      similarParts: (source: PartView): PartView[] => {
        const { pricing } = contextOf(source);
        return catalog.similarParts(partOf(source)).map((part) => partView(part, pricing));
      },
      sellers: (source: PartView, args: SellersArgs): SellerView[] => {
        const context = contextOf(source);
        return visibleSellers(partOf(source), context.pricing.country, args).map((seller) =>
          sellerView(seller, context),
        );
      },
      /** Median unit price at 1,000 pieces in the asked currency (so it is its own converted price). */
      medianPrice1000: (source: PartView): SupPricePointValue | null => {
        const { currency } = contextOf(source).pricing;
        const median = cachedMedian(partOf(source), currency);
        if (median === null) return null;
        return { ...median, convertedPrice: median.price, convertedCurrency: currency, conversionRate: 1 };
      },
      totalAvail: (source: PartView) => totalAvail(partOf(source)),
      avgAvail: (source: PartView) => avgAvail(partOf(source)),
      counts: (source: PartView) => partCounts(partOf(source)),
    },
    SupPartSeller: {
      // Nexar: an empty list means no shipping restrictions.
      shipsToCountries: () => [],
      offers: (source: SellerView, args: { priceBreaks?: readonly number[] | null }): OfferValue[] => {
        const { pricing, part } = contextOf(source);
        return eligibleOffers(source, pricing.country).map((offer) =>
          offerValue(offer, part, pricing.currency, args.priceBreaks),
        );
      },
    },
  };
}
