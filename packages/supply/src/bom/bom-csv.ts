/**
 * BOM lines from a CSV export. The header row is found among the first rows (title blocks and
 * other preambles before it are skipped), the delimiter is detected unless given, and every bad
 * row is reported with its line number.
 */

import {
  ACCEPTED_HEADERS,
  type BomColumns,
  type BomField,
  columnsByName,
  columnsOfHeader,
} from './bom-columns.js';
import type { BomLine, BomProblem } from './bom-line.js';
import { parseQuantity, partNumber, splitDesignators } from './check-line.js';
import { type CsvDelimiter, type CsvRow, detectDelimiter, readCsvRows } from './csv-rows.js';
import { NexarBomError } from './nexar-bom-error.js';

export interface ParseBomCsvOptions {
  /** Default: detected from the file (`,`, `;` or tab). */
  delimiter?: CsvDelimiter;
  /** Header names to use for fields, when the export's names are not recognised: `{ mpn: 'Comment' }`. */
  columns?: Partial<Record<BomField, string>>;
  /** How many rows to look through for the header (default 50). */
  headerSearchRows?: number;
}

/** The lines of a CSV BOM; throws `NexarBomError` listing every bad row (its `lines` keeps the good ones). */
export function parseBomCsv(text: string, options: ParseBomCsvOptions = {}): BomLine[] {
  const rows = readCsvRows(text, options.delimiter ?? detectDelimiter(text));
  const header = findHeader(rows, options);
  const lines: BomLine[] = [];
  const problems: BomProblem[] = [];
  for (const row of rows) {
    if (row.line <= header.row.line) continue;
    if (row.cells.every((cell) => cell.trim() === '')) continue;
    const checked = lineOfRow(row, header.columns, header.row.cells);
    if ('problems' in checked) problems.push(...checked.problems);
    else lines.push(checked.line);
  }
  if (problems.length > 0) throw new NexarBomError(problems, lines, 'CSV');
  return lines;
}

function findHeader(
  rows: readonly CsvRow[],
  options: ParseBomCsvOptions,
): { row: CsvRow; columns: BomColumns } {
  const searched = rows.slice(0, options.headerSearchRows ?? 50);
  for (const row of searched) {
    const detected = columnsOfHeader(row.cells) ?? {};
    if (options.columns) {
      const named = columnsByName(row.cells, options.columns);
      if (named.missing.length > 0) continue;
      const columns = { ...detected, ...named.columns };
      if (columns.mpn !== undefined || columns.sku !== undefined) return { row, columns };
    } else if (detected.mpn !== undefined || detected.sku !== undefined) {
      return { row, columns: detected };
    }
  }
  const wanted = options.columns
    ? `the columns ${Object.values(options.columns)
        .map((n) => JSON.stringify(n))
        .join(', ')}`
    : `a header row with an MPN column (${ACCEPTED_HEADERS.mpn.slice(0, 4).join(', ')}, ...) or a SKU column`;
  throw new NexarBomError(
    [
      {
        line: searched[0]?.line ?? 1,
        message: `no header found in the first ${searched.length} rows: expected ${wanted}. Name the columns with the "columns" option.`,
      },
    ],
    [],
    'CSV',
  );
}

function lineOfRow(
  row: CsvRow,
  columns: BomColumns,
  headerCells: readonly string[],
): { line: BomLine } | { problems: BomProblem[] } {
  const cell = (field: BomField): string | undefined => {
    const index = columns[field];
    const value = index === undefined ? undefined : row.cells[index]?.trim().replace(/\s+/g, ' ');
    return value === '' ? undefined : value;
  };
  const name = (field: BomField) => JSON.stringify(headerCells[columns[field] ?? -1]?.trim() ?? field);
  const problems: string[] = [];
  const mpn = partNumber(cell('mpn'));
  const sku = partNumber(cell('sku'));
  if (!mpn && !sku) {
    const where = columns.mpn !== undefined ? `column ${name('mpn')}` : `column ${name('sku')}`;
    problems.push(`no part number in ${where}: fill it in or remove the row.`);
  }
  const designatorText = cell('designators');
  const designators = designatorText ? splitDesignators(designatorText) : [];
  let quantity: number | undefined;
  const quantityText = cell('quantity');
  if (columns.quantity !== undefined && quantityText !== undefined) {
    quantity = parseQuantity(quantityText);
    if (quantity === undefined) {
      problems.push(
        `quantity ${JSON.stringify(quantityText)} in column ${name('quantity')}: give a positive whole number.`,
      );
    }
  } else if (designators.length > 0) {
    quantity = designators.length;
  } else if (columns.quantity !== undefined) {
    problems.push(
      `no quantity in column ${name('quantity')} and no designators to count: fill in the quantity.`,
    );
  } else {
    quantity = 1;
  }
  if (problems.length > 0 || quantity === undefined) {
    return { problems: problems.map((message) => ({ line: row.line, message })) };
  }
  const manufacturer = cell('manufacturer');
  const reference = cell('reference');
  return {
    line: {
      ...(mpn ? { mpn } : {}),
      ...(manufacturer ? { manufacturer } : {}),
      ...(sku ? { sku } : {}),
      quantity,
      ...(designators.length > 0 ? { designators } : {}),
      ...(reference ? { reference } : {}),
    },
  };
}
