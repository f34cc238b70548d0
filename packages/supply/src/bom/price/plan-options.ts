/** `planPurchase`'s options checked once, with defaults, each bad one a `NexarPlanError` that says what to give. */
import { DEFAULT_CACHE_TTL_MS } from '../../cache/result-cache.js';
import type { BomMatchResult } from '../bom-types.js';
import { NexarPlanError } from './nexar-plan-error.js';
import type { OverageRule, PlanPurchaseOptions } from './plan-types.js';

export interface CheckedPlanOptions {
  buildQuantity: number;
  currency: string;
  authorizedOnly: boolean;
  backorder: boolean;
  maxLeadDays: number | undefined;
  prefer: Set<string>;
  exclude: Set<string>;
  maxSellers: number | undefined;
  orderCost: number;
  overage: readonly OverageRule[];
  longLeadDays: number;
  priceMaxAgeMs: number;
  now: number;
  exactLimit: number;
}

function wholeNumber(option: string, value: number | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isSafeInteger(value) || value < min) {
    throw new NexarPlanError(option, `expected a whole number of ${min} or more, got ${value}.`);
  }
  return value;
}

function amount(option: string, value: number | undefined): number {
  if (value === undefined) return 0;
  if (!Number.isFinite(value) || value < 0) {
    throw new NexarPlanError(option, `expected an amount of 0 or more, got ${value}.`);
  }
  return value;
}

function names(option: string, values: readonly string[] | undefined): Set<string> {
  if (values === undefined) return new Set();
  if (!Array.isArray(values) || values.some((v) => typeof v !== 'string' || v.trim() === '')) {
    throw new NexarPlanError(option, 'expected a list of seller names or ids, e.g. ["Digi-Key", "Mouser"].');
  }
  return new Set(values.map((v) => v.trim().toLowerCase()));
}

export function checkPlanOptions(match: BomMatchResult, options: PlanPurchaseOptions): CheckedPlanOptions {
  if (options.currency !== undefined && options.currency.toUpperCase() !== match.currency) {
    throw new NexarPlanError(
      'currency',
      `the match was priced in ${match.currency}; match again with currency: '${options.currency.toUpperCase()}' to plan in it.`,
    );
  }
  if (options.stock !== undefined && options.stock !== 'whole-order' && options.stock !== 'backorder') {
    throw new NexarPlanError('stock', `expected 'whole-order' or 'backorder', got ${String(options.stock)}.`);
  }
  const prefer = names('preferSellers', options.preferSellers);
  const exclude = names('excludeSellers', options.excludeSellers);
  const both = [...prefer].filter((name) => exclude.has(name));
  if (both.length > 0) {
    throw new NexarPlanError('preferSellers', `${both.join(', ')} is both preferred and excluded; pick one.`);
  }
  for (const [i, rule] of (options.overage ?? []).entries()) {
    amount(`overage[${i}].percent`, rule.percent);
    wholeNumber(`overage[${i}].pieces`, rule.pieces, 0);
  }
  return {
    buildQuantity: wholeNumber('buildQuantity', options.buildQuantity, 1) ?? match.buildQuantity,
    currency: match.currency,
    authorizedOnly: options.authorizedOnly ?? true,
    backorder: options.stock === 'backorder',
    maxLeadDays: wholeNumber('maxLeadDays', options.maxLeadDays, 0),
    prefer,
    exclude,
    maxSellers: wholeNumber('maxSellers', options.maxSellers, 1),
    orderCost: amount('orderCost', options.orderCost),
    overage: options.overage ?? [],
    longLeadDays: wholeNumber('longLeadDays', options.longLeadDays, 0) ?? 84,
    priceMaxAgeMs: amount('priceMaxAgeMs', options.priceMaxAgeMs ?? DEFAULT_CACHE_TTL_MS),
    now: (options.now ?? Date.now)(),
    exactLimit: wholeNumber('exactLimit', options.exactLimit, 0) ?? 2_000_000,
  };
}
