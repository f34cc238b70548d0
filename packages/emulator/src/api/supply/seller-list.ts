/** Which of a part's sellers and offers a query sees: SupPart.sellers arguments and the query's country. */
import type { Offer, Part, PartSeller } from '../../catalog/index.js';
import { slicePage } from './paging.js';

export interface SellersArgs {
  includeBrokers?: boolean | null;
  authorizedOnly?: boolean | null;
  customPricingOnly?: boolean | null;
  start?: number | null;
  limit?: number | null;
}

/**
 * Offers valid in `country`: an offer without `eligibleRegion` is valid
 * everywhere; otherwise the region lists country codes (comma or space separated).
 */
export function eligibleOffers(seller: PartSeller, country: string): Offer[] {
  return seller.offers.filter(
    (offer) =>
      offer.eligibleRegion == null ||
      offer.eligibleRegion
        .toUpperCase()
        .split(/[\s,;]+/)
        .includes(country),
  );
}

/**
 * SupPart.sellers: brokers only with `includeBrokers` (Nexar leaves them out
 * by default), then `authorizedOnly` / `customPricingOnly`; a seller whose
 * offers are all for other countries is left out. Catalog order, then paged.
 */
export function visibleSellers(part: Part, country: string, args: SellersArgs): PartSeller[] {
  const sellers = part.sellers.filter(
    (seller) =>
      (args.includeBrokers || !seller.isBroker) &&
      (!args.authorizedOnly || seller.isAuthorized) &&
      (!args.customPricingOnly || seller.offers.some((offer) => offer.isCustomPricing)) &&
      (seller.offers.length === 0 || eligibleOffers(seller, country).length > 0),
  );
  return slicePage('SupPart.sellers', sellers, args);
}
