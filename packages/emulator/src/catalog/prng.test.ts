import { describe, expect, it } from 'vitest';
import { hash32, mulberry32, rngFor } from './prng.js';

describe('mulberry32', () => {
  it('repeats the same sequence for the same seed and differs for another seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    const seqB = Array.from({ length: 20 }, () => b.next());
    const seqC = Array.from({ length: 20 }, () => c.next());
    expect(seqA).toEqual(seqB);
    expect(seqA).not.toEqual(seqC);
    for (const x of seqA) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it('keeps int() within its inclusive bounds and reaches both ends', () => {
    const rng = mulberry32(7);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) seen.add(rng.int(3, 6));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('shuffles into a permutation and samples distinct elements in order', () => {
    const rng = mulberry32(1);
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = rng.shuffle(items);
    expect([...shuffled].sort((x, y) => x - y)).toEqual(items);
    expect(shuffled).not.toEqual(items);
    const sample = rng.sample(items, 10);
    expect(sample).toHaveLength(10);
    expect([...sample].sort((x, y) => x - y)).toEqual(sample);
  });
});

describe('hash32 / rngFor', () => {
  it('hashes deterministically to unsigned 32-bit values', () => {
    expect(hash32('LM358DR')).toBe(hash32('LM358DR'));
    expect(hash32('LM358DR')).not.toBe(hash32('LM358DT'));
    expect(hash32('x')).toBeGreaterThanOrEqual(0);
    expect(hash32('x')).toBeLessThan(2 ** 32);
  });

  it('gives per-key streams independent of other keys', () => {
    expect(rngFor(1, 'a').next()).toBe(rngFor(1, 'a').next());
    expect(rngFor(1, 'a').next()).not.toBe(rngFor(1, 'b').next());
    expect(rngFor(1, 'a').next()).not.toBe(rngFor(2, 'a').next());
  });
});
