/** Every typed method against the emulator's small catalog, whose answers are known (fixtures/README.md). */
import type { Emulator } from '@nexar/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PartsByIdsDocument, type SupplyClient, type SupplyPartFragment } from '../src/index.js';
import { startSmallEmulator, supplyClientFor } from './emulator-harness.js';

let emu: Emulator;
let supply: SupplyClient;

beforeAll(async () => {
  emu = await startSmallEmulator();
  supply = supplyClientFor(emu);
});
afterAll(async () => {
  await emu?.close();
});

function offer(part: SupplyPartFragment | null | undefined, sku: string) {
  for (const seller of part?.sellers ?? []) {
    const found = seller.offers.find((o) => o.sku === sku);
    if (found) return { seller, offer: found };
  }
  return undefined;
}

describe('typed operations on the small catalog', () => {
  it('searchMpn: prefix matches of an MPN with no exact match', async () => {
    const result = await supply.searchMpn({ q: 'LM358', limit: 10 });
    expect(result.hits).toBe(4);
    expect(result.results?.map((hit) => hit.part.id).sort()).toEqual(['1001', '1002', '1003', '1004']);
    const ti = result.results?.find((hit) => hit.part.id === '1001')?.part;
    expect(ti).toMatchObject({
      mpn: 'LM358DR',
      manufacturer: { name: 'Texas Instruments' },
      __typename: 'SupPart',
    });
  });

  it('searchMpn: offers with seller, authorisation, SKU, stock, MOQ, multiple and price breaks', async () => {
    const result = await supply.searchMpn({ q: 'NE555P', limit: 1 });
    const part = result.results?.[0]?.part;
    expect(part?.id).toBe('1005');
    const mouser = offer(part, '595-NE555P');
    expect(mouser?.seller).toMatchObject({ isAuthorized: true, company: { name: 'Mouser' } });
    expect(mouser?.offer).toMatchObject({ moq: 10, orderMultiple: 5, inventoryLevel: 10_000 });
    expect(mouser?.offer.prices.map((p) => [p.quantity, p.price, p.currency])).toEqual([
      [1, 0.5, 'USD'],
      [10, 0.4, 'USD'],
      [100, 0.3, 'USD'],
      [1000, 0.2, 'USD'],
    ]);
    expect(offer(part, '296-1411-5-ND')?.offer.inventoryLevel).toBe(50);
  });

  it('converts prices to the asked currency', async () => {
    const result = await supply.searchMpn({ q: 'LM358DR', limit: 1, currency: 'EUR' });
    const eur = offer(result.results?.[0]?.part, '595-LM358DR')?.offer.prices.find(
      (p) => p.currency === 'EUR',
    );
    expect(eur).toMatchObject({ price: 0.3772, convertedCurrency: 'EUR' });
  });

  it('search: keywords with inStockOnly, hasDatasheetOnly, filters and sort', async () => {
    expect((await supply.search({ q: 'ATMEGA328P-PU' })).hits).toBe(1);
    expect((await supply.search({ q: 'ATMEGA328P-PU', inStockOnly: true })).hits).toBe(0);
    expect((await supply.search({ q: 'USB4105-GF-A' })).hits).toBe(1);
    expect((await supply.search({ q: 'USB4105-GF-A', hasDatasheetOnly: true })).hits).toBe(0);
    const ti = await supply.search({
      q: '',
      filters: { manufacturer_id: ['ti'] },
      sort: 'mpn',
      sortDir: 'desc',
      limit: 20,
    });
    const mpns = ti.results?.map((hit) => hit.part.mpn) ?? [];
    expect(mpns.length).toBeGreaterThan(1);
    expect(ti.results?.every((hit) => hit.part.manufacturer.id === 'ti')).toBe(true);
    expect(mpns).toEqual([...mpns].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
  });

  it('multiMatch: one answer per query, in order, with references, zero hits included', async () => {
    const matches = await supply.multiMatch({
      queries: [
        { mpn: 'LM317T', limit: 2, reference: 'line-1' },
        { mpn: 'NO-SUCH-PART', reference: 'line-2' },
        { mpn: 'IRLZ44N', limit: 1, reference: 'line-3' },
      ],
    });
    expect(matches.map((m) => [m.reference, m.hits])).toEqual([
      ['line-1', 2],
      ['line-2', 0],
      ['line-3', 1],
    ]);
    expect(matches[0]?.parts.map((p) => p.manufacturer.name).sort()).toEqual([
      'STMicroelectronics',
      'onsemi',
    ]);
    expect(matches[2]?.parts[0]?.id).toBe('1017');
  });

  it('partsByIds: null for an unknown id, in order', async () => {
    const parts = await supply.partsByIds({ ids: ['1005', 'no-such-id', '1017'] });
    expect(parts.map((p) => p?.mpn ?? null)).toEqual(['NE555P', null, 'IRLZ44NPBF']);
    expect(await supply.partsByIds({ ids: [] })).toEqual([]);
  });

  it('suggest and spellingCorrection', async () => {
    const suggestions = await supply.suggest({ q: 'LM35' });
    expect(suggestions.map((s) => s.text)).toEqual(expect.arrayContaining(['LM358DR', 'LM358N']));
    const corrections = await supply.spellingCorrection({ q: 'LM3588' });
    expect(corrections[0]).toMatchObject({ correctionString: 'lm358', hits: 4 });
  });

  it('categories as a tree', async () => {
    const flat = await supply.categories();
    const tree = await supply.categoryTree();
    expect(tree.map((node) => node.name)).toEqual(['Electronic Parts']);
    const ics = tree[0]?.children.find((node) => node.id === '10');
    const opAmps = ics?.children.find((node) => node.id === '11')?.children.find((node) => node.id === '12');
    expect(opAmps).toMatchObject({ name: 'Op Amps', numParts: 4, children: [] });
    const count = (nodes: typeof tree): number => nodes.reduce((n, node) => n + 1 + count(node.children), 0);
    expect(count(tree)).toBe(flat.length);
  });

  it('manufacturers, sellers and attributes', async () => {
    const manufacturers = await supply.manufacturers();
    expect(manufacturers.find((m) => m.id === 'ti')?.aliases).toEqual(expect.arrayContaining(['TI']));
    expect((await supply.manufacturers({ ids: ['st'] })).map((m) => m.name)).toEqual(['STMicroelectronics']);
    expect((await supply.sellers()).map((s) => s.name)).toEqual(
      expect.arrayContaining(['Digi-Key', 'Mouser', 'Farnell', 'LCSC']),
    );
    expect((await supply.attributes()).map((a) => a.shortname)).toContain('case_package');
  });

  it("request(): a generated document with the caller's own variables", async () => {
    const data = await supply.request(PartsByIdsDocument, { ids: ['1016'], withDocuments: true });
    expect(data.supParts[0]).toMatchObject({ mpn: 'USB4105-GF-A', bestDatasheet: null });
  });
});

describe('field presets', () => {
  it("basic leaves out specs, documents and lead times; full has them; 'standard' all but lead times", async () => {
    const [basic, standard, full] = await Promise.all(
      (['basic', 'standard', 'full'] as const).map(async (fields) => {
        const client = supplyClientFor(emu, { fields });
        return (await client.partsByIds({ ids: ['1006'] }))[0];
      }),
    );
    for (const key of ['specs', 'bestDatasheet', 'documentCollections', 'estimatedFactoryLeadDays']) {
      expect(basic).not.toHaveProperty(key);
    }
    expect(basic?.sellers[0]?.offers[0]).not.toHaveProperty('factoryLeadDays');
    expect(standard).toHaveProperty('specs');
    expect(standard).toHaveProperty('bestDatasheet');
    expect(standard).not.toHaveProperty('estimatedFactoryLeadDays');
    expect(full?.specs?.length).toBeGreaterThan(0);
    expect(full?.sellers.flatMap((s) => s.offers.map((o) => o.factoryLeadDays))).toContain(98);
    expect(full?.sellers.flatMap((s) => s.offers.map((o) => o.onOrderQuantity))).toContain(500);
  });
});
