/** What was read from a BOM file, for people (stderr, the skipped list) and for scripts (JSON). */
import type { BomField, BomLine, BomRead, BomSkippedRow } from '@nexar/supply';
import { count } from './format.js';

const FIELD_WORDS: [BomField, string][] = [
  ['mpn', 'part numbers'],
  ['sku', 'distributor part numbers'],
  ['manufacturer', 'manufacturers'],
  ['quantity', 'quantities'],
  ['designators', 'designators'],
  ['reference', 'line ids'],
];

const KIND_WORDS: Record<BomSkippedRow['kind'], (n: number) => string> = {
  'not-fitted': (n) => `${n} not fitted`,
  'board-feature': (n) => count(n, 'board feature'),
  'no-part-number': (n) => `${n} without part number`,
  placeholder: (n) => count(n, 'placeholder part number'),
  'zero-quantity': (n) => `${n} with quantity 0`,
  'bad-quantity': (n) => count(n, 'bad quantity', 'bad quantities'),
  'tool-error': (n) => count(n, 'tool error'),
  summary: (n) => count(n, 'summary line'),
  header: (n) => count(n, 'repeated header'),
};

/**
 * "Read bom.csv (CSV, utf-8, ','; header on row 1): part numbers from 'Manf Part #', quantities
 * from 'Qty', designators from 'Schematic Reference'; 3 rows skipped: 2 not fitted, 1 fiducial."
 */
export function describeRead(file: string, read: BomRead): string {
  const how = [
    read.format.toUpperCase(),
    ...(read.sheet !== undefined ? [`sheet '${read.sheet}'`] : []),
    ...(read.encoding ? [read.encoding] : []),
    ...(read.delimiter ? [read.delimiter === '\t' ? 'tab-separated' : `'${read.delimiter}'-separated`] : []),
    `header on row ${read.headerRow}`,
  ].join(', ');
  const from = FIELD_WORDS.flatMap(([field, words]) => {
    const names = read.columns[field];
    return names && names.length > 0 ? [`${words} from ${names.map((n) => `'${n}'`).join(' or ')}`] : [];
  });
  const columns = read.columns;
  if (!columns.mpn && columns.value) {
    const where = columns.sku ? ' where a row has no distributor part number' : '';
    from.splice(
      columns.sku ? 1 : 0,
      0,
      `part numbers from '${columns.value[0]}'${where} (no part-number column: values such as 100nF are skipped)`,
    );
  }
  if (!columns.quantity && !columns.designators)
    from.push('quantity 1 per line (no quantity or designator column)');
  return `Read ${file} (${how}): ${from.join(', ')}; ${count(read.lines.length, 'line')}, ${skippedSummary(read.skipped)}.`;
}

/** "3 rows skipped: 2 not fitted, 1 fiducial" (board features by their kind). */
export function skippedSummary(skipped: readonly BomSkippedRow[]): string {
  if (skipped.length === 0) return 'no row skipped';
  const groups = new Map<string, { n: number; say: (n: number) => string }>();
  for (const row of skipped) {
    // Board features by their kind: "1 fiducial", "2 mounting holes".
    const feature = row.kind === 'board-feature' ? /\(([^)]+)\)/.exec(row.reason)?.[1] : undefined;
    const say = feature ? (n: number) => count(n, feature) : KIND_WORDS[row.kind];
    const group = groups.get(feature ?? row.kind) ?? { n: 0, say };
    group.n++;
    groups.set(feature ?? row.kind, group);
  }
  const parts = [...groups.values()].map(({ n, say }) => say(n));
  return `${count(skipped.length, 'row')} skipped: ${parts.join(', ')}`;
}

/** One line per skipped row: where, why and what it held. */
export function skippedList(skipped: readonly BomSkippedRow[]): string {
  return skipped.map((row) => `  row ${row.row}: ${row.reason}\n      ${row.text}`).join('\n');
}

/** Warnings, at most `max`, then how many more. */
export function warningLines(read: BomRead, max = 5): string[] {
  const shown = read.warnings.slice(0, max).map((w) => `Warning: ${w.message}`);
  const more = read.warnings.length - shown.length;
  return more > 0 ? [...shown, `... and ${count(more, 'more warning')} (see --json).`] : shown;
}

/** A line as `--json` shows it: what was read, nulls for what was not. */
export function lineJson(line: BomLine) {
  return {
    row: line.row ?? null,
    mpn: line.mpn ?? null,
    manufacturer: line.manufacturer ?? null,
    alternates: line.alternates ?? [],
    sku: line.sku ?? null,
    seller: line.seller ?? null,
    quantity: line.quantity,
    designators: line.designators ?? [],
    reference: line.reference ?? null,
    warnings: line.warnings ?? [],
  };
}

/** How the file was read, for `--json`. */
export function readJson(file: string, read: BomRead) {
  return {
    file,
    format: read.format,
    encoding: read.encoding ?? null,
    delimiter: read.delimiter ?? null,
    sheet: read.sheet ?? null,
    headerRow: read.headerRow,
    columns: read.columns,
    skipped: read.skipped,
    warnings: read.warnings,
  };
}
