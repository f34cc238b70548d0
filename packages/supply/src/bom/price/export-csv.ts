/** CSV exports of a priced BOM and of a purchase plan. */
import type { BomMatchResult } from '../bom-types.js';
import { tableCsv } from './csv-text.js';
import { planLinesTable, planOrdersTable, pricedBomTable } from './export-tables.js';
import type { PurchasePlan } from './plan-types.js';

/** Every line priced on its own, with the part it matched and the chosen offer. */
export function pricedBomCsv(match: BomMatchResult): string {
  return tableCsv(pricedBomTable(match));
}

/** Every line of the plan: its seller, its share of the cost, why, flags and alternates. */
export function planCsv(plan: PurchasePlan): string {
  return tableCsv(planLinesTable(plan));
}

/** Every part to buy, grouped by seller. */
export function planOrdersCsv(plan: PurchasePlan): string {
  return tableCsv(planOrdersTable(plan));
}
