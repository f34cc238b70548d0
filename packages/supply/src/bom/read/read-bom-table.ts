/**
 * Rows of a table (from CSV or a worksheet) → BOM lines, with the row policy: every row is either an
 * orderable line or a skipped row with its reason, and only a file without any orderable line is an
 * error. Quantities come from a quantity column, else from the designators (ranges expanded); when
 * both exist and disagree, the designator count wins and the line says so.
 */
import type { BomLine, BomProblem } from '../bom-line.js';
import { NexarBomError } from '../nexar-bom-error.js';
import type { BomField, FieldColumn, HeaderMap } from './bom-columns.js';
import type { BomRead, BomReadWarning, BomSkippedRow, ReadBomOptions } from './bom-read.js';
import type { CsvRow } from './csv-rows.js';
import { countableDesignators, splitDesignators } from './designators.js';
import { findHeader } from './find-header.js';
import { isComponentValue, isPlaceholder, sellerOfSku, splitPartNumbers } from './part-numbers.js';
import { parseQuantityText } from './quantity.js';
import {
  boardFeature,
  isSummaryRow,
  notFittedReason,
  opensNotFittedSection,
  toolError,
} from './row-policy.js';

export type TableSource = Pick<BomRead, 'format' | 'encoding' | 'delimiter' | 'sheet'>;

export function readBomTable(
  rows: readonly CsvRow[],
  source: TableSource,
  options: ReadBomOptions = {},
): BomRead {
  const label = source.format === 'xlsx' ? 'XLSX' : 'CSV';
  const header = findHeader(rows, options, label);
  const headers = header.row.cells.map((cell) => cell.trim());
  const width = lastFilled(header.row.cells) + 1;
  const reader = new RowReader(header.map, headers);
  const lines: BomLine[] = [];
  const skipped: BomSkippedRow[] = [];
  const warnings: BomReadWarning[] = [];
  const headerKey = headers.join('\u0000').toLowerCase();
  let notFittedSection = false;
  for (const row of rows) {
    if (row.line <= header.row.line) continue;
    const cells = row.cells;
    if (cells.every((cell) => cell.trim() === '')) continue;
    const text = rowText(cells);
    const skip = (kind: BomSkippedRow['kind'], reason: string) =>
      skipped.push({ row: row.line, kind, reason, text });
    if (
      cells
        .map((cell) => cell.trim())
        .join('\u0000')
        .toLowerCase() === headerKey
    ) {
      skip('header', 'the header again');
      continue;
    }
    if (isSummaryRow(cells)) {
      skip('summary', 'a summary line, not a part');
      continue;
    }
    if (width > 1 && opensNotFittedSection(cells)) {
      notFittedSection = true;
      skip('not-fitted', 'the title of a section of parts not fitted');
      continue;
    }
    const extra = lastFilled(cells) + 1 - width;
    if (extra > 0) {
      warnings.push({
        row: row.line,
        message: `row ${row.line} has ${extra} more ${extra === 1 ? 'cell' : 'cells'} than the header (${width}): the cells after "${headers[width - 1] ?? width}" were not read; check that row's separators and quotes.`,
      });
    }
    const error = toolError(cells);
    if (error !== undefined) {
      skip('tool-error', `the exporting tool wrote an error here ("${clip(error)}")`);
      continue;
    }
    if (notFittedSection) {
      skip('not-fitted', 'in the section of parts not fitted');
      continue;
    }
    const outcome = reader.read(cells, row.line);
    if ('skip' in outcome) skip(outcome.skip, outcome.reason);
    else {
      lines.push(outcome.line);
      for (const message of outcome.line.warnings ?? [])
        warnings.push({ row: row.line, message: `row ${row.line}: ${message}` });
    }
  }
  if (lines.length === 0) {
    const problems: BomProblem[] =
      skipped.length > 0
        ? skipped.map((s) => ({ line: s.row, message: `${s.reason}; no orderable line in the file.` }))
        : [{ line: header.row.line, message: 'no lines under the header.' }];
    throw new NexarBomError(problems, [], label);
  }
  return {
    ...source,
    headerRow: header.row.line,
    columns: columnNames(header.map),
    lines,
    skipped,
    warnings,
  };
}

