import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBomCsv } from './bom-csv.js';
import { NexarBomError } from './nexar-bom-error.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8');

function problemsOf(run: () => unknown): NexarBomError {
  try {
    run();
  } catch (error) {
    if (error instanceof NexarBomError) return error;
    throw error;
  }
  throw new Error('expected a NexarBomError');
}

describe('parseBomCsv: header detection per export style', () => {
  it('KiCad (Reference, Value, Footprint, Qty, MPN, Manufacturer)', () => {
    const lines = parseBomCsv(fixture('kicad.csv'));
    expect(lines).toHaveLength(5);
    expect(lines[0]).toEqual({
      mpn: 'GRM188R71H104KA93D',
      manufacturer: 'Murata',
      quantity: 4,
      designators: ['C1', 'C2', 'C3', 'C4'],
    });
    expect(lines.map((l) => l.mpn)).toEqual([
      'GRM188R71H104KA93D',
      'RC0603FR-0710KL',
      'NE555P',
      'LM358DR',
      '1N4148',
    ]);
  });

  it('legacy KiCad with a preamble (Ref, Qnty, Manufacturer_Part_Number)', () => {
    const lines = parseBomCsv(fixture('kicad-legacy.csv'));
    expect(lines.map((l) => [l.mpn, l.quantity, l.designators])).toEqual([
      ['GRM188R71H104KA93D', 2, ['C1', 'C2']],
      ['NE555P', 1, ['U1']],
      ['AMS1117-3.3', 1, ['U2']],
      ['B2B-XH-A(LF)(SN)', 3, ['J1', 'J2', 'J3']],
    ]);
  });

  it('Altium with its title block (Designator, Quantity, Manufacturer 1, Manufacturer Part Number 1, Supplier Part Number 1)', () => {
    const lines = parseBomCsv(fixture('altium.csv'));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toEqual({
      mpn: 'GRM188R71H104KA93D',
      manufacturer: 'Murata',
      sku: '490-1532-1-ND',
      quantity: 3,
      designators: ['C1', 'C2', 'C3'],
    });
    expect(lines[2]).toEqual({
      mpn: '74HC595D,653',
      manufacturer: 'Nexperia',
      quantity: 2,
      designators: ['U2', 'U3'],
    });
  });

  it('Octopart BOM tool, tab separated (Qty, MPN, Schematic Reference, Internal Part Number, SKU)', () => {
    const lines = parseBomCsv(fixture('octopart.tsv'));
    expect(lines.map((l) => l.reference)).toEqual(['RES-10K', 'IC-555', 'FET-IRLZ44', 'XTAL-32K', 'USB-C']);
    expect(lines[0]).toMatchObject({
      mpn: 'RC0603FR-0710KL',
      manufacturer: 'Yageo',
      quantity: 10,
      designators: ['R1-R10'],
    });
    expect(lines[1]).toEqual({ mpn: 'NE555P', quantity: 1, designators: ['U1'], reference: 'IC-555' });
    expect(lines[4]).toEqual({ sku: 'C6186', quantity: 1, designators: ['J1'], reference: 'USB-C' });
  });

  it('Octopart BOM tool, semicolon separated, quoted fields with delimiters and quotes', () => {
    const lines = parseBomCsv(fixture('octopart-semicolon.csv'));
    expect(lines.map((l) => [l.mpn, l.manufacturer, l.quantity])).toEqual([
      ['GRM188R71H104KA93D', 'Murata', 4],
      ['lm358-dr', 'TI', 1],
      ['NOSUCHPART-XYZ', undefined, 1],
    ]);
  });

  it('counts designators when there is no quantity column, and defaults to 1 without either', () => {
    expect(parseBomCsv('Designator,MPN\n"R1, R2, R3",RC0603FR-0710KL\n')[0]?.quantity).toBe(3);
    expect(parseBomCsv('MPN\nNE555P\nLM358DR\n').map((l) => l.quantity)).toEqual([1, 1]);
  });

  it('uses columns named by the caller', () => {
    const lines = parseBomCsv('Part,How many,Maker\nNE555P,5,TI\n', {
      columns: { mpn: 'Part', quantity: 'How many', manufacturer: 'Maker' },
    });
    expect(lines).toEqual([{ mpn: 'NE555P', quantity: 5, manufacturer: 'TI' }]);
  });
});

describe('parseBomCsv: bad rows', () => {
  it('lists every bad row with its file line number and keeps every good line', () => {
    const error = problemsOf(() => parseBomCsv(fixture('bad-rows.csv')));
    expect(error.problems.map((p) => p.line)).toEqual([3, 5, 6]);
    expect(error.problems[0]?.message).toContain('"two"');
    expect(error.problems[0]?.message).toContain('"Qty"');
    expect(error.problems[1]?.message).toContain('no part number in column "MPN"');
    expect(error.message).toMatch(/line 3: .*\n.*line 5: .*\n.*line 6: /);
    expect(error.lines.map((l) => l.mpn)).toEqual(['GRM188R71H104KA93D', 'NE555P', 'B2B-XH-A(LF)(SN)']);
  });

  it('counts lines across quoted line breaks', () => {
    const error = problemsOf(() => parseBomCsv('MPN,Qty,Note\nNE555P,1,"two\nlines"\n,1,x\n'));
    expect(error.problems).toEqual([expect.objectContaining({ line: 4 })]);
  });

  it('says which headers it accepts when none is found', () => {
    const error = problemsOf(() => parseBomCsv('Part,Count\nNE555P,1\n'));
    expect(error.problems[0]?.message).toMatch(/no header found .*MPN column.*"columns" option/);
  });
});
