/** Why each part is bought where it is, in words a buyer reads. */
import type { OfferQuote } from '../offer-quote.js';
import type { PartDemand } from './part-demands.js';
import type { PlanReason } from './plan-types.js';

function price(quote: OfferQuote): string {
  return `${quote.extended.amount.toFixed(quote.extended.digits)} ${quote.currency}`;
}

export interface ReasonContext {
  authorizedOnly: boolean;
  backorder: boolean;
  /** Whether seller limits (maxSellers, orderCost) shaped the choice. */
  consolidating: boolean;
}

export function reasonsFor(demand: PartDemand, chosen: OfferQuote, context: ReasonContext): PlanReason[] {
  const why: PlanReason[] = [];
  const others = [...demand.bySeller.values()]
    .filter((q) => q.seller.id !== chosen.seller.id)
    .sort((a, b) => a.extended.minor - b.extended.minor);
  const cheapest = others[0];
  const kind = `${context.authorizedOnly ? 'authorised ' : ''}seller${context.backorder ? '' : ' with stock'}`;
  if (demand.preferred) {
    why.push({ code: 'preferred', text: `${chosen.seller.name} is a preferred seller and can supply it.` });
  }
  if (!cheapest) {
    why.push({
      code: 'only-seller',
      text: `${chosen.seller.name} is the only ${demand.preferred ? 'preferred ' : ''}${kind} for ${demand.need} pieces.`,
    });
  } else if (cheapest.extended.minor < chosen.extended.minor) {
    const extra = chosen.extended.minor - cheapest.extended.minor;
    why.push({
      code: 'consolidated',
      text: `consolidated into ${chosen.seller.name} to save an order: ${price(chosen)} instead of ${price(cheapest)} at ${cheapest.seller.name} (+${(extra / 10 ** chosen.extended.digits).toFixed(chosen.extended.digits)} ${chosen.currency}).`,
    });
  } else {
    why.push({
      code: 'cheapest',
      text: `cheapest at ${demand.need} pieces: ${price(chosen)} at ${chosen.seller.name}, next ${cheapest.seller.name} at ${price(cheapest)}${context.consolidating ? ', and it fits the seller limit' : ''}.`,
    });
  }
  if (demand.lines.length > 1) {
    const lines = demand.lines.map((l) => l.index + 1).join(', ');
    why.push({
      code: 'grouped',
      text: `lines ${lines} are the same part, bought together: ${chosen.orderQuantity} pieces at the ${chosen.breakQuantity}-piece break (${chosen.unitPrice} ${chosen.currency} each).`,
    });
  }
  if (chosen.shortfall > 0) {
    why.push({
      code: 'backorder',
      text: `${chosen.stock} in stock at ${chosen.seller.name}; ${chosen.shortfall} on back-order.`,
    });
  }
  return why;
}
