import { describe, expect, it } from 'vitest';
import { decodeEntry, encodeEntry } from './compact-entry.js';

describe('compact cache entries', () => {
  it('round-trips small and large answers, deflating the large ones', () => {
    const small = { storedAt: 1_700_000_000_000, value: { hits: 1 } };
    expect(decodeEntry(encodeEntry(small))).toEqual(small);
    const offers = Array.from({ length: 200 }, (_, i) => ({
      seller: 'Digi-Key',
      sku: `SKU-${i}`,
      prices: [1, 2, 3],
    }));
    const large = { storedAt: 5, value: { results: offers } };
    const encoded = encodeEntry(large);
    expect(decodeEntry(encoded)).toEqual(large);
    expect(encoded.length).toBeLessThan(JSON.stringify(large).length / 4);
  });

  it('reads a foreign or damaged value as a miss', () => {
    expect(decodeEntry(Buffer.from('hello'))).toBeUndefined();
    expect(decodeEntry(Buffer.from('z not deflated'))).toBeUndefined();
    expect(decodeEntry(Buffer.from('j{"a":1}'))).toBeUndefined();
  });
});
