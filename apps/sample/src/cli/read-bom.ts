/**
 * A BOM file (CSV, TSV, XLSX or JSON) as lines `matchBom` takes, with what was read: the columns,
 * encoding, delimiter and the rows skipped. Bad input becomes one line naming the file and row.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type BomField,
  type BomLine,
  type BomRead,
  NexarBomError,
  parseBomJson,
  readBomBytes,
} from '@nexar/supply';
import { UsageError } from './errors.js';
import { inCliWords } from './invocation.js';

/** The example that ships with the sample, found next to this module so any working folder will do. */
export const EXAMPLE_BOM = fileURLToPath(new URL('../../data/example-bom.csv', import.meta.url));

export interface ReadBomOptions {
  columns?: Partial<Record<BomField, string>> | undefined;
  /** A workbook's sheet: name or 1-based number. */
  sheet?: string | undefined;
}

export interface ReadBom {
  file: string;
  lines: BomLine[];
  /** How a CSV or XLSX file was read (JSON files have no columns to report). */
  read: BomRead | undefined;
}

export async function readBom(file: string = EXAMPLE_BOM, options: ReadBomOptions = {}): Promise<ReadBom> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'EISDIR' && code !== 'EACCES') throw error;
    throw new UsageError(`Cannot read ${file} (${code}): give the path of a CSV, XLSX or JSON BOM.`);
  }
  const workbook = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const json =
    !workbook &&
    (extname(file).toLowerCase() === '.json' || /^\s*[[{]/.test(bytes.subarray(0, 64).toString('utf8')));
  if (options.sheet !== undefined && !workbook) {
    throw new UsageError(`--sheet is for workbooks (.xlsx); ${file} is not one.`);
  }
  try {
    if (json) {
      if (options.columns)
        throw new UsageError('--columns is for CSV and XLSX files; a JSON BOM names its fields itself.');
      const lines = parseBomJson(bytes.toString('utf8'));
      if (lines.length === 0) throw new UsageError(`${file} has no BOM lines.`);
      return { file, lines, read: undefined };
    }
    const columns = options.columns ? { columns: options.columns } : {};
    let read: BomRead;
    if (workbook) {
      // The spreadsheet library is loaded only for workbooks.
      const { readBomXlsx } = await import('@nexar/supply/xlsx');
      const sheet =
        options.sheet === undefined
          ? {}
          : { sheet: /^\d+$/.test(options.sheet) ? Number(options.sheet) : options.sheet };
      read = await readBomXlsx(bytes, { ...columns, ...sheet });
    } else {
      read = readBomBytes(bytes, columns);
    }
    return { file, lines: read.lines, read };
  } catch (error) {
    if (!(error instanceof NexarBomError)) throw error;
    const [first] = error.problems;
    const more = error.problems.length > 1 ? ` (and ${error.problems.length - 1} more)` : '';
    throw new UsageError(
      inCliWords(`${file}, ${json ? 'item' : 'line'} ${first?.line ?? 1}: ${first?.message}${more}`),
    );
  }
}
