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

describe('MemoryResultCache: eviction order', () => {
  it('keeps what was read and evicts what was not, oldest first', async () => {
    const cache = new MemoryResultCache({ maxEntries: 4 });
    for (const key of ['a', 'b', 'c', 'd']) await cache.set(key, { value: key, storedAt: 0 });
    await cache.get('a');
    await cache.get('c');
    await cache.set('e', { value: 'e', storedAt: 0 });
    await cache.set('f', { value: 'f', storedAt: 0 });
    // b and d were never read: they go first, oldest first, whatever the reads did to the others.
    const present = async (key: string) => (await cache.get(key)) !== undefined;
    expect(await present('b')).toBe(false);
    expect(await present('d')).toBe(false);
    expect(cache.size).toBe(4);
    for (const key of ['a', 'c', 'e', 'f']) expect(await present(key)).toBe(true);
  });

  it('evicts a read entry once every entry has been read since', async () => {
    const cache = new MemoryResultCache({ maxEntries: 2 });
    await cache.set('a', { value: 'a', storedAt: 0 });
    await cache.set('b', { value: 'b', storedAt: 0 });
    await cache.get('a');
    await cache.get('b');
    await cache.set('c', { value: 'c', storedAt: 0 });
    expect(cache.size).toBe(2);
    expect((await cache.get('c'))?.value).toBe('c');
  });
});
