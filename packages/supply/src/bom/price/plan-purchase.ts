/**
 * `planPurchase`: turns a priced match into what a buyer acts on. Lines of the same part are bought
 * together, sellers are chosen for the whole BOM under the plan's rules, every choice says why, and
 * each line keeps its own share of the cost and its risk flags. No request is sent: the match's offers
 * are re-priced for the plan's build quantity, so plans for many quantities cost nothing.
 */
import type { BomMatchResult } from '../bom-types.js';
import { chooseOffer } from '../choose-offer.js';
import { extendedMinor, type Money, minorDigits, money } from '../money.js';
import { alternatesForPlan } from './alternate-pricing.js';
import { chooseSellers } from './choose-sellers.js';
import { needsOf, type PartDemand, partDemands } from './part-demands.js';
import { type CheckedPlanOptions, checkPlanOptions } from './plan-options.js';
import { reasonsFor } from './plan-reasons.js';
import type { PlanLine, PlannedPart, PlanPurchaseOptions, PurchasePlan, SellerOrder } from './plan-types.js';
import { riskFlags } from './risk-flags.js';
import { shareMinor } from './share-cost.js';

export function planPurchase(match: BomMatchResult, options: PlanPurchaseOptions = {}): PurchasePlan {
  const checked = checkPlanOptions(match, options);
  const { currency } = checked;
  const digits = minorDigits(currency);
  const orderCostMinor = extendedMinor(checked.orderCost, 1, digits);
  const demands = partDemands(match, checked);

  const sellerIds = [...new Set(demands.flatMap((d) => [...d.bySeller.keys()]))].sort();
  const column = new Map(sellerIds.map((id, i) => [id, i]));
  const costs = demands.map((demand) => {
    const row = new Float64Array(sellerIds.length).fill(Number.POSITIVE_INFINITY);
    for (const [id, quote] of demand.bySeller) row[column.get(id) as number] = quote.extended.minor;
    return row;
  });
  const choice = chooseSellers({
    costs,
    sellers: sellerIds.length,
    maxSellers: checked.maxSellers,
    orderCostMinor,
    exactLimit: checked.exactLimit,
  });
  const consolidating = checked.maxSellers !== undefined || orderCostMinor > 0;
  const unconstrained = consolidating
    ? chooseSellers({
        costs,
        sellers: sellerIds.length,
        maxSellers: undefined,
        orderCostMinor: 0,
        exactLimit: 0,
      })
    : undefined;

  const parts: PlannedPart[] = demands.map((demand, d) => {
    const column = choice.assignment[d] as number;
    const offer = column >= 0 ? demand.bySeller.get(sellerIds[column] as string) : undefined;
    return {
      partId: demand.partId,
      part: demand.part,
      lineIndexes: demand.lines.map((l) => l.index),
      need: demand.need,
      overage: demand.overage,
      offer,
      why: offer
        ? reasonsFor(demand, offer, {
            authorizedOnly: checked.authorizedOnly,
            backorder: checked.backorder,
            consolidating,
          })
        : [],
      unplanned: offer ? undefined : (demand.refused ?? limitRefusal(demand, checked.maxSellers)),
      flags: riskFlags(demand.part, {
        need: demand.need,
        offer,
        authorizedOnly: checked.authorizedOnly,
        longLeadDays: checked.longLeadDays,
        priceMaxAgeMs: checked.priceMaxAgeMs,
        now: checked.now,
      }),
    };
  });

  const lines = planLines(match, checked, demands, parts, options);
  const orders = sellerOrders(parts, currency, orderCostMinor);
  const subtotalMinor = orders.reduce((sum, o) => sum + o.subtotal.minor, 0);
  const orderCostsMinor = orders.reduce((sum, o) => sum + o.orderCost.minor, 0);
  const baseline = perLineBaseline(match, lines, checked);
  const plannedParts = parts.filter((p) => p.offer);
  return {
    currency,
    buildQuantity: checked.buildQuantity,
    lines,
    parts,
    orders,
    total: money(currency, subtotalMinor + orderCostsMinor),
    subtotal: money(currency, subtotalMinor),
    orderCosts: money(currency, orderCostsMinor),
    perLineTotal: money(currency, baseline.perLine),
    saving: money(currency, baseline.perLine - baseline.planned),
    consolidation: unconstrained
      ? {
          unconstrainedTotal: money(currency, unconstrained.cost + orderCostMinor * unconstrained.used),
          unconstrainedSellers: unconstrained.used,
          extraCost: money(
            currency,
            subtotalMinor + orderCostsMinor - (unconstrained.cost + orderCostMinor * unconstrained.used),
          ),
          sellers: orders.length,
        }
      : undefined,
    method: choice.method,
    lowerBound: money(currency, choice.lowerBound),
    gap:
      choice.lowerBound > 0 ? (subtotalMinor + orderCostsMinor - choice.lowerBound) / choice.lowerBound : 0,
    summary: {
      lines: lines.length,
      parts: parts.length,
      planned: plannedParts.length,
      unplannedLines: lines.filter((l) => !l.offer).length,
      flaggedLines: lines.filter((l) => l.flags.length > 0).length,
    },
  };
}

