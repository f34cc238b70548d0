/** What reading a BOM file gives: the lines, the rows skipped and why, and how the file was read. */
import type { BomLine } from '../bom-line.js';
import type { BomField } from './bom-columns.js';
import type { CsvDelimiter } from './csv-rows.js';
import type { BomEncoding } from './decode-text.js';
import type { SkipKind } from './row-policy.js';

export interface BomSkippedRow {
  /** The file's row number (1-based; for a workbook, the sheet's row). */
  row: number;
  /** The group the reason belongs to, for counts ("2 not fitted, 1 fiducial"). */
  kind: SkipKind;
  /** Why, in words: `not fitted: "DNP" in column "Value"`. */
  reason: string;
  /** The row's cells, as read. */
  text: string;
}

export interface BomReadWarning {
  /** The row it is about, when it is about one. */
  row?: number;
  message: string;
}

export interface BomRead {
  format: 'csv' | 'xlsx';
  /** Text encoding read (CSV and other text files). */
  encoding?: BomEncoding;
  /** Delimiter read (CSV and other text files). */
  delimiter?: CsvDelimiter;
  /** Worksheet read (workbooks). */
  sheet?: string;
  /** Row of the header (1-based). */
  headerRow: number;
  /** Header names each field was read from, best first (`{ mpn: ['Manf Part #'], quantity: ['Qty'] }`). */
  columns: Partial<Record<BomField, string[]>>;
  /** Orderable lines in file order; each carries its `row`, and `warnings` when something was noticed. */
  lines: BomLine[];
  /** Rows that are not orderable lines, each with its reason. */
  skipped: BomSkippedRow[];
  /** Warnings about the file (rows with more cells than the header, ...) and its lines. */
  warnings: BomReadWarning[];
}

export interface ReadBomOptions {
  /**
   * Header names to read fields from, when detection gets them wrong: `{ mpn: 'Manf Part #', quantity: 'Qty' }`.
   * Fields not named keep their detected columns.
   */
  columns?: Partial<Record<BomField, string>>;
  /** How many rows to look through for the header (default 50). */
  headerSearchRows?: number;
}
