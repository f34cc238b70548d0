import { describe, expect, it } from 'vitest';
import { chooseSellers } from './choose-sellers.js';

const INF = Number.POSITIVE_INFINITY;
const rows = (...values: number[][]) => values.map((row) => Float64Array.from(row));

/** A seeded generator, so the random instances are the same on every run. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('chooseSellers', () => {
  it('takes each part at its cheapest seller when nothing limits the sellers', () => {
    const choice = chooseSellers({
      costs: rows([300, 360], [500, 400], [1000, 1100]),
      sellers: 2,
      maxSellers: undefined,
      orderCostMinor: 0,
      exactLimit: 1e6,
    });
    expect(Array.from(choice.assignment)).toEqual([0, 1, 0]);
    expect(choice).toMatchObject({ method: 'per-part', cost: 1700, used: 2, lowerBound: 1700 });
  });

  it('covers the most parts first under a seller limit, then the lowest cost', () => {
    // Seller 2 is cheapest for part 0 but cannot supply part 1; one seller must cover both.
    const choice = chooseSellers({
      costs: rows([300, 360, 100], [500, 400, INF]),
      sellers: 3,
      maxSellers: 1,
      orderCostMinor: 0,
      exactLimit: 1e6,
    });
    expect(Array.from(choice.assignment)).toEqual([1, 1]);
    expect(choice).toMatchObject({ method: 'exact', cost: 760, uncovered: 0 });
  });

  it('leaves a part uncovered only when no seller set within the limit covers it', () => {
    const choice = chooseSellers({
      costs: rows([100, INF], [INF, 100]),
      sellers: 2,
      maxSellers: 1,
      orderCostMinor: 0,
      exactLimit: 1e6,
    });
    expect(choice.uncovered).toBe(1);
    expect(Array.from(choice.assignment).filter((s) => s >= 0)).toHaveLength(1);
  });

  it('the heuristic is never below the exact optimum nor the lower bound, on random instances', () => {
    const next = random(42);
    let matched = 0;
    for (let trial = 0; trial < 60; trial++) {
      const sellers = 3 + Math.floor(next() * 5);
      const costs = Array.from({ length: 4 + Math.floor(next() * 12) }, () =>
        Float64Array.from({ length: sellers }, () => (next() < 0.3 ? INF : Math.round(100 + next() * 900))),
      );
      const maxSellers = next() < 0.5 ? 1 + Math.floor(next() * 3) : undefined;
      const input = { costs, sellers, maxSellers, orderCostMinor: Math.round(next() * 500) };
      const exact = chooseSellers({ ...input, exactLimit: 1e9 });
      const heuristic = chooseSellers({ ...input, exactLimit: 0 });
      expect(heuristic.method).toBe('heuristic');
      expect(heuristic.uncovered).toBeGreaterThanOrEqual(exact.uncovered);
      if (heuristic.uncovered === exact.uncovered) {
        expect(heuristic.cost).toBeGreaterThanOrEqual(exact.cost);
        expect(heuristic.lowerBound).toBeLessThanOrEqual(exact.cost);
        if (heuristic.cost === exact.cost) matched++;
      }
    }
    // Not a guarantee, but the heuristic should find the optimum on most small instances.
    expect(matched).toBeGreaterThan(40);
  });
});
