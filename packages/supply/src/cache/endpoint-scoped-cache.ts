import type { CachedEntry, ResultCache } from './result-cache.js';

/**
 * The same cache with every key scoped to one API endpoint, so a cache shared by clients of different
 * endpoints (the real API and a local emulator, say, through one file cache) never mixes their answers.
 */
export function endpointScopedCache(cache: ResultCache, endpoint: string): ResultCache {
  const scoped = (key: string) => `${endpoint} ${key}`;
  const scopedCache: ResultCache = {
    get: (key: string): Promise<CachedEntry | undefined> => cache.get(scoped(key)),
    set: (key: string, entry: CachedEntry): Promise<void> => cache.set(scoped(key), entry),
  };
  if (cache.capacityFor) scopedCache.capacityFor = cache.capacityFor.bind(cache);
  if (cache.delete) scopedCache.delete = (key: string) => cache.delete?.(scoped(key)) ?? Promise.resolve();
  const { claim, waitFor } = cache;
  if (claim && waitFor) {
    const unscoped = (keys: readonly string[]) => keys.map((key) => key.slice(endpoint.length + 1));
    scopedCache.claim = async (keys, ttlMs) => {
      const claimed = await claim.call(cache, keys.map(scoped), ttlMs);
      return {
        won: unscoped(claimed.won),
        answered: unscoped(claimed.answered),
        held: unscoped(claimed.held),
        release: () => claimed.release(),
      };
    };
    scopedCache.waitFor = async (keys, options) =>
      unscoped(await waitFor.call(cache, keys.map(scoped), options));
  }
  return scopedCache;
}
