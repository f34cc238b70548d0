import { summarize } from './bom-result.js';
import type { BomMatchResult } from './bom-types.js';
import { parseQuantity, piecesNeeded } from './check-line.js';
import { chooseOffer, type PricingFallback } from './choose-offer.js';

export interface RepriceBomOptions {
  /** Boards to build; each line needs its quantity per board × buildQuantity. */
  buildQuantity: number;
  /** As in `matchBom`: accept other sellers, or part of the quantity, when no authorised offer fits. */
  fallback?: PricingFallback;
}

/**
 * The same matched BOM priced for another build quantity, from the offers the match already holds:
 * no request is sent and no part is spent (so `summary.requests`, `partsUsed` and `cacheHits` are 0).
 * Use it to compare build quantities, e.g. for a cost-per-board curve across the price breaks.
 */
export function repriceBom(result: BomMatchResult, options: RepriceBomOptions): BomMatchResult {
  const { buildQuantity } = options;
  if (!Number.isSafeInteger(buildQuantity) || buildQuantity < 1) {
    throw new RangeError(`buildQuantity must be a whole number of boards (1 or more), got ${buildQuantity}.`);
  }
  const lines = result.lines.map((line) => {
    const perBoard = parseQuantity(line.line.quantity) ?? line.need / result.buildQuantity;
    const need = piecesNeeded(perBoard, buildQuantity);
    const pricing = line.part
      ? chooseOffer(line.part.sellers, need, result.currency, options.fallback)
      : line.pricing;
    return { ...line, need, pricing };
  });
  return summarize(lines, {
    currency: result.currency,
    buildQuantity,
    uniqueQueries: result.summary.uniqueQueries,
    requests: 0,
    partsUsed: 0,
    cacheHits: 0,
    warnings: result.warnings ?? [],
  });
}
