import { describe, expect, it } from 'vitest';
import { createTokenSet, serializeTokenSet } from './token-set.js';
import type { TokenStore, TokenStoreSetOptions } from './token-store.js';
import { withEntryExpiry } from './token-store-expiry.js';

function recordingStore(): TokenStore & { writes: [string, TokenStoreSetOptions | undefined][] } {
  const writes: [string, TokenStoreSetOptions | undefined][] = [];
  return {
    writes,
    get: async () => undefined,
    set: async (key, _value, options) => {
      writes.push([key, options]);
    },
    delete: async () => undefined,
  };
}

describe('withEntryExpiry', () => {
  it('gives an entry without a refresh token its access token expiry', async () => {
    const inner = recordingStore();
    const set = createTokenSet({ accessToken: 'a', expiresAt: 5_000, scope: ['supply.domain'] });
    await withEntryExpiry(inner).set('k', serializeTokenSet(set));
    expect(inner.writes).toEqual([['k', { expiresAt: 5_000 }]]);
  });

  it('keeps an entry with a refresh token without expiry, and leaves foreign values alone', async () => {
    const inner = recordingStore();
    const store = withEntryExpiry(inner);
    const set = createTokenSet({ accessToken: 'a', expiresAt: 5_000, scope: [], refreshToken: 'r' });
    await store.set('k', serializeTokenSet(set));
    await store.set('other', 'not a token set');
    await store.set('own', serializeTokenSet(set), { expiresAt: 9 });
    expect(inner.writes).toEqual([
      ['k', undefined],
      ['other', undefined],
      ['own', { expiresAt: 9 }],
    ]);
  });

  it('offers withLock only when the store has it, with the store as `this`', async () => {
    expect(withEntryExpiry(recordingStore()).withLock).toBeUndefined();
    const locking = {
      ...recordingStore(),
      held: [] as string[],
      async withLock<T>(this: { held: string[] }, key: string, task: () => Promise<T>) {
        this.held.push(key);
        return task();
      },
    };
    expect(await withEntryExpiry(locking).withLock?.('k', async () => 42)).toBe(42);
    expect(locking.held).toEqual(['k']);
  });
});
