/**
 * Per-line results from the answers of their queries, and the BOM's totals. Lines are priced as
 * soon as their query is answered, so pricing overlaps the requests still in flight.
 */

import { deepFreeze } from '../cache/deep-freeze.js';
import type { MatchAnswer } from './bom-cache.js';
import type { BomLine } from './bom-line.js';
import type { BomLineResult, BomMatchResult, BomPart, BomSummary } from './bom-types.js';
import type { BomWarning } from './bom-warning.js';
import { piecesNeeded } from './check-line.js';
import { chooseOffer, type LinePricing, type PricingFallback } from './choose-offer.js';
import { choosePart, type PartChoice } from './choose-part.js';
import type { BomQuery } from './dedupe.js';
import { type Money, money, sumMoney } from './money.js';

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
  const line = context.given[index] ?? checked;
  if ('error' in outcome) {
    return {
      index,
      line,
      need,
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
  const { choice, pricing } = pricedChoice(answer, checked.manufacturer, need, context);
  // One literal per line (this runs for every line), and the query's frozen answer shared by all its
  // lines: no copy per line.
  const matched = choice.status === 'matched' || choice.status === 'ambiguous';
  return {
    index,
    line,
    need,
    status: choice.status,
    part: matched ? choice.part : undefined,
    chosenBy: matched ? choice.chosenBy : undefined,
    candidates: answer.parts,
    hits: answer.hits,
    error: choice.status === 'error' ? choice.error : undefined,
    pricing: matched ? pricing : undefined,
    cached,
  };
}

interface PricedChoice {
  choice: PartChoice<BomPart>;
  pricing: LinePricing | undefined;
}

/**
 * Choice and pricing by answer, then by what else they depend on. Answers are frozen and shared (by the
 * lines of one query, and by the cache across runs), so lines asking the same of the same answer share
 * one frozen result, and a warm re-run prices nothing again.
 */
const pricedByAnswer = new WeakMap<MatchAnswer, Map<string, PricedChoice>>();

function pricedChoice(
  answer: MatchAnswer,
  manufacturer: string | undefined,
  need: number,
  context: LineContext,
): PricedChoice {
  const key = `${need}|${context.currency}|${context.fallback.nonAuthorized === true}|${context.fallback.partialStock === true}|${manufacturer ?? ''}`;
  let byKey = pricedByAnswer.get(answer);
  const known = byKey?.get(key);
  if (known) return known;
  const choice = choosePart<BomPart>(answer, manufacturer);
  const pricing =
    choice.status === 'matched' || choice.status === 'ambiguous'
      ? chooseOffer(choice.part.sellers, need, context.currency, context.fallback)
      : undefined;
  const priced = deepFreeze({ choice, pricing });
  if (!byKey) {
    byKey = new Map();
    pricedByAnswer.set(answer, byKey);
  }
  byKey.set(key, priced);
  return priced;
}

export interface ResultInput {
  context: LineContext;
  queries: readonly BomQuery[];
  /** Results so far, by line index; lines without one get `missing` as their error. */
  lines: readonly (BomLineResult | undefined)[];
  missing: string;
  stats: { requests: number; partsUsed: number; cacheHits: number };
  warnings: BomWarning[];
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
    warnings: input.warnings,
    ...input.stats,
  });
}

/** A result from its lines: the counts by status, the priced lines' total, and the run's numbers. */
export function summarize(
  lines: BomLineResult[],
  run: Pick<BomSummary, 'uniqueQueries' | 'requests' | 'partsUsed' | 'cacheHits'> & {
    currency: string;
    buildQuantity: number;
    warnings: BomWarning[];
  },
): BomMatchResult {
  const { currency, buildQuantity, warnings, ...numbers } = run;
  // One pass over the lines (a BOM may have tens of thousands).
  const counts: Record<BomLineResult['status'], number> = {
    matched: 0,
    ambiguous: 0,
    'not-found': 0,
    error: 0,
  };
  const priced: Money[] = [];
  for (const line of lines) {
    counts[line.status] += 1;
    if (line.pricing?.priced) priced.push(line.pricing.offer.extended);
  }
  return {
    lines,
    summary: {
      lines: lines.length,
      matched: counts.matched,
      ambiguous: counts.ambiguous,
      notFound: counts['not-found'],
      errors: counts.error,
      priced: priced.length,
      unpriced: lines.length - priced.length,
      ...numbers,
    },
    total: priced.length > 0 ? sumMoney(currency, priced) : money(currency, 0),
    currency,
    buildQuantity,
    warnings,
  };
}
