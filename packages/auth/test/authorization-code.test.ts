import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Emulator, startEmulator } from '@nexar/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryTokenStore, NexarAuthError, type TokenStore } from '../src/index.js';
import {
  type AuthorizationCodeOptions,
  authorizationCode,
  FileTokenStore,
  login,
} from '../src/node/index.js';
import { parseTokenSet } from '../src/token-set.js';
import { followUntil } from './follow-redirects.js';
import { ScriptedBrowser } from './scripted-browser.js';

let emu: Emulator;
let manual: Emulator;

beforeAll(async () => {
  [emu, manual] = await Promise.all([
    startEmulator({
      autoLogin: true,
      tokenRateLimit: false,
      applications: [{ name: 'Public CLI', clientId: 'public-cli', scopes: ['design.domain'] }],
    }),
    startEmulator({ autoLogin: false, tokenRateLimit: false }),
  ]);
});
afterAll(async () => {
  await Promise.all([emu?.close(), manual?.close()]);
});

const quiet = { log: () => undefined, mode: 'loopback' as const };

function provider(server: Emulator, overrides: Partial<AuthorizationCodeOptions> = {}) {
  return authorizationCode({
    ...server.clients.design,
    identityUrl: server.url,
    redirectUri: 'http://127.0.0.1:0/login',
    scope: 'openid design.domain user.access offline_access',
    env: {},
    ...overrides,
  });
}

/** An opener that plays the browser: follows the redirects (auto-login) back to the loopback callback. */
function scriptedOpener() {
  const browser = new ScriptedBrowser();
  const pages: { url: URL; status: number; text: string }[] = [];
  let done: Promise<void> = Promise.resolve();
  const open = (url: string) => {
    done = browser.open(url).then((page) => {
      pages.push({ url: page.url, status: page.response.status, text: page.text });
    });
    return done;
  };
  // login() does not wait for its opener; tests wait for the page to arrive before looking at it.
  return { open, pages, browser, finished: () => done };
}

async function failure(promise: Promise<unknown>): Promise<NexarAuthError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(NexarAuthError);
  return error as NexarAuthError;
}

/** True when nothing listens on the port any more. */
async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

function redirectPort(pageUrl: URL): number {
  return Number(pageUrl.port);
}

