import { type AccessToken, createAccessToken, type GetTokenOptions } from './access-token.js';
import { NexarAuthError } from './errors.js';
import { redactWith } from './redact.js';
import { raceAbort } from './sleep.js';
import { createTokenSet, parseTokenSet, serializeTokenSet, type TokenSet } from './token-set.js';
import type { TokenStore } from './token-store.js';

export interface FetchTokensContext {
  /** The set being replaced (the newest known, with its refresh token), if any. */
  current: TokenSet | undefined;
  /** True when a failure would fall back to a still-valid token: one attempt is enough. */
  hasValidToken: boolean;
}

export interface TokenManagerOptions {
  key: string;
  store: TokenStore;
  now: () => number;
  random: () => number;
  refreshSkewSeconds: number;
  /** Gets a new token set from the server. */
  fetchTokens(context: FetchTokensContext): Promise<TokenSet>;
}

/** Waits after failed background refreshes: 1 s, 2 s, 4 s ... up to a minute, half of it jittered. */
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_MAX_MS = 60_000;

/**
 * The token lifecycle both grants share: a cached token served until `refreshSkewSeconds` before
 * expiry, one in-flight request shared by all callers, the store consulted before asking the server
 * (another process may have renewed already), and a still-valid token served while renewals fail.
 */
export class TokenManager {
  readonly #options: TokenManagerOptions;
  #current: TokenSet | undefined;
  #currentToken: AccessToken | undefined;
  #inflight: Promise<TokenSet> | undefined;
  #failures = 0;
  #retryNotBefore = 0;
  /** Tokens the API rejected: never adopted again from the store. */
  readonly #rejected = new Set<string>();

  constructor(options: TokenManagerOptions) {
    this.#options = options;
    redactWith(this, 'TokenManager', () => ({ key: options.key, cached: this.#current !== undefined }));
  }

  async getToken(options: GetTokenOptions = {}): Promise<AccessToken> {
    const { now } = this.#options;
    const current = this.#current;
    const token = this.#currentToken;
    if (!options.forceRefresh && current && token) {
      const time = now();
      if (time < current.expiresAt - this.#skewMs) return token;
      // In the refresh window after a failed renewal: keep serving the valid token until the backoff ends.
      if (time < current.expiresAt && time < this.#retryNotBefore) return token;
    }
    options.signal?.throwIfAborted();
    try {
      const set = await raceAbort(this.#renew(options.forceRefresh === true), options.signal);
      return this.#tokenFor(set);
    } catch (error) {
      if (options.signal?.aborted) throw error;
      const fallback = this.#current;
      if (!options.forceRefresh && fallback && now() < fallback.expiresAt && this.#currentToken) {
        return this.#currentToken;
      }
      throw error;
    }
  }

  invalidate(accessToken: string): void {
    this.#rejected.add(accessToken);
    if (this.#rejected.size > 16) this.#rejected.delete(this.#rejected.values().next().value as string);
    const current = this.#current;
    if (current?.accessToken !== accessToken) return;
    // Keep the refresh token: only the access token is known bad.
    this.#current = createTokenSet({ ...current, expiresAt: 0 });
    this.#currentToken = undefined;
  }

  /** Stores and serves a set obtained outside the lifecycle (the end of a login). */
  async replace(set: TokenSet): Promise<void> {
    await this.#options.store.set(this.#options.key, serializeTokenSet(set));
    this.#adopt(set);
  }

  /** The newest known set: in memory, else from the store. */
  async peek(): Promise<TokenSet | undefined> {
    return this.#current ?? (await this.#readStore());
  }

  /** Forgets the tokens, here and in the store. */
  async clear(): Promise<void> {
    this.#current = undefined;
    this.#currentToken = undefined;
    await this.#options.store.delete(this.#options.key);
  }

  /** Drops the refresh token everywhere, keeping the access token until it expires. */
  async forgetRefreshToken(): Promise<void> {
    const current = this.#current;
    await this.#options.store.delete(this.#options.key);
    if (current?.refreshToken === undefined) return;
    const { refreshToken: _dropped, ...rest } = current;
    this.#current = createTokenSet(rest);
  }

  get #skewMs(): number {
    return this.#options.refreshSkewSeconds * 1000;
  }

  #renew(force: boolean): Promise<TokenSet> {
    if (this.#inflight) return this.#inflight;
    const flight = this.#renewOnce(force).then(
      (set) => {
        this.#failures = 0;
        this.#retryNotBefore = 0;
        return set;
      },
      (error: unknown) => {
        this.#failures += 1;
        const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (this.#failures - 1));
        this.#retryNotBefore = this.#options.now() + ceiling / 2 + this.#options.random() * (ceiling / 2);
        throw error;
      },
    );
    this.#inflight = flight;
    const done = () => {
      if (this.#inflight === flight) this.#inflight = undefined;
    };
    flight.then(done, done);
    return flight;
  }

  async #renewOnce(force: boolean): Promise<TokenSet> {
    const { store, key } = this.#options;
    // A forced renewal wants a token from the server, never a stored one.
    const usable = (set: TokenSet | undefined): set is TokenSet =>
      !force &&
      set !== undefined &&
      !this.#rejected.has(set.accessToken) &&
      this.#options.now() < set.expiresAt - this.#skewMs;

    const stored = await this.#readStore();
    if (usable(stored)) return this.#adopt(stored);

    const work = async (): Promise<TokenSet> => {
      // Under the store's lock another process may have finished a renewal while we waited.
      const latest = store.withLock ? await this.#readStore() : stored;
      if (usable(latest)) return this.#adopt(latest);
      const current = newest(latest, this.#current);
      // Unless forced, a failure here falls back to the current token while it lasts.
      const hasValidToken =
        !force && this.#current !== undefined && this.#options.now() < this.#current.expiresAt;
      let next: TokenSet;
      try {
        next = await this.#options.fetchTokens({ current, hasValidToken });
      } catch (error) {
        // A refused refresh token is dead: forget it rather than spend it again.
        if (error instanceof NexarAuthError && error.code === 'login_required')
          await this.forgetRefreshToken();
        throw error;
      }
      await store.set(key, serializeTokenSet(next));
      return this.#adopt(next);
    };
    return store.withLock ? store.withLock(key, work) : work();
  }

  async #readStore(): Promise<TokenSet | undefined> {
    const text = await this.#options.store.get(this.#options.key);
    return parseTokenSet(text);
  }

  #adopt(set: TokenSet): TokenSet {
    this.#current = set;
    this.#currentToken = undefined;
    this.#tokenFor(set);
    return set;
  }

  #tokenFor(set: TokenSet): AccessToken {
    if (this.#current === set && this.#currentToken) return this.#currentToken;
    const token = createAccessToken(set);
    if (this.#current === set) this.#currentToken = token;
    return token;
  }
}

/** Of two sets for the same grant, the one that expires later (it holds the latest refresh token). */
function newest(a: TokenSet | undefined, b: TokenSet | undefined): TokenSet | undefined {
  if (!a) return b;
  if (!b) return a;
  return a.expiresAt >= b.expiresAt ? a : b;
}
