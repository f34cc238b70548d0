import { beforeAll, describe, expect, it } from 'vitest';
import { CatalogIndex } from './catalog-index.js';
import type { Part } from './catalog-types.js';
import { createCatalog } from './create-catalog.js';
import { loadCatalogFile, SMALL_CATALOG_FIXTURE } from './load-catalog-file.js';
import { normalizeMpn } from './normalize.js';

let index: CatalogIndex;
beforeAll(async () => {
  index = new CatalogIndex(await loadCatalogFile(SMALL_CATALOG_FIXTURE));
});

const ids = (parts: readonly Part[]) => parts.map((p) => p.id);
const hitIds = (hits: readonly { part: Part }[]) => hits.map((h) => h.part.id);

describe('CatalogIndex: ids and MPNs', () => {
  it('finds parts by id and answers null for unknown ids in place', () => {
    expect(index.partById('1005')?.mpn).toBe('NE555P');
    expect(index.partById('nope')).toBeUndefined();
    expect(index.partsByIds(['1001', 'nope', '1002']).map((p) => p?.id ?? null)).toEqual([
      '1001',
      null,
      '1002',
    ]);
  });

  it('matches MPNs exactly regardless of case, spaces and punctuation', () => {
    expect(ids(index.partsByMpn('lm-358 dr'))).toEqual(['1001']);
    expect(ids(index.partsByMpn('74hc595d653'))).toEqual(['1014']);
    expect(ids(index.partsByMpn('fc135 32.7680ka a3'))).toEqual(['1015']);
    expect(ids(index.partsByMpn('b2bxha lf sn'))).toEqual(['1018']);
    expect(index.partsByMpn('LM358')).toEqual([]);
  });

  it('returns every manufacturer of an ambiguous MPN, and narrows by manufacturer alias', () => {
    expect(ids(index.partsByMpn('LM317T'))).toEqual(['1010', '1011']);
    expect(ids(index.partsByMpn('1n4148'))).toEqual(['1012', '1013']);
    expect(ids(index.partsByMpn('LM317T', { manufacturer: 'ON Semiconductor' }))).toEqual(['1011']);
  });

  it('matches alternative MPNs and reports which one matched', () => {
    expect(ids(index.partsByMpn('IRLZ44N'))).toEqual(['1017']);
    const [hit] = index.searchMpn('irlz44n');
    expect(hit?.part.id).toBe('1017');
    expect(hit?.score).toBe(3);
    expect(hit?.akaMpn).toBe('IRLZ44N');
    expect(index.searchMpn('IRLZ44NPBF')[0]?.akaMpn).toBeNull();
  });

  it('ranks MPN search: exact first, then prefix (shorter first), then contains', () => {
    expect(hitIds(index.searchMpn('LM358'))).toEqual(['1004', '1001', '1003', '1002']);
    const dr = index.searchMpn('lm358dr');
    expect(hitIds(dr)).toEqual(['1001', '1002']);
    expect(dr.map((h) => h.score)).toEqual([3, 2]);
    const contains = index.searchMpn('358D');
    expect(contains.every((h) => h.score === 1)).toBe(true);
    expect(hitIds(contains)).toEqual(['1001', '1003', '1002']);
    expect(index.searchMpn('  ')).toEqual([]);
  });

  it('applies stock, datasheet, authorisation and category filters', () => {
    expect(hitIds(index.searchMpn('ATMEGA328P'))).toEqual(['1006']);
    expect(index.searchMpn('ATMEGA328P', { inStockOnly: true })).toEqual([]);
    expect(index.searchMpn('USB4105', { hasDatasheetOnly: true })).toEqual([]);
    expect(index.searchMpn('AMS1117', { authorizedOnly: true })).toEqual([]);
    expect(hitIds(index.searchMpn('LM', { categoryId: '15' }))).toEqual(['1011', '1010']);
    expect(hitIds(index.searchMpn('LM', { categoryId: '10' })).length).toBe(6);
  });
});

