import { createServer } from 'node:net';
import { type Emulator, startEmulator } from '@nexar/emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { authFetch, clientCredentials, NexarAuthError, proxyAwareFetch } from '../src/node/index.js';
import { type ForwardProxy, startForwardProxy } from './forward-proxy.js';

let emu: Emulator;
let proxy: ForwardProxy;

beforeAll(async () => {
  [emu, proxy] = await Promise.all([startEmulator({ tokenRateLimit: false }), startForwardProxy()]);
});
afterAll(async () => {
  await Promise.all([proxy?.close(), emu?.close()]);
});
beforeEach(() => {
  proxy.seen.length = 0;
});

function supply(env: Record<string, string>) {
  return clientCredentials({ ...emu.clients.supply, identityUrl: emu.url, env, retry: { maxAttempts: 1 } });
}

const emulatorHost = () => new URL(emu.url).host;

describe('HTTPS_PROXY / HTTP_PROXY / NO_PROXY', () => {
  it('the token endpoint and the API are reached through the proxy', async () => {
    const env = { HTTP_PROXY: proxy.url };
    const provider = supply(env);
    const token = await provider.getToken();
    expect(token.accessToken.length).toBeGreaterThan(20);
    expect(proxy.seen).toContain(emulatorHost());

    proxy.seen.length = 0;
    const api = authFetch(provider, proxyAwareFetch({ env }));
    const response = await api(emu.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: { __typename: 'Query' } });
    expect(proxy.seen).toEqual([emulatorHost()]);
  });

  it('lower-case names count too, and NO_PROXY sends matching hosts direct', async () => {
    await supply({ http_proxy: proxy.url }).getToken();
    expect(proxy.seen).toContain(emulatorHost());
    proxy.seen.length = 0;
    await supply({ HTTP_PROXY: proxy.url, NO_PROXY: 'example.com,127.0.0.1' }).getToken();
    expect(proxy.seen).toEqual([]);
  });

  it('without proxy settings nothing goes through the proxy', async () => {
    await supply({}).getToken();
    expect(proxy.seen).toEqual([]);
  });

  it('a proxy that cannot be reached gives a network_error that points at the proxy, without its password', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));

    const error = await supply({ HTTPS_PROXY: `http://user:hunter22@127.0.0.1:${port}`, HTTP_PROXY: '' })
      .getToken()
      .catch((e: unknown) => e);
    // Only HTTPS_PROXY is set: plain-http loopback requests go direct, so this one succeeds.
    expect(error).toMatchObject({ accessToken: expect.any(String) });

    const failing = await supply({ HTTP_PROXY: `http://user:hunter22@127.0.0.1:${port}` })
      .getToken()
      .catch((e: unknown) => e);
    expect(failing).toBeInstanceOf(NexarAuthError);
    expect(failing).toMatchObject({ code: 'network_error' });
    const message = (failing as Error).message;
    expect(message).toContain(`through the proxy http://127.0.0.1:${port}`);
    expect(message).toContain('NO_PROXY');
    expect(JSON.stringify({ message, hint: (failing as NexarAuthError).hint })).not.toContain('hunter22');
  });
});
