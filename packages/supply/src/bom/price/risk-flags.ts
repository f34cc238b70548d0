/**
 * Risk flags of a part, from what the match already holds: its lifecycle status spec (obsolete, NRND),
 * how many sellers have stock, whether the stock covers the need, lead times, and how old the offer
 * data is.
 */
import type { BomPart } from '../bom-types.js';
import type { OfferQuote } from '../offer-quote.js';
import type { RiskFlag } from './plan-types.js';

export type Lifecycle = 'obsolete' | 'nrnd' | 'active' | 'unknown';

/** The lifecycle from the part's "Lifecycle Status" spec (Octopart's `lifecyclestatus`). */
export function lifecycleOf(part: Pick<BomPart, 'specs'>): Lifecycle {
  const spec = part.specs.find((s) => s.attribute.shortname.toLowerCase() === 'lifecyclestatus');
  if (!spec) return 'unknown';
  const text = `${spec.value} ${spec.displayValue}`.toLowerCase();
  if (/obsolete|discontinued|\beol\b|end of life/.test(text)) return 'obsolete';
  if (/nrnd|nrfnd|not recommended/.test(text)) return 'nrnd';
  return 'active';
}

export interface RiskContext {
  need: number;
  /** The offer the plan buys, if any. */
  offer: OfferQuote | undefined;
  authorizedOnly: boolean;
  longLeadDays: number;
  priceMaxAgeMs: number;
  now: number;
}

export function riskFlags(part: BomPart, context: RiskContext): RiskFlag[] {
  const flags: RiskFlag[] = [];
  const lifecycle = lifecycleOf(part);
  if (lifecycle === 'obsolete') {
    flags.push({ kind: 'obsolete', message: 'the manufacturer lists this part as obsolete (end of life).' });
  } else if (lifecycle === 'nrnd') {
    flags.push({ kind: 'nrnd', message: 'not recommended for new designs (NRND).' });
  }
  const sellers = part.sellers.filter((s) => s.isAuthorized || !context.authorizedOnly);
  const stocked = new Set(
    sellers.filter((s) => s.offers.some((o) => o.inventoryLevel > 0)).map((s) => s.company.id),
  );
  if (stocked.size === 1) {
    const name = sellers.find((s) => stocked.has(s.company.id))?.company.name ?? 'one seller';
    flags.push({ kind: 'single-source', message: `single source: only ${name} has stock.` });
  }
  const stock = sellers.reduce((sum, s) => sum + Math.max(0, ...s.offers.map((o) => o.inventoryLevel)), 0);
  if (stock < context.need) {
    flags.push({
      kind: 'low-stock',
      message: `stock below need: ${stock} in stock at ${context.authorizedOnly ? 'authorised ' : ''}sellers for a need of ${context.need}.`,
    });
  }
  const leads = sellers.flatMap((s) => s.offers.map((o) => o.factoryLeadDays ?? null)).filter(isNumber);
  const lead = context.offer ? leadOf(part, context.offer) : leads.length > 0 ? Math.min(...leads) : null;
  const waits = context.offer ? context.offer.shortfall > 0 : stock < context.need;
  if (waits && lead !== null && lead > context.longLeadDays) {
    flags.push({ kind: 'long-lead', message: `long lead time: ${lead} days for what is not in stock.` });
  }
  if (context.offer) {
    const updated = offerOf(part, context.offer)?.updated;
    const at = updated ? Date.parse(updated) : Number.NaN;
    if (Number.isFinite(at) && context.now - at > context.priceMaxAgeMs) {
      flags.push({
        kind: 'stale-price',
        message: `price data is ${ageText(context.now - at)} old (older than ${ageText(context.priceMaxAgeMs)}): check it before ordering.`,
      });
    }
  }
  return flags;
}

function isNumber(value: number | null): value is number {
  return value !== null;
}

function offerOf(part: BomPart, quote: OfferQuote) {
  return part.sellers.flatMap((s) => s.offers).find((o) => o.id === quote.offerId);
}

function leadOf(part: BomPart, quote: OfferQuote): number | null {
  return offerOf(part, quote)?.factoryLeadDays ?? null;
}

function ageText(ms: number): string {
  const hours = ms / 3_600_000;
  if (hours < 48) return `${Math.round(hours)} h`;
  return `${Math.round(hours / 24)} days`;
}
