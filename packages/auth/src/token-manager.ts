import {
  type AccessToken,
  createAccessToken,
  type GetTokenOptions,
  type InvalidateOptions,
} from './access-token.js';
import { type AuthEventListener, eventEmitter } from './auth-event.js';
import { NexarAuthError } from './errors.js';
import { redactWith } from './redact.js';
import { raceAbort } from './sleep.js';
import {
  createTokenSet,
  parseTokenSet,
  refreshMarginMs,
  serializeTokenSet,
  type TokenSet,
} from './token-set.js';
import type { TokenStore } from './token-store.js';

export interface FetchTokensContext {
  /** The set being replaced (the newest known, with its refresh token), if any. */
  current: TokenSet | undefined;
  /** True when a failure would fall back to a still-valid token: one attempt is enough. */
  hasValidToken: boolean;
  /** Aborted when a logout makes the answer useless. */
  signal: AbortSignal;
}

export interface TokenManagerOptions {
  key: string;
  store: TokenStore;
  now: () => number;
  random: () => number;
  /** Renew this long before expiry, capped at a quarter of the token's lifetime (`refreshMarginMs`). */
  refreshSkewSeconds: number;
  /** Gets a new token set from the server. */
  fetchTokens(context: FetchTokensContext): Promise<TokenSet>;
  /** Told about a set that arrived after a logout and was thrown away (e.g. to revoke its refresh token). */
  onDiscarded?(set: TokenSet): void;
  /** Lifecycle events (redacted: no token ever). */
  emit?: AuthEventListener;
}

/**
 * When the API refuses a token obtained to replace a refused one, the next would be refused as well:
 * no new token is asked for during this time.
 */
const REFUSED_COOLDOWN_MS = 60_000;

/** Waits after failed background refreshes: 1 s, 2 s, 4 s ... up to a minute, half of it jittered. */
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_MAX_MS = 60_000;

function loggedOut(): NexarAuthError {
  return new NexarAuthError('login_required', 'Logged out while a token was being renewed.');
}

/**
 * The token lifecycle both grants share: a cached token served until shortly before expiry, one
 * in-flight request shared by all callers, the store consulted before asking the server (another
 * process may have renewed already), and a still-valid token served while renewals fail. A logout
 * (`clear`) wins over a renewal in flight: its result is neither served nor stored.
 */
export class TokenManager {
  readonly #options: TokenManagerOptions;
  #current: TokenSet | undefined;
  #currentToken: AccessToken | undefined;
  #inflight: Promise<TokenSet> | undefined;
  #inflightAbort: AbortController | undefined;
  /** Bumped by every logout; a renewal that started under an older value is void. */
  #generation = 0;
  #failures = 0;
  #retryNotBefore = 0;
  /** Tokens the API rejected: never adopted again from the store. */
  readonly #rejected = new Set<string>();
  /** Until then (epoch ms) no new token is fetched: the API refused a fresh replacement. */
  #refusedUntil = 0;
  readonly #emit: AuthEventListener;

