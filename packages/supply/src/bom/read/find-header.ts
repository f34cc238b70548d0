/**
 * The header row among a file's first rows: title blocks, report preambles and blank rows before it
 * are passed over. A row naming two or more fields wins over one naming only a part-number column
 * (which a preamble line such as `Part Number:, PCB-001` can look like).
 */
import { NexarBomError } from '../nexar-bom-error.js';
import { EXAMPLE_HEADERS, type HeaderMap, isBomHeader, mapHeader, nameColumns } from './bom-columns.js';
import type { ReadBomOptions } from './bom-read.js';
import type { CsvRow } from './csv-rows.js';
import { countableDesignators, splitDesignators } from './designators.js';

export interface FoundHeader {
  row: CsvRow;
  map: HeaderMap;
}

export function findHeader(rows: readonly CsvRow[], options: ReadBomOptions, label: string): FoundHeader {
  const searched = rows.slice(0, options.headerSearchRows ?? 50);
  let missing: string[] = [];
  let single: FoundHeader | undefined;
  for (const [i, row] of searched.entries()) {
    let map = promotePartColumn(mapHeader(row.cells), rows.slice(i + 1, i + 21));
    if (options.columns) {
      const named = nameColumns(map, row.cells, options.columns);
      if (named.missing.length > 0) {
        if (missing.length === 0 || named.missing.length < missing.length) missing = named.missing;
        continue;
      }
      map = named.map;
      if (isBomHeader(map)) return { row, map };
      continue;
    }
    if (!isBomHeader(map)) continue;
    if (fieldCount(map) >= 2) return { row, map };
    single ??= { row, map };
  }
  if (single) return single;
  throw new NexarBomError(
    [{ line: searched[0]?.line ?? 1, message: noHeader(searched, options, missing) }],
    [],
    label,
  );
}

/** Whether the rows have a BOM header (for choosing a workbook's sheet). */
export function hasBomHeader(rows: readonly CsvRow[], options: ReadBomOptions = {}): boolean {
  try {
    findHeader(rows, options, 'BOM');
    return true;
  } catch (error) {
    if (error instanceof NexarBomError) return false;
    throw error;
  }
}

function fieldCount(map: HeaderMap): number {
  const { columns } = map;
  return (['mpn', 'sku', 'manufacturer', 'quantity', 'designators', 'value'] as const).filter(
    (field) => columns[field] !== undefined,
  ).length;
}

/**
 * A hand-made `Part` column holds part numbers, an Eagle one designators: when a file has no
 * part-number column and the cells under `Part`/`Parts` are not designators, they are part numbers.
 */
function promotePartColumn(map: HeaderMap, below: readonly CsvRow[]): HeaderMap {
  const { columns } = map;
  const [column] = columns.designators ?? [];
  if (columns.mpn || columns.sku || columns.value || !column || !/^parts?$/i.test(column.header)) return map;
  const cells = below.map((row) => row.cells[column.index]?.trim() ?? '').filter((cell) => cell !== '');
  const designators = cells.filter((cell) => {
    const tokens = splitDesignators(cell);
    return tokens.length > 1
      ? countableDesignators(tokens)
      : /^[A-Z]{1,3}\d{1,3}[A-Z]?$/i.test(cell) && cell.length <= 5;
  }).length;
  if (cells.length === 0 || designators >= cells.length / 2) return map;
  const { designators: _moved, ...rest } = columns;
  return { ...map, columns: { ...rest, mpn: [column] } };
}

function noHeader(searched: readonly CsvRow[], options: ReadBomOptions, missing: readonly string[]): string {
  if (looksFixedWidth(searched)) {
    return 'this looks like fixed-width text (columns lined up with spaces), which cannot be split into columns reliably: export the BOM as CSV or XLSX.';
  }
  if (options.columns) {
    const names = (missing.length > 0 ? missing : Object.values(options.columns)).map((n) =>
      JSON.stringify(n),
    );
    return `no header found in the first ${searched.length} rows with the columns ${names.join(', ')}: check the names against the file's header.`;
  }
  return `no header found in the first ${searched.length} rows: expected an MPN column (${EXAMPLE_HEADERS.mpn.join(', ')}, ...) or a distributor part number column (${EXAMPLE_HEADERS.sku.join(', ')}, ...). Name the columns with the "columns" option.`;
}

/** Text in one cell per row with columns lined up by runs of spaces (Eagle's text parts list, report printouts). */
function looksFixedWidth(rows: readonly CsvRow[]): boolean {
  const filled = rows.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  const single = filled.filter((row) => row.cells.filter((cell) => cell.trim() !== '').length === 1);
  const spaced = single.filter((row) => /\S {2,}\S.* {2,}\S/.test(row.cells.join(' ')));
  return filled.length > 0 && single.length >= filled.length * 0.8 && spaced.length >= 2;
}
