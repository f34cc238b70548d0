/**
 * BOM lines from an Excel workbook (`.xlsx`), read with exceljs: the first sheet with a BOM header,
 * or the sheet asked for by name or number. Cells are read as the workbook shows them (formula
 * results, rich text, hyperlink text), then the same row policy as CSV applies.
 */
import ExcelJS from 'exceljs';
import { NexarBomError } from '../bom/nexar-bom-error.js';
import { checkOptions, describe } from '../bom/read/bom-csv.js';
import type { BomRead, ReadBomOptions } from '../bom/read/bom-read.js';
import type { CsvRow } from '../bom/read/csv-rows.js';
import { hasBomHeader } from '../bom/read/find-header.js';
import { readBomTable } from '../bom/read/read-bom-table.js';

export interface ReadBomXlsxOptions extends ReadBomOptions {
  /** The worksheet to read: its name (any case) or its number (1 = the first). Default: the first sheet with a BOM header. */
  sheet?: string | number;
}

export async function readBomXlsx(bytes: Uint8Array, options: ReadBomXlsxOptions = {}): Promise<BomRead> {
  if (!(bytes instanceof Uint8Array)) {
    throw new TypeError(
      `readBomXlsx takes the workbook's bytes as a Uint8Array (or Buffer), got ${describe(bytes)}.`,
    );
  }
  checkOptions(options, 'readBomXlsx');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new NexarBomError(
      [
        {
          line: 1,
          message: `not a readable XLSX workbook (${reason}): save it again from the spreadsheet, or export the BOM as CSV.`,
        },
      ],
      [],
      'XLSX',
    );
  }
  const sheets = workbook.worksheets;
  const names = sheets.map((sheet) => `"${sheet.name}"`).join(', ');
  if (options.sheet !== undefined) {
    const wanted = options.sheet;
    const sheet =
      typeof wanted === 'number'
        ? sheets[wanted - 1]
        : sheets.find((s) => s.name.trim().toLowerCase() === wanted.trim().toLowerCase());
    if (!sheet) {
      throw new NexarBomError(
        [
          {
            line: 1,
            message: `no sheet ${JSON.stringify(wanted)} in the workbook: its sheets are ${names || 'none'}.`,
          },
        ],
        [],
        'XLSX',
      );
    }
    return readBomTable(rowsOf(sheet), { format: 'xlsx', sheet: sheet.name }, options);
  }
  const tables = sheets.map((sheet) => ({ sheet, rows: rowsOf(sheet) }));
  const chosen = tables.find((table) => hasBomHeader(table.rows, options)) ?? tables[0];
  if (!chosen) {
    throw new NexarBomError([{ line: 1, message: 'the workbook has no sheets.' }], [], 'XLSX');
  }
  try {
    return readBomTable(chosen.rows, { format: 'xlsx', sheet: chosen.sheet.name }, options);
  } catch (error) {
    if (error instanceof NexarBomError && tables.length > 1 && !hasBomHeader(chosen.rows, options)) {
      const [first] = error.problems;
      throw new NexarBomError(
        [
          {
            line: first?.line ?? 1,
            message: `${first?.message ?? 'no header found'} (no sheet of ${names} has one; choose one with the "sheet" option)`,
          },
        ],
        [],
        'XLSX',
      );
    }
    throw error;
  }
}

function rowsOf(sheet: ExcelJS.Worksheet): CsvRow[] {
  const rows: CsvRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column)));
    rows.push({ line: rowNumber, cells });
  });
  return rows;
}

function cellText(cell: ExcelJS.Cell): string {
  return plain(cell.value);
}

/** A cell's value as the sheet shows it: formula results, rich text and hyperlink text, error values such as `#N/A`. */
function plain(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('error' in value) return String(value.error);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return plain(value.result as ExcelJS.CellValue);
  if ('hyperlink' in value)
    return typeof value.text === 'string' ? value.text : plain(value.text as ExcelJS.CellValue);
  return '';
}
