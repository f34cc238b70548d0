/** Builds the per-line results, in input order, and the BOM's totals from the answers of its queries. */

import type { MatchAnswer } from './bom-cache.js';
import type { BomLine } from './bom-line.js';
import type { BomLineResult, BomMatchResult, BomPart } from './bom-types.js';
import { chooseOffer, type PricingFallback } from './choose-offer.js';
import { choosePart } from './choose-part.js';
import type { BomQuery } from './dedupe.js';
import { money, sumMoney } from './money.js';

/** What became of one distinct query. */
export type QueryOutcome = { answer: MatchAnswer; cached: boolean } | { error: string };

export interface ResultInput {
  /** The lines as given, and as checked (trimmed, quantities as numbers), in the same order. */
  given: readonly BomLine[];
  checked: readonly BomLine[];
  queries: readonly BomQuery[];
  outcomes: ReadonlyMap<string, QueryOutcome>;
  /** For queries without an outcome (the run stopped before asking them). */
  missing: string;
  buildQuantity: number;
  currency: string;
  fallback: PricingFallback;
  stats: { requests: number; partsUsed: number; cacheHits: number };
}

export function buildResult(input: ResultInput): BomMatchResult {
  const queryOf = new Map<number, BomQuery>();
  for (const query of input.queries) for (const index of query.lineIndexes) queryOf.set(index, query);
  const currency = input.currency.toUpperCase();
  const lines = input.checked.map((checked, index): BomLineResult => {
    const query = queryOf.get(index);
    const outcome = query && input.outcomes.get(query.key);
    const need = checked.quantity * input.buildQuantity;
    const base = { index, line: input.given[index] ?? checked, need };
    if (!outcome || 'error' in outcome) {
      return {
        ...base,
        status: 'error',
        part: undefined,
        chosenBy: undefined,
        candidates: [],
        hits: 0,
        error: outcome?.error ?? input.missing,
        pricing: undefined,
        cached: false,
      };
    }
    const { answer, cached } = outcome;
    const choice = choosePart<BomPart>(answer, checked.manufacturer);
    const common = { ...base, candidates: [...answer.parts], hits: answer.hits, cached };
    if (choice.status === 'not-found' || choice.status === 'error') {
      return {
        ...common,
        status: choice.status,
        part: undefined,
        chosenBy: undefined,
        error: choice.status === 'error' ? choice.error : undefined,
        pricing: undefined,
      };
    }
    return {
      ...common,
      status: choice.status,
      part: choice.part,
      chosenBy: choice.chosenBy,
      error: undefined,
      pricing: chooseOffer(choice.part.sellers, need, currency, input.fallback),
    };
  });
  const count = (status: BomLineResult['status']) => lines.filter((line) => line.status === status).length;
  const priced = lines.flatMap((line) => (line.pricing?.priced ? [line.pricing.offer.extended] : []));
  return {
    lines,
    summary: {
      lines: lines.length,
      matched: count('matched'),
      ambiguous: count('ambiguous'),
      notFound: count('not-found'),
      errors: count('error'),
      priced: priced.length,
      unpriced: lines.length - priced.length,
      uniqueQueries: input.queries.length,
      ...input.stats,
    },
    total: priced.length > 0 ? sumMoney(currency, priced) : money(currency, 0),
    currency,
    buildQuantity: input.buildQuantity,
  };
}
