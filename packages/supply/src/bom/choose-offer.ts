/**
 * The best offer for a line: the cheapest extended price among authorised sellers with the whole
 * order quantity in stock. Non-authorised sellers, and offers with only part of the quantity in
 * stock, are considered only when the caller allows it, and the result says which was needed.
 */

import { type OfferQuote, quoteOffer } from './offer-quote.js';
import type { OfferInput, SellerInput } from './offer-types.js';

export interface PricingFallback {
  /** Consider sellers that are not authorised by the manufacturer when no authorised one can supply. */
  nonAuthorized?: boolean;
  /** Consider offers with some, but not all, of the order quantity in stock when no offer has it all. */
  partialStock?: boolean;
}

/** What the chosen offer needed beyond "authorised, enough stock". */
export type PricingCompromise = 'non-authorized' | 'partial-stock';

export type LinePricing =
  | { priced: true; offer: OfferQuote; compromises: PricingCompromise[] }
  | { priced: false; reason: string };

interface Tier {
  authorized: boolean;
  partial: boolean;
}

export function chooseOffer(
  sellers: readonly SellerInput[],
  need: number,
  currency: string,
  fallback: PricingFallback = {},
): LinePricing {
  const quotes: OfferQuote[] = [];
  for (const seller of sellers) {
    for (const offer of seller.offers as readonly OfferInput[]) {
      const quote = quoteOffer(seller, offer, need, currency);
      if (quote) quotes.push(quote);
    }
  }
  if (quotes.length === 0) {
    return { priced: false, reason: `no seller offers this part with a price in ${currency.toUpperCase()}.` };
  }
  const tiers: Tier[] = [{ authorized: true, partial: false }];
  if (fallback.nonAuthorized) tiers.push({ authorized: false, partial: false });
  if (fallback.partialStock) tiers.push({ authorized: true, partial: true });
  if (fallback.nonAuthorized && fallback.partialStock) tiers.push({ authorized: false, partial: true });
  for (const tier of tiers) {
    const fits = quotes.filter(
      (q) =>
        (tier.authorized ? q.authorized : !q.authorized) &&
        (tier.partial ? q.stock > 0 && q.shortfall > 0 : q.shortfall === 0),
    );
    if (fits.length === 0) continue;
    // Partial stock: the most pieces first; otherwise the cheapest order.
    fits.sort((a, b) => (tier.partial ? b.stock - a.stock : 0) || compareQuotes(a, b));
    const offer = fits[0] as OfferQuote;
    const compromises: PricingCompromise[] = [];
    if (!tier.authorized) compromises.push('non-authorized');
    if (tier.partial) compromises.push('partial-stock');
    return { priced: true, offer, compromises };
  }
  return { priced: false, reason: unpricedReason(quotes, need, fallback) };
}

/** The order offers are preferred in: cheapest extended price, then unit price, most stock, seller, SKU. */
export function compareQuotes(a: OfferQuote, b: OfferQuote): number {
  return (
    a.extended.minor - b.extended.minor ||
    a.unitPrice - b.unitPrice ||
    b.stock - a.stock ||
    a.seller.name.localeCompare(b.seller.name) ||
    a.sku.localeCompare(b.sku)
  );
}

function unpricedReason(quotes: readonly OfferQuote[], need: number, fallback: PricingFallback): string {
  const authorized = quotes.filter((q) => q.authorized);
  const partial = (q: OfferQuote) => q.stock > 0 && q.shortfall > 0;
  const hints: string[] = [];
  if (
    !fallback.nonAuthorized &&
    quotes.some((q) => !q.authorized && (q.shortfall === 0 || (fallback.partialStock && partial(q))))
  ) {
    hints.push('fallback.nonAuthorized to accept other sellers');
  }
  if (!fallback.partialStock && quotes.some((q) => partial(q) && (q.authorized || fallback.nonAuthorized))) {
    hints.push('fallback.partialStock to accept part of the quantity');
  }
  const what =
    authorized.length === 0
      ? 'only sellers that are not authorised offer this part'
      : `no authorised seller has the order quantity for a need of ${need} in stock (most: ${Math.max(...authorized.map((q) => q.stock))})`;
  return hints.length > 0 ? `${what}; allow ${hints.join(' or ')}.` : `${what}.`;
}
