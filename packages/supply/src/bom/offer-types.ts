/** The shape of a part's sellers and offers that pricing reads (what the BOM match operation selects). */

/** A price break: its quoted currency, and its unit price in the currency the query asked for. */
export interface PricePointInput {
  quantity: number;
  currency: string;
  convertedPrice: number;
}

export interface OfferInput {
  id: string;
  sku: string;
  inventoryLevel: number;
  moq: number | null;
  orderMultiple: number | null;
  packaging: string | null;
  /** Days to get more from the factory, when the seller says (read by the purchase plan's risk checks). */
  factoryLeadDays?: number | null;
  /** When the seller's data was last received (ISO 8601), for the purchase plan's stale-price check. */
  updated?: string;
  prices: readonly PricePointInput[];
}

export interface SellerInput {
  company: { id: string; name: string };
  isAuthorized: boolean;
  offers: readonly OfferInput[];
}
