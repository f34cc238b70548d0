import { describe, expect, it } from 'vitest';
import { MemoryResultCache } from './memory-result-cache.js';

describe('MemoryResultCache', () => {
  it('evicts the least recently used entry beyond maxEntries', async () => {
    const cache = new MemoryResultCache({ maxEntries: 2 });
    await cache.set('a', { value: 1, storedAt: 0 });
    await cache.set('b', { value: 2, storedAt: 0 });
    await cache.get('a'); // a is now the most recent
    await cache.set('c', { value: 3, storedAt: 0 });
    expect(cache.size).toBe(2);
    expect(await cache.get('b')).toBeUndefined();
    expect((await cache.get('a'))?.value).toBe(1);
    expect((await cache.get('c'))?.value).toBe(3);
  });

  it('copies values in and out, so callers cannot change what is cached', async () => {
    const cache = new MemoryResultCache();
    const value = { hits: 1, results: [{ mpn: 'NE555P' }] };
    await cache.set('k', { value, storedAt: 5 });
    value.results[0] = { mpn: 'changed' };
    const first = await cache.get('k');
    (first?.value as typeof value).hits = 99;
    expect(await cache.get('k')).toEqual({ value: { hits: 1, results: [{ mpn: 'NE555P' }] }, storedAt: 5 });
  });

  it('deletes and clears', async () => {
    const cache = new MemoryResultCache();
    await cache.set('a', { value: 1, storedAt: 0 });
    await cache.set('b', { value: 2, storedAt: 0 });
    await cache.delete('a');
    expect(await cache.get('a')).toBeUndefined();
    await cache.clear();
    expect(cache.size).toBe(0);
  });

  it('refuses a size below 1', () => {
    expect(() => new MemoryResultCache({ maxEntries: 0 })).toThrow(RangeError);
  });
});
