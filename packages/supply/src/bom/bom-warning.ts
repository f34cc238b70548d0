/** Warnings `matchBom` gives before sending: in the plan, in the result and to `onWarning`. */

/** What running the same BOM again right after this run would cost. */
export interface BomRerunCost {
  /** Requests a re-run would send (0 when the cache keeps every distinct line). */
  requests: number;
  /** Most parts a re-run could be charged. */
  worstCaseParts: number;
}

/**
 * The result cache keeps fewer entries than the BOM has distinct lines: answers stored by this run
 * will be evicted by it, so a re-run sends (and is charged for) them again.
 */
export interface BomCacheTooSmallWarning {
  kind: 'cache-too-small';
  /** What happens and what to do, in one sentence. */
  message: string;
  /** Distinct lines of the BOM, and the entries the cache keeps. */
  uniqueQueries: number;
  cacheEntries: number;
  rerun: BomRerunCost;
}

export type BomWarning = BomCacheTooSmallWarning;
