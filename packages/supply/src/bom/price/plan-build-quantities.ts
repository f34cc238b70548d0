/** Plans for several build quantities from one match: the same offers re-priced, no request sent. */
import type { BomMatchResult } from '../bom-types.js';
import { planPurchase } from './plan-purchase.js';
import type { PlanPurchaseOptions, PurchasePlan } from './plan-types.js';

export interface BuildQuantityPlan {
  buildQuantity: number;
  plan: PurchasePlan;
  /** `plan.total / buildQuantity`, in the currency's units. */
  perBoard: number;
}

export function planBuildQuantities(
  match: BomMatchResult,
  quantities: readonly number[],
  options: Omit<PlanPurchaseOptions, 'buildQuantity'> = {},
): BuildQuantityPlan[] {
  return quantities.map((buildQuantity) => {
    const plan = planPurchase(match, { ...options, buildQuantity });
    return { buildQuantity, plan, perBoard: plan.total.amount / buildQuantity };
  });
}
