/**
 * BOM cost against build quantity. The BOM is matched once (at the quantity the user asked for); the
 * other quantities are priced by `matchBom` again from the result cache, which holds every line's
 * answer: no request is sent and no part is spent for them.
 */
import type { BomLine, BomMatchResult, Money, SupplyClient } from '@nexar/supply';
import { matchBom, planBom } from '@nexar/supply';

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

export function costPoint(result: BomMatchResult, failedLines = 0): CostPoint {
  return {
    quantity: result.buildQuantity,
    total: result.total,
    perBoard: result.total.amount / result.buildQuantity,
    unpriced: result.summary.unpriced + failedLines,
  };
}

/**
 * The cost curve around a finished match. Only the lines it answered are priced again, and only when
 * `planBom` confirms each of their answers is cached, so the curve never sends a request.
 */
export async function costCurve(
  matched: BomMatchResult,
  options: { client: SupplyClient; quantities: readonly number[]; signal?: AbortSignal },
): Promise<CostPoint[]> {
  const answered: BomLine[] = matched.lines.filter((l) => l.status !== 'error').map((l) => l.line);
  const failed = matched.lines.length - answered.length;
  const { client, signal } = options;
  const currency = matched.currency;
  const fromCache = answered.length > 0 && (await planBom(answered, { client, currency })).requests === 0;
  const points = await Promise.all(
    options.quantities.map(async (buildQuantity) => {
      if (buildQuantity === matched.buildQuantity) return costPoint(matched);
      if (!fromCache) return undefined;
      return costPoint(await matchBom(answered, { client, buildQuantity, currency, signal }), failed);
    }),
  );
  return points.filter((p): p is CostPoint => p !== undefined);
}
