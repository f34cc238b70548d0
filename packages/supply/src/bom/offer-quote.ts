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
 * The currency of an offer's ladder in the asked currency (the one the query asked for, so every
 * point's `convertedPrice` is in it): the breaks quoted in that currency when the offer has them (their
 * converted price is their own price), else the breaks of its first quoted currency, converted by the
 * API. Undefined when the offer has no price.
 */
function ladderCurrency(prices: readonly PricePointInput[], asked: string): string | undefined {
  for (let i = 0; i < prices.length; i++) {
    const currency = (prices[i] as PricePointInput).currency;
    if (currency === asked || currency.toUpperCase() === asked) return asked;
  }
  return prices[0]?.currency.toUpperCase();
}

/** Whether a point belongs to the ladder in `quoted` and has a usable price. */
const onLadder = (p: PricePointInput, quoted: string) =>
  (p.currency === quoted || p.currency.toUpperCase() === quoted) &&
  Number.isFinite(p.convertedPrice) &&
  p.convertedPrice >= 0;

/** The quote of one offer for a need, or undefined when it has no price in the currency. */
export function quoteOffer(
  seller: SellerInput,
  offer: OfferInput,
  need: number,
  currency: string,
): OfferQuote | undefined {
  // Scans of the ladder in place, with no copy of it and indexed loops (for-of over a frozen array
  // allocates an iterator result per item): this runs for every offer of every line.
  const prices = offer.prices;
  const code = currency.toUpperCase();
  const quoted = ladderCurrency(prices, code);
  if (quoted === undefined) return undefined;
  let firstBreak = Number.POSITIVE_INFINITY;
  for (let i = 0; i < prices.length; i++) {
    const p = prices[i] as PricePointInput;
    if (onLadder(p, quoted)) firstBreak = Math.min(firstBreak, p.quantity);
  }
  if (firstBreak === Number.POSITIVE_INFINITY) return undefined;
  const quantity = orderQuantity(need, { moq: offer.moq, orderMultiple: offer.orderMultiple, firstBreak });
  let point: PricePointInput | undefined;
  for (let i = 0; i < prices.length; i++) {
    const p = prices[i] as PricePointInput;
    if (onLadder(p, quoted) && p.quantity <= quantity && (!point || p.quantity > point.quantity)) point = p;
  }
  if (!point) return undefined;
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
    unitPrice: point.convertedPrice,
    currency: code,
    converted: quoted !== code,
    extended: money(code, extendedMinor(point.convertedPrice, quantity, minorDigits(code))),
    shortfall: Math.max(0, quantity - offer.inventoryLevel),
  };
}
