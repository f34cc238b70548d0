/**
 * Per-line results from the answers of their queries, and the BOM's totals. Lines are priced as
 * soon as their query is answered, so pricing overlaps the requests still in flight.
 */
import type { MatchAnswer } from './bom-cache.js';
import type { BomLine } from './bom-line.js';
import type { BomLineResult, BomMatchResult, BomPart, BomSummary } from './bom-types.js';
import { piecesNeeded } from './check-line.js';
import { chooseOffer, type PricingFallback } from './choose-offer.js';
import { choosePart } from './choose-part.js';
import type { BomQuery } from './dedupe.js';
import { money, sumMoney } from './money.js';

/** What became of one distinct query. */
export type QueryOutcome = { answer: MatchAnswer; cached: boolean } | { error: string };

export interface LineContext {
  /** The lines as given, and as checked (trimmed, quantities as numbers), in the same order. */
  given: readonly BomLine[];
  checked: readonly BomLine[];
  buildQuantity: number;
  /** The asked currency, upper case. */
  currency: string;
  fallback: PricingFallback;
}

/** The results of every line a query answers, written into `into` at the lines' indexes. */
export function settleQuery(
  query: BomQuery,
  outcome: QueryOutcome,
  context: LineContext,
  into: (BomLineResult | undefined)[],
): void {
  for (const index of query.lineIndexes) into[index] = lineResult(index, outcome, context);
}

function lineResult(index: number, outcome: QueryOutcome, context: LineContext): BomLineResult {
  const checked = context.checked[index] as BomLine;
  const need = piecesNeeded(checked.quantity, context.buildQuantity);
  const base = { index, line: context.given[index] ?? checked, need };
  if ('error' in outcome) {
    return {
      ...base,
      status: 'error',
      part: undefined,
      chosenBy: undefined,
      candidates: [],
      hits: 0,
      error: outcome.error,
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
    pricing: chooseOffer(choice.part.sellers, need, context.currency, context.fallback),
  };
}

export interface ResultInput {
  context: LineContext;
  queries: readonly BomQuery[];
  /** Results so far, by line index; lines without one get `missing` as their error. */
  lines: readonly (BomLineResult | undefined)[];
  missing: string;
  stats: { requests: number; partsUsed: number; cacheHits: number };
}

export function buildResult(input: ResultInput): BomMatchResult {
  const { context } = input;
  const pending = new Map<number, BomQuery>();
  for (const query of input.queries) for (const index of query.lineIndexes) pending.set(index, query);
  const lines = [...input.lines];
  for (const [index, query] of pending) {
    if (!lines[index]) settleQuery(query, { error: input.missing }, context, lines);
  }
  return summarize(lines as BomLineResult[], {
    currency: context.currency,
    buildQuantity: context.buildQuantity,
    uniqueQueries: input.queries.length,
    ...input.stats,
  });
}

/** A result from its lines: the counts by status, the priced lines' total, and the run's numbers. */
export function summarize(
  lines: BomLineResult[],
  run: Pick<BomSummary, 'uniqueQueries' | 'requests' | 'partsUsed' | 'cacheHits'> & {
    currency: string;
    buildQuantity: number;
  },
): BomMatchResult {
  const { currency, buildQuantity, ...numbers } = run;
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
      ...numbers,
    },
    total: priced.length > 0 ? sumMoney(currency, priced) : money(currency, 0),
    currency,
    buildQuantity,
  };
}
