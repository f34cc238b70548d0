/** The BOM integration tests' view of the shared emulator harness: a generous part limit, two-attempt retries. */
import type { Emulator, EmulatorOptions } from '@nexar/emulator';
import type { SupplyClient, SupplyClientOptions } from '../src/index.js';
import { measure, startSmallEmulator, supplyClientFor } from './emulator-harness.js';

export function startBomEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  return startSmallEmulator({ partLimit: 1_000_000, ...options });
}

/** Quick client retries (2 attempts), so fault tests know how many faults outlast the client. */
export function bomClient(emu: Emulator, options: SupplyClientOptions = {}): SupplyClient {
  return supplyClientFor(emu, {
    retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5, maxElapsedMs: 10_000 },
    ...options,
  });
}

/** API requests and parts the emulator served while `run` ran. */
export async function counted<T>(
  emu: Emulator,
  run: () => Promise<T>,
): Promise<{ value: T; requests: number; parts: number }> {
  const { result, apiRequests, partsReturned } = await measure(emu, run);
  return { value: result, requests: apiRequests, parts: partsReturned };
}
