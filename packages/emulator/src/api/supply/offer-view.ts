/** SupOffer values: a catalog offer with its prices converted for one query, and the fields the catalog does not store. */
import type { Offer, Part } from '../../catalog/index.js';
import { offerPrices, type SupPricePointValue } from './price-points.js';

export interface OfferValue extends Omit<Offer, 'prices'> {
  prices: SupPricePointValue[];
  internalUrl: string;
  multipackQuantity: number | null;
}

function build(offer: Offer, part: Part, prices: SupPricePointValue[]): OfferValue {
  return { ...offer, prices, internalUrl: `${part.octopartUrl}#offer-${offer.id}`, multipackQuantity: null };
}

/**
 * Offers with every stored break, per currency, built once: the catalog never
 * changes and currencies are a short fixed list, so this stays small, and a big
 * multi-match answer does not rebuild thousands of price points per request.
 */
const cache = new WeakMap<Offer, Map<string, OfferValue>>();

export function offerValue(
  offer: Offer,
  part: Part,
  currency: string,
  priceBreaks: readonly number[] | null | undefined,
): OfferValue {
  if (priceBreaks != null) return build(offer, part, offerPrices(offer.prices, currency, priceBreaks));
  let byCurrency = cache.get(offer);
  if (byCurrency === undefined) {
    byCurrency = new Map();
    cache.set(offer, byCurrency);
  }
  let value = byCurrency.get(currency);
  if (value === undefined) {
    value = build(offer, part, offerPrices(offer.prices, currency));
    byCurrency.set(currency, value);
  }
  return value;
}
