/** The node entry's client reaches the API through HTTPS_PROXY / HTTP_PROXY / NO_PROXY, via a real local proxy. */
import { createServer } from 'node:net';
import { clientCredentials, type TokenProvider } from '@nexar/auth';
import { type Emulator, startEmulator } from '@nexar/emulator';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ForwardProxy, startForwardProxy } from '../../auth/test/forward-proxy.js';
import { createNexarClient as createMainClient, NexarNetworkError } from '../src/index.js';
import { createNexarClient } from '../src/node/index.js';
import { SEARCH_MPN } from './documents.js';

let emu: Emulator;
let proxy: ForwardProxy;
let auth: TokenProvider;

beforeAll(async () => {
  [emu, proxy] = await Promise.all([startEmulator({ tokenRateLimit: false }), startForwardProxy()]);
  // Tokens go direct (the auth tests cover its proxy): only API calls can reach the proxy here.
  auth = clientCredentials({ ...emu.clients.supply, identityUrl: emu.url, env: {} });
  await auth.getToken();
});
afterAll(async () => {
  await Promise.all([proxy?.close(), emu?.close()]);
});
beforeEach(() => {
  proxy.seen.length = 0;
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const emulatorHost = () => new URL(emu.graphqlUrl).host;
const search = (client: ReturnType<typeof createNexarClient>) =>
  client.request(SEARCH_MPN, { q: 'LM358', limit: 1 });

describe('API calls and proxy settings', () => {
  it('go through HTTP_PROXY by default with the node entry', async () => {
    vi.stubEnv('HTTP_PROXY', proxy.url);
    vi.stubEnv('NO_PROXY', '');
    const client = createNexarClient({ auth, endpoint: emu.graphqlUrl });
    const data = await search(client);
    expect(data).toBeTruthy();
    expect(proxy.seen).toEqual([emulatorHost()]);
  });

  it('go direct for hosts in NO_PROXY, without proxy settings, and from the main entry', async () => {
    vi.stubEnv('HTTP_PROXY', proxy.url);
    vi.stubEnv('NO_PROXY', 'example.com,127.0.0.1');
    await search(createNexarClient({ auth, endpoint: emu.graphqlUrl }));
    vi.stubEnv('NO_PROXY', '');
    // The main entry stays free of Node-only code: it uses the fetch it is given (the global one by default).
    await search(createMainClient({ auth, endpoint: emu.graphqlUrl }));
    vi.stubEnv('HTTP_PROXY', '');
    await search(createNexarClient({ auth, endpoint: emu.graphqlUrl }));
    expect(proxy.seen).toEqual([]);
  });

  it('fail through a proxy that cannot be reached with the hint auth gives, and no proxy password', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));
    vi.stubEnv('HTTP_PROXY', `http://user:hunter22@127.0.0.1:${port}`);
    vi.stubEnv('NO_PROXY', '');
    const client = createNexarClient({ auth, endpoint: emu.graphqlUrl, retry: { maxAttempts: 1 } });
    const error = await search(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NexarNetworkError);
    const { message, hint } = error as NexarNetworkError;
    expect(hint).toContain('HTTPS_PROXY');
    expect(message).toContain(hint);
    expect(JSON.stringify({ message, hint })).not.toContain('hunter22');
  });
});
