import { describe, expect, it } from 'vitest';
import { detectDelimiter, readCsvRows } from './csv-rows.js';

describe('readCsvRows', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks, keeping start lines', () => {
    const text = 'a,"b, c","say ""hi"""\r\n1,"two\nlines",3\n\nlast,,';
    expect(readCsvRows(text, ',')).toEqual([
      { line: 1, cells: ['a', 'b, c', 'say "hi"'] },
      { line: 2, cells: ['1', 'two\nlines', '3'] },
      { line: 4, cells: [''] },
      { line: 5, cells: ['last', '', ''] },
    ]);
  });

  it('drops a byte order mark and reads tab and semicolon files', () => {
    expect(readCsvRows('\ufeffQty\tMPN\n2\tNE555P\n', '\t')).toEqual([
      { line: 1, cells: ['Qty', 'MPN'] },
      { line: 2, cells: ['2', 'NE555P'] },
    ]);
    expect(readCsvRows('Qty;MPN\n1;"A;B"', ';')[1]?.cells).toEqual(['1', 'A;B']);
  });

  it('treats a quote inside an unquoted field as a character', () => {
    expect(readCsvRows('12" cable,1', ',')[0]?.cells).toEqual(['12" cable', '1']);
  });
});

describe('detectDelimiter', () => {
  it('picks the delimiter that splits the table consistently', () => {
    expect(detectDelimiter('Qty;MPN;Description\n1;A;"x, y, z"\n2;B;plain, with, commas')).toBe(';');
    expect(detectDelimiter('Qty\tMPN\n1\tA, B\n')).toBe('\t');
    expect(detectDelimiter('"Title, with comma"\nQty,MPN,Mfr\n1,A,B\n2,C,D')).toBe(',');
  });
});
