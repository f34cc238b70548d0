export { planCsv, planOrdersCsv, pricedBomCsv } from './export-csv.js';
export {
  type Cell,
  type ExportTable,
  planLinesTable,
  planOrdersTable,
  pricedBomTable,
} from './export-tables.js';
export {
  type AlternatesDryRun,
  type FindAlternatesOptions,
  findAlternates,
} from './find-alternates.js';
export { NexarPlanError } from './nexar-plan-error.js';
export { type OrderFile, type OrderFileLayout, orderFiles } from './order-files.js';
export { type BuildQuantityPlan, planBuildQuantities } from './plan-build-quantities.js';
export { planPurchase } from './plan-purchase.js';
export type {
  Alternate,
  LineAlternates,
  OverageRule,
  PlanLine,
  PlanMethod,
  PlannedPart,
  PlanPurchaseOptions,
  PlanReason,
  PlanReasonCode,
  PurchasePlan,
  RiskFlag,
  RiskKind,
  SellerOrder,
} from './plan-types.js';
export { type Lifecycle, lifecycleOf } from './risk-flags.js';
