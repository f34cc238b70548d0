/** BOMs for demo projects: lines, quantities and designators like "R1, R4, R7". */
import type { Rng } from '../catalog/prng.js';
import type { BomItem, Component } from './design-types.js';

/** A library component with the designator prefix it is placed under. */
export interface Placeable {
  component: Component;
  prefix: string;
}

const QUANTITY: Readonly<Record<string, readonly [number, number]>> = {
  R: [1, 8],
  C: [1, 10],
  U: [1, 2],
  D: [1, 4],
  LED: [1, 4],
  Q: [1, 3],
  J: [1, 3],
  Y: [1, 1],
  L: [1, 2],
  FB: [1, 3],
};

/** A BOM line to place: a component and how many instances. */
export interface PlannedLine {
  placeable: Placeable;
  count: number;
}

export interface BomPlan {
  /** The board's lines, in order (a recipe's, or `randomLines` for a catalog without the recipe's parts). */
  lines: readonly PlannedLine[];
  /** Custom components to add as extra lines (unknown part numbers). */
  extras: readonly Placeable[];
  /** A component to add as a do-not-place line (all instances not fitted, quantity 0). */
  dnp?: Placeable | undefined;
}

/** A random mix of `count` lines from `library`: at least one IC, then the usual passives. */
export function randomLines(library: readonly Placeable[], count: number, rng: Rng): PlannedLine[] {
  const byPrefix = new Map<string, Placeable[]>();
  for (const p of library) byPrefix.set(p.prefix, [...(byPrefix.get(p.prefix) ?? []), p]);
  const order = [
    ...rng.sample(byPrefix.get('U') ?? [], Math.min(rng.int(1, 3), byPrefix.get('U')?.length ?? 0)),
    ...rng.shuffle(library.filter((p) => p.prefix !== 'U')),
  ];
  return order.slice(0, count).map((placeable) => {
    const [min, max] = QUANTITY[placeable.prefix] ?? [1, 2];
    return { placeable, count: rng.int(min, max) };
  });
}

export function buildBom(plan: BomPlan, rng: Rng): BomItem[] {
  const picks: { placeable: Placeable; count: number; fitted: boolean }[] = plan.lines.map((line) => ({
    ...line,
    fitted: true,
  }));
  for (const extra of plan.extras) picks.push({ placeable: extra, count: 1, fitted: true });
  if (plan.dnp) picks.push({ placeable: plan.dnp, count: rng.int(1, 2), fitted: false });
  // Number designators per prefix in a shuffled order, so lines read "R1, R4, R7".
  const totals = new Map<string, number>();
  for (const pick of picks)
    totals.set(pick.placeable.prefix, (totals.get(pick.placeable.prefix) ?? 0) + pick.count);
  const pools = new Map<string, number[]>();
  for (const [prefix, total] of totals)
    pools.set(prefix, rng.shuffle(Array.from({ length: total }, (_, i) => i + 1)));
  return picks.map((pick) => {
    const pool = pools.get(pick.placeable.prefix) ?? [];
    const numbers = pool.splice(0, pick.count).sort((a, b) => a - b);
    const designators = numbers.map((n) => `${pick.placeable.prefix}${n}`);
    return {
      component: pick.placeable.component,
      quantity: pick.fitted ? designators.length : 0,
      bomItemInstances: designators.map((designator) => ({
        designator,
        isFitted: pick.fitted,
        alternateComponent: null,
      })),
    };
  });
}

/** A variant of a BOM in which lines whose prefix is in `notFitted` are not placed. */
export function withoutFitting(items: readonly BomItem[], notFitted: ReadonlySet<string>): BomItem[] {
  return items.map((item) => {
    const prefix = item.bomItemInstances[0]?.designator.replace(/\d+$/, '') ?? '';
    if (!notFitted.has(prefix))
      return { ...item, bomItemInstances: item.bomItemInstances.map((i) => ({ ...i })) };
    return {
      ...item,
      quantity: 0,
      bomItemInstances: item.bomItemInstances.map((i) => ({ ...i, isFitted: false })),
    };
  });
}