  constructor(options: TokenManagerOptions) {
    this.#options = options;
    this.#emit = eventEmitter(options.emit);
    redactWith(this, 'TokenManager', () => ({ key: options.key, cached: this.#current !== undefined }));
  }

  async getToken(options: GetTokenOptions = {}): Promise<AccessToken> {
    const { now } = this.#options;
    const current = this.#current;
    const token = this.#currentToken;
    if (!options.forceRefresh && current && token) {
      const time = now();
      // In the refresh window after a failed renewal: keep serving the valid token until the backoff ends.
      if (
        time < current.expiresAt - this.#marginMs(current) ||
        (time < current.expiresAt && time < this.#retryNotBefore)
      ) {
        this.#emit({ type: 'token', source: 'memory', expiresAt: current.expiresAt });
        return token;
      }
    }
    options.signal?.throwIfAborted();
    if (!options.forceRefresh && now() < this.#refusedUntil) throw this.#refusedError();
    const generation = this.#generation;
    try {
      const set = await raceAbort(this.#renew(options.forceRefresh === true), options.signal);
      return this.#tokenFor(set);
    } catch (error) {
      if (options.signal?.aborted) throw error;
      const fallback = this.#current;
      if (
        !options.forceRefresh &&
        generation === this.#generation &&
        fallback &&
        now() < fallback.expiresAt &&
        this.#currentToken
      ) {
        return this.#currentToken;
      }
      throw error;
    }
  }

  /** `replacement`: the token was just obtained to replace a refused one, and was refused at once. */
  invalidate(accessToken: string, options: InvalidateOptions = {}): void {
    const repeated = options.replacement === true;
    this.#emit({ type: 'token_rejected', repeated });
    if (repeated) this.#refusedUntil = this.#options.now() + REFUSED_COOLDOWN_MS;
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
    await this.#locked(() => this.#options.store.set(this.#options.key, serializeTokenSet(set)));
    this.#resetRefusals();
    this.#adopt(set);
  }

  /** The newest known set: in memory, else from the store. */
  async peek(): Promise<TokenSet | undefined> {
    return this.#current ?? (await this.#readStore());
  }

  /** Forgets the tokens, here and in the store; a renewal in flight is abandoned and its result dropped. */
  async clear(): Promise<void> {
    this.#generation += 1;
    this.#current = undefined;
    this.#currentToken = undefined;
    const inflight = this.#inflight;
    this.#inflightAbort?.abort(loggedOut());
    if (inflight) await inflight.catch(() => undefined);
    this.#current = undefined;
    this.#currentToken = undefined;
    this.#resetRefusals();
    await this.#locked(() => this.#options.store.delete(this.#options.key));
  }

  /** A new login starts afresh: earlier refusals say nothing about its tokens. */
  #resetRefusals(): void {
    this.#refusedUntil = 0;
  }

  #refusedError(): NexarAuthError {
    const seconds = Math.ceil((this.#refusedUntil - this.#options.now()) / 1000);
    return new NexarAuthError(
      'token_rejected',
      `The API refused a token that had just been issued, so a new one would be refused too; no new token is requested for ${seconds} s.`,
      {
        status: 401,
        hint: 'Check that the API URL (NEXAR_API_URL) belongs to the identity server that issued the token (NEXAR_IDENTITY_URL), and that the app has the scope this API needs.',
      },
    );
  }

  #marginMs(set: TokenSet): number {
    return refreshMarginMs(set, this.#options.refreshSkewSeconds * 1000);
  }

  #locked<T>(task: () => Promise<T>): Promise<T> {
    const { store, key } = this.#options;
    if (!store.withLock) return task();
    const asked = performance.now();
    return store.withLock(key, () => {
      this.#emit({ type: 'lock_waited', waitedMs: Math.round(performance.now() - asked) });
      return task();
    });
  }

  #renew(force: boolean): Promise<TokenSet> {
    if (this.#inflight) return this.#inflight;
    const abort = new AbortController();
    const flight = this.#renewOnce(force, this.#generation, abort.signal).then(
      (set) => {
        this.#failures = 0;
        this.#retryNotBefore = 0;
        return set;
      },
      (error: unknown) => {
        const current = this.#current;
        this.#emit({
          type: 'refresh_failed',
          code: error instanceof NexarAuthError ? error.code : 'error',
          servingValidToken: current !== undefined && this.#options.now() < current.expiresAt,
        });
        this.#failures += 1;
        const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (this.#failures - 1));
        this.#retryNotBefore = this.#options.now() + ceiling / 2 + this.#options.random() * (ceiling / 2);
        throw error;
      },
    );
    this.#inflight = flight;
    this.#inflightAbort = abort;
    const done = () => {
      if (this.#inflight !== flight) return;
      this.#inflight = undefined;
      this.#inflightAbort = undefined;
    };
    flight.then(done, done);
    return flight;
  }

  async #renewOnce(force: boolean, generation: number, signal: AbortSignal): Promise<TokenSet> {
    const { store, key } = this.#options;
    const fresh = (set: TokenSet | undefined): boolean =>
      set !== undefined &&
      !this.#rejected.has(set.accessToken) &&
      this.#options.now() < set.expiresAt - this.#marginMs(set);
    // A forced renewal wants a token from the server, never a stored one.
    const usable = (set: TokenSet | undefined): set is TokenSet => !force && set !== undefined && fresh(set);
    const live = () => {
      if (generation !== this.#generation) throw loggedOut();
    };

    const stored = await this.#readStore();
    live();
    if (usable(stored)) return this.#adopt(stored, 'store');

    const work = async (): Promise<TokenSet> => {
      // Under the store's lock another process may have finished a renewal while we waited.
      const latest = store.withLock ? await this.#readStore() : stored;
      live();
      if (usable(latest)) return this.#adopt(latest, 'store');
      let current = newest(latest, this.#current);
      // Unless forced, a failure here falls back to the current token while it lasts.
      const hasValidToken =
        !force && this.#current !== undefined && this.#options.now() < this.#current.expiresAt;
      let next: TokenSet | undefined;
      for (let attempt = 1; next === undefined; attempt += 1) {
        try {
          next = await this.#options.fetchTokens({ current, hasValidToken, signal });
        } catch (error) {
          live();
          const spent = current?.refreshToken;
          if (!(error instanceof NexarAuthError && error.code === 'login_required') || spent === undefined)
            throw error;
          // The refresh token was refused. Another process may have spent it first and stored the
          // result: read the store again before concluding anything.
          const after = await this.#readStore();
          live();
          if (after && after.refreshToken !== spent) {
            if (fresh(after)) return this.#adopt(after, 'store');
            if (after.refreshToken !== undefined && attempt === 1) {
              current = after;
              continue;
            }
          }
          await this.#dropRefreshToken(spent, after);
          throw error;
        }
      }
      if (generation !== this.#generation) {
        this.#options.onDiscarded?.(next);
        throw loggedOut();
      }
      await store.set(key, serializeTokenSet(next));
      return this.#adopt(next, 'network');
    };
    return this.#locked(work);
  }

  /**
   * Forgets a refused refresh token: in memory (keeping the access token until it expires), and in the
   * store only while the entry still holds that token, so an entry another process wrote is never lost.
   */
  async #dropRefreshToken(refused: string, stored: TokenSet | undefined): Promise<void> {
    if (stored?.refreshToken === refused) await this.#options.store.delete(this.#options.key);
    const current = this.#current;
    if (current?.refreshToken !== refused) return;
    const { refreshToken: _dropped, ...rest } = current;
    this.#current = createTokenSet(rest);
  }

  async #readStore(): Promise<TokenSet | undefined> {
    const text = await this.#options.store.get(this.#options.key);
    return parseTokenSet(text);
  }

  #adopt(set: TokenSet, source?: 'store' | 'network'): TokenSet {
    if (source) this.#emit({ type: 'token', source, expiresAt: set.expiresAt });
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
