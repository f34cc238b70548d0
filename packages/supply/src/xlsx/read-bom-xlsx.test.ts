import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { NexarBomError } from '../bom/nexar-bom-error.js';
import { readBomXlsx } from './read-bom-xlsx.js';

/** A workbook built with exceljs, as a spreadsheet program would save it. */
async function workbook(sheets: Record<string, ExcelJS.CellValue[][]>): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function bomError(run: () => Promise<unknown>): Promise<NexarBomError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof NexarBomError) return error;
    throw error;
  }
  throw new Error('expected a NexarBomError');
}

const BOM: ExcelJS.CellValue[][] = [
  ['Bill of Materials'],
  [],
  ['Designator', 'Quantity', 'Manufacturer Part Number 1', 'Manufacturer 1', 'LCSC Part #'],
  ['C1, C2', 2, 'GRM188R71H104KA93D', 'Murata', 'C14663'],
  ['U1', { formula: '1*1', result: 1 }, { richText: [{ text: 'NE555' }, { text: 'P' }] }, 'TI', ''],
  ['FID1', 1, '', '', ''],
  ['U9', 1, { formula: 'VLOOKUP(A1,Z:Z,2,0)', result: { error: '#N/A' } } as ExcelJS.CellValue, '', ''],
];

describe('readBomXlsx', () => {
  it('reads the first sheet with a BOM header: formula results, rich text, error cells skipped', async () => {
    const read = await readBomXlsx(await workbook({ Cover: [['Project', 'Timer']], Parts: BOM }));
    expect(read).toMatchObject({ format: 'xlsx', sheet: 'Parts', headerRow: 3 });
    expect(read.encoding).toBeUndefined();
    expect(read.lines).toEqual([
      {
        mpn: 'GRM188R71H104KA93D',
        manufacturer: 'Murata',
        sku: 'C14663',
        seller: 'LCSC',
        quantity: 2,
        designators: ['C1', 'C2'],
        row: 4,
      },
      { mpn: 'NE555P', manufacturer: 'TI', quantity: 1, designators: ['U1'], row: 5 },
    ]);
    expect(read.skipped.map((s) => [s.row, s.kind])).toEqual([
      [6, 'board-feature'],
      [7, 'tool-error'],
    ]);
  });

  it('reads the sheet asked for, by name in any case or by number', async () => {
    const bytes = await workbook({ One: [['MPN'], ['LM358DR']], Two: [['MPN'], ['NE555P']] });
    expect((await readBomXlsx(bytes, { sheet: 'two' })).lines[0]?.mpn).toBe('NE555P');
    expect((await readBomXlsx(bytes, { sheet: 1 })).lines[0]?.mpn).toBe('LM358DR');
    const error = await bomError(() => readBomXlsx(bytes, { sheet: 'Three' }));
    expect(error.message).toContain('no sheet "Three" in the workbook: its sheets are "One", "Two".');
  });

  it('keeps auto-detection for the columns not named', async () => {
    const bytes = await workbook({
      BOM: [
        ['Part', 'Qty', 'Refs'],
        ['NE555P', 3, 'U1-U3'],
      ],
    });
    const read = await readBomXlsx(bytes, { columns: { mpn: 'Part' } });
    expect(read.lines).toEqual([{ mpn: 'NE555P', quantity: 3, designators: ['U1', 'U2', 'U3'], row: 2 }]);
  });

  it('says when no sheet has a header, and when the bytes are no workbook', async () => {
    const error = await bomError(async () => readBomXlsx(await workbook({ A: [['x']], B: [['y']] })));
    expect(error.message).toMatch(/no header found.*no sheet of "A", "B" has one/);
    const broken = await bomError(() => readBomXlsx(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])));
    expect(broken.message).toMatch(/not a readable XLSX workbook/);
    await expect(readBomXlsx(null as unknown as Uint8Array)).rejects.toThrow(TypeError);
  });
});