describe('loopback login (CLI)', () => {
  it('logs in, shows the success page, stores the tokens and closes the server', async () => {
    const store = new MemoryTokenStore();
    const auth = provider(emu, { store });
    const opener = scriptedOpener();
    const before = emu.stats.snapshot().tokenRequests.authorization_code;
    const token = await auth.login({ ...quiet, openBrowser: opener.open });
    expect(token.scope).toEqual(expect.arrayContaining(['design.domain', 'user.access']));
    expect(emu.stats.snapshot().tokenRequests.authorization_code - before).toBe(1);
    await opener.finished();
    const callbackPage = opener.pages.at(-1);
    expect(callbackPage?.status).toBe(200);
    expect(callbackPage?.text).toContain('Signed in to Nexar');
    expect(await auth.hasSession()).toBe(true);
    expect((await auth.getToken()).accessToken).toBe(token.accessToken);
    expect(await portIsFree(redirectPort(callbackPage?.url as URL))).toBe(true);
  });

  it('sends PKCE S256, state and nonce in the authorization request', async () => {
    const auth = provider(emu);
    const opener = scriptedOpener();
    await auth.login({ ...quiet, openBrowser: opener.open });
    const authorize = opener.browser.visited[0] as URL;
    const params = authorize.searchParams;
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(params.get('state')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(params.get('nonce')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(params.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/login$/);
  });

  it('takes the client ID and secret from the environment', async () => {
    const auth = authorizationCode({
      identityUrl: emu.url,
      redirectUri: 'http://127.0.0.1:0/login',
      env: {
        NEXAR_CLIENT_ID: emu.clients.design.clientId,
        NEXAR_CLIENT_SECRET: emu.clients.design.clientSecret,
      },
    });
    const token = await auth.login({ ...quiet, openBrowser: scriptedOpener().open });
    expect(token.scope).toContain('design.domain');
  });

  it('works for a public client without a secret', async () => {
    const auth = authorizationCode({
      clientId: 'public-cli',
      identityUrl: emu.url,
      redirectUri: 'http://127.0.0.1:0/callback',
      env: {},
    });
    const token = await auth.login({ ...quiet, openBrowser: scriptedOpener().open });
    expect(token.scope).toContain('design.domain');
  });

  it('turns a cancelled sign-in into access_denied, and says so in the browser', async () => {
    const auth = provider(manual);
    const browser = new ScriptedBrowser();
    let shown: Promise<{ status: number; text: string }> | undefined;
    const error = await failure(
      auth.login({
        ...quiet,
        openBrowser: (url) => {
          shown = browser
            .open(url)
            .then((loginPage) => browser.cancel(loginPage))
            .then((result) => ({ status: result.response.status, text: result.text }));
        },
      }),
    );
    expect(error.code).toBe('access_denied');
    expect(error.message).toContain('access_denied');
    expect((await shown)?.status).toBe(400);
    expect((await shown)?.text).toContain('Sign-in failed');
    expect(await auth.hasSession()).toBe(false);
  });

  it('signs in through the login form when there is no auto-login', async () => {
    const auth = provider(manual);
    const browser = new ScriptedBrowser();
    const user = manual.users[0];
    const token = await auth.login({
      ...quiet,
      openBrowser: async (url) => {
        const loginPage = await browser.open(url);
        await browser.signIn(loginPage, user?.email ?? '', user?.password ?? '');
      },
    });
    expect(token.scope).toContain('design.domain');
  });

  it('answers a callback with a foreign state 400 and keeps waiting for the real one', async () => {
    const auth = provider(emu);
    const statuses: number[] = [];
    const token = await auth.login({
      ...quiet,
      openBrowser: async (url) => {
        const redirect = new URL(new URL(url).searchParams.get('redirect_uri') ?? '');
        const forgeries: Record<string, string>[] = [
          { code: 'forged-code', state: 'not-the-state' },
          { error: 'access_denied', state: 'not-the-state' },
          { code: 'forged-code' },
        ];
        for (const forged of forgeries) {
          redirect.search = new URLSearchParams(forged).toString();
          statuses.push((await fetch(redirect)).status);
        }
        await new ScriptedBrowser().open(url);
      },
    });
    expect(statuses).toEqual([400, 400, 400]);
    expect(token.scope).toContain('design.domain');
  });

  it('ignores other paths and takes exactly one callback', async () => {
    const auth = provider(emu);
    const statuses: number[] = [];
    await auth.login({
      ...quiet,
      openBrowser: async (url) => {
        const redirect = new URL(new URL(url).searchParams.get('redirect_uri') ?? '');
        statuses.push((await fetch(new URL('/favicon.ico', redirect))).status);
        statuses.push((await fetch(redirect)).status); // the callback path, but no code or error
        await new ScriptedBrowser().open(url);
      },
    });
    expect(statuses).toEqual([404, 400]);
  });

  it('times out when nobody comes back, and closes the server', async () => {
    const auth = provider(emu);
    let port = 0;
    const error = await failure(
      auth.login({
        ...quiet,
        timeoutMs: 50,
        openBrowser: (url) => {
          port = Number(new URL(new URL(url).searchParams.get('redirect_uri') ?? '').port);
        },
      }),
    );
    expect(error.code).toBe('timeout');
    expect(port).toBeGreaterThan(0);
    expect(await portIsFree(port)).toBe(true);
  });

  it('stops on abort and closes the server', async () => {
    const auth = provider(emu);
    const controller = new AbortController();
    let port = 0;
    const waiting = auth.login({
      ...quiet,
      signal: controller.signal,
      openBrowser: (url) => {
        port = Number(new URL(new URL(url).searchParams.get('redirect_uri') ?? '').port);
        controller.abort(new Error('cancelled by the user'));
      },
    });
    await expect(waiting).rejects.toThrow('cancelled by the user');
    expect(await portIsFree(port)).toBe(true);
  });

  it('prints the URL when asked not to open a browser', async () => {
    const auth = provider(emu);
    const lines: string[] = [];
    const controller = new AbortController();
    const waiting = auth.login({
      openBrowser: false,
      signal: controller.signal,
      log: (line) => {
        lines.push(line);
        controller.abort();
      },
    });
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
    expect(lines[0]).toContain(`${emu.authorizeUrl}?`);
  });

  it('refuses a redirect URI that is not loopback', async () => {
    const auth = provider(emu, { redirectUri: 'https://example.com/login' });
    expect((await failure(login(auth, quiet))).code).toBe('configuration_error');
  });
});

describe('web server two-step flow', () => {
  it('creates the request, then completes it from the callback URL', async () => {
    const auth = provider(emu, { redirectUri: 'http://localhost:8080/auth/callback' });
    const pending = await auth.createAuthorizationRequest();
    expect(pending.url.startsWith(emu.authorizeUrl)).toBe(true);
    expect(pending.codeVerifier.length).toBeGreaterThanOrEqual(43);
    // The browser ends at the web app's callback; nothing listens there, so stop before fetching it.
    const callback = await followUntil(pending.url, 'http://localhost:8080');
    const token = await auth.completeAuthorization(callback, pending);
    expect(token.scope).toContain('design.domain');
    // A code is good once.
    expect((await failure(auth.completeAuthorization(callback, pending))).code).toBe('invalid_grant');
  });

  it('rejects an ID token whose nonce does not match', async () => {
    const auth = provider(emu, { redirectUri: 'http://localhost:8080/cb' });
    const pending = await auth.createAuthorizationRequest();
    const callback = await followUntil(pending.url, 'http://localhost:8080');
    const error = await failure(auth.completeAuthorization(callback, { ...pending, nonce: 'another-nonce' }));
    expect(error.code).toBe('invalid_response');
    expect(error.message).toMatch(/nonce/);
  });

  it('rejects a callback whose state differs', async () => {
    const auth = provider(emu, { redirectUri: 'http://localhost:8080/cb' });
    const pending = await auth.createAuthorizationRequest();
    const callback = await followUntil(pending.url, 'http://localhost:8080');
    const forged = new URL(callback);
    forged.searchParams.set('state', 'forged');
    expect((await failure(auth.completeAuthorization(forged, pending))).code).toBe('state_mismatch');
  });
});

describe('refresh', () => {
  async function loggedIn(store: TokenStore, now?: () => number) {
    const auth = provider(emu, { store, ...(now ? { now } : {}) });
    const token = await auth.login({ ...quiet, openBrowser: scriptedOpener().open });
    return { auth, token, store };
  }

  async function storedRefreshToken(store: KeyedStore): Promise<string | undefined> {
    const [key] = store.keys();
    return key === undefined ? undefined : parseTokenSet(await store.get(key))?.refreshToken;
  }

  it('refreshes silently before expiry and stores the rotated refresh token', async () => {
    let now = Date.now();
    const store = new KeyedStore();
    const { auth, token } = await loggedIn(store, () => now);
    const firstRefresh = await storedRefreshToken(store);
    expect(firstRefresh).toBeDefined();
    const before = emu.stats.snapshot().tokenRequests.refresh_token;
    now = token.expiresAt - 10_000;
    const renewed = await auth.getToken();
    expect(renewed.accessToken).not.toBe(token.accessToken);
    expect(emu.stats.snapshot().tokenRequests.refresh_token - before).toBe(1);
    const rotated = await storedRefreshToken(store);
    expect(rotated).toBeDefined();
    expect(rotated).not.toBe(firstRefresh);

    // The old refresh token is spent: a provider holding only it must log in again.
    const stale = new KeyedStore();
    const [key] = store.keys();
    await stale.set(
      key as string,
      (await store.get(key as string))?.replace(rotated as string, firstRefresh as string) ?? '',
    );
    const staleAuth = provider(emu, { store: stale, now: () => now });
    const error = await failure(staleAuth.getToken({ forceRefresh: true }));
    expect(error.code).toBe('login_required');
  });

  it('a revoked refresh token gives a clear "log in again" error', async () => {
    let now = Date.now();
    const { auth, token } = await loggedIn(new MemoryTokenStore(), () => now);
    await emu.revokeRefreshTokens(emu.clients.design.clientId);
    now = token.expiresAt + 1_000;
    const error = await failure(auth.getToken());
    expect(error.code).toBe('login_required');
    expect(error.message).toMatch(/log in again/i);
    expect(await auth.hasSession()).toBe(false);
  });

  it('without offline_access there is no refresh token: expiry means logging in again', async () => {
    let now = Date.now();
    const auth = provider(emu, { scope: 'openid design.domain user.access', now: () => now });
    const token = await auth.login({ ...quiet, openBrowser: scriptedOpener().open });
    expect(token.scope).not.toContain('offline_access');
    now = token.expiresAt + 1;
    expect((await failure(auth.getToken())).code).toBe('login_required');
  });

  it('logout wins over a refresh in flight, in memory and in the token file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nexar-logout-'));
    try {
      const path = join(dir, 'tokens.json');
      const { auth } = await loggedIn(new FileTokenStore({ path }));
      const before = emu.stats.snapshot().tokenRequests.refresh_token;
      emu.faults.inject('token', { kind: 'delay', ms: 300 });
      const refresh = auth.getToken({ forceRefresh: true }).then(
        () => 'served',
        (error: unknown) => (error instanceof NexarAuthError ? error.code : 'other'),
      );
      // Wait until the refresh request has reached the token endpoint.
      while (emu.faults.pending('token') > 0) await new Promise((resolve) => setTimeout(resolve, 5));
      // Without revocation, so the server does honour the refresh: only the client can drop its answer.
      await auth.logout({ revoke: false });
      expect(await refresh).toBe('login_required');
      expect(await auth.hasSession()).toBe(false);
      expect(JSON.parse(await readFile(path, 'utf8')).tokens).toEqual({});
      expect((await failure(auth.getToken())).code).toBe('login_required');
      expect(emu.stats.snapshot().tokenRequests.refresh_token - before).toBeLessThanOrEqual(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('logout clears the store and revokes the refresh token', async () => {
    const store = new KeyedStore();
    const { auth } = await loggedIn(store);
    const [key] = store.keys();
    const saved = (await store.get(key as string)) ?? '';
    await auth.logout();
    expect(store.keys()).toEqual([]);
    expect(await auth.hasSession()).toBe(false);
    expect((await failure(auth.getToken())).code).toBe('login_required');
    // The saved refresh token no longer works anywhere.
    const copy = new KeyedStore();
    await copy.set(key as string, saved);
    const other = provider(emu, { store: copy });
    expect((await failure(other.getToken({ forceRefresh: true }))).code).toBe('login_required');
  });
});

/** A memory store that can list its keys, so tests can look inside. */
class KeyedStore extends MemoryTokenStore {
  readonly #keys = new Set<string>();
  override async set(key: string, value: string) {
    this.#keys.add(key);
    await super.set(key, value);
  }
  override async delete(key: string) {
    this.#keys.delete(key);
    await super.delete(key);
  }
  keys(): string[] {
    return [...this.#keys];
  }
}
