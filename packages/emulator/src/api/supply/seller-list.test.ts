import { beforeAll, describe, expect, it } from 'vitest';
import { CatalogIndex, loadCatalogFile, type Part, SMALL_CATALOG_FIXTURE } from '../../catalog/index.js';
import { eligibleOffers, visibleSellers } from './seller-list.js';

let catalog: CatalogIndex;
beforeAll(async () => {
  catalog = new CatalogIndex(await loadCatalogFile(SMALL_CATALOG_FIXTURE));
});

const part = (id: string): Part => {
  const found = catalog.partById(id);
  if (!found) throw new Error(`no part ${id}`);
  return found;
};
const names = (sellers: { company: { id: string } }[]) => sellers.map((seller) => seller.company.id);

describe('visibleSellers', () => {
  it('leaves brokers out unless asked for', () => {
    // AMS1117-3.3: LCSC (unauthorised) and Win Source (broker).
    expect(names(visibleSellers(part('1007'), 'US', {}))).toEqual(['lcsc']);
    expect(names(visibleSellers(part('1007'), 'US', { includeBrokers: true }))).toEqual([
      'lcsc',
      'winsource',
    ]);
  });

  it('keeps authorised sellers only with authorizedOnly', () => {
    // STM32F103C8T6: Digi-Key (authorised) and LCSC.
    expect(names(visibleSellers(part('1020'), 'US', { authorizedOnly: true }))).toEqual(['digikey']);
    expect(visibleSellers(part('1007'), 'US', { authorizedOnly: true, includeBrokers: true })).toEqual([]);
  });

  it('pages with start and limit', () => {
    expect(names(visibleSellers(part('1005'), 'US', { start: 1 }))).toEqual(['mouser']);
    expect(names(visibleSellers(part('1005'), 'US', { limit: 1 }))).toEqual(['digikey']);
  });

  it('keeps only custom-pricing sellers with customPricingOnly', () => {
    const base = part('1005');
    const [first, second] = base.sellers;
    if (!first?.offers[0] || !second) throw new Error('fixture changed');
    const custom: Part = {
      ...base,
      sellers: [{ ...first, offers: [{ ...first.offers[0], isCustomPricing: true }] }, second],
    };
    expect(names(visibleSellers(custom, 'US', { customPricingOnly: true }))).toEqual(['digikey']);
  });

  it("hides offers (and a seller left without any) outside the offer's eligible region", () => {
    const base = part('1005');
    const [first, second] = base.sellers;
    if (!first?.offers[0] || !second) throw new Error('fixture changed');
    const regional: Part = {
      ...base,
      sellers: [{ ...first, offers: [{ ...first.offers[0], eligibleRegion: 'DE, FR' }] }, second],
    };
    expect(names(visibleSellers(regional, 'US', {}))).toEqual(['mouser']);
    expect(names(visibleSellers(regional, 'FR', {}))).toEqual(['digikey', 'mouser']);
    expect(eligibleOffers(regional.sellers[0] ?? first, 'DE')).toHaveLength(1);
    expect(eligibleOffers(regional.sellers[0] ?? first, 'US')).toHaveLength(0);
  });
});
