/**
 * The priced BOM and the purchase plan as tables (a header and rows of strings and numbers), the one
 * shape both the CSV and the XLSX exports write, so the two always hold the same columns and totals.
 */
import type { BomLineResult, BomMatchResult } from '../bom-types.js';
import type { PurchasePlan } from './plan-types.js';

export type Cell = string | number | boolean | null;

export interface ExportTable {
  name: string;
  header: string[];
  rows: Cell[][];
}

const designators = (line: { designators?: string[] }) => line.designators?.join(', ') ?? '';

function reasonOf(line: BomLineResult): string {
  if (line.status === 'not-found') return 'no part matches this line';
  if (line.status === 'error') return line.error ?? 'failed';
  return line.pricing && !line.pricing.priced ? line.pricing.reason : '';
}

/** One row per input line, priced on its own (`matchBom`'s pricing), with the part actually matched. */
export function pricedBomTable(match: BomMatchResult): ExportTable {
  return {
    name: 'Priced BOM',
    header: [
      'Line',
      'Designators',
      'MPN',
      'Manufacturer',
      'Quantity',
      'Need',
      'Status',
      'Matched MPN',
      'Matched Manufacturer',
      'Seller',
      'SKU',
      'Authorized',
      'Stock',
      'Order Qty',
      'Unit Price',
      'Extended',
      'Currency',
      'Note',
    ],
    rows: match.lines.map((line) => {
      const offer = line.pricing?.priced ? line.pricing.offer : undefined;
      return [
        line.index + 1,
        designators(line.line),
        line.line.mpn ?? line.line.sku ?? '',
        line.line.manufacturer ?? '',
        line.line.quantity,
        line.need,
        line.status,
        line.part?.mpn ?? '',
        line.part?.manufacturer.name ?? '',
        offer?.seller.name ?? '',
        offer?.sku ?? '',
        offer ? offer.authorized : null,
        offer?.stock ?? null,
        offer?.orderQuantity ?? null,
        offer?.unitPrice ?? null,
        offer ? offer.extended.amount : null,
        match.currency,
        reasonOf(line),
      ];
    }),
  };
}

/** One row per input line: its part, the seller bought from, its share of the cost, why, flags, alternates. */
export function planLinesTable(plan: PurchasePlan): ExportTable {
  const partOf = new Map(plan.parts.map((p) => [p.partId, p]));
  return {
    name: 'Plan',
    header: [
      'Line',
      'Designators',
      'MPN',
      'Matched MPN',
      'Manufacturer',
      'Need',
      'Overage',
      'Seller',
      'SKU',
      'Part Order Qty',
      'Unit Price',
      'Line Cost',
      'Currency',
      'Why',
      'Flags',
      'Unplanned',
      'Alternates',
    ],
    rows: plan.lines.map((line) => {
      const part = line.partId ? partOf.get(line.partId) : undefined;
      return [
        line.index + 1,
        designators(line.line),
        line.line.mpn ?? line.line.sku ?? '',
        part?.part.mpn ?? '',
        part?.part.manufacturer.name ?? line.line.manufacturer ?? '',
        line.need,
        line.overage,
        line.offer?.seller.name ?? '',
        line.offer?.sku ?? '',
        line.offer?.orderQuantity ?? null,
        line.offer?.unitPrice ?? null,
        line.cost ? line.cost.amount : null,
        plan.currency,
        line.why.map((w) => w.text).join(' '),
        line.flags.map((f) => f.kind).join(', '),
        line.unplanned ?? '',
        line.alternates.map((a) => a.part.mpn).join(', '),
      ];
    }),
  };
}

/** One row per part to buy, grouped by seller: what goes in each order. */
export function planOrdersTable(plan: PurchasePlan): ExportTable {
  return {
    name: 'Orders',
    header: [
      'Seller',
      'SKU',
      'MPN',
      'Manufacturer',
      'Lines',
      'Need',
      'Order Qty',
      'Unit Price',
      'Extended',
      'Currency',
    ],
    rows: plan.orders.flatMap((order) =>
      order.items.map((item) => [
        order.seller.name,
        item.offer?.sku ?? '',
        item.part.mpn,
        item.part.manufacturer.name,
        item.lineIndexes.map((i) => i + 1).join(', '),
        item.need,
        item.offer?.orderQuantity ?? null,
        item.offer?.unitPrice ?? null,
        item.offer ? item.offer.extended.amount : null,
        plan.currency,
      ]),
    ),
  };
}
