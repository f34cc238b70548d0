/** No client secret or access token in what a supply client or its errors show. */
import { inspect } from 'node:util';
import { clientCredentials } from '@nexar/auth';
import type { Emulator } from '@nexar/emulator';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSupplyClient } from '../src/index.js';
import { startSmallEmulator } from './emulator-harness.js';

let emu: Emulator;

beforeAll(async () => {
  emu = await startSmallEmulator();
});
afterAll(async () => {
  await emu?.close();
});

it('keeps the secret and token out of inspect, JSON and error messages', async () => {
  const auth = clientCredentials({ ...emu.clients.supply, identityUrl: emu.url });
  const supply = createSupplyClient({ auth, endpoint: emu.graphqlUrl, maxParts: 5 });
  await supply.searchMpn({ q: 'LM358', limit: 5 });
  const { accessToken } = await auth.getToken();
  const errors = await Promise.all([
    supply.searchMpn({ q: 'NE555P', limit: 10 }).catch((error: unknown) => error),
    supply.usage().catch((error: unknown) => error),
  ]);
  emu.applications.setPartUsage(emu.clients.supply.clientId, 1000, 1000);
  errors.push(await supply.partsByIds({ ids: ['1005'] }).catch((error: unknown) => error));
  expect(errors.map((error) => (error as Error).name)).toEqual([
    'NexarPartLimitError',
    'NexarUsageUnavailableError',
    'NexarPartLimitError',
  ]);
  const shown = [
    inspect(supply, { depth: 10, showHidden: true }),
    JSON.stringify(supply),
    ...errors.map((error) => `${inspect(error, { depth: 10 })} ${JSON.stringify(error)}`),
  ].join('\n');
  expect(shown).not.toContain(emu.clients.supply.clientSecret);
  expect(shown).not.toContain(accessToken);
});
