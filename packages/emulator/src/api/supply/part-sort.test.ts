import { beforeAll, describe, expect, it } from 'vitest';
import { CatalogIndex, loadCatalogFile, type PartHit, SMALL_CATALOG_FIXTURE } from '../../catalog/index.js';
import { type SortArgs, sortHits } from './part-sort.js';

let catalog: CatalogIndex;
let hits: PartHit[];
beforeAll(async () => {
  catalog = new CatalogIndex(await loadCatalogFile(SMALL_CATALOG_FIXTURE));
  // LM358N, LM358DR, LM358DT, LM358DR2G in relevance order.
  hits = catalog.searchMpn('LM358');
});

const order = (args: SortArgs, list: readonly PartHit[] = hits) =>
  sortHits(catalog, 'supSearch', list, args, 'USD').map((hit) => hit.part.mpn);

describe('sortHits', () => {
  it('keeps relevance order without a key, whatever the direction', () => {
    const relevance = hits.map((hit) => hit.part.mpn);
    expect(order({})).toEqual(relevance);
    expect(order({ sort: '_score', sortDir: 'asc' })).toEqual(relevance);
  });

  it('sorts by mpn in both directions', () => {
    expect(order({ sort: 'mpn' })).toEqual(['LM358DR', 'LM358DR2G', 'LM358DT', 'LM358N']);
    expect(order({ sort: 'mpn', sortDir: 'desc' })).toEqual(['LM358N', 'LM358DT', 'LM358DR2G', 'LM358DR']);
  });

  it('sorts by median price at 1000 and by average stock', () => {
    // Medians: DR2G 0.14, DR 0.155, DT 0.2174, N 0.85 USD.
    expect(order({ sort: 'median_price_1000' })).toEqual(['LM358DR2G', 'LM358DR', 'LM358DT', 'LM358N']);
    expect(order({ sort: 'avg_avail', sortDir: 'desc' })).toEqual([
      'LM358DR',
      'LM358DR2G',
      'LM358DT',
      'LM358N',
    ]);
  });

  it('sorts by manufacturer name, keeping relevance order within a manufacturer', () => {
    expect(order({ sort: 'manufacturer.displayname' })).toEqual([
      'LM358DR2G',
      'LM358DT',
      'LM358N',
      'LM358DR',
    ]);
  });

  it('sorts by an attribute, parts without it last in both directions', () => {
    const all = catalog.search('');
    const asc = order({ sort: 'frequency' }, all);
    expect(asc.slice(0, 3)).toEqual(['FC-135 32.7680KA-A3', 'ATMEGA328P-PU', 'STM32F103C8T6']);
    const desc = order({ sort: 'frequency', sortDir: 'desc' }, all);
    expect(desc.slice(0, 3)).toEqual(['STM32F103C8T6', 'ATMEGA328P-PU', 'FC-135 32.7680KA-A3']);
    expect(desc.slice(3)).toEqual(asc.slice(3));
  });

  it('rejects an unknown key, naming the known ones', () => {
    expect(() => order({ sort: 'price' })).toThrow(
      'supSearch: unknown sort "price"; use one of mpn, manufacturer.displayname, median_price_1000, avg_avail',
    );
  });
});
