import { parseTokenSet } from './token-set.js';
import type { TokenStore, TokenStoreSetOptions } from './token-store.js';

/**
 * The store a provider writes through: every `set` tells the store when the entry stops being useful
 * (the access token's expiry when there is no refresh token to keep it alive), so a shared store can
 * give it a TTL. A caller's own `expiresAt` wins; values that are not token sets pass through as they are.
 */
export function withEntryExpiry(store: TokenStore): TokenStore {
  const wrapped: TokenStore = {
    get: (key) => store.get(key),
    set: (key, value, options) => store.set(key, value, options ?? entryOptions(value)),
    delete: (key) => store.delete(key),
  };
  if (store.withLock) {
    const withLock = store.withLock.bind(store);
    wrapped.withLock = (key, task) => withLock(key, task);
  }
  return wrapped;
}

function entryOptions(value: string): TokenStoreSetOptions | undefined {
  const set = parseTokenSet(value);
  if (!set || set.refreshToken !== undefined) return undefined;
  return { expiresAt: set.expiresAt };
}
