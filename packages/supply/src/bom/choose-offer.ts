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

/** Without fallbacks: authorised sellers with the whole quantity in stock. */
const STRICT: readonly Tier[] = [{ authorized: true, partial: false }];

/** The tiers tried in order, the strict one first. */
function tiersFor(fallback: PricingFallback): Tier[] {
  const tiers: Tier[] = [...STRICT];
  if (fallback.nonAuthorized) tiers.push({ authorized: false, partial: false });
  if (fallback.partialStock) tiers.push({ authorized: true, partial: true });
  if (fallback.nonAuthorized && fallback.partialStock) tiers.push({ authorized: false, partial: true });
  return tiers;
}

export function chooseOffer(
  sellers: readonly SellerInput[],
  need: number,
  currency: string,
  fallback: PricingFallback = {},
): LinePricing {
  const quotes: OfferQuote[] = [];
  // Indexed loops: for-of over the frozen arrays of an answer allocates an iterator result per item.
  for (let s = 0; s < sellers.length; s++) {
    const seller = sellers[s] as SellerInput;
    const offers = seller.offers as readonly OfferInput[];
    for (let o = 0; o < offers.length; o++) {
      const quote = quoteOffer(seller, offers[o] as OfferInput, need, currency);
      if (quote) quotes.push(quote);
    }
  }
  if (quotes.length === 0) {
    return { priced: false, reason: `no seller offers this part with a price in ${currency.toUpperCase()}.` };
  }
  const tiers: readonly Tier[] =
    fallback.nonAuthorized || fallback.partialStock ? tiersFor(fallback) : STRICT;
  for (const tier of tiers) {
    // The first best quote of the tier, in one pass (this runs for every line).
    let offer: OfferQuote | undefined;
    for (const q of quotes) {
      const fits =
        (tier.authorized ? q.authorized : !q.authorized) &&
        (tier.partial ? q.stock > 0 && q.shortfall > 0 : q.shortfall === 0);
      // Partial stock: the most pieces first; otherwise the cheapest order.
      if (fits && (!offer || ((tier.partial ? q.stock - offer.stock : 0) || compareQuotes(offer, q)) > 0))
        offer = q;
    }
    if (!offer) continue;
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
