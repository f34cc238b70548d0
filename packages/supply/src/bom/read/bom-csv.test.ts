import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NexarBomError } from '../nexar-bom-error.js';
import { parseBomCsv, readBomCsv } from './bom-csv.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/${name}`, import.meta.url), 'utf8');

function bomError(run: () => unknown): NexarBomError {
  try {
    run();
  } catch (error) {
    if (error instanceof NexarBomError) return error;
    throw error;
  }
  throw new Error('expected a NexarBomError');
}

describe('readBomCsv: header detection per export style', () => {
  it('KiCad (Reference, Value, Footprint, Qty, MPN, Manufacturer)', () => {
    const read = readBomCsv(fixture('kicad.csv'));
    expect(read.lines).toHaveLength(5);
    expect(read.lines[0]).toEqual({
      mpn: 'GRM188R71H104KA93D',
      manufacturer: 'Murata',
      quantity: 4,
      designators: ['C1', 'C2', 'C3', 'C4'],
      row: 2,
    });
    expect(read).toMatchObject({
      format: 'csv',
      encoding: 'utf-8',
      delimiter: ',',
      headerRow: 1,
      columns: {
        mpn: ['MPN'],
        manufacturer: ['Manufacturer'],
        quantity: ['Qty'],
        designators: ['Reference'],
      },
      skipped: [],
    });
  });

  it('legacy KiCad with a preamble (Ref, Qnty, Manufacturer_Part_Number)', () => {
    const read = readBomCsv(fixture('kicad-legacy.csv'));
    expect(read.headerRow).toBe(6);
    expect(read.lines.map((l) => [l.row, l.mpn, l.quantity, l.designators])).toEqual([
      [7, 'GRM188R71H104KA93D', 2, ['C1', 'C2']],
      [8, 'NE555P', 1, ['U1']],
      [9, 'AMS1117-3.3', 1, ['U2']],
      [10, 'B2B-XH-A(LF)(SN)', 3, ['J1', 'J2', 'J3']],
    ]);
  });

  it('Altium with its title block: the supplier part number carries its supplier', () => {
    const lines = parseBomCsv(fixture('altium.csv'));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toEqual({
      mpn: 'GRM188R71H104KA93D',
      manufacturer: 'Murata',
      sku: '490-1532-1-ND',
      seller: 'Digi-Key',
      quantity: 3,
      designators: ['C1', 'C2', 'C3'],
      row: 8,
    });
    // An NXP ordering code keeps its comma: "653" alone is no part number.
    expect(lines[2]).toMatchObject({ mpn: '74HC595D,653', quantity: 2 });
  });

  it('Octopart BOM tool, tab separated: ranges expanded, an LCSC number seen as one', () => {
    const lines = parseBomCsv(fixture('octopart.tsv'));
    expect(lines.map((l) => l.reference)).toEqual(['RES-10K', 'IC-555', 'FET-IRLZ44', 'XTAL-32K', 'USB-C']);
    expect(lines[0]?.designators).toHaveLength(10);
    expect(lines[4]).toEqual({
      sku: 'C6186',
      seller: 'LCSC',
      quantity: 1,
      designators: ['J1'],
      reference: 'USB-C',
      row: 6,
    });
  });

  it('semicolon separated, quoted fields with delimiters and quotes', () => {
    const read = readBomCsv(fixture('octopart-semicolon.csv'));
    expect(read.delimiter).toBe(';');
    expect(read.lines.map((l) => [l.mpn, l.manufacturer, l.quantity])).toEqual([
      ['GRM188R71H104KA93D', 'Murata', 4],
      ['lm358-dr', 'TI', 1],
      ['NOSUCHPART-XYZ', undefined, 1],
    ]);
  });

  it('counts designators when there is no quantity column, and defaults to 1 without either', () => {
    expect(parseBomCsv('Designator,MPN\n"R1, R2, R3",RC0603FR-0710KL\n')[0]?.quantity).toBe(3);
    expect(parseBomCsv('MPN\nNE555P\nLM358DR\n').map((l) => l.quantity)).toEqual([1, 1]);
  });

  it('the designator count wins over a quantity column that disagrees, and the line says so', () => {
    const [line] = parseBomCsv('MPN,Qty,Refs\nRC0603FR-0710KL,20,R1-R4\n');
    expect(line?.quantity).toBe(4);
    expect(line?.warnings?.[0]).toMatch(/quantity 20 in column "Qty" but 4 designators: 4 used/);
  });

  it('keeps fractional quantities with a warning', () => {
    const read = readBomCsv('MPN,Qty\nUL1007-22-BK,0.5\nNE555P,1\n');
    expect(read.lines.map((l) => l.quantity)).toEqual([0.5, 1]);
    expect(read.warnings).toEqual([{ row: 2, message: expect.stringContaining('fractional quantity 0.5') }]);
  });

  it('columns named by the caller replace only those fields: the others are still detected', () => {
    const read = readBomCsv('Part,Qty,Designator,Maker\nNE555P,2,"U1, U2",TI\n', {
      columns: { mpn: 'Part', manufacturer: 'Maker' },
    });
    expect(read.lines).toEqual([
      { mpn: 'NE555P', manufacturer: 'TI', quantity: 2, designators: ['U1', 'U2'], row: 2 },
    ]);
    expect(read.columns).toMatchObject({ mpn: ['Part'], quantity: ['Qty'], designators: ['Designator'] });
  });

  it('a column named for one field is not also read as another', () => {
    const read = readBomCsv('Comment,MPN,Qty\nLM358DR,X,1\n', { columns: { mpn: 'Comment' } });
    expect(read.lines[0]?.mpn).toBe('LM358DR');
    expect(read.columns.mpn).toEqual(['Comment']);
  });

  it('duplicate header names: the non-empty column wins', () => {
    const read = readBomCsv('MPN,MPN,Qty\nNE555P,,1\n,LM358DR,1\n');
    expect(read.lines.map((l) => l.mpn)).toEqual(['NE555P', 'LM358DR']);
  });

  it('warns about a row with more cells than the header, naming it, without shifting columns', () => {
    const read = readBomCsv('MPN,Qty\nNE555P,1\nLM358DR,2,oops,more\n');
    expect(read.lines.map((l) => [l.mpn, l.quantity])).toEqual([
      ['NE555P', 1],
      ['LM358DR', 2],
    ]);
    expect(read.warnings).toEqual([
      { row: 3, message: expect.stringMatching(/^row 3 has 2 more cells than the header/) },
    ]);
  });
});

