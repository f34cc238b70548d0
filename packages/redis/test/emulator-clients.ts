import { clientCredentials, type TokenProvider } from '@nexar/auth';
import type { Emulator } from '@nexar/emulator';
import { createSupplyClient, type SupplyClientOptions } from '@nexar/supply';

/** A token provider for the emulator's supply app, reading no environment. */
export function emulatorAuth(
  emu: Emulator,
  options: Parameters<typeof clientCredentials>[0] = {},
): TokenProvider {
  return clientCredentials({ ...emu.clients.supply, identityUrl: emu.url, env: {}, ...options });
}

/** A supply client for the emulator. */
export function emulatorSupply(emu: Emulator, options: SupplyClientOptions = {}) {
  return createSupplyClient({ auth: emulatorAuth(emu), endpoint: emu.graphqlUrl, ...options });
}
