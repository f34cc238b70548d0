/**
 * One offer's price for a quantity: the order quantity (MOQ, order multiple and first price break
 * respected), the price break that applies to it, and the extended price.
 */
import { extendedMinor, type Money, minorDigits, money } from './money.js';
import type { OfferInput, PricePointInput, SellerInput } from './offer-types.js';

export interface OfferQuote {
  seller: { id: string; name: string };
  authorized: boolean;
  offerId: string;
  sku: string;
  packaging: string | null;
  stock: number;
  moq: number | null;
  orderMultiple: number | null;
  /** What the line needs: quantity per board × build quantity. */
  need: number;
  /** What to order: the need raised to the MOQ (or the first price break) and rounded up to the order multiple. */
  orderQuantity: number;
  /** `orderQuantity − need`: pieces bought beyond the need. */
  excess: number;
  /** The price break used: the highest break quantity ≤ the order quantity. */
  breakQuantity: number;
  /** Unit price in the asked currency at that break. */
  unitPrice: number;
  currency: string;
  /** True when the offer is not quoted in the asked currency and the API's converted price is used. */
  converted: boolean;
  /** `unitPrice × orderQuantity`, rounded to the minor unit. */
  extended: Money;
  /** `max(0, orderQuantity − stock)`. */
  shortfall: number;
}

/** The quantity to order for a need: at least the MOQ and the first break, a whole number of order multiples. */
export function orderQuantity(
  need: number,
  terms: { moq?: number | null; orderMultiple?: number | null; firstBreak?: number },
): number {
  let quantity = Math.max(need, terms.moq ?? 1, terms.firstBreak ?? 1, 1);
  const multiple = terms.orderMultiple ?? 1;
  if (multiple > 1) quantity = Math.ceil(quantity / multiple) * multiple;
  return quantity;
}

/** The price break for a quantity: the one with the highest quantity ≤ it (undefined below the first). */
export function priceBreakFor<T extends { quantity: number }>(
  ladder: readonly T[],
  quantity: number,
): T | undefined {
  let applies: T | undefined;
  for (const point of ladder) {
    if (point.quantity <= quantity && (applies === undefined || point.quantity > applies.quantity))
      applies = point;
  }
  return applies;
}

/**
 * An offer's price ladder in the asked currency (the one the query asked for, so every point's
 * `convertedPrice` is in it): the breaks quoted in that currency when the offer has them (their
 * converted price is their own price), else the breaks of its first quoted currency, converted by
 * the API. Undefined when the offer has no price.
 */
export function ladderIn(
  prices: readonly PricePointInput[],
  currency: string,
): { points: { quantity: number; price: number }[]; converted: boolean } | undefined {
  const asked = currency.toUpperCase();
  const native = prices.some((p) => p.currency === asked || p.currency.toUpperCase() === asked);
  const quoted = native ? asked : prices[0]?.currency.toUpperCase();
  // One pass, no upper-casing of codes already in upper case: this runs for every offer of every line.
  const points: { quantity: number; price: number }[] = [];
  for (const p of prices) {
    if (
      (p.currency === quoted || p.currency.toUpperCase() === quoted) &&
      Number.isFinite(p.convertedPrice) &&
      p.convertedPrice >= 0
    ) {
      points.push({ quantity: p.quantity, price: p.convertedPrice });
    }
  }
  return points.length > 0 ? { points, converted: !native } : undefined;
}

/** The quote of one offer for a need, or undefined when it has no price in the currency. */
export function quoteOffer(
  seller: SellerInput,
  offer: OfferInput,
  need: number,
  currency: string,
): OfferQuote | undefined {
  const ladder = ladderIn(offer.prices, currency);
  if (!ladder) return undefined;
  const firstBreak = Math.min(...ladder.points.map((p) => p.quantity));
  const quantity = orderQuantity(need, { moq: offer.moq, orderMultiple: offer.orderMultiple, firstBreak });
  const point = priceBreakFor(ladder.points, quantity);
  if (!point) return undefined;
  const code = currency.toUpperCase();
  return {
    seller: { id: seller.company.id, name: seller.company.name },
    authorized: seller.isAuthorized,
    offerId: offer.id,
    sku: offer.sku,
    packaging: offer.packaging,
    stock: offer.inventoryLevel,
    moq: offer.moq,
    orderMultiple: offer.orderMultiple,
    need,
    orderQuantity: quantity,
    excess: quantity - need,
    breakQuantity: point.quantity,
    unitPrice: point.price,
    currency: code,
    converted: ladder.converted,
    extended: money(code, extendedMinor(point.price, quantity, minorDigits(code))),
    shortfall: Math.max(0, quantity - offer.inventoryLevel),
  };
}
