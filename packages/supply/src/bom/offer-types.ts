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
  prices: readonly PricePointInput[];
}

export interface SellerInput {
  company: { id: string; name: string };
  isAuthorized: boolean;
  offers: readonly OfferInput[];
}
