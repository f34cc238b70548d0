/** Options and results of `planPurchase`: what to buy, from whom, and why. */
import type { BomLine } from '../bom-line.js';
import type { BomLineResult, BomPart } from '../bom-types.js';
import type { Money } from '../money.js';
import type { OfferQuote } from '../offer-quote.js';

/** Extra pieces for lines of a kind, as assembly houses ask (e.g. +2 % or +5 pieces for passives). */
export interface OverageRule {
  /**
   * Lines whose part's category matches: a word of its name or path, case-insensitive ("capacitors",
   * "passive-components"). Omitted (and no `when`): every line.
   */
  category?: string;
  /** Lines this rule applies to, when the category is not enough. */
  when?: (line: BomLineResult) => boolean;
  /** Extra pieces as a percentage of the line's need, rounded up. */
  percent?: number;
  /** Extra pieces added to the line's need. */
  pieces?: number;
}

export interface PlanPurchaseOptions {
  /** Boards to build (default: the match's build quantity); offers are re-priced with no request. */
  buildQuantity?: number;
  /** Must be the match's currency (prices arrive converted to the currency the match asked for). */
  currency?: string;
  /** Buy only from sellers the manufacturer authorises (default true). */
  authorizedOnly?: boolean;
  /**
   * `'whole-order'` (default): only offers with the whole order quantity in stock. `'backorder'`: offers
   * with too little stock too, the rest delivered after the seller's factory lead time.
   */
  stock?: 'whole-order' | 'backorder';
  /** With `stock: 'backorder'`: refuse offers whose lead time is unknown or longer than this. */
  maxLeadDays?: number;
  /** Sellers (names or ids, case-insensitive) used for every part they can supply; others only for the rest. */
  preferSellers?: readonly string[];
  /** Sellers never used. */
  excludeSellers?: readonly string[];
  /** Most distributors to order from (consolidation). Parts no allowed seller can supply stay unplanned. */
  maxSellers?: number;
  /** A fixed cost per order (shipping, handling) in the plan's currency, so fewer orders can win. */
  orderCost?: number;
  /** Extra pieces per kind of line; the first matching rule applies. */
  overage?: readonly OverageRule[];
  /** Lead times above this many days are flagged (default 84: 12 weeks). */
  longLeadDays?: number;
  /** Prices whose offer data is older than this are flagged (default: the result cache's TTL, 24 h). */
  priceMaxAgeMs?: number;
  /** Clock for the stale-price check (default `Date.now`). */
  now?: () => number;
  /** Seller-set evaluations the exact search may spend before the heuristic takes over (default 2,000,000). */
  exactLimit?: number;
  /** Alternates found with `findAlternates`, priced at each line's need and shown on the plan's lines. */
  alternates?: readonly LineAlternates[];
}

/** Why a part is bought where it is. */
export type PlanReasonCode =
  | 'cheapest'
  | 'only-seller'
  | 'preferred'
  | 'consolidated'
  | 'grouped'
  | 'backorder';

export interface PlanReason {
  code: PlanReasonCode;
  /** For people, e.g. "cheapest at 80 pieces: 0.0200 USD each at Digi-Key, next Mouser at 2.10 USD". */
  text: string;
}

export type RiskKind = 'obsolete' | 'nrnd' | 'single-source' | 'low-stock' | 'long-lead' | 'stale-price';

export interface RiskFlag {
  kind: RiskKind;
  message: string;
}

/** One distinct part to buy, for every line that resolves to it. */
export interface PlannedPart {
  partId: string;
  part: BomPart;
  /** Input lines (0-based indexes) bought together. */
  lineIndexes: number[];
  /** Pieces needed: the lines' needs plus their overage. */
  need: number;
  /** Of which overage. */
  overage: number;
  /** The offer bought; undefined when no allowed seller can supply the need (see `unplanned`). */
  offer: OfferQuote | undefined;
  why: PlanReason[];
  /** Why the part could not be planned. */
  unplanned: string | undefined;
  flags: RiskFlag[];
}

/** One input line in the plan. */
export interface PlanLine {
  index: number;
  line: BomLine;
  status: BomLineResult['status'];
  /** The part the line resolves to (undefined: not found or failed). */
  partId: string | undefined;
  /** This line's pieces (quantity × boards) and its overage. */
  need: number;
  overage: number;
  /** The part's offer, shared with the other lines of the same part. */
  offer: OfferQuote | undefined;
  /** This line's share of its part's cost (by need; the shares of a part add up to its extended price). */
  cost: Money | undefined;
  why: PlanReason[];
  flags: RiskFlag[];
  /** Why the line has no offer in the plan. */
  unplanned: string | undefined;
  alternates: Alternate[];
}

/** What is ordered from one seller. */
export interface SellerOrder {
  seller: { id: string; name: string };
  /** The parts bought there (`PlannedPart`s of `parts`). */
  items: PlannedPart[];
  /** Sum of the items' extended prices. */
  subtotal: Money;
  /** The fixed cost per order (`orderCost`). */
  orderCost: Money;
  total: Money;
}

export type PlanMethod = 'per-part' | 'exact' | 'heuristic';

export interface PurchasePlan {
  currency: string;
  buildQuantity: number;
  /** One per input line, in input order. */
  lines: PlanLine[];
  /** One per distinct part. */
  parts: PlannedPart[];
  /** One per seller used, largest total first. */
  orders: SellerOrder[];
  /** Parts subtotal + order costs. */
  total: Money;
  subtotal: Money;
  orderCosts: Money;
  /** The same lines priced one by one (`chooseOffer` at each line's own need), over the lines the plan priced. */
  perLineTotal: Money;
  /** `perLineTotal − subtotal`: what buying each part once saves. */
  saving: Money;
  /**
   * What the seller rules did: the plan against the cheapest choice per part (no `maxSellers`, order
   * costs counted for the sellers it uses). `extraCost = total − unconstrainedTotal`: positive when a
   * seller limit costs money, negative when fewer orders save more than they cost (`orderCost`).
   * Undefined with neither option.
   */
  consolidation:
    | { unconstrainedTotal: Money; unconstrainedSellers: number; extraCost: Money; sellers: number }
    | undefined;
  /**
   * How sellers were chosen: `per-part` (no seller limit: each part's cheapest offer, exact), `exact`
   * (every allowed seller set tried) or `heuristic` (greedy removal + swaps, see the README).
   */
  method: PlanMethod;
  /** A lower bound on the cost of any plan that buys the same parts; `gap` is `(total − lowerBound) / lowerBound`. */
  lowerBound: Money;
  gap: number;
  summary: { lines: number; parts: number; planned: number; unplannedLines: number; flaggedLines: number };
}

/** A candidate replacement part for a line, priced at the line's need. */
export interface Alternate {
  part: BomPart;
  /** The best offer at the need (authorised, in stock, as `chooseOffer` rules), or undefined. */
  offer: OfferQuote | undefined;
  /** Why it was suggested, e.g. "same category and package, in stock". */
  basis: string;
}

export interface LineAlternates {
  index: number;
  reason: 'not-found' | 'out-of-stock' | 'obsolete';
  alternates: Alternate[];
}
