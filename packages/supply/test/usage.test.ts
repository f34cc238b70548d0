/** usage(): part counts with a user's token; a clear typed error with an application token. */
import { authorizationCode } from '@nexar/auth';
import type { Emulator } from '@nexar/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSupplyClient, NexarUsageUnavailableError } from '../src/index.js';
import { startSmallEmulator, supplyClientFor } from './emulator-harness.js';

let emu: Emulator;

beforeAll(async () => {
  emu = await startSmallEmulator({ autoLogin: true });
});
afterAll(async () => {
  await emu?.close();
});

/** A signed-in user of the supply app: the emulator's auto-login answers the authorization request at once. */
async function userProvider() {
  const auth = authorizationCode({
    ...emu.clients.supply,
    identityUrl: emu.url,
    redirectUri: 'http://127.0.0.1:49152/callback',
    scope: 'openid user.access supply.domain',
  });
  const pending = await auth.createAuthorizationRequest();
  const response = await fetch(pending.url, { redirect: 'manual' });
  await response.arrayBuffer();
  const location = response.headers.get('location');
  if (!location) throw new Error(`no redirect from the authorization request (HTTP ${response.status})`);
  await auth.completeAuthorization(new URL(location, emu.url), pending);
  return auth;
}

describe('usage()', () => {
  it("reads the application's part counter and limit with a user's token", async () => {
    const { clientId } = emu.clients.supply;
    emu.applications.setPartUsage(clientId, 0, 1000);
    const supply = createSupplyClient({ auth: await userProvider(), endpoint: emu.graphqlUrl });
    await supply.searchMpn({ q: 'LM358', limit: 10 }); // 4 parts
    expect(await supply.usage()).toEqual({
      applicationId: clientId,
      applicationName: 'Demo supply app',
      partCounter: 4,
      partLimit: 1000,
      remaining: 996,
    });
    // Never cached: the next read sees new usage.
    await supply.partsByIds({ ids: ['1005'] });
    expect((await supply.usage()).partCounter).toBe(5);
    await expect(supply.usage({ applicationId: 'no-such-app' })).rejects.toMatchObject({
      reason: 'unknown_application',
    });
  });

  it('says clearly that Nexar needs a user token when given an application token', async () => {
    const supply = supplyClientFor(emu);
    const error = await supply.usage().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NexarUsageUnavailableError);
    expect(error).toMatchObject({ reason: 'user_token_required' });
    expect((error as Error).message).toContain("user's token");
    expect((error as Error).message).not.toContain(emu.clients.supply.clientSecret);
  });
});
