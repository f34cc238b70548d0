import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NexarBomError } from '../nexar-bom-error.js';
import { checkLines, parseBomJson } from './bom-json.js';

const catchBomError = (run: () => unknown): NexarBomError => {
  try {
    run();
  } catch (error) {
    if (error instanceof NexarBomError) return error;
    throw error;
  }
  throw new Error('expected a NexarBomError');
};

describe('parseBomJson', () => {
  it('reads an object with lines: numeric strings, designators as text or list', () => {
    const lines = parseBomJson(
      readFileSync(new URL('../../../test/fixtures/bom.json', import.meta.url), 'utf8'),
    );
    expect(lines).toEqual([
      {
        mpn: 'NE555P',
        manufacturer: 'Texas Instruments',
        quantity: 2,
        designators: ['U1', 'U2'],
        reference: 'IC-555',
      },
      { mpn: 'LM358DR', quantity: 1, designators: ['U3'] },
      { sku: 'C6186', quantity: 1 },
    ]);
  });

  it('reads a bare array, and reports bad items by position with the good ones kept', () => {
    const error = catchBomError(() =>
      parseBomJson(
        JSON.stringify([
          { mpn: 'A1', quantity: 1 },
          { quantity: 2 },
          { mpn: 'B2', quantity: 0 },
          'C3',
          { mpn: 'D4', qty: 3 },
        ]),
      ),
    );
    expect(error.problems.map((p) => [p.line, p.field])).toEqual([
      [2, 'mpn'],
      [3, 'quantity'],
      [4, undefined],
    ]);
    expect(error.message).toContain('item 3: quantity 0');
    expect(error.lines).toEqual([
      { mpn: 'A1', quantity: 1 },
      { mpn: 'D4', quantity: 3 },
    ]);
  });

  it('quotes a bad quantity as given in code: NaN as NaN, a string as a string', () => {
    const error = catchBomError(() =>
      checkLines([
        { mpn: 'A1', quantity: Number.NaN },
        { mpn: 'B2', quantity: 'two' },
        { mpn: 'C3', quantity: Number.POSITIVE_INFINITY },
        { mpn: 'D4' },
      ]),
    );
    expect(error.problems.map((p) => p.message)).toEqual([
      'quantity NaN: give a positive whole number per board.',
      "quantity 'two' (a string): give a positive whole number per board.",
      'quantity Infinity: give a positive whole number per board.',
      'quantity is missing: give a positive whole number per board.',
    ]);
  });

  it('reports text that is not JSON, or not a list of lines', () => {
    expect(catchBomError(() => parseBomJson('{ nope')).message).toContain('not valid JSON');
    expect(catchBomError(() => parseBomJson({ rows: [] })).message).toContain('"lines" array');
  });
});

describe('checkLines', () => {
  it('rejects part numbers without a letter or digit and quantities that are not positive', () => {
    const error = catchBomError(() =>
      checkLines([
        { mpn: '--', quantity: 1 },
        { mpn: 'NE555P', quantity: 0 },
        { mpn: 'NE555P', quantity: -2 },
      ]),
    );
    expect(error.problems.map((p) => [p.line, p.field])).toEqual([
      [1, 'mpn'],
      [2, 'quantity'],
      [3, 'quantity'],
    ]);
  });

  it('keeps fractional quantities (wire, glue), alternates and the seller of a SKU', () => {
    expect(
      checkLines([
        { mpn: 'UL1007-22-BK', quantity: 0.5 },
        { mpn: 'LM358DR', alternates: ['LM358PWR', ''], quantity: 1 },
        { sku: 'C6186', seller: 'LCSC', quantity: 2 },
      ]),
    ).toEqual([
      { mpn: 'UL1007-22-BK', quantity: 0.5 },
      { mpn: 'LM358DR', alternates: ['LM358PWR'], quantity: 1 },
      { sku: 'C6186', seller: 'LCSC', quantity: 2 },
    ]);
  });
});
