import { MemoryTokenStore, type TokenStore } from '@nexar/auth';
import { describe, expect, it } from 'vitest';
import { DeferredTokenStore } from './deferred-token-store.js';

describe('DeferredTokenStore', () => {
  it('chooses its store on first use, once, and sends every call there', async () => {
    const chosen = new MemoryTokenStore();
    let choices = 0;
    const store = new DeferredTokenStore(async () => {
      choices += 1;
      return { store: chosen, note: 'Tokens are kept in memory.' };
    });
    expect(choices).toBe(0);
    await Promise.all([store.set('a', 'one'), store.set('b', 'two'), store.get('a')]);
    expect(choices).toBe(1);
    expect(await chosen.get('a')).toBe('one');
    await store.delete('b');
    expect(await chosen.get('b')).toBeUndefined();
    expect(await store.get('a')).toBe('one');
    expect((await store.chosen()).note).toBe('Tokens are kept in memory.');
    expect(choices).toBe(1);
  });

  it('holds the chosen store’s lock when it has one, and just runs the task when it has none', async () => {
    const locked: string[] = [];
    const withLock: TokenStore = Object.assign(new MemoryTokenStore(), {
      async withLock<T>(key: string, task: () => Promise<T>): Promise<T> {
        locked.push(key);
        return task();
      },
    });
    const lockable = new DeferredTokenStore(async () => ({ store: withLock, note: '' }));
    expect(await lockable.withLock('k', async () => 'done')).toBe('done');
    expect(locked).toEqual(['k']);
    const plain = new DeferredTokenStore(async () => ({ store: new MemoryTokenStore(), note: '' }));
    expect(await plain.withLock('k', async () => 'plain')).toBe('plain');
    expect(locked).toEqual(['k']);
  });

  it('a failed choice reaches the caller', async () => {
    const store = new DeferredTokenStore(async () => {
      throw new Error('no store');
    });
    await expect(store.get('a')).rejects.toThrow('no store');
  });
});
