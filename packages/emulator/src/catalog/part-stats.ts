/** Per-part figures the API computes from offers (SupPart.totalAvail, avgAvail, medianPrice1000). */
import type { Part, PricePoint } from './catalog-types.js';
import { convertPrice } from './currency.js';

/** Sum of every offer's stock. */
export function totalAvail(part: Part): number {
  return part.sellers.reduce((sum, s) => sum + s.offers.reduce((n, o) => n + o.inventoryLevel, 0), 0);
}

/** Average stock per offer (0 without offers). */
export function avgAvail(part: Part): number {
  const offers = part.sellers.flatMap((s) => s.offers);
  return offers.length === 0 ? 0 : totalAvail(part) / offers.length;
}

/**
 * Median over offers of the unit price that applies at 1,000 pieces (the break
 * with the largest quantity ≤ 1000), converted to `currency`; null when no
 * offer has such a break.
 */
export function medianPrice1000(part: Part, currency = 'USD'): PricePoint | null {
  const prices: number[] = [];
  for (const seller of part.sellers) {
    for (const offer of seller.offers) {
      const eligible = offer.prices.filter((p) => p.quantity <= 1000);
      const native = eligible.filter((p) => p.currency === currency);
      const pool = native.length > 0 ? native : eligible;
      const best = pool.reduce<PricePoint | undefined>(
        (acc, p) => (acc === undefined || p.quantity > acc.quantity ? p : acc),
        undefined,
      );
      if (best) prices.push(convertPrice(best.price, best.currency, currency));
    }
  }
  if (prices.length === 0) return null;
  prices.sort((a, b) => a - b);
  const mid = Math.floor(prices.length / 2);
  const median =
    prices.length % 2 === 1 ? (prices[mid] ?? 0) : ((prices[mid - 1] ?? 0) + (prices[mid] ?? 0)) / 2;
  return { quantity: 1000, price: Number(median.toPrecision(4)), currency };
}
