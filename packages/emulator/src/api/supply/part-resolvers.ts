/** SupPart and SupPartSeller: catalog data seen through one query's currency and country. */
import {
  avgAvail,
  type CatalogIndex,
  medianPrice1000,
  type Part,
  type PricePoint,
  totalAvail,
} from '../../catalog/index.js';
import { KeyedMemo } from './keyed-memo.js';
import { specsWithLifecycle } from './lifecycle-spec.js';
import { type OfferValue, offerValue } from './offer-view.js';
import {
  contextOf,
  type PartView,
  partOf,
  partView,
  pricingKey,
  type SellerView,
  sellerView,
} from './part-view.js';
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
const medians = new KeyedMemo<Part, PricePoint | null>();

/**
 * A part's visible sellers and a seller's offers per pricing, for the arguments nearly every query
 * uses (no paging, no price breaks): built once, not once per part of every answer.
 */
const sellerLists = new KeyedMemo<Part, SellerView[]>();
const offerLists = new KeyedMemo<SellerView, OfferValue[]>();

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
        const build = () =>
          visibleSellers(context.part, context.pricing.country, args).map((seller) =>
            sellerView(seller, context),
          );
        if (args.start != null || args.limit != null) return build();
        const key = `${pricingKey(context.pricing)}|${!!args.includeBrokers}|${!!args.authorizedOnly}|${!!args.customPricingOnly}`;
        return sellerLists.get(context.part, key, build);
      },
      /** Median unit price at 1,000 pieces in the asked currency (so it is its own converted price). */
      medianPrice1000: (source: PartView): SupPricePointValue | null => {
        const { currency } = contextOf(source).pricing;
        const part = partOf(source);
        const median = medians.get(part, currency, () => medianPrice1000(part, currency));
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
        const build = () =>
          eligibleOffers(source, pricing.country).map((offer) =>
            offerValue(offer, part, pricing.currency, args.priceBreaks),
          );
        // A seller view already stands for one part and pricing.
        return args.priceBreaks == null ? offerLists.get(source, '', build) : build();
      },
    },
  };
}
