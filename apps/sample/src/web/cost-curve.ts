/**
 * BOM cost against build quantity. The BOM is matched once (at the quantity the user asked for) and
 * `repriceBom` prices the other quantities from the same offers: no request, no part spent.
 */
import { type BomMatchResult, type Money, repriceBom } from '@nexar/supply';

export interface CostPoint {
  quantity: number;
  /** Sum of the priced lines for `quantity` boards. */
  total: Money;
  /** `total / quantity`, in the currency's units. */
  perBoard: number;
  /** Lines with no price at this quantity (left out of the total). */
  unpriced: number;
}

/** 1, 2, 5, 10, 20, 50, ... up to 10,000 (or the asked quantity, if higher), with the asked quantity itself. */
export function curveQuantities(asked: number, upTo = 10_000): number[] {
  const quantities = new Set<number>([asked]);
  for (let decade = 1; decade <= Math.max(upTo, asked); decade *= 10) {
    for (const step of [1, 2, 5]) {
      if (decade * step <= Math.max(upTo, asked)) quantities.add(decade * step);
    }
  }
  return [...quantities].sort((a, b) => a - b);
}

export function costPoint(result: BomMatchResult): CostPoint {
  return {
    quantity: result.buildQuantity,
    total: result.total,
    perBoard: result.total.amount / result.buildQuantity,
    unpriced: result.summary.unpriced,
  };
}

/** The cost curve around a finished match: the same offers priced for each quantity, with no request sent. */
export function costCurve(matched: BomMatchResult, quantities: readonly number[]): CostPoint[] {
  return quantities.map((buildQuantity) => costPoint(repriceBom(matched, { buildQuantity })));
}
