/**
 * One upload file per seller of a plan, in the column layout that seller's BOM or cart upload page
 * reads, so an order is one upload away:
 * - Digi-Key (BOM Manager / list upload): Quantity, Digi-Key Part Number, Manufacturer Part Number,
 *   Manufacturer, Customer Reference.
 * - Mouser (BOM tool): Mouser Part Number, Manufacturer Part Number, Manufacturer, Quantity 1,
 *   Customer Part Number, Description.
 * - LCSC (BOM tool): Quantity, LCSC Part Number, Manufacture Part Number, Manufacturer, Customer #;
 *   plus a JLCPCB assembly BOM (Comment, Designator, Footprint, LCSC Part #) for boards JLCPCB assembles
 *   with those LCSC parts.
 * - Any other seller: a generic sheet (Seller, SKU, Manufacturer Part Number, Manufacturer, Quantity,
 *   Unit Price, Extended, Currency, Customer Reference).
 * The customer reference is the lines' designators (or line numbers), so bags arrive labelled.
 */
import { tableCsv } from './csv-text.js';
import type { Cell } from './export-tables.js';
import type { PlannedPart, PurchasePlan, SellerOrder } from './plan-types.js';

export type OrderFileLayout = 'digikey' | 'mouser' | 'lcsc' | 'jlcpcb' | 'generic';

export interface OrderFile {
  seller: { id: string; name: string };
  layout: OrderFileLayout;
  /** A file name for it, e.g. `digikey-order.csv`. */
  fileName: string;
  header: string[];
  rows: Cell[][];
  csv: string;
}

function layoutsOf(seller: { name: string }): OrderFileLayout[] {
  const name = seller.name.toLowerCase().replace(/[^a-z]/g, '');
  if (name.startsWith('digikey')) return ['digikey'];
  if (name.startsWith('mouser')) return ['mouser'];
  if (name.startsWith('lcsc')) return ['lcsc', 'jlcpcb'];
  return ['generic'];
}

function reference(plan: PurchasePlan, item: PlannedPart): string {
  const designators = item.lineIndexes.flatMap((i) => plan.lines[i]?.line.designators ?? []);
  const text =
    designators.length > 0 ? designators.join(' ') : `line ${item.lineIndexes.map((i) => i + 1).join(' ')}`;
  return text.replace(/[\r\n]+/g, ' ');
}

function packageOf(item: PlannedPart): string {
  return item.part.specs.find((s) => s.attribute.shortname === 'case_package')?.displayValue ?? '';
}

function table(
  plan: PurchasePlan,
  order: SellerOrder,
  layout: OrderFileLayout,
): { header: string[]; rows: Cell[][] } {
  const items = order.items.filter((item) => item.offer);
  const quantity = (item: PlannedPart) => item.offer?.orderQuantity ?? 0;
  const sku = (item: PlannedPart) => item.offer?.sku ?? '';
  switch (layout) {
    case 'digikey':
      return {
        header: [
          'Quantity',
          'Digi-Key Part Number',
          'Manufacturer Part Number',
          'Manufacturer',
          'Customer Reference',
        ],
        rows: items.map((i) => [
          quantity(i),
          sku(i),
          i.part.mpn,
          i.part.manufacturer.name,
          reference(plan, i),
        ]),
      };
    case 'mouser':
      return {
        header: [
          'Mouser Part Number',
          'Manufacturer Part Number',
          'Manufacturer',
          'Quantity 1',
          'Customer Part Number',
          'Description',
        ],
        rows: items.map((i) => [
          sku(i),
          i.part.mpn,
          i.part.manufacturer.name,
          quantity(i),
          reference(plan, i),
          i.part.shortDescription,
        ]),
      };
    case 'lcsc':
      return {
        header: ['Quantity', 'LCSC Part Number', 'Manufacture Part Number', 'Manufacturer', 'Customer #'],
        rows: items.map((i) => [
          quantity(i),
          sku(i),
          i.part.mpn,
          i.part.manufacturer.name,
          reference(plan, i),
        ]),
      };
    case 'jlcpcb':
      return {
        header: ['Comment', 'Designator', 'Footprint', 'LCSC Part #'],
        rows: items.map((i) => [i.part.mpn, reference(plan, i), packageOf(i), sku(i)]),
      };
    default:
      return {
        header: [
          'Seller',
          'SKU',
          'Manufacturer Part Number',
          'Manufacturer',
          'Quantity',
          'Unit Price',
          'Extended',
          'Currency',
          'Customer Reference',
        ],
        rows: items.map((i) => [
          order.seller.name,
          sku(i),
          i.part.mpn,
          i.part.manufacturer.name,
          quantity(i),
          i.offer?.unitPrice ?? null,
          i.offer ? i.offer.extended.amount : null,
          plan.currency,
          reference(plan, i),
        ]),
      };
  }
}

function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'seller'
  );
}

/** The upload files of every order of the plan (two for LCSC: its own and JLCPCB's assembly BOM). */
export function orderFiles(plan: PurchasePlan): OrderFile[] {
  return plan.orders.flatMap((order) =>
    layoutsOf(order.seller).map((layout) => {
      const { header, rows } = table(plan, order, layout);
      const base = layout === 'generic' ? slug(order.seller.name) : layout;
      return {
        seller: order.seller,
        layout,
        fileName: layout === 'jlcpcb' ? 'jlcpcb-assembly-bom.csv' : `${base}-order.csv`,
        header,
        rows,
        csv: tableCsv({ header, rows }),
      };
    }),
  );
}
