import { describe, expect, it } from 'vitest';
import { MemoryResultCache } from './memory-result-cache.js';

describe('MemoryResultCache claims', () => {
  it('gives each key to one claimant, reports answered and held keys, and frees them on release', async () => {
    const cache = new MemoryResultCache();
    await cache.set('answered', { value: 1, storedAt: 0 });
    const first = await cache.claim(['a', 'b', 'answered'], 1_000);
    expect(first).toMatchObject({ won: ['a', 'b'], answered: ['answered'], held: [] });
    const second = await cache.claim(['b', 'c'], 1_000);
    expect(second).toMatchObject({ won: ['c'], answered: [], held: ['b'] });
    await first.release();
    const third = await cache.claim(['a', 'b'], 1_000);
    expect(third.won).toEqual(['a', 'b']);
  });

  it('wakes a waiter at the release, with the keys that are free, and not before', async () => {
    const cache = new MemoryResultCache();
    const holder = await cache.claim(['a', 'b'], 1_000);
    let woken: string[] | undefined;
    const waiting = cache.waitFor(['a'], { timeoutMs: 10_000 }).then((keys) => {
      woken = keys;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(woken).toBeUndefined();
    await holder.release();
    await waiting;
    expect(woken).toEqual(['a']);
    // Unclaimed keys are ready at once.
    expect(await cache.waitFor(['x', 'a'], { timeoutMs: 10_000 })).toEqual(['x', 'a']);
  });

  it('ends a wait at its timeout with no key, and at an abort with the reason', async () => {
    const cache = new MemoryResultCache();
    await cache.claim(['a'], 1_000);
    expect(await cache.waitFor(['a'], { timeoutMs: 30 })).toEqual([]);
    const controller = new AbortController();
    const waiting = cache.waitFor(['a'], { timeoutMs: 10_000, signal: controller.signal });
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
  });
});
