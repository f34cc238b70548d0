// Node-only pieces, plus everything from the main entry.
export * from '../index.js';
export { createSupplyClient } from './create-supply-client.js';
export { FileResultCache, type FileResultCacheOptions } from './file-result-cache.js';
