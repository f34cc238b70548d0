import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Emulator, startEmulator } from '@nexar/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthEvent, authFetch } from '../src/index.js';
import { authorizationCode, clientCredentials, FileTokenStore } from '../src/node/index.js';
import { ScriptedBrowser } from './scripted-browser.js';
import { startTestApi, type TestApi } from './test-api.js';

let emu: Emulator;
let api: TestApi;
let dir: string;

beforeAll(async () => {
  [emu, dir] = await Promise.all([
    startEmulator({ autoLogin: true, tokenRateLimit: false, accessTokenTtlSeconds: 60 }),
    mkdtemp(join(tmpdir(), 'nexar-events-')),
  ]);
  api = await startTestApi(emu.url);
});
afterAll(async () => {
  await api?.close();
  await emu?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('lifecycle events', () => {
  it('tell every step of a session, and never carry a token, code, verifier or secret', async () => {
    const events: AuthEvent[] = [];
    const onEvent = (event: AuthEvent) => events.push(event);
    const secrets: string[] = [emu.clients.supply.clientSecret, emu.clients.design.clientSecret];
    const store = new FileTokenStore({ path: join(dir, 'tokens.json') });

    // Client credentials: network, then memory, then a 401 storm, then a remembered 429.
    const supply = clientCredentials({
      ...emu.clients.supply,
      identityUrl: emu.url,
      env: {},
      store,
      retry: { maxAttempts: 1 },
      onEvent,
    });
    secrets.push((await supply.getToken()).accessToken);
    secrets.push((await supply.getToken()).accessToken);
    api.refuseAll(true);
    const send = authFetch(supply);
    await send(api.url, { method: 'POST', body: '{}' }).catch(() => undefined);
    api.refuseAll(false);
    for (const request of api.requests) if (request.token) secrets.push(request.token);

    // A second process's view: the token comes from the store.
    const again = clientCredentials({ ...emu.clients.supply, identityUrl: emu.url, env: {}, store, onEvent });
    await again.getToken().catch(() => undefined);
    emu.faults.inject('token', { kind: 'status', status: 429, retryAfterSeconds: 30 });
    await again.getToken({ forceRefresh: true }).catch(() => undefined);
    await again.getToken({ forceRefresh: true }).catch(() => undefined);
    emu.faults.clear();

    // A user login (with its state, code and PKCE verifier), then a refresh with the refresh token.
    const pkce: string[] = [];
    const design = authorizationCode({
      ...emu.clients.design,
      identityUrl: emu.url,
      redirectUri: 'http://127.0.0.1:0/login',
      scope: 'openid design.domain user.access offline_access',
      env: {},
      store,
      onEvent,
    });
    const browser = new ScriptedBrowser();
    secrets.push(
      (
        await design.login({
          mode: 'loopback',
          log: () => undefined,
          openBrowser: async (url) => {
            const params = new URL(url).searchParams;
            pkce.push(
              params.get('state') ?? '',
              params.get('code_challenge') ?? '',
              params.get('nonce') ?? '',
            );
            await browser.open(url);
          },
        })
      ).accessToken,
    );
    for (const visited of browser.visited) {
      const code = visited.searchParams.get('code');
      if (code) secrets.push(code);
    }
    secrets.push((await design.getToken({ forceRefresh: true })).accessToken);
    const file = JSON.parse(await readFile(store.path, 'utf8')) as { tokens: Record<string, string> };
    for (const entry of Object.values(file.tokens)) {
      const set = JSON.parse(entry) as { accessToken?: string; refreshToken?: string };
      if (set.accessToken) secrets.push(set.accessToken);
      if (set.refreshToken) secrets.push(set.refreshToken);
    }
    secrets.push(...pkce.filter(Boolean));

    const types = new Set(events.map((e) => (e.type === 'token' ? `token:${e.source}` : e.type)));
    for (const expected of [
      'token:network',
      'token:memory',
      'token:store',
      'token_rejected',
      'rate_limited',
      'rate_limit_honoured',
      'refresh_failed',
      'lock_waited',
      'login',
    ]) {
      expect(types).toContain(expected);
    }
    const printed = JSON.stringify(events);
    expect(secrets.filter((s) => s.length >= 8).length).toBeGreaterThan(10);
    for (const secret of secrets) if (secret.length >= 8) expect(printed).not.toContain(secret);
  });
});
