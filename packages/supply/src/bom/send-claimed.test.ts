import { describe, expect, it } from 'vitest';
import type { CacheClaim } from '../cache/cache-claim.js';
import { MemoryResultCache } from '../cache/memory-result-cache.js';
import type { ResultCache } from '../cache/result-cache.js';
import type { MatchAnswer } from './bom-cache.js';
import type { BomQuery } from './dedupe.js';
import { type ClaimingCache, claimingCache, type SendClaimedOptions, sendClaimed } from './send-claimed.js';

const query = (key: string): BomQuery => ({ key, mpn: key, lineIndexes: [0] }) as unknown as BomQuery;
const queries = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => query(`q${from + i}`));
const answerOf = (key: string): MatchAnswer => ({ hits: key.length, parts: [], error: null });

/** One caller of a shared cache: records what it sent, batch by batch, and what others answered. */
function caller(cache: ResultCache, options: Partial<SendClaimedOptions> = {}) {
  const sent: string[][] = [];
  const shared: string[] = [];
  const run = (list: BomQuery[]) =>
    sendClaimed(list, {
      cache: claimingCache(cache) as ClaimingCache,
      ttlMs: 1_000,
      waitMs: 10_000,
      perBatch: 4,
      candidates: 1,
      concurrency: 2,
      signal: undefined,
      stopped: () => false,
      keyOf: (q) => q.key,
      read: async (list) => {
        const found = new Map<string, MatchAnswer>();
        for (const q of list) {
          const entry = await cache.get(q.key);
          if (entry) found.set(q.key, entry.value as MatchAnswer);
        }
        return found;
      },
      onShared: (q) => shared.push(q.key),
      send: async (batch) => {
        sent.push(batch.queries.map((q) => q.key));
        await new Promise((resolve) => setTimeout(resolve, 10));
        for (const q of batch.queries) await cache.set(q.key, { value: answerOf(q.key), storedAt: 0 });
      },
      ...options,
    });
  return { sent, shared, run };
}

describe('sendClaimed', () => {
  it('sends each query once between callers of one cache, in full batches, the rest answered by the others', async () => {
    const cache = new MemoryResultCache();
    const a = caller(cache);
    const b = caller(cache);
    await Promise.all([a.run(queries(0, 12)), b.run(queries(4, 16))]);
    const all = [...a.sent.flat(), ...b.sent.flat()];
    expect(all.sort()).toEqual(
      queries(0, 16)
        .map((q) => q.key)
        .sort(),
    );
    // Every batch but each caller's last is full.
    for (const sent of [a.sent, b.sent]) for (const batch of sent.slice(0, -1)) expect(batch).toHaveLength(4);
    // Each caller has every one of its queries answered: sent by itself or shared by the other.
    expect([...a.sent.flat(), ...a.shared].sort()).toEqual(
      queries(0, 12)
        .map((q) => q.key)
        .sort(),
    );
    expect([...b.sent.flat(), ...b.shared].sort()).toEqual(
      queries(4, 16)
        .map((q) => q.key)
        .sort(),
    );
    expect(a.shared.length + b.shared.length).toBe(8);
  });

  it("sends a query itself when its claimant's request failed (the claim given up without an answer)", async () => {
    const cache = new MemoryResultCache();
    const failing = caller(cache, {
      send: async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        throw new Error('request failed');
      },
    });
    const other = caller(cache);
    const [first, second] = await Promise.allSettled([failing.run(queries(0, 4)), other.run(queries(0, 4))]);
    expect(first.status).toBe('rejected');
    expect(second.status).toBe('fulfilled');
    expect(other.sent.flat().sort()).toEqual(['q0', 'q1', 'q2', 'q3']);
  });

  it('sends everything itself when the cache cannot claim (a shared cache that is down)', async () => {
    const cache = new MemoryResultCache();
    const broken: ResultCache = {
      get: (key) => cache.get(key),
      set: (key, entry) => cache.set(key, entry),
      claim: async () => {
        throw new Error('down');
      },
      waitFor: async () => [],
    };
    const a = caller(broken);
    await a.run(queries(0, 6));
    expect(a.sent).toEqual([
      ['q0', 'q1', 'q2', 'q3'],
      ['q4', 'q5'],
    ]);
  });

  it('stops claiming a query the cache keeps calling answered without an answer, and sends it', async () => {
    const cache = new MemoryResultCache();
    // An entry the cache has but the reader refuses (stale for the client's TTL, say).
    await cache.set('q0', { value: 'stale', storedAt: 0 });
    const claims: string[][] = [];
    const a = caller(
      {
        get: (key) => cache.get(key),
        set: (key, entry) => cache.set(key, entry),
        claim: async (keys, ttlMs): Promise<CacheClaim> => {
          claims.push([...keys]);
          return cache.claim(keys, ttlMs);
        },
        waitFor: (keys, options) => cache.waitFor(keys, options),
      },
      { read: async () => new Map() },
    );
    await a.run(queries(0, 2));
    expect(a.sent.flat().sort()).toEqual(['q0', 'q1']);
    expect(claims.filter((keys) => keys.includes('q0'))).toHaveLength(3);
  });

  it('sends what is still missing when the wait for another caller times out', async () => {
    const cache = new MemoryResultCache();
    const stuck = await cache.claim(['q1'], 1_000); // held by a caller that never answers
    const a = caller(cache, { waitMs: 50 });
    await a.run(queries(0, 3));
    expect(a.sent.flat().sort()).toEqual(['q0', 'q1', 'q2']);
    await stuck.release();
  });

  it('ends at an abort while waiting for another caller, sending nothing', async () => {
    const cache = new MemoryResultCache();
    const stuck = await cache.claim(['q0'], 1_000);
    const controller = new AbortController();
    const a = caller(cache, { signal: controller.signal });
    const running = a.run(queries(0, 1));
    setTimeout(() => controller.abort(new Error('cancelled')), 20);
    await expect(running).resolves.toBeUndefined();
    expect(a.sent).toEqual([]);
    await stuck.release();
  });

  it('ends its waits as soon as the run stops (its circuit breaker opened), without waiting them out', async () => {
    const cache = new MemoryResultCache();
    const stuck = await cache.claim(['q0'], 1_000);
    let stopped = false;
    const sent: string[][] = [];
    const a = caller(cache, {
      waitMs: 60_000,
      stopped: () => stopped,
      // Its request failed and the breaker opened (matchBom's runBatch records it; nothing is thrown).
      send: async (batch) => {
        sent.push(batch.queries.map((q) => q.key));
        stopped = true;
      },
    });
    await a.run(queries(0, 3));
    expect(sent).toEqual([['q1', 'q2']]);
    await stuck.release();
  }, 5_000);
});
