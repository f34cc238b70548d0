import { describe, expect, it } from 'vitest';
import { NexarAuthError } from './errors.js';
import { type FetchTokensContext, TokenManager } from './token-manager.js';
import { createTokenSet, parseTokenSet, serializeTokenSet, type TokenSet } from './token-set.js';
import { MemoryTokenStore, type TokenStore } from './token-store.js';

const HOUR = 3_600_000;
const KEY = 'issuer client scope';

/** A manager over a fake server: `fetchTokens` hands out numbered tokens, or fails as told. */
function setup(
  options: {
    store?: TokenStore;
    skewSeconds?: number;
    lifetimeMs?: number;
    /** Runs inside each request to the fake server, before it answers (e.g. to play another process). */
    during?: (context: FetchTokensContext) => Promise<void>;
  } = {},
) {
  let time = 1_700_000_000_000;
  let issued = 0;
  const calls: FetchTokensContext[] = [];
  let failWith: Error | undefined;
  let gate: Promise<void> | undefined;
  const store = options.store ?? new MemoryTokenStore();
  const manager = new TokenManager({
    key: KEY,
    store,
    now: () => time,
    random: () => 0.5,
    refreshSkewSeconds: options.skewSeconds ?? 300,
    fetchTokens: async (context) => {
      calls.push(context);
      if (gate) await gate;
      await options.during?.(context);
      if (failWith) throw failWith;
      issued += 1;
      return createTokenSet({
        accessToken: `access-${issued}`,
        issuedAt: time,
        expiresAt: time + (options.lifetimeMs ?? HOUR),
        scope: ['supply.domain'],
        refreshToken: `refresh-${issued}`,
      });
    },
  });
  return {
    manager,
    store,
    calls,
    advance: (ms: number) => {
      time += ms;
    },
    now: () => time,
    fail: (error: Error | undefined) => {
      failWith = error;
    },
    hold: () => {
      let release: () => void = () => undefined;
      gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      return () => {
        gate = undefined;
        release();
      };
    },
  };
}

