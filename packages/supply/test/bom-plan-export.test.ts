/** Exports of a priced BOM and its purchase plan read back (CSV parsed, XLSX opened) with the same totals. */
import type { Emulator } from '@nexar/emulator';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planPurchase } from '../src/bom/price/plan-purchase.js';
import { planXlsx } from '../src/bom/price/xlsx/index.js';
import { readCsvRows } from '../src/bom/read/csv-rows.js';
import {
  type BomMatchResult,
  matchBom,
  orderFiles,
  type PurchasePlan,
  planCsv,
  planOrdersCsv,
  pricedBomCsv,
} from '../src/index.js';
import { bomClient } from './bom-harness.js';
import { PLAN_BOM, startPlanEmulator } from './plan-harness.js';

let emu: Emulator;
let match: BomMatchResult;
let plan: PurchasePlan;

beforeAll(async () => {
  emu = await startPlanEmulator();
  // Other sellers allowed: LCSC wins RES-10K, so the plan has a Digi-Key order and an LCSC order.
  match = await matchBom([...PLAN_BOM, { mpn: 'ZZZ-NOPE-42', quantity: 1 }], { client: bomClient(emu) });
  plan = planPurchase(match, { authorizedOnly: false });
});
afterAll(() => emu?.close());

/** A CSV as records keyed by header. */
function records(csv: string): Record<string, string>[] {
  const [header, ...rows] = readCsvRows(csv, ',');
  return rows.map((row) =>
    Object.fromEntries((header?.cells ?? []).map((name, i) => [name, row.cells[i] ?? ''])),
  );
}

const cents = (values: readonly (string | number)[]) =>
  values.reduce<number>((sum, v) => sum + (v === '' ? 0 : Math.round(Number(v) * 100)), 0);

describe('CSV exports', () => {
  it('the priced BOM adds up to the match total and names the part matched', () => {
    const rows = records(pricedBomCsv(match));
    expect(rows).toHaveLength(5);
    expect(cents(rows.map((r) => r.Extended ?? ''))).toBe(match.total.minor);
    expect(rows[0]).toMatchObject({
      MPN: 'CAP-100N',
      'Matched MPN': 'CAP-100N',
      Seller: 'Mouser',
      Designators: 'C1',
    });
    expect(rows[4]).toMatchObject({ Status: 'not-found', Note: 'no part matches this line' });
  });

  it("the plan's line costs add up to its subtotal, and its orders to each seller's total", () => {
    const lines = records(planCsv(plan));
    expect(cents(lines.map((r) => r['Line Cost'] ?? ''))).toBe(plan.subtotal.minor);
    expect(lines[1]).toMatchObject({ Seller: 'LCSC', 'Matched MPN': 'RES-10K' });
    expect(lines[0]?.Why).toContain('bought together');
    const orders = records(planOrdersCsv(plan));
    for (const order of plan.orders) {
      const rows = orders.filter((r) => r.Seller === order.seller.name);
      expect(cents(rows.map((r) => r.Extended ?? ''))).toBe(order.subtotal.minor);
    }
  });

  it('writes one upload file per seller in its layout', () => {
    const files = orderFiles(plan);
    expect(files.map((f) => [f.layout, f.fileName])).toEqual([
      ['digikey', 'digikey-order.csv'],
      ['lcsc', 'lcsc-order.csv'],
      ['jlcpcb', 'jlcpcb-assembly-bom.csv'],
    ]);
    const digikey = records(files[0]?.csv ?? '');
    expect(digikey).toContainEqual({
      Quantity: '60',
      'Digi-Key Part Number': 'DK-CAP-100N',
      'Manufacturer Part Number': 'CAP-100N',
      Manufacturer: 'Murata',
      'Customer Reference': 'C1 C2',
    });
    expect(records(files[1]?.csv ?? '')).toEqual([
      {
        Quantity: '10',
        'LCSC Part Number': 'C10001',
        'Manufacture Part Number': 'RES-10K',
        Manufacturer: 'Yageo',
        'Customer #': 'line 2',
      },
    ]);
    expect(records(files[2]?.csv ?? '')[0]).toEqual({
      Comment: 'RES-10K',
      Designator: 'line 2',
      Footprint: '0603',
      'LCSC Part #': 'C10001',
    });
  });

  it('quotes fields and defuses cells a spreadsheet would run as formulas', async () => {
    const tricky = await matchBom(
      [{ mpn: 'CAP-100N', quantity: 1, designators: ['=HYPERLINK("x")', 'C "2"'] }],
      {
        client: bomClient(emu),
      },
    );
    const csv = pricedBomCsv(tricky);
    expect(records(csv)[0]?.Designators).toBe(`'=HYPERLINK("x"), C "2"`);
  });
});

describe('XLSX export', () => {
  it('opens with the same totals as the plan and the CSV', async () => {
    const bytes = await planXlsx(plan, match);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Summary', 'Plan', 'Orders', 'Priced BOM']);
    const column = (sheet: string, name: string) => {
      const ws = workbook.getWorksheet(sheet) as ExcelJS.Worksheet;
      const header = (ws.getRow(1).values as unknown[]).map(String);
      const values: (string | number)[] = [];
      ws.eachRow((row, n) => {
        if (n > 1) values.push((row.getCell(header.indexOf(name)).value as number | null) ?? '');
      });
      return values;
    };
    expect(cents(column('Plan', 'Line Cost'))).toBe(plan.subtotal.minor);
    expect(cents(column('Orders', 'Extended'))).toBe(plan.subtotal.minor);
    expect(cents(column('Priced BOM', 'Extended'))).toBe(match.total.minor);
    const summary = workbook.getWorksheet('Summary') as ExcelJS.Worksheet;
    const value = (label: string) => {
      let found: unknown;
      summary.eachRow((row) => {
        if (row.getCell(1).value === label) found = row.getCell(2).value;
      });
      return found;
    };
    expect(value('Total')).toBe(plan.total.amount);
    expect(value('Saving')).toBe(plan.saving.amount);
    expect(typeof column('Plan', 'Line Cost')[0]).toBe('number');
  });
});
