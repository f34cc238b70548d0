/** A purchase plan for people: orders per seller with their totals, the saving, flags and alternates. */
import type { PurchasePlan } from '@nexar/supply';
import { clip, count, money, table } from './format.js';

export function purchasePlanText(plan: PurchasePlan): string {
  const { currency } = plan;
  const out: string[] = [
    `Purchase plan for ${count(plan.buildQuantity, 'board')}: each part bought once.`,
    '',
  ];
  const rows = plan.orders.flatMap((order) =>
    order.items.map((item, i) => [
      i === 0 ? order.seller.name : '',
      item.offer?.sku ?? '',
      clip(item.part.mpn, 24),
      item.lineIndexes.map((n) => n + 1).join(','),
      (item.offer?.orderQuantity ?? 0).toLocaleString('en'),
      item.offer ? money(item.offer.extended.amount, currency) : '',
    ]),
  );
  out.push(
    table(['Seller', 'SKU', 'MPN', 'Lines', 'Order qty', 'Extended'], rows, [
      'left',
      'left',
      'left',
      'left',
      'right',
      'right',
    ]),
    '',
  );
  for (const order of plan.orders) {
    out.push(
      `  ${order.seller.name}: ${money(order.total.amount, currency)} (${count(order.items.length, 'part')})`,
    );
  }
  out.push(
    `Plan total: ${money(plan.total.amount, currency)} from ${count(plan.orders.length, 'seller')}; priced line by line: ${money(plan.perLineTotal.amount, currency)}. Buying each part once saves ${money(plan.saving.amount, currency)}.`,
  );
  if (plan.consolidation) {
    out.push(
      `Seller limits cost ${money(plan.consolidation.extraCost.amount, currency)} against the cheapest plan (${count(plan.consolidation.unconstrainedSellers, 'seller')}); method ${plan.method}, ${(plan.gap * 100).toFixed(1)}% above its lower bound.`,
    );
  }
  const notes: string[] = [];
  for (const line of plan.lines) {
    const flags = line.flags.filter((f) => f.kind !== 'stale-price').map((f) => f.message);
    const grouped = line.why.find((w) => w.code === 'grouped');
    if (grouped && plan.parts.find((p) => p.partId === line.partId)?.lineIndexes[0] === line.index) {
      notes.push(`  line ${line.index + 1}: ${grouped.text}`);
    }
    if (line.unplanned && line.status !== 'not-found')
      notes.push(`  line ${line.index + 1}: not planned: ${line.unplanned}`);
    for (const flag of flags) notes.push(`  line ${line.index + 1}: ${flag}`);
    if (line.alternates.length > 0) {
      const shown = line.alternates.slice(0, 3).map((a) => {
        const price = a.offer
          ? ` ${money(a.offer.extended.amount, currency)} at ${a.offer.seller.name}`
          : ' (no offer at the need)';
        return `${a.part.mpn}${price}`;
      });
      notes.push(`  line ${line.index + 1}: alternates: ${shown.join('; ')}`);
    }
  }
  const stale = plan.lines.filter((l) => l.flags.some((f) => f.kind === 'stale-price')).length;
  if (notes.length > 0) out.push('', ...notes);
  if (stale > 0)
    out.push(`  ${count(stale, 'line')} priced from offer data older than a day: check before ordering.`);
  return out.join('\n');
}

/** The plan in `--json`: orders with their totals, and each line's seller, cost, why and flags. */
export function planJson(plan: PurchasePlan) {
  return {
    total: plan.total.amount,
    perLineTotal: plan.perLineTotal.amount,
    saving: plan.saving.amount,
    method: plan.method,
    orders: plan.orders.map((o) => ({
      seller: o.seller.name,
      total: o.total.amount,
      items: o.items.map((i) => ({
        mpn: i.part.mpn,
        sku: i.offer?.sku ?? null,
        lines: i.lineIndexes.map((n) => n + 1),
        orderQuantity: i.offer?.orderQuantity ?? null,
        extended: i.offer?.extended.amount ?? null,
      })),
    })),
    lines: plan.lines.map((l) => ({
      line: l.index + 1,
      seller: l.offer?.seller.name ?? null,
      cost: l.cost?.amount ?? null,
      why: l.why.map((w) => w.text),
      flags: l.flags.map((f) => f.kind),
      unplanned: l.unplanned ?? null,
      alternates: l.alternates.map((a) => ({ mpn: a.part.mpn, extended: a.offer?.extended.amount ?? null })),
    })),
  };
}