describe('CatalogIndex: SKUs and companies', () => {
  it('looks SKUs up normalised, optionally at one seller', () => {
    expect(ids(index.partsBySku('296 1014 1 nd'))).toEqual(['1001']);
    expect(ids(index.partsBySku('595-NE555P'))).toEqual(['1005']);
    expect(ids(index.partsBySku('595-NE555P', { seller: 'Digi-Key' }))).toEqual([]);
    expect(ids(index.partsBySku('595-ne555p', { seller: 'mouser electronics' }))).toEqual(['1005']);
    expect(index.partsBySku('unknown-sku')).toEqual([]);
  });

  it('finds manufacturers and sellers by id, name or alias, case-insensitively', () => {
    const names = (q: string) => index.findManufacturers(q).map((c) => c.id);
    expect(names('TI')).toEqual(['ti']);
    expect(names('texas instruments inc.')).toEqual(['ti']);
    expect(names('Texas')).toEqual(['ti']);
    expect(names('ON Semiconductor')).toEqual(['onsemi']);
    expect(names('ir')).toEqual(['infineon']);
    expect(names('Murata Electronics North America')).toEqual(['murata']);
    expect(names('Acme')).toEqual([]);
    expect(index.findSellers('digikey').map((c) => c.id)).toEqual(['digikey']);
    expect(index.manufacturerById('st')?.name).toBe('STMicroelectronics');
    expect(index.sellerById('lcsc')?.displayFlag).toBe('CN');
    expect(index.manufacturers()).toHaveLength(14);
    expect(index.sellers()).toHaveLength(5);
  });
});

describe('CatalogIndex: multi-match semantics', () => {
  it('matches MPNs exactly, falling back to prefixes when nothing matches exactly', () => {
    expect(ids(index.match({ mpn: 'LM358DR' }))).toEqual(['1001']);
    expect(ids(index.match({ mpn: 'LM358' }))).toEqual(['1004', '1001', '1003', '1002']);
    expect(ids(index.match({ mpn: 'LM358', manufacturer: 'Texas Instruments' }))).toEqual(['1004', '1001']);
    expect(ids(index.match({ mpn: 'LM317T' }))).toEqual(['1010', '1011']);
    expect(index.match({ mpn: 'NOSUCHPART123' })).toEqual([]);
    expect(index.match({ manufacturer: 'TI' })).toEqual([]);
  });

  it('matches SKUs, mpnOrSku and seller/authorised/stock requirements', () => {
    expect(ids(index.match({ sku: '497-1443-5-ND' }))).toEqual(['1021']);
    expect(ids(index.match({ mpnOrSku: 'C6186' }))).toEqual(['1007']);
    expect(ids(index.match({ mpnOrSku: 'ne555p' }))).toEqual(['1005']);
    expect(ids(index.match({ mpn: '1N4148', seller: 'Mouser' }))).toEqual(['1013']);
    expect(index.match({ mpn: 'AMS1117-3.3', requireAuthorizedSellers: true })).toEqual([]);
    expect(index.match({ mpn: 'ATMEGA328P-PU', requireStockAvailable: true })).toEqual([]);
    expect(ids(index.match({ mpn: 'ESP32-WROOM-32E', requireStockAvailable: true }))).toEqual(['1019']);
  });
});

