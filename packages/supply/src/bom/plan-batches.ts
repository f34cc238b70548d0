/** Splits distinct queries into `supMultiMatch` requests within Nexar's 100 parts requested per call. */
import type { BomQuery } from './dedupe.js';

/** Nexar's limit: the queries' `limit`s of one supMultiMatch call add up to at most 100. */
export const MAX_PARTS_PER_MULTI_MATCH = 100;

export interface BomBatch {
  queries: BomQuery[];
  /** Parts this request may return at most: the sum of its queries' limits. */
  worstCaseParts: number;
}

/** Checks the per-line candidate limit: a whole number from 1 to 100. */
export function checkCandidates(candidates: number): number {
  if (!Number.isInteger(candidates) || candidates < 1 || candidates > MAX_PARTS_PER_MULTI_MATCH) {
    throw new RangeError(
      `candidates must be a whole number from 1 to ${MAX_PARTS_PER_MULTI_MATCH}, got ${candidates}.`,
    );
  }
  return candidates;
}

/** Queries per request: `floor(100 / candidates)` (100 with the default of one candidate per line). */
export function queriesPerBatch(candidates: number): number {
  return Math.floor(MAX_PARTS_PER_MULTI_MATCH / checkCandidates(candidates));
}

/** Batches of `queriesPerBatch(candidates)` queries each. */
export function planBatches(queries: readonly BomQuery[], candidates: number): BomBatch[] {
  const perBatch = queriesPerBatch(candidates);
  const batches: BomBatch[] = [];
  for (let i = 0; i < queries.length; i += perBatch) {
    const chunk = queries.slice(i, i + perBatch);
    batches.push({ queries: chunk, worstCaseParts: chunk.length * candidates });
  }
  return batches;
}
