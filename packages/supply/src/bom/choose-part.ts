/**
 * A line's status from its multi-match answer, and the part chosen for it: `matched` (one hit),
 * `ambiguous` (several candidates, or more hits than were returned), `not-found` (zero hits) or
 * `error`. Among several candidates the line's manufacturer decides first, then the authorised
 * stock; `chosenBy` says which rule chose.
 */
import { sameManufacturer } from './normalize.js';
import type { SellerInput } from './offer-types.js';

export type BomLineStatus = 'matched' | 'ambiguous' | 'not-found' | 'error';

/** How the part of a line was chosen. */
export type ChoiceRule =
  /** The only hit. */
  | 'only-candidate'
  /** The only candidate whose manufacturer is the line's. */
  | 'manufacturer'
  /** The candidate with the most stock at authorised sellers. */
  | 'authorized-stock'
  /** The API's best-ranked candidate (nothing else told them apart, or only one of several hits was asked for). */
  | 'first-result';

export interface CandidatePart {
  manufacturer: { name: string; aliases: readonly string[] };
  sellers: readonly SellerInput[];
}

export interface MatchAnswer<P> {
  hits: number;
  parts: readonly P[];
  error: string | null;
}

export type PartChoice<P> =
  | { status: 'matched' | 'ambiguous'; part: P; chosenBy: ChoiceRule }
  | { status: 'not-found' }
  | { status: 'error'; error: string };

/** Pieces in stock at authorised sellers. */
export function authorizedStock(part: CandidatePart): number {
  let stock = 0;
  for (const seller of part.sellers) {
    if (!seller.isAuthorized) continue;
    for (const offer of seller.offers) stock += Math.max(0, offer.inventoryLevel);
  }
  return stock;
}

export function choosePart<P extends CandidatePart>(
  answer: MatchAnswer<P>,
  manufacturer?: string,
): PartChoice<P> {
  if (answer.error) return { status: 'error', error: answer.error };
  const [first] = answer.parts;
  if (answer.hits === 0 || first === undefined) {
    if (answer.hits > 0)
      return { status: 'error', error: `the API counted ${answer.hits} hits but returned no part.` };
    return { status: 'not-found' };
  }
  if (answer.hits <= 1 && answer.parts.length === 1)
    return { status: 'matched', part: first, chosenBy: 'only-candidate' };
  let pool: readonly P[] = answer.parts;
  if (manufacturer) {
    const same = pool.filter((part) => sameManufacturer(manufacturer, part.manufacturer));
    if (same.length === 1 && pool.length > 1)
      return { status: 'ambiguous', part: same[0] as P, chosenBy: 'manufacturer' };
    if (same.length > 1) pool = same;
  }
  const stocks = pool.map(authorizedStock);
  const most = Math.max(...stocks);
  const chosen = pool[stocks.indexOf(most)] as P;
  const decided = stocks.some((stock) => stock !== most);
  return { status: 'ambiguous', part: chosen, chosenBy: decided ? 'authorized-stock' : 'first-result' };
}
