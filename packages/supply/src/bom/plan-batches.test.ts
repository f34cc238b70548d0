import { describe, expect, it } from 'vitest';
import type { BomQuery } from './dedupe.js';
import { planBatches } from './plan-batches.js';

const queries = (n: number): BomQuery[] =>
  Array.from({ length: n }, (_, i) => ({ key: `mpn:P${i}`, mpn: `P${i}`, lineIndexes: [i] }));

describe('planBatches', () => {
  it('puts 100 queries in a request with one candidate per line', () => {
    const batches = planBatches(queries(250), 1);
    expect(batches.map((b) => b.queries.length)).toEqual([100, 100, 50]);
    expect(batches.map((b) => b.worstCaseParts)).toEqual([100, 100, 50]);
    expect(batches.flatMap((b) => b.queries.map((q) => q.mpn))).toEqual(queries(250).map((q) => q.mpn));
  });

  it('shrinks batches when more candidates per line are asked for', () => {
    expect(planBatches(queries(100), 3).map((b) => [b.queries.length, b.worstCaseParts])).toEqual([
      [33, 99],
      [33, 99],
      [33, 99],
      [1, 3],
    ]);
    expect(planBatches(queries(3), 100).map((b) => b.worstCaseParts)).toEqual([100, 100, 100]);
    expect(planBatches([], 1)).toEqual([]);
  });

  it('refuses limits Nexar refuses', () => {
    expect(() => planBatches(queries(1), 0)).toThrow(RangeError);
    expect(() => planBatches(queries(1), 101)).toThrow(/1 to 100/);
    expect(() => planBatches(queries(1), 2.5)).toThrow(RangeError);
  });
});
