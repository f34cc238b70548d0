import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { type Emulator, startEmulator } from '@nexar/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  authFetch,
  clientCredentials,
  MemoryTokenStore,
  readNexarEnvironment,
  staticToken,
  type TokenStore,
} from '../src/index.js';
import { authorizationCode, FileTokenStore } from '../src/node/index.js';
import { parseTokenSet } from '../src/token-set.js';
import { ScriptedBrowser } from './scripted-browser.js';

let emu: Emulator;
let dir: string;

beforeAll(async () => {
  emu = await startEmulator({ autoLogin: true, tokenRateLimit: false });
  dir = await mkdtemp(join(tmpdir(), 'nexar-redaction-'));
});
afterAll(async () => {
  await emu?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Every way an object commonly ends up in a log. */
function renderings(value: unknown): string[] {
  const out = [
    inspect(value),
    inspect(value, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
    inspect({ wrapped: [value] }, { depth: Number.POSITIVE_INFINITY }),
    JSON.stringify(value) ?? '',
    JSON.stringify({ wrapped: value }),
    String(value),
  ];
  if (value instanceof Error) out.push(value.message, value.stack ?? '', inspect(value.cause));
  return out;
}

function expectNoSecrets(values: Record<string, unknown>, secrets: readonly string[]) {
  for (const [name, value] of Object.entries(values)) {
    for (const text of renderings(value)) {
      for (const secret of secrets) {
        expect(text.includes(secret), `${name} reveals a secret in: ${text.slice(0, 200)}`).toBe(false);
      }
    }
  }
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

async function storedTokens(store: TokenStore, key: string) {
  const set = parseTokenSet(await store.get(key));
  return [set?.accessToken, set?.refreshToken].filter((value): value is string => Boolean(value));
}

describe('no secret or token in messages, inspect or JSON output', () => {
  it('client credentials: provider, token, store and errors', async () => {
    const secret = emu.clients.supply.clientSecret;
    const store = new MemoryTokenStore();
    const provider = clientCredentials({ ...emu.clients.supply, tokenUrl: emu.tokenUrl, env: {}, store });
    const rotating = clientCredentials({
      ...emu.clients.supply,
      clientSecret: () => secret,
      tokenUrl: emu.tokenUrl,
      env: {},
    });
    const token = await provider.getToken();
    await rotating.getToken();

    const wrongSecret = 'a-wrong-but-secret-value';
    const invalidClient = await caught(
      clientCredentials({
        ...emu.clients.supply,
        clientSecret: wrongSecret,
        tokenUrl: emu.tokenUrl,
        env: {},
      }).getToken(),
    );
    emu.faults.inject('token', { kind: 'reset' }, 1);
    const networkError = await caught(
      clientCredentials({
        ...emu.clients.supply,
        tokenUrl: emu.tokenUrl,
        env: {},
        retry: { maxAttempts: 1 },
      }).getToken(),
    );
    expect(invalidClient).toMatchObject({ code: 'invalid_client' });
    expect(networkError).toMatchObject({ code: 'network_error' });

    expect(token.accessToken.length).toBeGreaterThan(20);
    expectNoSecrets(
      { provider, rotating, token, store, invalidClient, networkError, fetch: authFetch(provider) },
      [secret, wrongSecret, token.accessToken],
    );
  });

  it('authorization code: provider, tokens, stores, login and refresh errors', async () => {
    const secret = emu.clients.design.clientSecret;
    const fileStore = new FileTokenStore({ path: join(dir, 'tokens.json') });
    let now = Date.now();
    const provider = authorizationCode({
      ...emu.clients.design,
      identityUrl: emu.url,
      redirectUri: 'http://127.0.0.1:0/login',
      scope: 'openid design.domain user.access offline_access',
      store: fileStore,
      now: () => now,
      env: {},
    });
    const browser = new ScriptedBrowser();
    const token = await provider.login({
      log: () => undefined,
      openBrowser: (url) => browser.open(url).then(() => undefined),
    });
    const key = `${emu.url} ${emu.clients.design.clientId} design.domain offline_access openid user.access`;
    const tokens = await storedTokens(fileStore, key);
    expect(tokens).toHaveLength(2); // access and refresh token are in the store...
    const pending = await provider.createAuthorizationRequest();

    await emu.revokeRefreshTokens(emu.clients.design.clientId);
    now = token.expiresAt + 1;
    const loginRequired = await caught(provider.getToken());
    expect(loginRequired).toMatchObject({ code: 'login_required' });

    // ...and nowhere else.
    expectNoSecrets({ provider, token, fileStore, loginRequired, pending }, [secret, ...tokens]);
  });

  it('environment, static tokens and the default store', async () => {
    const env = readNexarEnvironment({
      NEXAR_CLIENT_ID: 'id',
      NEXAR_CLIENT_SECRET: 'env-secret-value',
      NEXAR_TOKEN: 'env-token-value',
    });
    const provider = staticToken('static-token-value');
    const token = await provider.getToken();
    const store = new MemoryTokenStore();
    await store.set('k', 'stored-token-value');
    expect(token.accessToken).toBe('static-token-value');
    expectNoSecrets({ env, provider, token, store }, [
      'env-secret-value',
      'env-token-value',
      'static-token-value',
      'stored-token-value',
    ]);
  });
});
