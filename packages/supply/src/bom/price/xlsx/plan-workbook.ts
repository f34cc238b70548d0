/**
 * The purchase plan (and the priced BOM) as an XLSX workbook, written with exceljs: a Summary sheet
 * with the totals, the plan's lines, the orders by seller, and the BOM priced line by line. The sheets
 * hold the same tables as the CSV exports.
 */
import ExcelJS from 'exceljs';
import type { BomMatchResult } from '../../bom-types.js';
import { type ExportTable, planLinesTable, planOrdersTable, pricedBomTable } from '../export-tables.js';
import type { PurchasePlan } from '../plan-types.js';

function addTable(workbook: ExcelJS.Workbook, table: ExportTable): void {
  const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.header).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  sheet.columns.forEach((column, i) => {
    const widest = Math.max(
      (table.header[i] ?? '').length,
      ...table.rows.map((row) => String(row[i] ?? '').length),
    );
    column.width = Math.min(60, Math.max(8, widest + 2));
  });
}

function summary(workbook: ExcelJS.Workbook, plan: PurchasePlan, match: BomMatchResult | undefined): void {
  const sheet = workbook.addWorksheet('Summary');
  const rows: [string, string | number][] = [
    ['Currency', plan.currency],
    ['Boards', plan.buildQuantity],
    ['Parts subtotal', plan.subtotal.amount],
    ['Order costs', plan.orderCosts.amount],
    ['Total', plan.total.amount],
    ['Priced line by line', plan.perLineTotal.amount],
    ['Saving', plan.saving.amount],
    ['Sellers', plan.orders.length],
    ['Method', plan.method],
    ['Lower bound', plan.lowerBound.amount],
    ...plan.orders.map((o): [string, number] => [`Order: ${o.seller.name}`, o.total.amount]),
  ];
  if (match) rows.push(['Matched total (line by line)', match.total.amount]);
  for (const row of rows) sheet.addRow(row);
  sheet.getColumn(1).width = 32;
  sheet.getColumn(1).font = { bold: true };
  sheet.getColumn(2).width = 16;
}

/** A workbook with the plan's Summary, Plan and Orders sheets, and the Priced BOM when `match` is given. */
export function planWorkbook(plan: PurchasePlan, match?: BomMatchResult): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '@nexar/supply';
  summary(workbook, plan, match);
  addTable(workbook, planLinesTable(plan));
  addTable(workbook, planOrdersTable(plan));
  if (match) addTable(workbook, pricedBomTable(match));
  return workbook;
}

/** The workbook as XLSX file bytes. */
export async function planXlsx(plan: PurchasePlan, match?: BomMatchResult): Promise<Uint8Array> {
  const buffer = await planWorkbook(plan, match).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
