/** Shared pieces of the BOM integration tests: an emulator on the small fixture catalog, and supply clients for it. */
import { clientCredentials } from '@nexar/auth';
import { type Emulator, type EmulatorOptions, SMALL_CATALOG_FIXTURE, startEmulator } from '@nexar/emulator';
import { createSupplyClient, type SupplyClient, type SupplyClientOptions } from '../src/index.js';

export function startBomEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  return startEmulator({
    catalog: SMALL_CATALOG_FIXTURE,
    tokenRateLimit: false,
    partLimit: 1_000_000,
    ...options,
  });
}

/** A client of the emulator's supply application; quick client retries (2 attempts) so fault tests stay short. */
export function bomClient(emu: Emulator, options: SupplyClientOptions = {}): SupplyClient {
  const { clientId, clientSecret } = emu.clients.supply;
  return createSupplyClient({
    auth: clientCredentials({ clientId, clientSecret, identityUrl: emu.url }),
    endpoint: emu.graphqlUrl,
    retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5, maxElapsedMs: 10_000 },
    ...options,
  });
}

/** API requests and parts the emulator served while `run` ran. */
export async function counted<T>(
  emu: Emulator,
  run: () => Promise<T>,
): Promise<{ value: T; requests: number; parts: number }> {
  const before = emu.stats.snapshot();
  const value = await run();
  const after = emu.stats.snapshot();
  return {
    value,
    requests: after.apiRequests - before.apiRequests,
    parts: after.partsReturned - before.partsReturned,
  };
}
