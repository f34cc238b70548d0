/** SupPricePoint values: the seller's own price and currency, converted to the currency the query asked for. */
import { conversionRate, convertPrice, type PricePoint } from '../../catalog/index.js';
import { invalidArgument } from '../api-errors.js';

export interface SupPricePointValue {
  quantity: number;
  price: number;
  currency: string;
  convertedPrice: number;
  convertedCurrency: string;
  conversionRate: number;
}

export function toSupPricePoint(point: PricePoint, currency: string): SupPricePointValue {
  return {
    quantity: point.quantity,
    price: point.price,
    currency: point.currency,
    convertedPrice: convertPrice(point.price, point.currency, currency),
    convertedCurrency: currency,
    conversionRate: conversionRate(point.currency, currency),
  };
}

/**
 * An offer's price points. Without `priceBreaks`, every stored break. With
 * them, one point per asked quantity and quoted currency: the unit price that
 * applies at that quantity (the largest break not above it), reported at the
 * asked quantity; quantities below the first break have no price.
 */
export function offerPrices(
  prices: readonly PricePoint[],
  currency: string,
  priceBreaks?: readonly number[] | null,
): SupPricePointValue[] {
  if (priceBreaks == null) return prices.map((point) => toSupPricePoint(point, currency));
  const bad = priceBreaks.find((quantity) => quantity < 1);
  if (bad !== undefined) {
    throw invalidArgument(`SupPartSeller.offers: priceBreaks must be positive quantities, got ${bad}.`);
  }
  const quantities = [...new Set(priceBreaks)].sort((a, b) => a - b);
  const currencies = [...new Set(prices.map((point) => point.currency))];
  const out: SupPricePointValue[] = [];
  for (const quoted of currencies) {
    const ladder = prices.filter((point) => point.currency === quoted);
    for (const quantity of quantities) {
      let applies: PricePoint | undefined;
      for (const point of ladder) {
        if (point.quantity <= quantity && (applies === undefined || point.quantity > applies.quantity)) {
          applies = point;
        }
      }
      if (applies) out.push(toSupPricePoint({ ...applies, quantity }, currency));
    }
  }
  return out;
}
