/** Identical calls in flight together share one request: one request, one charge, one answer for all. */
import { NexarHttpError } from '@nexar/client';
import type { Emulator } from '@nexar/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measure, startSmallEmulator, supplyClientFor } from './emulator-harness.js';

let emu: Emulator;

beforeAll(async () => {
  emu = await startSmallEmulator({ partLimit: 1_000_000 });
});
afterAll(async () => {
  await emu?.close();
});

describe('in-flight de-duplication', () => {
  it('sends 100 identical concurrent searches once and is charged once', async () => {
    const supply = supplyClientFor(emu);
    const { result, apiRequests, partsReturned } = await measure(emu, () =>
      Promise.all(Array.from({ length: 100 }, () => supply.searchMpn({ q: 'LM358', limit: 10 }))),
    );
    const parts = result[0]?.results?.length ?? 0;
    expect(parts).toBeGreaterThan(0);
    expect(apiRequests).toBe(1);
    expect(partsReturned).toBe(parts);
    expect(supply.parts.used).toBe(parts);
    for (const answer of result) expect(answer).toEqual(result[0]);
  });

  it('shares identical calls even without a cache, and keeps different calls apart', async () => {
    const supply = supplyClientFor(emu, { cache: false });
    const { apiRequests } = await measure(emu, () =>
      Promise.all([
        ...Array.from({ length: 10 }, () => supply.search({ q: 'regulator', limit: 3 })),
        ...Array.from({ length: 10 }, () => supply.search({ q: 'regulator', limit: 4 })),
      ]),
    );
    expect(apiRequests).toBe(2);
  });

  it('shares identical multiMatch batches', async () => {
    const supply = supplyClientFor(emu);
    const queries = [
      { mpn: 'LM358', limit: 2 },
      { mpn: 'NE555P', limit: 2 },
    ];
    const { result, apiRequests } = await measure(emu, () =>
      Promise.all(Array.from({ length: 20 }, () => supply.multiMatch({ queries }))),
    );
    expect(apiRequests).toBe(1);
    for (const answer of result) expect(answer).toEqual(result[0]);
  });

  it("lets one caller abort without aborting the others' shared request", async () => {
    const supply = supplyClientFor(emu);
    emu.faults.inject('api', { kind: 'delay', ms: 150 }, 1);
    const controller = new AbortController();
    const { result, apiRequests } = await measure(emu, async () => {
      const aborted = supply.searchMpn({ q: 'NE555P', limit: 3 }, { signal: controller.signal });
      const others = Array.from({ length: 5 }, () => supply.searchMpn({ q: 'NE555P', limit: 3 }));
      setTimeout(() => controller.abort(new Error('stop')), 30);
      return [await aborted.catch((error: unknown) => error), ...(await Promise.all(others))];
    });
    expect((result[0] as Error).message).toBe('stop');
    expect(apiRequests).toBe(1);
    for (const answer of result.slice(1)) expect((answer as { hits: number }).hits).toBeGreaterThan(0);
  });

  it('gives the error to every waiter, and asks again after it', async () => {
    const supply = supplyClientFor(emu, { retry: false });
    emu.faults.inject('api', { kind: 'status', status: 503 }, 1);
    const { result } = await measure(emu, () =>
      Promise.allSettled(Array.from({ length: 5 }, () => supply.searchMpn({ q: 'LM317T', limit: 2 }))),
    );
    // One fault was queued: five separate requests would have answered four callers.
    expect(emu.faults.pending('api')).toBe(0);
    for (const settled of result) {
      expect(settled.status).toBe('rejected');
      expect((settled as PromiseRejectedResult).reason).toBeInstanceOf(NexarHttpError);
    }
    const again = await measure(emu, () => supply.searchMpn({ q: 'LM317T', limit: 2 }));
    expect(again.apiRequests).toBe(1);
  });
});
