/** The result cache against the emulator: hits send nothing and cost nothing; TTL; zero hits kept, errors not. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NexarHttpError } from '@nexar/client';
import type { Emulator } from '@nexar/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryResultCache } from '../src/index.js';
import { FileResultCache } from '../src/node/index.js';
import { measure, startSmallEmulator, supplyClientFor } from './emulator-harness.js';

let emu: Emulator;

beforeAll(async () => {
  emu = await startSmallEmulator({ partLimit: 100_000 });
});
afterAll(async () => {
  await emu?.close();
});

describe('result cache', () => {
  it('answers a second identical call without a request and without parts', async () => {
    const supply = supplyClientFor(emu);
    const first = await measure(emu, () => supply.searchMpn({ q: 'LM317T', limit: 5 }));
    expect(first.apiRequests).toBe(1);
    expect(first.partsReturned).toBe(2);
    const second = await measure(emu, () => supply.searchMpn({ limit: 5, q: 'LM317T' }));
    expect(second).toMatchObject({ apiRequests: 0, partsReturned: 0 });
    expect(second.result).toEqual(first.result);
    expect(supply.parts.used).toBe(2);
  });

  it('keys by country, currency and field set', async () => {
    const cache = new MemoryResultCache();
    const basic = supplyClientFor(emu, { cache });
    const full = supplyClientFor(emu, { cache, fields: 'full' });
    await basic.partsByIds({ ids: ['1005'] });
    expect((await measure(emu, () => basic.partsByIds({ ids: ['1005'] }))).apiRequests).toBe(0);
    expect((await measure(emu, () => full.partsByIds({ ids: ['1005'] }))).apiRequests).toBe(1);
    expect((await measure(emu, () => basic.partsByIds({ ids: ['1005'], currency: 'EUR' }))).apiRequests).toBe(
      1,
    );
    expect((await measure(emu, () => basic.partsByIds({ ids: ['1005'], country: 'DE' }))).apiRequests).toBe(
      1,
    );
  });

  it("keys by endpoint: clients of two APIs sharing one cache never see each other's answers", async () => {
    const other = await startSmallEmulator();
    try {
      const cache = new MemoryResultCache();
      const here = supplyClientFor(emu, { cache });
      const there = supplyClientFor(other, { cache });
      await here.partsByIds({ ids: ['1005'] });
      expect((await measure(other, () => there.partsByIds({ ids: ['1005'] }))).apiRequests).toBe(1);
      expect((await measure(other, () => there.partsByIds({ ids: ['1005'] }))).apiRequests).toBe(0);
      expect((await measure(emu, () => here.partsByIds({ ids: ['1005'] }))).apiRequests).toBe(0);
    } finally {
      await other.close();
    }
  });

  it('expires entries after the TTL on the injected clock', async () => {
    let now = 1_700_000_000_000;
    const supply = supplyClientFor(emu, { now: () => now, cacheTtlMs: 60_000 });
    await supply.searchMpn({ q: 'NE555P', limit: 1 });
    now += 59_999;
    expect((await measure(emu, () => supply.searchMpn({ q: 'NE555P', limit: 1 }))).apiRequests).toBe(0);
    now += 1;
    const expired = await measure(emu, () => supply.searchMpn({ q: 'NE555P', limit: 1 }));
    expect(expired).toMatchObject({ apiRequests: 1, partsReturned: 1 });
  });

  it('keeps a confirmed zero-hit answer', async () => {
    const supply = supplyClientFor(emu);
    const first = await measure(emu, () => supply.searchMpn({ q: 'ZZ-NO-SUCH-MPN' }));
    expect(first.result.hits).toBe(0);
    expect(first.apiRequests).toBe(1);
    expect((await measure(emu, () => supply.searchMpn({ q: 'ZZ-NO-SUCH-MPN' }))).apiRequests).toBe(0);
  });

  it('never keeps an error: the call after a failure is sent', async () => {
    const supply = supplyClientFor(emu, { retry: false });
    emu.faults.inject('api', { kind: 'status', status: 503 }, 1);
    const failed = await measure(emu, () =>
      supply.searchMpn({ q: 'LM358DT', limit: 1 }).catch((e: unknown) => e),
    );
    expect(failed.result).toBeInstanceOf(NexarHttpError);
    const retried = await measure(emu, () => supply.searchMpn({ q: 'LM358DT', limit: 1 }));
    expect(retried.apiRequests).toBe(1);
    expect(retried.result.results?.[0]?.part.id).toBe('1003');
    expect((await measure(emu, () => supply.searchMpn({ q: 'LM358DT', limit: 1 }))).apiRequests).toBe(0);
  });

  it('does not keep a multi-match answer with a failed line', async () => {
    const supply = supplyClientFor(emu);
    const queries = [{ mpn: 'NE555P', limit: 1 }, { manufacturer: 'TI' }];
    const first = await supply.multiMatch({ queries });
    expect(first[1]?.error).toBeTruthy();
    expect((await measure(emu, () => supply.multiMatch({ queries }))).apiRequests).toBe(1);
  });

  it('shares answers between runs through the file cache', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'nexar-supply-run-'));
    try {
      const run = () => supplyClientFor(emu, { cache: new FileResultCache({ directory }) });
      const cold = await measure(emu, () =>
        run().multiMatch({ queries: [{ mpn: 'LM317T' }, { mpn: '1N4148' }] }),
      );
      expect(cold.apiRequests).toBe(1);
      const warm = await measure(emu, () =>
        run().multiMatch({ queries: [{ mpn: 'LM317T' }, { mpn: '1N4148' }] }),
      );
      expect(warm).toMatchObject({ apiRequests: 0, partsReturned: 0 });
      expect(warm.result).toEqual(cold.result);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it('cache: false neither reads nor writes', async () => {
    const supply = supplyClientFor(emu, { cache: false });
    await supply.searchMpn({ q: 'LM317T', limit: 1 });
    expect((await measure(emu, () => supply.searchMpn({ q: 'LM317T', limit: 1 }))).apiRequests).toBe(1);
    expect(supply.cache).toBeUndefined();
  });
});
