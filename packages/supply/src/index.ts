export * from './bom/index.js';
export type { CacheClaim, ClaimWaitOptions } from './cache/cache-claim.js';
export { type CacheKeyParts, cacheKey, canonicalJson } from './cache/cache-key.js';
export { MemoryResultCache, type MemoryResultCacheOptions } from './cache/memory-result-cache.js';
export { type CachedEntry, DEFAULT_CACHE_TTL_MS, isFresh, type ResultCache } from './cache/result-cache.js';
export { type CategoryNode, categoryTree } from './category-tree.js';
export { countParts, PART_TYPENAME } from './count-parts.js';
export { createSupplyClient, type SupplyClientOptions } from './create-supply-client.js';
export { NexarPartLimitError, NexarSupplyError, NexarUsageUnavailableError } from './errors.js';
export {
  DEFAULT_FIELDS,
  type FieldPreset,
  type FieldSelection,
  type FieldsOption,
  type FieldVariables,
  fieldSetName,
  fieldVariables,
} from './field-presets.js';
export * from './generated/graphql.js';
export type * from './operation-types.js';
export { type PageableResultSet, type PagingOptions, pageThrough, type SupplyPage } from './pages.js';
export { checkMultiMatch, checkPage, PAGING_BOUNDS } from './paging-bounds.js';
export type { SharedPartBudget, SharedPartHold } from './part-budget.js';
export { PART_LIMIT_EXCEEDED } from './part-limit-mapping.js';
export type { PartLedger, PartMeter, PartReservation, PartsEvent } from './part-meter.js';
export type { SupplyClient, SupplyDryRun, SupplyMethodOptions } from './supply-client.js';
export type { PartEstimate, SupplyCallOptions } from './supply-request.js';
export { DEFAULT_MATCH_LIMIT, DEFAULT_SEARCH_LIMIT, worstCaseParts } from './worst-case.js';
