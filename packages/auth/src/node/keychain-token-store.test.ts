import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type KeyringEntry, type KeyringModule, openKeychainTokenStore } from './keychain-token-store.js';

let lockDirectory: string;
beforeAll(async () => {
  lockDirectory = await mkdtemp(join(tmpdir(), 'nexar-keychain-'));
});
afterAll(async () => {
  await rm(lockDirectory, { recursive: true, force: true });
});

/** An in-memory keychain with @napi-rs/keyring's shape, for the store's own logic. */
function memoryKeyring(): KeyringModule & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  class AsyncEntry implements KeyringEntry {
    readonly #id: string;
    constructor(service: string, account: string) {
      this.#id = `${service}/${account}`;
    }
    async getPassword() {
      return entries.get(this.#id) ?? null;
    }
    async setPassword(password: string) {
      entries.set(this.#id, password);
    }
    async deletePassword() {
      return entries.delete(this.#id);
    }
  }
  return { AsyncEntry, entries };
}

describe('openKeychainTokenStore', () => {
  it('on this machine (no Secret Service), reports why the real keychain cannot be used instead of throwing', async () => {
    const result = await openKeychainTokenStore({ lockDirectory });
    // Linux without a D-Bus session / Secret Service: the native binding loads but cannot reach a keychain.
    if (result.available) return; // a desktop with a keychain: nothing to check here
    expect(result.reason).toMatch(/keychain cannot be used here|not installed/);
  });

  it('reports a missing optional package', async () => {
    const result = await openKeychainTokenStore({
      lockDirectory,
      load: () => Promise.reject(new Error('Cannot find package')),
    });
    expect(result).toEqual({
      available: false,
      reason: 'the optional package @napi-rs/keyring is not installed',
    });
  });

  it('stores, reads and deletes entries under hashed account names, and leaves no probe behind', async () => {
    const keyring = memoryKeyring();
    const result = await openKeychainTokenStore({ lockDirectory, load: async () => keyring });
    if (!result.available) throw new Error(result.reason);
    const { store } = result;
    const key = 'https://identity.nexar.com client-1 design.domain openid';
    expect(keyring.entries.size).toBe(0);
    await store.set(key, '{"accessToken":"secret-a"}');
    expect(await store.get(key)).toBe('{"accessToken":"secret-a"}');
    expect([...keyring.entries.keys()][0]).toMatch(/^nexar\/token-[0-9a-f]{32}$/);
    expect(await store.withLock(key, async () => store.get(key))).toBe('{"accessToken":"secret-a"}');
    await store.delete(key);
    expect(await store.get(key)).toBeUndefined();
    expect(inspect(store)).not.toContain('secret');
  });
});
