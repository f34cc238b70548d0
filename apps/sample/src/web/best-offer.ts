/**
 * A search result's best offer for a quantity: the lowest price among authorised sellers with the
 * whole order in stock, using @nexar/supply's own order-quantity and price-break rules.
 */
import { orderQuantity, priceBreakFor, type SupplyPartOffersFragment } from '@nexar/supply';

export interface BestOffer {
  seller: string;
  sku: string;
  stock: number;
  /** The quantity raised to the MOQ and order multiple. */
  orderQuantity: number;
  /** In the currency the search asked for. */
  unitPrice: number;
  extended: number;
}

export function bestOffer(part: SupplyPartOffersFragment, quantity: number): BestOffer | undefined {
  let best: BestOffer | undefined;
  for (const seller of part.sellers) {
    if (!seller.isAuthorized) continue;
    for (const offer of seller.offers) {
      // An offer may quote several currencies; one ladder is enough (every `convertedPrice` is in the asked currency).
      const quoted = offer.prices[0]?.currency;
      const ladder = offer.prices.filter((p) => p.currency === quoted);
      if (ladder.length === 0) continue;
      const firstBreak = Math.min(...ladder.map((p) => p.quantity));
      const order = orderQuantity(quantity, {
        moq: offer.moq,
        orderMultiple: offer.orderMultiple,
        firstBreak,
      });
      const point = priceBreakFor(ladder, order);
      if (!point || offer.inventoryLevel < order) continue;
      const extended = point.convertedPrice * order;
      if (best && best.extended <= extended) continue;
      best = {
        seller: seller.company.name,
        sku: offer.sku,
        stock: offer.inventoryLevel,
        orderQuantity: order,
        unitPrice: point.convertedPrice,
        extended,
      };
    }
  }
  return best;
}
