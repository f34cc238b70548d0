/**
 * The cost curve from purchase plans: the BOM matched once, and a plan for each build quantity from
 * the same offers (no request, no part), so every point of the chart is the plan the page shows at
 * that quantity.
 */
import { type BomMatchResult, type PlanPurchaseOptions, planBuildQuantities } from '@nexar/supply';
import type { CostPoint } from './cost-curve.js';

export function planCostCurve(
  matched: BomMatchResult,
  quantities: readonly number[],
  options: Omit<PlanPurchaseOptions, 'buildQuantity'> = {},
): CostPoint[] {
  return planBuildQuantities(matched, quantities, options).map(({ buildQuantity, plan, perBoard }) => ({
    quantity: buildQuantity,
    total: plan.total,
    perBoard,
    unpriced: plan.summary.unplannedLines,
  }));
}
