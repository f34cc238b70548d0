/** The node entry's supply client reaches the token endpoint and the API through HTTP_PROXY / NO_PROXY, via a real local proxy. */
import { type Emulator, startEmulator } from '@nexar/emulator';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ForwardProxy, startForwardProxy } from '../../auth/test/forward-proxy.js';
import { createSupplyClient as createMainClient } from '../src/index.js';
import { createSupplyClient } from '../src/node/index.js';

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
  // Credentials and endpoints from the environment, as a user's script has them.
  vi.stubEnv('NEXAR_CLIENT_ID', emu.clients.supply.clientId);
  vi.stubEnv('NEXAR_CLIENT_SECRET', emu.clients.supply.clientSecret);
  vi.stubEnv('NEXAR_IDENTITY_URL', emu.url);
  vi.stubEnv('NEXAR_API_URL', emu.graphqlUrl);
  vi.stubEnv('HTTP_PROXY', proxy.url);
  vi.stubEnv('NO_PROXY', '');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const host = () => new URL(emu.url).host;

describe('createSupplyClient from @nexar/supply/node', () => {
  it('sends the token request and the API call through HTTP_PROXY by default', async () => {
    const supply = createSupplyClient({ cache: false });
    const parts = await supply.searchMpn({ q: 'LM358', limit: 1 });
    expect(parts.results?.length).toBe(1);
    // One token request, one API call: both crossed the proxy.
    expect(proxy.seen).toEqual([host(), host()]);
  });

  it('goes direct for hosts in NO_PROXY, and the main entry uses the fetch it is given', async () => {
    vi.stubEnv('NO_PROXY', '127.0.0.1');
    await createSupplyClient({ cache: false }).searchMpn({ q: 'LM358', limit: 1 });
    vi.stubEnv('NO_PROXY', '');
    await createMainClient({ cache: false }).searchMpn({ q: 'LM358', limit: 1 });
    expect(proxy.seen).toEqual([]);
  });
});
