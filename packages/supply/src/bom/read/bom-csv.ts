/**
 * BOM lines from CSV, TSV or `;`-separated text. The header row is found among the first rows
 * (title blocks and other preambles before it are skipped), the delimiter is detected unless given,
 * and each row is an orderable line or a skipped row with its reason.
 */
import type { BomLine } from '../bom-line.js';
import type { BomRead, ReadBomOptions } from './bom-read.js';
import { type CsvDelimiter, detectDelimiter, readCsvRows } from './csv-rows.js';
import type { BomEncoding } from './decode-text.js';
import { readBomTable } from './read-bom-table.js';

export interface ParseBomCsvOptions extends ReadBomOptions {
  /** Default: detected from the file (`,`, `;` or tab). */
  delimiter?: CsvDelimiter;
  /** The encoding the text was decoded from, to report (default `utf-8`). */
  encoding?: BomEncoding;
}

/** Reads CSV text: lines, skipped rows, the columns, delimiter and encoding. Throws `NexarBomError` when no line is orderable. */
export function readBomCsv(text: string, options: ParseBomCsvOptions = {}): BomRead {
  if (typeof text !== 'string') {
    throw new TypeError(`readBomCsv takes the file's text as a string, got ${describe(text)}.`);
  }
  checkOptions(options, 'readBomCsv');
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const bom = text.charCodeAt(0) === 0xfeff;
  const encoding = options.encoding ?? (bom ? 'utf-8-bom' : 'utf-8');
  return readBomTable(readCsvRows(text, delimiter), { format: 'csv', encoding, delimiter }, options);
}

/** The orderable lines of a CSV BOM (see `readBomCsv` for the rows skipped and why). */
export function parseBomCsv(text: string, options: ParseBomCsvOptions = {}): BomLine[] {
  if (typeof text !== 'string') {
    throw new TypeError(`parseBomCsv takes the file's text as a string, got ${describe(text)}.`);
  }
  return readBomCsv(text, options).lines;
}

export function checkOptions(options: unknown, name: string): void {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`${name} takes an options object as its second argument, got ${describe(options)}.`);
  }
  const { columns } = options as ReadBomOptions;
  if (columns === undefined) return;
  if (typeof columns !== 'object' || columns === null || Array.isArray(columns)) {
    throw new TypeError(
      `${name}: columns takes an object such as { mpn: 'Manf Part #' }, got ${describe(columns)}.`,
    );
  }
  for (const [field, name_] of Object.entries(columns)) {
    if (name_ !== undefined && (typeof name_ !== 'string' || name_.trim() === '')) {
      throw new TypeError(`${name}: columns.${field} takes a header name, got ${describe(name_)}.`);
    }
  }
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Uint8Array) return 'bytes';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}