describe('CatalogIndex: keyword search', () => {
  it('requires every word and ranks by field weight', () => {
    const opAmps = index.search('op amp');
    expect(new Set(hitIds(opAmps))).toEqual(new Set(['1001', '1002', '1003', '1004']));
    expect(hitIds(index.search('texas instruments timer'))).toEqual(['1005']);
    expect(hitIds(index.search('TI regulator'))).toEqual([]);
    expect(hitIds(index.search('ST regulator'))).toEqual(['1010', '1021']);
    expect(hitIds(index.search('100nF 0603'))).toEqual(['1008']);
    expect(hitIds(index.search('resistors'))).toEqual(['1009']);
  });

  it('puts the exact MPN above parts that only mention it', () => {
    const hits = index.search('LM358DR');
    expect(hitIds(hits)).toEqual(['1001', '1002']);
    expect(hits[0]?.score).toBeGreaterThan(hits[1]?.score ?? 0);
  });

  it('returns every part for an empty query, with filters applied', () => {
    expect(index.search('')).toHaveLength(21);
    expect(hitIds(index.search('', { categoryId: '31' }))).toEqual(['1012', '1013']);
    expect(index.search('', { inStockOnly: true }).some((h) => h.part.id === '1006')).toBe(false);
  });
});

describe('CatalogIndex: categories', () => {
  it('walks the tree and counts parts including descendants', () => {
    expect(index.categoryById('12')?.name).toBe('Op Amps');
    expect(index.categoryAncestors('12').map((c) => c.id)).toEqual(['1', '10', '11']);
    expect(index.categoryAncestors('12', true).map((c) => c.id)).toEqual(['1', '10', '11', '12']);
    expect(index.categoryChildren('20').map((c) => c.id)).toEqual(['21', '23']);
    expect(index.categoryPartCount('12')).toBe(4);
    expect(index.categoryPartCount('10')).toBe(12);
    expect(index.categoryPartCount('1')).toBe(21);
    expect(index.attribute('capacitance')?.id).toBe('a3');
    expect(index.categoryRelevantAttributes('12').map((a) => a.shortname)).toEqual([
      'case_package',
      'numberofchannels',
    ]);
    expect(index.categoryRelevantAttributes('24').map((a) => a.shortname)).toEqual([
      'case_package',
      'capacitance',
      'voltagerating_dc_',
      'tolerance',
    ]);
  });

  it('suggests similar parts: same generic MPN first, then same category and package', () => {
    const lm358dr = index.partById('1001');
    if (!lm358dr) throw new Error('fixture part 1001 missing');
    expect(ids(index.similarParts(lm358dr))).toEqual(['1002', '1003', '1004']);
    expect(ids(index.similarParts(lm358dr, 1))).toEqual(['1002']);
    const lm317 = index.partById('1010');
    if (!lm317) throw new Error('fixture part 1010 missing');
    expect(ids(index.similarParts(lm317))).toEqual(['1011', '1021']);
  });
});

describe('CatalogIndex: suggestions and spelling', () => {
  it('completes part numbers first for numeric queries and names first otherwise', () => {
    const mpns = index.suggest('lm3');
    expect(mpns.map((s) => s.text).slice(0, 2)).toEqual(['LM317T', 'LM317T']);
    expect(mpns[0]?.inPartId).toBe('1010');
    expect(mpns[0]?.inManufacturerName).toBe('STMicroelectronics');
    const names = index.suggest('Tex');
    expect(names[0]).toEqual({
      text: 'Texas Instruments',
      inManufacturerName: 'Texas Instruments',
      inCategoryName: '',
      inCategoryId: '',
      inPartId: '',
    });
    const categories = index.suggest('resis');
    expect(categories.map((s) => s.text)).toEqual(['Resistors', 'Chip Resistors']);
    expect(categories[0]?.inCategoryId).toBe('21');
  });

  it('limits, restricts to part numbers and scopes to a category', () => {
    expect(index.suggest('l', { limit: 3 })).toHaveLength(3);
    expect(index.suggest('st', { partNumbersOnly: true }).map((s) => s.text)).toEqual(['STM32F103C8T6']);
    expect(index.suggest('lm', { categoryId: '15', partNumbersOnly: true }).map((s) => s.inPartId)).toEqual([
      '1010',
      '1011',
    ]);
    expect(index.suggest('')).toEqual([]);
  });

  it('corrects misspelt words to the closest known term, with its hit count', () => {
    expect(index.spellingCorrection('resitor')).toEqual([{ correctionString: 'resistor', hits: 1 }]);
    const tiParts = index.parts.filter((p) => p.manufacturer.id === 'ti').length;
    expect(tiParts).toBe(3);
    expect(index.spellingCorrection('Texsas Instrumnts')).toEqual([
      { correctionString: 'texas instruments', hits: tiParts },
    ]);
    expect(index.spellingCorrection('lm358drr')).toEqual([{ correctionString: 'lm358dr', hits: 2 }]);
    expect(index.spellingCorrection('op amp')).toEqual([]);
    expect(index.spellingCorrection('qqqqqqqq')).toEqual([]);
  });
});

