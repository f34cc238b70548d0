/** Alternates ranked by their price at a line's need: priced ones cheapest first, then the most stock. */
import type { BomMatchResult, BomPart } from '../bom-types.js';
import { chooseOffer } from '../choose-offer.js';
import { lineNeed } from './part-demands.js';
import type { Alternate, LineAlternates } from './plan-types.js';

export function rankAlternates(
  candidates: readonly { part: BomPart; basis: string }[],
  need: number,
  currency: string,
): Alternate[] {
  const priced = candidates.map(({ part, basis }) => {
    const pricing = chooseOffer(part.sellers, need, currency);
    return { part, basis, offer: pricing.priced ? pricing.offer : undefined };
  });
  const stock = (a: Alternate) =>
    a.part.sellers.reduce((sum, s) => sum + s.offers.reduce((n, o) => n + o.inventoryLevel, 0), 0);
  return priced.sort(
    (a, b) =>
      (a.offer ? 0 : 1) - (b.offer ? 0 : 1) ||
      (a.offer && b.offer ? a.offer.extended.minor - b.offer.extended.minor : 0) ||
      stock(b) - stock(a) ||
      a.part.mpn.localeCompare(b.part.mpn),
  );
}

/** Alternates found for a match, re-priced for the plan's build quantity (no request). */
export function alternatesForPlan(
  found: readonly LineAlternates[],
  match: BomMatchResult,
  options: { buildQuantity: number; currency: string },
): Map<number, Alternate[]> {
  const byLine = new Map<number, Alternate[]>();
  for (const entry of found) {
    const line = match.lines[entry.index];
    if (!line) continue;
    const need = lineNeed(match, line, options.buildQuantity);
    byLine.set(entry.index, rankAlternates(entry.alternates, need, options.currency));
  }
  return byLine;
}
