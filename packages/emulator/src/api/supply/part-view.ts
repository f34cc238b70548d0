/**
 * Catalog objects as the API shows them to one root field. Prices are converted
 * to the currency that field asked for and offers depend on its country, so a
 * part or seller carries that request context with it: a view is a shallow copy
 * of the catalog object (default resolvers read its fields unchanged) plus a
 * hidden context. The catalog itself is never modified. Views are built once per object and
 * (country, currency): a big multi-match answer reuses them instead of copying every part again.
 */
import type { Part, PartSeller } from '../../catalog/index.js';
import { KeyedMemo } from './keyed-memo.js';

/** How the root field asked to see prices and availability. */
export interface Pricing {
  /** ISO 3166 alpha-2, upper case. */
  country: string;
  /** ISO 4217, upper case. */
  currency: string;
}

export interface ViewContext {
  pricing: Pricing;
  /** The part a seller belongs to. */
  part: Part;
}

const CONTEXT = Symbol('supply view context');

export type View<T extends object> = T & { readonly [CONTEXT]: ViewContext };
export type PartView = View<Part>;
export type SellerView = View<PartSeller>;

/** The memo key of a pricing: views and lists that depend on it are kept per key. */
export function pricingKey(pricing: Pricing): string {
  return `${pricing.country}|${pricing.currency}`;
}

const partViews = new KeyedMemo<Part, PartView>();
const sellerViews = new KeyedMemo<PartSeller, SellerView>();

export function partView(part: Part, pricing: Pricing): PartView {
  return partViews.get(part, pricingKey(pricing), () => ({ ...part, [CONTEXT]: { pricing, part } }));
}

export function sellerView(seller: PartSeller, context: ViewContext): SellerView {
  // The part is in the key too: a seller object could be shared by parts built from one template.
  return sellerViews.get(seller, `${context.part.id}|${pricingKey(context.pricing)}`, () => ({
    ...seller,
    [CONTEXT]: context,
  }));
}

export function contextOf(source: View<object>): ViewContext {
  return source[CONTEXT];
}

/** The catalog part behind a view. */
export function partOf(source: PartView): Part {
  return source[CONTEXT].part;
}