describe('CatalogIndex on the built-in catalog', () => {
  it('answers the README query and finds curated parts among thousands', () => {
    const big = new CatalogIndex(createCatalog());
    expect(big.searchMpn('LM358')[0]?.part.genericMpn).toBe('LM358');
    expect(new Set(big.match({ mpn: 'LM358' }).map((p) => p.manufacturer.name)).size).toBeGreaterThanOrEqual(
      3,
    );
    expect(big.partsByMpn('RC0603FR-0710KL')).toHaveLength(1);
    expect(big.search('10k 0603 resistor').some((h) => h.part.mpn === 'RC0603FR-0710KL')).toBe(true);
    expect(big.categoryPartCount(big.categories().find((c) => c.parentId === '0')?.id ?? '')).toBe(
      big.parts.length,
    );
  });
});

describe('CatalogIndex: MPN search over the built-in catalog, against a full scan', () => {
  const catalog = createCatalog();
  const built = new CatalogIndex(catalog);
  const keysOf = (part: Part) => [part.mpn, ...part.akaMpns].map((mpn) => normalizeMpn(mpn));
  /** The best tier of any of the part's MPNs: 3 exact, 2 prefix, 1 contains, 0 none. */
  const tierOf = (part: Part, q: string) =>
    Math.max(...keysOf(part).map((key) => (key === q ? 3 : key.startsWith(q) ? 2 : key.includes(q) ? 1 : 0)));

  it.each(['LM358', 'lm-358', 'GRM188', '0603', 'C0', '7', 'STM32F', 'R71H', '104K', 'NOPE123'])(
    'finds every part a scan finds for %s, each in its best tier, ranked',
    (query) => {
      const q = normalizeMpn(query);
      const hits = built.searchMpn(query);
      const expected = catalog.parts.filter((part) => tierOf(part, q) > 0);
      expect(new Set(hits.map((hit) => hit.part))).toEqual(new Set(expected));
      for (const hit of hits) expect(hit.score).toBe(tierOf(hit.part, q));
      for (let i = 1; i < hits.length; i++) {
        expect((hits[i - 1]?.score ?? 0) >= (hits[i]?.score ?? 0)).toBe(true);
      }
    },
  );
});

describe('CatalogIndex: keywords from specs', () => {
  it('finds family specs but not the specs nearly every part shares (packaging, RoHS, temperatures)', () => {
    const curated = new CatalogIndex(createCatalog({ generatedParts: 0 }));
    const everyPart = curated.parts.length;
    expect(curated.parts.filter((p) => p.specs.some((s) => s.displayValue === 'Compliant')).length).toBe(
      curated.parts.filter((p) => p.lifecycle === 'ACTIVE' || p.lifecycle === 'NEW').length,
    );
    expect(curated.search('compliant')).toEqual([]);
    expect(curated.search('reel').length).toBeLessThan(everyPart / 10);
    const thickFilm = curated.search('thick film').map((hit) => hit.part.mpn);
    expect(thickFilm).toContain('RC0603FR-0710KL');
    expect(curated.search('xtensa').map((hit) => hit.part.mpn)).toEqual(['ESP32-WROOM-32E']);
  });
});
