/**
 * Seller choice for the whole BOM: one seller per part so that the parts' cost plus a fixed cost per
 * order is lowest, with at most `maxSellers` sellers. Without a limit or an order cost each part simply
 * takes its cheapest seller (exact). Otherwise it is a small facility-location problem: every seller
 * set up to the limit is tried when that is cheap enough (`exactLimit`), else a heuristic runs: start
 * from the sellers the cheapest choice uses, drop the seller whose removal costs least until the limit
 * holds and no removal saves money, then try one-for-one swaps with the other sellers while they help.
 * Sets are compared on parts left uncovered first, then on cost. A lower bound (each part at its
 * cheapest seller, plus one order per seller some part cannot do without) measures the heuristic's gap.
 */
import type { PlanMethod } from './plan-types.js';

/** Part × seller visits the heuristic's swaps may spend (a few tens of milliseconds). */
const SWAP_WORK = 30_000_000;

export interface SellerChoiceInput {
  /** Cost in minor units of each part (row) at each seller (column); Infinity where the seller cannot supply it. */
  costs: readonly Float64Array[];
  sellers: number;
  maxSellers: number | undefined;
  orderCostMinor: number;
  exactLimit: number;
}

export interface SellerChoice {
  /** The seller (column) chosen per part, or -1 when none in the set can supply it. */
  assignment: Int32Array;
  cost: number;
  uncovered: number;
  used: number;
  method: PlanMethod;
  lowerBound: number;
}

interface Evaluation {
  assignment: Int32Array;
  uncovered: number;
  cost: number;
  used: number;
}

function evaluate(costs: readonly Float64Array[], members: readonly number[], orderCost: number): Evaluation {
  const assignment = new Int32Array(costs.length).fill(-1);
  const used = new Set<number>();
  let cost = 0;
  let uncovered = 0;
  for (let d = 0; d < costs.length; d++) {
    const row = costs[d] as Float64Array;
    let best = -1;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const s of members) {
      const c = row[s] as number;
      if (c < bestCost) {
        bestCost = c;
        best = s;
      }
    }
    if (best < 0) {
      if (row.some(Number.isFinite)) uncovered++;
      continue;
    }
    assignment[d] = best;
    used.add(best);
    cost += bestCost;
  }
  return { assignment, uncovered, cost: cost + orderCost * used.size, used: used.size };
}

function better(a: Evaluation, b: Evaluation): boolean {
  return a.uncovered < b.uncovered || (a.uncovered === b.uncovered && a.cost < b.cost);
}

function combinations(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
  return result;
}

function* subsets(n: number, k: number): Generator<number[]> {
  const pick = Array.from({ length: k }, (_, i) => i);
  while (true) {
    yield [...pick];
    let i = k - 1;
    while (i >= 0 && pick[i] === n - k + i) i--;
    if (i < 0) return;
    (pick[i] as number)++;
    for (let j = i + 1; j < k; j++) pick[j] = (pick[j - 1] as number) + 1;
  }
}

export function chooseSellers(input: SellerChoiceInput): SellerChoice {
  const { costs, sellers, orderCostMinor } = input;
  const all = Array.from({ length: sellers }, (_, s) => s);
  const cheapest = evaluate(costs, all, orderCostMinor);
  const limit = Math.min(input.maxSellers ?? sellers, sellers);
  const lowerBound = lowerBoundOf(costs, cheapest.assignment, orderCostMinor);
  if (input.maxSellers === undefined && orderCostMinor === 0) {
    return { ...cheapest, method: 'per-part', lowerBound };
  }
  let work = 0;
  for (let k = 1; k <= limit; k++) work += combinations(sellers, k) * Math.max(1, costs.length);
  let best: Evaluation;
  let method: PlanMethod;
  if (work <= input.exactLimit) {
    method = 'exact';
    best = {
      assignment: new Int32Array(costs.length).fill(-1),
      uncovered: costs.length + 1,
      cost: 0,
      used: 0,
    };
    for (let k = 1; k <= limit; k++) {
      for (const members of subsets(sellers, k)) {
        const candidate = evaluate(costs, members, orderCostMinor);
        if (better(candidate, best)) best = candidate;
      }
    }
    if (sellers === 0) best = cheapest;
  } else {
    method = 'heuristic';
    best = heuristic(costs, cheapest, limit, orderCostMinor, sellers);
  }
  return {
    ...best,
    method,
    lowerBound: method === 'exact' ? best.cost : lowerBoundOf(costs, best.assignment, orderCostMinor),
  };
}

function heuristic(
  costs: readonly Float64Array[],
  cheapest: Evaluation,
  limit: number,
  orderCost: number,
  sellers: number,
): Evaluation {
  let members = [...new Set(Array.from(cheapest.assignment).filter((s) => s >= 0))];
  let current = evaluate(costs, members, orderCost);
  // Greedy removal: until the limit holds, and then while a removal saves money.
  while (members.length > 1) {
    let bestRemoval: { members: number[]; evaluation: Evaluation } | undefined;
    for (const s of members) {
      const rest = members.filter((m) => m !== s);
      const evaluation = evaluate(costs, rest, orderCost);
      if (!bestRemoval || better(evaluation, bestRemoval.evaluation))
        bestRemoval = { members: rest, evaluation };
    }
    if (!bestRemoval) break;
    if (members.length > limit || better(bestRemoval.evaluation, current)) {
      members = bestRemoval.members;
      current = bestRemoval.evaluation;
    } else break;
  }
  // One-for-one swaps with sellers outside the set, first improvement, a few rounds, within a fixed
  // amount of work (part × seller visits), so many sellers cannot make a plan slow.
  let work = 0;
  for (let round = 0; round < 5; round++) {
    let improved = false;
    for (let i = 0; i < members.length && !improved; i++) {
      for (let s = 0; s < sellers && !improved; s++) {
        if (members.includes(s)) continue;
        work += costs.length * members.length;
        if (work > SWAP_WORK) return current;
        const swapped = members.map((m, j) => (j === i ? s : m));
        const evaluation = evaluate(costs, swapped, orderCost);
        if (better(evaluation, current)) {
          members = swapped;
          current = evaluation;
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
  return current;
}

/** Each covered part at its cheapest seller, plus one order per seller that is some covered part's only option (at least one). */
function lowerBoundOf(costs: readonly Float64Array[], assignment: Int32Array, orderCost: number): number {
  let sum = 0;
  let covered = 0;
  const forced = new Set<number>();
  for (let d = 0; d < costs.length; d++) {
    if ((assignment[d] as number) < 0) continue;
    covered++;
    const row = costs[d] as Float64Array;
    let min = Number.POSITIVE_INFINITY;
    let options = 0;
    let only = -1;
    row.forEach((c, s) => {
      if (Number.isFinite(c)) {
        options++;
        only = s;
        if (c < min) min = c;
      }
    });
    sum += min;
    if (options === 1) forced.add(only);
  }
  return sum + orderCost * (covered > 0 ? Math.max(1, forced.size) : 0);
}