describe('readBomCsv: one bad row never sinks a file', () => {
  it('skips each row that is no orderable line, with its row, reason and text, and keeps the rest', () => {
    const read = readBomCsv(fixture('bad-rows.csv'));
    expect(read.lines.map((l) => l.mpn)).toEqual(['GRM188R71H104KA93D', 'NE555P', 'B2B-XH-A(LF)(SN)']);
    expect(read.skipped.map((s) => [s.row, s.kind])).toEqual([
      [3, 'bad-quantity'],
      [5, 'no-part-number'],
      [6, 'bad-quantity'],
    ]);
    expect(read.skipped[0]?.reason).toBe(
      'quantity "two" in column "Qty" is not a quantity (a number, 0 or more)',
    );
    expect(read.skipped[0]?.text).toBe('R1 | 10k | two | RC0603FR-0710KL | Yageo');
  });

  it('is an error only when no row is orderable, listing why each was skipped', () => {
    const error = bomError(() => parseBomCsv('MPN,Qty\nNE555P,two\nTBD,1\n'));
    expect(error.problems.map((p) => p.line)).toEqual([2, 3]);
    expect(error.message).toMatch(/line 2: quantity "two".*\n.*line 3: placeholder part number "TBD"/);
  });

  it('counts lines across quoted line breaks', () => {
    const read = readBomCsv('MPN,Qty,Note\nNE555P,1,"two\nlines"\n,1,x\n');
    expect(read.skipped).toEqual([expect.objectContaining({ row: 4, kind: 'no-part-number' })]);
  });

  it('says which headers it accepts when none is found', () => {
    const error = bomError(() => parseBomCsv('Thing,Count\nNE555P,1\n'));
    expect(error.problems[0]?.message).toMatch(/no header found .*MPN column.*"columns" option/);
  });

  it('passes over a preamble line that looks like a one-column header', () => {
    const read = readBomCsv('Part Number:,PCB-001\nRevision:,B\nMPN,Qty\nNE555P,2\n');
    expect(read.headerRow).toBe(3);
    expect(read.lines).toEqual([{ mpn: 'NE555P', quantity: 2, row: 4 }]);
  });

  it('reads a hand-made Part column as part numbers, an Eagle one as designators', () => {
    expect(parseBomCsv('Part,Count\nNE555P,2\n')).toEqual([{ mpn: 'NE555P', quantity: 2, row: 2 }]);
    const eagle = parseBomCsv('Part;Value;Device;Package\nU1;NE555D;NE555D;SO08\nC1;100n;C-EU;C0603\n');
    expect(eagle.map((l) => [l.mpn, l.designators])).toEqual([['NE555D', ['U1']]]);
  });

  it('reads a part number from the Value column for a row with no distributor number, when there is no MPN column', () => {
    const read = readBomCsv('Comment,Designator,LCSC Part #\n100nF,C1,C1525\nAMS1117-3.3,U1,\n10k,R1,\n');
    expect(read.lines.map((l) => [l.mpn ?? null, l.sku ?? null])).toEqual([
      [null, 'C1525'],
      ['AMS1117-3.3', null],
    ]);
    expect(read.skipped.map((s) => s.kind)).toEqual(['no-part-number']);
  });

  it('names the columns it could not find when the caller named them', () => {
    const error = bomError(() => parseBomCsv('MPN,Qty\nNE555P,1\n', { columns: { mpn: 'Manf Part #' } }));
    expect(error.problems[0]?.message).toMatch(/with the columns "Manf Part #"/);
  });

  it('recognises fixed-width text and asks for CSV or XLSX', () => {
    const text =
      'Partlist\n\nPart     Value     Device      Package\n\nC1       100n      C-EUC0603   C0603\nR1       10k       R-EU_R0603  R0603\n';
    expect(bomError(() => parseBomCsv(text)).problems[0]?.message).toMatch(
      /fixed-width text.*export the BOM as CSV or XLSX/,
    );
  });

  it('refuses what is not text with a TypeError that says what to give', () => {
    expect(() => parseBomCsv(null as unknown as string)).toThrow(
      /parseBomCsv takes the file's text as a string, got null/,
    );
    expect(() => readBomCsv(42 as unknown as string)).toThrow(TypeError);
    expect(() => readBomCsv('MPN\nA1', 'x' as never)).toThrow(/options object/);
    expect(() => readBomCsv('MPN\nA1', { columns: { mpn: 3 as unknown as string } })).toThrow(
      /columns\.mpn takes a header name/,
    );
  });
});

describe('readBomCsv: board features', () => {
  it('skips a feature named in the part-number column, keeps one with a real part number', () => {
    const read = readBomCsv('Refs,MPN,Qty\n"FID1, FID2",Fiducial,2\n"TP1, TP2",5015,2\nU1,NE555P,1\n');
    expect(read.lines.map((l) => l.mpn)).toEqual(['5015', 'NE555P']);
    expect(read.skipped).toEqual([expect.objectContaining({ row: 2, kind: 'board-feature' })]);
  });
});
