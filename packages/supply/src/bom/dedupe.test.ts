import { describe, expect, it } from 'vitest';
import { dedupeLines, queryKey } from './dedupe.js';

describe('dedupeLines', () => {
  it('asks once for a part used on many lines, keeping every line index in order', () => {
    const lines = Array.from({ length: 20 }, (_, i) => ({ mpn: i % 2 ? 'ne555p' : 'NE555P ', quantity: 1 }));
    const queries = dedupeLines(lines);
    expect(queries).toHaveLength(1);
    expect(queries[0]?.lineIndexes).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(queries[0]?.mpn).toBe('NE555P');
  });

  it('keys on MPN and manufacturer when given, or on the SKU', () => {
    const queries = dedupeLines([
      { mpn: 'LM317T', manufacturer: 'STMicroelectronics', quantity: 1 },
      { mpn: 'LM317T', manufacturer: 'onsemi', quantity: 1 },
      { mpn: 'lm-317t', manufacturer: 'STMicroelectronics Inc.', quantity: 2 },
      { mpn: 'LM317T', quantity: 1 },
      { sku: '595-NE555P', quantity: 1 },
      { sku: '595 NE555P', quantity: 3 },
      { mpn: 'NE555P', sku: '595-NE555P', quantity: 1 },
    ]);
    expect(queries.map((q) => [q.key, q.lineIndexes])).toEqual([
      ['mpn:LM317T|mfr:stmicroelectronics', [0, 2]],
      ['mpn:LM317T|mfr:onsemi', [1]],
      ['mpn:LM317T', [3]],
      ['sku:595NE555P', [4, 5]],
      ['mpn:NE555P', [6]],
    ]);
    expect(queries[4]).toEqual({ key: 'mpn:NE555P', mpn: 'NE555P', lineIndexes: [6] });
    expect(queries[3]).toEqual({ key: 'sku:595NE555P', sku: '595-NE555P', lineIndexes: [4, 5] });
    expect(queryKey({ mpn: 'X1', manufacturer: '--' })).toBe('mpn:X1');
  });
});
