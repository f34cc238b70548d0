import { redactWith } from './redact.js';

/**
 * Where providers keep their tokens between calls (and, for persistent stores, between runs). Values
 * are opaque strings that contain tokens: a store must persist them as secrets and never log them.
 * Keys come from `tokenStoreKey` (issuer + client ID + scope).
 */
export interface TokenStore {
  get(key: string): Promise<string | undefined>;
  /**
   * `options.expiresAt` (epoch milliseconds, the provider's clock) is when the entry is of no more use:
   * a store may drop it then (a TTL). Absent: keep it until replaced or deleted.
   */
  set(key: string, value: string, options?: TokenStoreSetOptions): Promise<void>;
  delete(key: string): Promise<void>;
  /**
   * Optional: runs `task` while holding an exclusive lock on `key`, shared by every process using the
   * store. Providers refresh, store a login's tokens and log out inside it, so with rotating refresh
   * tokens only one process spends the refresh token and the others pick up its result.
   */
  withLock?<T>(key: string, task: () => Promise<T>): Promise<T>;
}

/** What a provider tells a store about an entry it writes. */
export interface TokenStoreSetOptions {
  /** Epoch milliseconds after which the entry is useless (no refresh token, access token expired). */
  expiresAt?: number;
}

/** The store key for a grant: issuer, client ID and scope (order-independent). */
export function tokenStoreKey(parts: { issuer: string; clientId: string; scope: readonly string[] }): string {
  const scope = [...new Set(parts.scope)].sort().join(' ');
  return `${parts.issuer} ${parts.clientId} ${scope}`;
}

/** The default store: a map in this process. */
export class MemoryTokenStore implements TokenStore {
  readonly #entries = new Map<string, string>();

  constructor() {
    redactWith(this, 'MemoryTokenStore', () => ({ entries: this.#entries.size }));
  }

  async get(key: string): Promise<string | undefined> {
    return this.#entries.get(key);
  }

  async set(key: string, value: string): Promise<void> {
    this.#entries.set(key, value);
  }

  async delete(key: string): Promise<void> {
    this.#entries.delete(key);
  }
}
