/**
 * Tables as RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break.
 * A text cell that a spreadsheet would run as a formula (starting with =, + or @) is written with a
 * leading apostrophe, so opening an export never runs anything.
 */
import type { Cell, ExportTable } from './export-tables.js';

function field(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell !== 'string') return String(cell);
  const text = /^[=+@]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function tableCsv(table: Pick<ExportTable, 'header' | 'rows'>): string {
  return [table.header, ...table.rows].map((row) => `${row.map(field).join(',')}\r\n`).join('');
}
