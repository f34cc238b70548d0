/**
 * Room in the result cache for a whole BOM: the default cache grows to the BOM's distinct lines; a
 * cache with a smaller fixed bound gets a warning with what a re-run would cost.
 */
import type { SupplyClient } from '../supply-client.js';
import type { BomRerunCost, BomWarning } from './bom-warning.js';
import { queriesPerBatch } from './plan-batches.js';

export interface CacheRoom {
  rerun: BomRerunCost;
  warnings: BomWarning[];
}

/** Asks the client's cache to hold `uniqueQueries` answers (`grow: false` for a dry run: nothing changes). */
export function cacheRoomFor(
  client: SupplyClient,
  useCache: boolean,
  uniqueQueries: number,
  candidates: number,
  grow: boolean,
): CacheRoom {
  const cache = useCache ? client.cache : undefined;
  const capacity = cache ? (cache.capacityFor?.(uniqueQueries, grow) ?? Number.POSITIVE_INFINITY) : 0;
  const lost = Math.max(0, uniqueQueries - capacity);
  const rerun = {
    requests: Math.ceil(lost / queriesPerBatch(candidates)),
    worstCaseParts: lost * candidates,
  };
  if (!cache || lost === 0) return { rerun, warnings: [] };
  const n = (value: number) => value.toLocaleString('en-US');
  return {
    rerun,
    warnings: [
      {
        kind: 'cache-too-small',
        message:
          `This BOM has ${n(uniqueQueries)} distinct lines but the result cache keeps ${n(capacity)} entries: ` +
          `running it again will send ${n(rerun.requests)} requests and may be charged up to ` +
          `${n(rerun.worstCaseParts)} parts. Give the cache room for at least ${n(uniqueQueries)} entries ` +
          '(e.g. new MemoryResultCache({ maxEntries }), or the default one, which grows).',
        uniqueQueries,
        cacheEntries: capacity,
        rerun,
      },
    ],
  };
}