function limitRefusal(demand: PartDemand, maxSellers: number | undefined): string {
  const names = [...demand.bySeller.values()].map((q) => q.seller.name).join(', ');
  return `none of the ${maxSellers} sellers the plan is limited to (maxSellers) offers it; it is offered by ${names}.`;
}

function planLines(
  match: BomMatchResult,
  checked: CheckedPlanOptions,
  demands: readonly PartDemand[],
  parts: readonly PlannedPart[],
  options: PlanPurchaseOptions,
): PlanLine[] {
  const byLine = new Map<number, { part: PlannedPart; cost: Money | undefined }>();
  demands.forEach((demand, d) => {
    const part = parts[d] as PlannedPart;
    const shares = part.offer
      ? shareMinor(
          part.offer.extended.minor,
          demand.lines.map((l) => l.need + l.overage),
        )
      : undefined;
    demand.lines.forEach((l, i) => {
      byLine.set(l.index, { part, cost: shares ? money(checked.currency, shares[i] as number) : undefined });
    });
  });
  const alternates = alternatesForPlan(options.alternates ?? [], match, checked);
  return needsOf(match, checked).map((need) => {
    const result = match.lines[need.index] as BomMatchResult['lines'][number];
    const planned = byLine.get(need.index);
    const unplanned = planned
      ? planned.part.unplanned
      : result.status === 'not-found'
        ? 'no part matches this line.'
        : result.status === 'error'
          ? (result.error ?? 'the line failed.')
          : 'no part was chosen for this line.';
    return {
      index: need.index,
      line: result.line,
      status: result.status,
      partId: planned?.part.partId,
      need: need.need,
      overage: need.overage,
      offer: planned?.part.offer,
      cost: planned?.cost,
      why: planned?.part.why ?? [],
      flags: planned?.part.flags ?? [],
      unplanned,
      alternates: alternates.get(need.index) ?? [],
    };
  });
}

function sellerOrders(
  parts: readonly PlannedPart[],
  currency: string,
  orderCostMinor: number,
): SellerOrder[] {
  const orders = new Map<string, SellerOrder>();
  for (const part of parts) {
    if (!part.offer) continue;
    let order = orders.get(part.offer.seller.id);
    if (!order) {
      order = {
        seller: part.offer.seller,
        items: [],
        subtotal: money(currency, 0),
        orderCost: money(currency, orderCostMinor),
        total: money(currency, 0),
      };
      orders.set(part.offer.seller.id, order);
    }
    order.items.push(part);
    order.subtotal = money(currency, order.subtotal.minor + part.offer.extended.minor);
    order.total = money(currency, order.subtotal.minor + orderCostMinor);
  }
  return [...orders.values()].sort(
    (a, b) => b.total.minor - a.total.minor || a.seller.name.localeCompare(b.seller.name),
  );
}

/**
 * Per-line pricing of the same lines (each at its own need with its overage, as `matchBom` prices
 * them), against the plan's shares, over the lines both price.
 */
function perLineBaseline(
  match: BomMatchResult,
  lines: readonly PlanLine[],
  checked: CheckedPlanOptions,
): { perLine: number; planned: number } {
  let perLine = 0;
  let planned = 0;
  for (const line of lines) {
    const part = match.lines[line.index]?.part;
    if (!part || !line.cost) continue;
    const pricing = chooseOffer(part.sellers, line.need + line.overage, checked.currency, {
      nonAuthorized: !checked.authorizedOnly,
      partialStock: checked.backorder,
    });
    if (!pricing.priced) continue;
    perLine += pricing.offer.extended.minor;
    planned += line.cost.minor;
  }
  return { perLine, planned };
}