describe('TokenManager', () => {
  it('fetches once, then serves the cached token until the refresh window', async () => {
    const t = setup();
    expect((await t.manager.getToken()).accessToken).toBe('access-1');
    t.advance(HOUR - 301_000);
    expect((await t.manager.getToken()).accessToken).toBe('access-1');
    expect(t.calls).toHaveLength(1);
    t.advance(2_000); // now 299 s before expiry: inside the 300 s window
    expect((await t.manager.getToken()).accessToken).toBe('access-2');
    expect(t.calls).toHaveLength(2);
  });

  it('shares one request among concurrent callers on a cold cache', async () => {
    const t = setup();
    const release = t.hold();
    const waiting = Array.from({ length: 500 }, () => t.manager.getToken());
    await Promise.resolve();
    release();
    const tokens = await Promise.all(waiting);
    expect(new Set(tokens.map((token) => token.accessToken))).toEqual(new Set(['access-1']));
    expect(t.calls).toHaveLength(1);
  });

  it('keeps serving a still-valid token when renewal fails, and backs off before trying again', async () => {
    const t = setup();
    await t.manager.getToken();
    t.advance(HOUR - 60_000); // in the refresh window, still valid for a minute
    t.fail(new NexarAuthError('server_error', 'down', { status: 503 }));
    expect((await t.manager.getToken()).accessToken).toBe('access-1');
    expect(t.calls).toHaveLength(2);
    expect(t.calls[1]?.hasValidToken).toBe(true);
    // During the backoff (1 s with jitter 0.5 -> 0.75 s) nobody asks the server.
    expect((await t.manager.getToken()).accessToken).toBe('access-1');
    expect(t.calls).toHaveLength(2);
    t.advance(1_000);
    t.fail(undefined);
    expect((await t.manager.getToken()).accessToken).toBe('access-2');
    expect(t.calls).toHaveLength(3);
  });

  it('fails once the token has expired and renewal still fails', async () => {
    const t = setup();
    await t.manager.getToken();
    t.advance(HOUR);
    t.fail(new NexarAuthError('server_error', 'down', { status: 503 }));
    await expect(t.manager.getToken()).rejects.toMatchObject({ code: 'server_error' });
    expect(t.calls[1]?.hasValidToken).toBe(false);
  });

  it('forceRefresh always asks the server and reports its failure', async () => {
    const t = setup();
    await t.manager.getToken();
    expect((await t.manager.getToken({ forceRefresh: true })).accessToken).toBe('access-2');
    t.fail(new NexarAuthError('invalid_client', 'nope', { status: 401 }));
    await expect(t.manager.getToken({ forceRefresh: true })).rejects.toMatchObject({
      code: 'invalid_client',
    });
  });

  it('invalidate drops only the token it names, keeping the refresh token', async () => {
    const t = setup();
    await t.manager.getToken();
    t.manager.invalidate('some-older-token');
    expect((await t.manager.getToken()).accessToken).toBe('access-1');
    expect(t.calls).toHaveLength(1);
    t.manager.invalidate('access-1');
    expect((await t.manager.getToken()).accessToken).toBe('access-2');
    expect(t.calls[1]?.current?.refreshToken).toBe('refresh-1');
  });

  it('adopts a fresher token another process stored instead of asking the server', async () => {
    const t = setup();
    await t.manager.getToken();
    t.advance(HOUR - 10_000);
    const other = createTokenSet({ accessToken: 'from-other-process', expiresAt: t.now() + HOUR, scope: [] });
    await t.store.set(KEY, serializeTokenSet(other));
    expect((await t.manager.getToken()).accessToken).toBe('from-other-process');
    expect(t.calls).toHaveLength(1);
  });

  it('does not adopt an invalidated token back from the store', async () => {
    const t = setup();
    await t.manager.getToken();
    t.manager.invalidate('access-1');
    expect((await t.manager.getToken()).accessToken).toBe('access-2');
  });

  it('stores each new set and forgets a refused refresh token everywhere', async () => {
    const t = setup();
    await t.manager.getToken();
    expect(parseTokenSet(await t.store.get(KEY))?.refreshToken).toBe('refresh-1');
    t.advance(HOUR);
    t.fail(new NexarAuthError('login_required', 'refresh refused'));
    await expect(t.manager.getToken()).rejects.toMatchObject({ code: 'login_required' });
    expect(await t.store.get(KEY)).toBeUndefined();
    t.fail(undefined);
    await t.manager.getToken();
    expect(t.calls[2]?.current?.refreshToken).toBeUndefined();
  });

  it('runs renewals inside the store lock when the store offers one', async () => {
    const events: string[] = [];
    const inner = new MemoryTokenStore();
    const store: TokenStore = {
      get: (key) => inner.get(key),
      set: async (key, value) => {
        events.push('set');
        await inner.set(key, value);
      },
      delete: (key) => inner.delete(key),
      withLock: async (_key, task) => {
        events.push('lock');
        try {
          return await task();
        } finally {
          events.push('unlock');
        }
      },
    };
    const t = setup({ store });
    await t.manager.getToken();
    expect(events).toEqual(['lock', 'set', 'unlock']);
  });

  it('lets one caller stop waiting without failing the others', async () => {
    const t = setup();
    const release = t.hold();
    const controller = new AbortController();
    const impatient = t.manager.getToken({ signal: controller.signal });
    const patient = t.manager.getToken();
    controller.abort(new Error('gave up'));
    await expect(impatient).rejects.toThrow('gave up');
    release();
    expect((await patient).accessToken).toBe('access-1');
    expect(t.calls).toHaveLength(1);
  });

  it('serves the set a login stored, and clears it on request', async () => {
    const t = setup();
    const set: TokenSet = createTokenSet({
      accessToken: 'from-login',
      expiresAt: t.now() + HOUR,
      scope: ['openid'],
      refreshToken: 'r',
    });
    await t.manager.replace(set);
    expect((await t.manager.getToken()).accessToken).toBe('from-login');
    await t.manager.clear();
    expect(await t.manager.peek()).toBeUndefined();
    expect(t.calls).toHaveLength(0);
  });

  it('renews a short-lived token a quarter of its lifetime before expiry, not on every call', async () => {
    // 240 s tokens and the default 300 s margin: the margin is capped at 60 s.
    const t = setup({ lifetimeMs: 240_000 });
    for (let call = 0; call < 20; call += 1) {
      await t.manager.getToken();
      t.advance(10_000);
    }
    // Calls at 0..190 s: the first fetches, the one at 180 s (60 s before expiry) renews.
    expect(t.calls).toHaveLength(2);
  });

  it('keeps the full margin for long-lived tokens', async () => {
    const t = setup({ lifetimeMs: HOUR });
    await t.manager.getToken();
    t.advance(HOUR - 299_000);
    expect((await t.manager.getToken()).accessToken).toBe('access-2');
  });

  it('lets a logout win over a renewal in flight: nothing is served or stored afterwards', async () => {
    const t = setup();
    await t.manager.getToken();
    const release = t.hold();
    const renewal = t.manager.getToken({ forceRefresh: true });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const cleared = t.manager.clear();
    release();
    await cleared;
    await expect(renewal).rejects.toMatchObject({ code: 'login_required' });
    expect(await t.store.get(KEY)).toBeUndefined();
    expect(await t.manager.peek()).toBeUndefined();
  });

  it('after losing a refresh race, adopts what the winner stored instead of deleting it', async () => {
    let other: TokenSet | undefined;
    const t = setup({
      during: async (context) => {
        // Another process spends the same refresh token first and stores its result.
        other = createTokenSet({
          accessToken: 'from-winner',
          issuedAt: t.now(),
          expiresAt: t.now() + HOUR,
          scope: [],
          refreshToken: 'refresh-from-winner',
        });
        if (context.current?.refreshToken === 'refresh-1') await t.store.set(KEY, serializeTokenSet(other));
      },
    });
    await t.manager.getToken();
    t.advance(HOUR);
    t.fail(new NexarAuthError('login_required', 'refresh refused'));
    expect((await t.manager.getToken()).accessToken).toBe('from-winner');
    expect(parseTokenSet(await t.store.get(KEY))?.refreshToken).toBe('refresh-from-winner');
    expect(other).toBeDefined();
  });

  it('after losing a refresh race to an entry that has expired too, refreshes with its refresh token', async () => {
    const t = setup({
      during: async (context) => {
        if (context.current?.refreshToken !== 'refresh-1') {
          t.fail(undefined);
          return;
        }
        const stale = createTokenSet({
          accessToken: 'winner-expired',
          expiresAt: t.now() - 1,
          scope: [],
          refreshToken: 'refresh-from-winner',
        });
        await t.store.set(KEY, serializeTokenSet(stale));
      },
    });
    await t.manager.getToken();
    t.advance(HOUR);
    t.fail(new NexarAuthError('login_required', 'refresh refused'));
    expect((await t.manager.getToken()).accessToken).toBe('access-2');
    expect(t.calls.map((call) => call.current?.refreshToken)).toEqual([
      undefined,
      'refresh-1',
      'refresh-from-winner',
    ]);
  });
});
