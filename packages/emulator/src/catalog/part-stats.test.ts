import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog, Part } from './catalog-types.js';
import { loadCatalogFile, SMALL_CATALOG_FIXTURE } from './load-catalog-file.js';
import { avgAvail, medianPrice1000, totalAvail } from './part-stats.js';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalogFile(SMALL_CATALOG_FIXTURE);
});
const part = (id: string): Part => {
  const found = catalog.parts.find((p) => p.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('part stats', () => {
  it('sums and averages stock over offers', () => {
    expect(totalAvail(part('1001'))).toBe(12000 + 25000 + 8000);
    expect(avgAvail(part('1001'))).toBe(15000);
    expect(totalAvail(part('1006'))).toBe(0);
  });

  it('takes the median of each offer’s price at 1,000 pieces, converting currencies', () => {
    // NE555P: 1000-piece breaks at 0.25 (Digi-Key) and 0.20 (Mouser).
    expect(medianPrice1000(part('1005'))).toEqual({ quantity: 1000, price: 0.225, currency: 'USD' });
    // LM358DR: cut tape 0.16, reel has no break ≤ 1000, Mouser 0.15 USD / 0.138 EUR.
    expect(medianPrice1000(part('1001'), 'EUR')).toEqual({ quantity: 1000, price: 0.1426, currency: 'EUR' });
    // IRLZ44NPBF: the 100-piece break is the largest one ≤ 1000.
    expect(medianPrice1000(part('1017'))?.price).toBeCloseTo((1.15 + 1.12 / 0.92) / 2, 2);
    expect(medianPrice1000({ ...part('1001'), sellers: [] })).toBeNull();
  });
});
