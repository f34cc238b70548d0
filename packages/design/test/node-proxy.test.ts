/** The node entry's design client sends API calls through HTTP_PROXY / NO_PROXY, via a real local proxy. */
import type { AuthorizationCodeProvider } from '@nexar/auth';
import { type Emulator, startEmulator } from '@nexar/emulator';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ForwardProxy, startForwardProxy } from '../../auth/test/forward-proxy.js';
import { createDesignClient as createMainClient } from '../src/index.js';
import { createDesignClient } from '../src/node/index.js';
import { loginUser } from './user-login.js';

let emu: Emulator;
let proxy: ForwardProxy;
let auth: AuthorizationCodeProvider;

beforeAll(async () => {
  [emu, proxy] = await Promise.all([
    startEmulator({ autoLogin: true, tokenRateLimit: false }),
    startForwardProxy(),
  ]);
  // Signed in directly (the auth tests cover the login through a proxy): only API calls can reach it.
  auth = await loginUser(emu);
});
afterAll(async () => {
  await Promise.all([proxy?.close(), emu?.close()]);
});
beforeEach(() => {
  proxy.seen.length = 0;
  vi.stubEnv('HTTP_PROXY', proxy.url);
  vi.stubEnv('NO_PROXY', '');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('createDesignClient from @nexar/design/node', () => {
  it("sends API calls, the regions' included, through HTTP_PROXY by default", async () => {
    const design = createDesignClient({ auth, endpoint: emu.graphqlUrl });
    const workspaces = await design.workspaces();
    for (const workspace of workspaces) await design.projects(workspace.url).pages().next();
    // The base endpoint and every regional one the workspaces live at, each reached through the proxy.
    const regional = new Set(workspaces.map((w) => new URL(w.location.apiServiceUrl).host));
    expect(regional.size).toBeGreaterThan(1);
    expect(new Set(proxy.seen)).toEqual(new Set([new URL(emu.graphqlUrl).host, ...regional]));
  });

  it('goes direct for hosts in NO_PROXY, and the main entry uses the fetch it is given', async () => {
    vi.stubEnv('NO_PROXY', '127.0.0.1');
    await createDesignClient({ auth, endpoint: emu.graphqlUrl }).workspaces();
    vi.stubEnv('NO_PROXY', '');
    await createMainClient({ auth, endpoint: emu.graphqlUrl }).workspaces();
    expect(proxy.seen).toEqual([]);
  });
});
