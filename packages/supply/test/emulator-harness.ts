/** Emulator set-up shared by the integration tests: the small catalog with known answers, a supply client. */
import { clientCredentials } from '@nexar/auth';
import { type Emulator, SMALL_CATALOG_FIXTURE, startEmulator } from '@nexar/emulator';
import { createSupplyClient, type SupplyClient, type SupplyClientOptions } from '../src/index.js';

export async function startSmallEmulator(
  options: Parameters<typeof startEmulator>[0] = {},
): Promise<Emulator> {
  return startEmulator({ catalog: SMALL_CATALOG_FIXTURE, tokenRateLimit: false, ...options });
}

/** A supply client of the emulator's supply app; transport retries are quick and bounded. */
export function supplyClientFor(emu: Emulator, options: SupplyClientOptions = {}): SupplyClient {
  return createSupplyClient({
    auth: clientCredentials({ ...emu.clients.supply, identityUrl: emu.url }),
    endpoint: emu.graphqlUrl,
    retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5, maxElapsedMs: 5_000 },
    ...options,
  });
}

/** Runs `task` and returns how the emulator's counters moved meanwhile. */
export async function measure<T>(
  emu: Emulator,
  task: () => Promise<T>,
): Promise<{ result: T; apiRequests: number; partsReturned: number }> {
  const before = emu.stats.snapshot();
  const result = await task();
  const after = emu.stats.snapshot();
  return {
    result,
    apiRequests: after.apiRequests - before.apiRequests,
    partsReturned: after.partsReturned - before.partsReturned,
  };
}
