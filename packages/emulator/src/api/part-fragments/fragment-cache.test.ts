import { describe, expect, it } from 'vitest';
import { FragmentCache } from './fragment-cache.js';

const fragment = (text: string, nestedParts = 0) => ({ json: Buffer.from(text), nestedParts });

describe('FragmentCache', () => {
  it('keeps a fragment per view and selection, never across them', () => {
    const cache = new FragmentCache<object>(1000);
    const usd = {};
    const eur = {};
    const full = {};
    const short = {};
    cache.set(usd, full, fragment('{"price":1}'));
    cache.set(eur, full, fragment('{"price":0.9}'));
    cache.set(usd, short, fragment('{}', 2));
    expect(cache.get(usd, full)?.json.toString()).toBe('{"price":1}');
    expect(cache.get(eur, full)?.json.toString()).toBe('{"price":0.9}');
    expect(cache.get(usd, short)?.nestedParts).toBe(2);
    expect(cache.get(eur, short)).toBeUndefined();
    expect(cache.bytes).toBe(11 + 13 + 2);
  });

  it('forgets the least recently used views once over its budget, and counts what it keeps', () => {
    const cache = new FragmentCache<object>(30);
    const selection = {};
    const [a, b, c] = [{}, {}, {}];
    cache.set(a, selection, fragment('a'.repeat(10)));
    cache.set(b, selection, fragment('b'.repeat(10)));
    expect(cache.get(a, selection)).toBeDefined(); // a is now more recent than b
    cache.set(c, selection, fragment('c'.repeat(15)));
    expect(cache.get(b, selection)).toBeUndefined();
    expect(cache.get(a, selection)?.json.toString()).toBe('a'.repeat(10));
    expect(cache.get(c, selection)?.json.toString()).toBe('c'.repeat(15));
    expect(cache.bytes).toBe(25);
  });

  it('replacing a fragment counts only the new one, and one larger than the budget is not kept', () => {
    const cache = new FragmentCache<object>(20);
    const view = {};
    const selection = {};
    cache.set(view, selection, fragment('x'.repeat(10)));
    cache.set(view, selection, fragment('y'.repeat(5)));
    expect(cache.bytes).toBe(5);
    cache.set({}, selection, fragment('z'.repeat(21)));
    expect(cache.bytes).toBe(5);
    expect(cache.get(view, selection)?.json.toString()).toBe('yyyyy');
  });
});
