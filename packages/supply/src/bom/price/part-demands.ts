/**
 * Lines that resolve to the same part (same Octopart part id) become one demand: their needs, overage
 * included, are summed, so price breaks, MOQ and order multiples apply to what is really bought. Each
 * demand's offers are quoted at that summed need with the same rules as per-line pricing
 * (`quoteOffer`), then filtered by the plan's seller rules.
 */
import type { BomLineResult, BomMatchResult, BomPart } from '../bom-types.js';
import { compareQuotes } from '../choose-offer.js';
import { type OfferQuote, quoteOffer } from '../offer-quote.js';
import { overageFor } from './overage.js';
import type { CheckedPlanOptions } from './plan-options.js';

export interface LineNeed {
  index: number;
  need: number;
  overage: number;
}

export interface PartDemand {
  partId: string;
  part: BomPart;
  lines: LineNeed[];
  need: number;
  overage: number;
  /** The best allowed quote per seller id. */
  bySeller: Map<string, OfferQuote>;
  /** True when the offers were narrowed to preferred sellers. */
  preferred: boolean;
  /** Why no seller is allowed, when `bySeller` is empty. */
  refused: string | undefined;
}

/** A line's pieces at the plan's build quantity (the match's own need, scaled: no request). */
export function lineNeed(match: BomMatchResult, line: BomLineResult, buildQuantity: number): number {
  return (line.need / match.buildQuantity) * buildQuantity;
}

export function partDemands(match: BomMatchResult, options: CheckedPlanOptions): PartDemand[] {
  const demands = new Map<string, PartDemand>();
  for (const line of match.lines) {
    if (!line.part || (line.status !== 'matched' && line.status !== 'ambiguous')) continue;
    const need = lineNeed(match, line, options.buildQuantity);
    const overage = overageFor(line, need, options.overage);
    let demand = demands.get(line.part.id);
    if (!demand) {
      demand = {
        partId: line.part.id,
        part: line.part,
        lines: [],
        need: 0,
        overage: 0,
        bySeller: new Map(),
        preferred: false,
        refused: undefined,
      };
      demands.set(line.part.id, demand);
    }
    demand.lines.push({ index: line.index, need, overage });
    demand.need += need + overage;
    demand.overage += overage;
  }
  for (const demand of demands.values()) quoteDemand(demand, options);
  return [...demands.values()];
}

function sellerKeys(quote: OfferQuote): string[] {
  return [quote.seller.id.toLowerCase(), quote.seller.name.toLowerCase()];
}

function quoteDemand(demand: PartDemand, options: CheckedPlanOptions): void {
  const quotes: OfferQuote[] = [];
  for (const seller of demand.part.sellers) {
    for (const offer of seller.offers) {
      const quote = quoteOffer(seller, offer, demand.need, options.currency);
      if (quote) quotes.push(quote);
    }
  }
  const leadOf = new Map(
    demand.part.sellers.flatMap((s) => s.offers.map((o) => [o.id, o.factoryLeadDays ?? null] as const)),
  );
  const allowed = quotes.filter((q) => {
    if (sellerKeys(q).some((key) => options.exclude.has(key))) return false;
    if (options.authorizedOnly && !q.authorized) return false;
    if (q.shortfall === 0) return true;
    if (!options.backorder) return false;
    const lead = leadOf.get(q.offerId) ?? null;
    return options.maxLeadDays === undefined || (lead !== null && lead <= options.maxLeadDays);
  });
  const preferred = allowed.filter((q) => sellerKeys(q).some((key) => options.prefer.has(key)));
  demand.preferred = preferred.length > 0;
  for (const quote of demand.preferred ? preferred : allowed) {
    const held = demand.bySeller.get(quote.seller.id);
    if (!held || compareQuotes(quote, held) < 0) demand.bySeller.set(quote.seller.id, quote);
  }
  if (demand.bySeller.size === 0) demand.refused = refusal(quotes, demand.need, options);
}

function refusal(quotes: readonly OfferQuote[], need: number, options: CheckedPlanOptions): string {
  if (quotes.length === 0) return `no seller offers this part with a price in ${options.currency}.`;
  const kept = quotes.filter((q) => !sellerKeys(q).some((key) => options.exclude.has(key)));
  if (kept.length === 0) return 'only excluded sellers offer this part.';
  const authorized = options.authorizedOnly ? kept.filter((q) => q.authorized) : kept;
  if (authorized.length === 0)
    return 'only sellers that are not authorised offer this part (authorizedOnly: false to accept them).';
  const most = Math.max(...authorized.map((q) => q.stock));
  if (!options.backorder) {
    return `no ${options.authorizedOnly ? 'authorised ' : ''}seller has ${need} in stock (most: ${most}); stock: 'backorder' accepts waiting for the rest.`;
  }
  return `no seller can deliver the rest within maxLeadDays ${options.maxLeadDays} (most in stock: ${most}).`;
}

/** The lines' needs in input order, for the lines without a part too. */
export function needsOf(match: BomMatchResult, options: CheckedPlanOptions): LineNeed[] {
  return match.lines.map((line) => {
    const need = lineNeed(match, line, options.buildQuantity);
    return { index: line.index, need, overage: line.part ? overageFor(line, need, options.overage) : 0 };
  });
}
