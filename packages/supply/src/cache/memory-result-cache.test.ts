import { describe, expect, it } from 'vitest';
import { deepFreeze } from './deep-freeze.js';
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

  it('keeps values frozen and shared: copied once when not frozen, never on get', async () => {
    const cache = new MemoryResultCache();
    const value = { hits: 1, results: [{ mpn: 'NE555P' }] };
    await cache.set('k', { value, storedAt: 5 });
    value.results[0] = { mpn: 'changed' };
    const first = await cache.get('k');
    expect(first).toEqual({ value: { hits: 1, results: [{ mpn: 'NE555P' }] }, storedAt: 5 });
    expect(() => {
      (first?.value as typeof value).hits = 99;
    }).toThrow(TypeError);
    expect((await cache.get('k'))?.value).toBe(first?.value);
    const frozen = deepFreeze({ hits: 2 });
    await cache.set('f', { value: frozen, storedAt: 6 });
    expect((await cache.get('f'))?.value).toBe(frozen);
  });

  it('grows its default bound when a run asks for room, but not a bound it was given', () => {
    const grows = new MemoryResultCache();
    expect(grows.capacityFor(35_000, false)).toBe(35_000);
    expect(grows.maxEntries).toBe(10_000);
    expect(grows.capacityFor(35_000, true)).toBe(35_000);
    expect(grows.maxEntries).toBe(35_000);
    const fixed = new MemoryResultCache({ maxEntries: 10_000 });
    expect(fixed.capacityFor(35_000, true)).toBe(10_000);
    expect(fixed.maxEntries).toBe(10_000);
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
