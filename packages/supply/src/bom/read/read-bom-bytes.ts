/**
 * A BOM file's bytes → lines: the encoding is detected (UTF-8 with or without BOM, UTF-16 LE/BE,
 * Windows-1252) and reported; PDFs, old `.xls` workbooks, HTML pages and other binaries get one
 * line saying to export the BOM as CSV or XLSX. Workbooks (`.xlsx`) are read by `readBomXlsx` from
 * `@nexar/supply/xlsx`, which keeps its spreadsheet library out of this entry.
 */
import { NexarBomError } from '../nexar-bom-error.js';
import { describe, type ParseBomCsvOptions, readBomCsv } from './bom-csv.js';
import type { BomRead } from './bom-read.js';
import { decodeText } from './decode-text.js';
import { fileKind, unsupportedMessage } from './file-kind.js';

export function readBomBytes(bytes: Uint8Array, options: Omit<ParseBomCsvOptions, 'encoding'> = {}): BomRead {
  if (!(bytes instanceof Uint8Array)) {
    throw new TypeError(
      `readBomBytes takes the file's bytes as a Uint8Array (or Buffer), got ${describe(bytes)}.`,
    );
  }
  const kind = fileKind(bytes);
  if (kind.kind === 'xlsx') {
    throw new NexarBomError(
      [{ line: 1, message: 'this is a workbook (XLSX): read it with readBomXlsx from @nexar/supply/xlsx.' }],
      [],
      'file',
    );
  }
  if (kind.kind === 'unsupported') {
    throw new NexarBomError(
      [{ line: 1, message: unsupportedMessage(kind.looksLike ?? 'not a text file') }],
      [],
      'file',
    );
  }
  const { text, encoding } = decodeText(bytes);
  return readBomCsv(text, { ...options, encoding });
}