type RowOutcome = { line: BomLine } | { skip: BomSkippedRow['kind']; reason: string };

/** Reads one row against the header's columns. */
class RowReader {
  readonly #map: HeaderMap;
  readonly #headers: readonly string[];
  readonly #primary: FieldColumn[];
  readonly #alternates: FieldColumn[];
  /** Rows without part numbers read them from the Value/Comment column: the file has no part-number column. */
  readonly #fromValue: boolean;

  constructor(map: HeaderMap, headers: readonly string[]) {
    this.#map = map;
    this.#headers = headers;
    const mpn = map.columns.mpn ?? [];
    const firsts = mpn.filter((c) => !c.extra);
    this.#primary = firsts.length > 0 ? firsts : mpn.slice(0, 1);
    this.#alternates = mpn.filter((c) => !this.#primary.includes(c));
    this.#fromValue = mpn.length === 0 && map.columns.value !== undefined;
  }

  read(cells: readonly string[], row: number): RowOutcome {
    const columns = this.#map.columns;
    const first = (list: readonly FieldColumn[] | undefined) => {
      for (const column of list ?? []) {
        const value = cells[column.index]?.trim().replace(/\s+/g, ' ') ?? '';
        if (value !== '') return { value, column };
      }
      return undefined;
    };
    const cell = (field: BomField) => first(columns[field])?.value;
    const where = (column: FieldColumn) => `column "${column.header}"`;

    const notFitted = notFittedReason(cells, this.#headers, this.#map.fit, this.#map.description);
    if (notFitted) return { skip: 'not-fitted', reason: `not fitted: ${notFitted}` };

    const designatorText = cell('designators');
    const designators = designatorText ? splitDesignators(designatorText) : [];
    const mpnCell = first(this.#primary);
    const mpns = mpnCell ? splitPartNumbers(mpnCell.value).filter((p) => !isPlaceholder(p)) : [];
    for (const column of this.#alternates) {
      const value = cells[column.index]?.trim() ?? '';
      for (const alternate of splitPartNumbers(value))
        if (!isPlaceholder(alternate) && !mpns.includes(alternate)) mpns.push(alternate);
    }
    const skuCell = first(columns.sku);
    const sku = skuCell && !isPlaceholder(skuCell.value) ? skuCell.value : undefined;

    // A board feature is skipped unless the row names a real part for it (a test point's MPN, say).
    const feature = boardFeature(rowText(cells), designators);
    if (feature && sku === undefined && mpns.every((mpn) => !/\d/.test(mpn) || boardFeature(mpn, []))) {
      return { skip: 'board-feature', reason: `a board feature (${feature}), not a part to buy` };
    }
    if (mpns.length === 0 && sku === undefined) {
      if (this.#fromValue) {
        const valueCell = first(columns.value);
        const value = valueCell?.value ?? '';
        if (valueCell && !isPlaceholder(value) && !isComponentValue(value))
          mpns.push(...splitPartNumbers(value));
        else {
          return {
            skip: 'no-part-number',
            reason: valueCell
              ? `no part number: "${clip(value)}" in ${where(valueCell.column)} is a value, not a part number, and the file has no part-number column`
              : 'no part number and no value',
          };
        }
      } else if (mpnCell && isPlaceholder(mpnCell.value)) {
        return {
          skip: 'placeholder',
          reason: `placeholder part number "${clip(mpnCell.value)}" in ${where(mpnCell.column)}`,
        };
      } else if (skuCell) {
        return {
          skip: 'placeholder',
          reason: `placeholder part number "${clip(skuCell.value)}" in ${where(skuCell.column)}`,
        };
      } else {
        const named = [...this.#primary, ...(columns.sku ?? [])].map((c) => `"${c.header}"`).join(' or ');
        return { skip: 'no-part-number', reason: `no part number in ${named || 'the row'}` };
      }
    }

    const quantity = this.#quantity(cells, designators);
    if ('skip' in quantity) return quantity;

    const [mpn, ...alternates] = mpns;
    const manufacturer = mpn !== undefined ? cell('manufacturer') : undefined;
    const seller =
      sku !== undefined
        ? (skuCell?.column.seller ??
          (cell('seller') && !isPlaceholder(cell('seller') ?? '') ? cell('seller') : undefined) ??
          sellerOfSku(sku))
        : undefined;
    const reference = cell('reference');
    return {
      line: {
        ...(mpn !== undefined ? { mpn } : {}),
        ...(manufacturer && !isPlaceholder(manufacturer) ? { manufacturer } : {}),
        ...(alternates.length > 0 ? { alternates } : {}),
        ...(sku !== undefined ? { sku } : {}),
        ...(seller ? { seller } : {}),
        quantity: quantity.quantity,
        ...(designators.length > 0 ? { designators } : {}),
        ...(reference ? { reference } : {}),
        row,
        ...(quantity.warnings.length > 0 ? { warnings: quantity.warnings } : {}),
      },
    };
  }

  #quantity(
    cells: readonly string[],
    designators: readonly string[],
  ): { quantity: number; warnings: string[] } | { skip: BomSkippedRow['kind']; reason: string } {
    const columns = this.#map.columns.quantity;
    let text: string | undefined;
    let column: FieldColumn | undefined;
    for (const c of columns ?? []) {
      const value = cells[c.index]?.trim() ?? '';
      if (value !== '') {
        text = value;
        column = c;
        break;
      }
    }
    const counted = countableDesignators(designators) ? designators.length : undefined;
    if (text === undefined || column === undefined) {
      if (counted !== undefined) return { quantity: counted, warnings: [] };
      if (designators.length > 0) return { quantity: designators.length, warnings: [] };
      if (columns)
        return {
          skip: 'bad-quantity',
          reason: `no quantity in column "${columns[0]?.header}" and no designators to count`,
        };
      return { quantity: 1, warnings: [] };
    }
    const quantity = parseQuantityText(text);
    if (quantity === undefined) {
      return {
        skip: 'bad-quantity',
        reason: `quantity "${clip(text)}" in column "${column.header}" is not a quantity (a number, 0 or more)`,
      };
    }
    if (quantity === 0) {
      return {
        skip: 'zero-quantity',
        reason: `quantity 0 in column "${column.header}" (an alternate or a part not fitted)`,
      };
    }
    if (!Number.isInteger(quantity)) {
      return {
        quantity,
        warnings: [
          `fractional quantity ${quantity} in column "${column.header}" kept (wire, glue and other cut goods are ordered by length or volume)`,
        ],
      };
    }
    if (counted !== undefined && counted !== quantity) {
      return {
        quantity: counted,
        warnings: [
          `quantity ${quantity} in column "${column.header}" but ${counted} designators: ${counted} used per board (a quantity column is often for several boards, or stale)`,
        ],
      };
    }
    return { quantity, warnings: [] };
  }
}

function columnNames(map: HeaderMap): Partial<Record<BomField, string[]>> {
  const names: Partial<Record<BomField, string[]>> = {};
  for (const [field, columns] of Object.entries(map.columns) as [BomField, FieldColumn[]][]) {
    names[field] = columns.map((column) => column.header);
  }
  return names;
}

function lastFilled(cells: readonly string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if ((cells[i] ?? '').trim() !== '') return i;
  return -1;
}

function rowText(cells: readonly string[]): string {
  return clip(
    cells
      .slice(0, lastFilled(cells) + 1)
      .map((cell) => cell.trim().replace(/\s+/g, ' '))
      .join(' | '),
    240,
  );
}

const clip = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
