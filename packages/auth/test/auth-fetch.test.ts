import { type Emulator, startEmulator } from '@nexar/emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type AccessToken,
  authFetch,
  clientCredentials,
  staticToken,
  type TokenProvider,
} from '../src/index.js';
import { startTestApi, type TestApi } from './test-api.js';

let emu: Emulator;
let api: TestApi;

beforeAll(async () => {
  emu = await startEmulator({ tokenRateLimit: false });
  api = await startTestApi(emu.url);
});
afterAll(async () => {
  await api?.close();
  await emu?.close();
});
beforeEach(() => {
  api.refuseAll(false);
  api.requests.length = 0;
});

const query = JSON.stringify({ query: '{ __typename }' });

function supply() {
  return clientCredentials({ ...emu.clients.supply, tokenUrl: emu.tokenUrl, env: {} });
}

/** Counts the calls a provider gets, passing them on. */
function counted(provider: TokenProvider) {
  const calls = { getToken: 0, invalidate: [] as string[] };
  const wrapper: TokenProvider = {
    getToken: (options) => {
      calls.getToken += 1;
      return provider.getToken(options);
    },
    invalidate: (token, options) => {
      calls.invalidate.push(token);
      provider.invalidate(token, options);
    },
  };
  return { provider: wrapper, calls };
}

function post(fetchWithAuth: typeof fetch, body = query) {
  return fetchWithAuth(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
}

describe('authFetch', () => {
  it('sends the bearer token and keeps the caller’s headers', async () => {
    const provider = supply();
    const token = await provider.getToken();
    const response = await post(authFetch(provider));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: { __typename: 'Query' } });
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]?.token).toBe(token.accessToken);
  });

  it('after a 401, invalidates the token, gets one new token and retries once with the same body', async () => {
    const { provider, calls } = counted(supply());
    const first = await provider.getToken();
    expect((await post(authFetch(provider))).status).toBe(200);
    api.revokeSeen();
    const tokensBefore = emu.stats.snapshot().tokenRequests.client_credentials;
    api.requests.length = 0;

    const body = JSON.stringify({ query: '{ __typename }', variables: { n: 42 } });
    const response = await post(authFetch(provider), body);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ echo: body });
    expect(api.requests.map((request) => request.status)).toEqual([401, 200]);
    expect(api.requests[0]?.token).toBe(first.accessToken);
    expect(api.requests[1]?.token).not.toBe(first.accessToken);
    expect(api.requests[1]?.body).toBe(body);
    expect(calls.invalidate).toEqual([first.accessToken]);
    expect(emu.stats.snapshot().tokenRequests.client_credentials - tokensBefore).toBe(1);
  });

  it('a 401 on the new token too fails with token_rejected, and no token is minted per call after it', async () => {
    const { provider, calls } = counted(supply());
    await provider.getToken();
    api.refuseAll(true);
    const tokensBefore = emu.stats.snapshot().tokenRequests.client_credentials;
    const error = await post(authFetch(provider)).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'NexarAuthError', code: 'token_rejected', status: 401 });
    expect(api.requests).toHaveLength(2);
    expect(calls.invalidate).toHaveLength(2);
    expect(emu.stats.snapshot().tokenRequests.client_credentials - tokensBefore).toBe(1);

    // Ten more calls: each fails fast from the provider, without a token request or an API request.
    const errors = await Promise.all(
      Array.from({ length: 10 }, () => post(authFetch(provider)).catch((e: unknown) => e)),
    );
    expect(errors.every((e) => (e as { code?: string }).code === 'token_rejected')).toBe(true);
    expect(emu.stats.snapshot().tokenRequests.client_credentials - tokensBefore).toBe(1);
    expect(api.requests).toHaveLength(2);
  });

  it('fifty concurrent calls on a refused API cost one new token in all', async () => {
    const provider = supply();
    await provider.getToken();
    api.refuseAll(true);
    const tokensBefore = emu.stats.snapshot().tokenRequests.client_credentials;
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, () => post(authFetch(provider)).catch((e: unknown) => e)),
    );
    expect(outcomes.every((e) => (e as { code?: string }).code === 'token_rejected')).toBe(true);
    expect(emu.stats.snapshot().tokenRequests.client_credentials - tokensBefore).toBe(1);
  });

  it('many requests failing on the same old token cause a single new token', async () => {
    const provider = supply();
    await post(authFetch(provider));
    api.revokeSeen();
    const tokensBefore = emu.stats.snapshot().tokenRequests.client_credentials;
    const responses = await Promise.all(Array.from({ length: 50 }, () => post(authFetch(provider))));
    expect(responses.every((response) => response.status === 200)).toBe(true);
    expect(emu.stats.snapshot().tokenRequests.client_credentials - tokensBefore).toBe(1);
  });

  it('with a static token, a 401 becomes the provider’s "get a new token" error', async () => {
    const provider = staticToken('not-a-valid-token');
    const error = await post(authFetch(provider)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'login_required' });
    expect(api.requests).toHaveLength(1);
  });

  it('passes a Request object through with its method, headers and body', async () => {
    const provider = supply();
    const request = new Request(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-trace': 'abc' },
      body: query,
    });
    const response = await authFetch(provider)(request);
    expect(response.status).toBe(200);
    expect(api.requests[0]?.body).toBe(query);
  });

  it('after a 401, resends the body of a Request object and of a stream', async () => {
    const provider = supply();
    await post(authFetch(provider));
    const body = JSON.stringify({ query: '{ __typename }', variables: { n: 7 } });
    const stream = () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(body));
          controller.close();
        },
      });
    const sends: (() => Promise<Response>)[] = [
      () => authFetch(provider)(new Request(api.url, { method: 'POST', body })),
      () => authFetch(provider)(api.url, { method: 'POST', body: stream(), duplex: 'half' } as RequestInit),
    ];
    for (const send of sends) {
      api.revokeSeen();
      api.requests.length = 0;
      const response = await send();
      expect(response.status).toBe(200);
      expect(api.requests.map((request) => [request.status, request.body])).toEqual([
        [401, body],
        [200, body],
      ]);
    }
  });

  it('uses the fetch it is given', async () => {
    const seen: string[] = [];
    const provider = supply();
    const custom: typeof fetch = (input, init) => {
      const headers = new Headers(input instanceof Request ? input.headers : init?.headers);
      seen.push(headers.get('authorization') ?? '');
      return fetch(input, init);
    };
    const token: AccessToken = await provider.getToken();
    await post(authFetch(provider, custom));
    expect(seen).toEqual([`Bearer ${token.accessToken}`]);
  });
});
