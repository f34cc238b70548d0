import { describe, expect, it } from 'vitest';
import { query, useSupplyEmulator } from './api-supply-harness.js';

interface PricePoint {
  quantity: number;
  price: number;
  currency: string;
  convertedPrice: number;
  convertedCurrency: string;
  conversionRate: number;
}

interface ResultSet {
  hits: number;
  warnings: string[] | null;
  results: { akaMpn: string | null; description: string; part: { id: string; mpn: string } }[];
}

const fixture = useSupplyEmulator();

const SEARCH_MPN = `query($q: String, $start: Int, $limit: Int, $sort: String, $sortDir: SupSortDirection,
  $inStockOnly: Boolean, $hasDatasheetOnly: Boolean, $filters: Map) {
  supSearchMpn(q: $q, start: $start, limit: $limit, sort: $sort, sortDir: $sortDir, inStockOnly: $inStockOnly,
    hasDatasheetOnly: $hasDatasheetOnly, filters: $filters) {
    hits warnings results { akaMpn description part { id mpn } }
  }
}`;

async function searchMpn(variables: Record<string, unknown>): Promise<ResultSet> {
  return (await query<{ supSearchMpn: ResultSet }>(fixture.emu, fixture.token, SEARCH_MPN, variables))
    .supSearchMpn;
}

const ids = (set: ResultSet) => set.results.map((result) => result.part.id);

describe('supSearchMpn', () => {
  it('matches MPNs regardless of case, spaces and punctuation, exact matches first', async () => {
    const set = await searchMpn({ q: 'lm-358 dr' });
    expect(set.hits).toBe(2);
    expect(set.results.map((r) => r.part.mpn)).toEqual(['LM358DR', 'LM358DR2G']);
    expect(ids(await searchMpn({ q: '74hc595d653' }))).toEqual(['1014']);
    expect(ids(await searchMpn({ q: 'B2B XH A LF SN' }))).toEqual(['1018']);
    // Two makers of one MPN: both exact, ordered by manufacturer name (onsemi, STMicroelectronics).
    expect(ids(await searchMpn({ q: 'lm317t' }))).toEqual(['1011', '1010']);
  });

  it('reports the alternative MPN that matched, and the description', async () => {
    const [result] = (await searchMpn({ q: 'irlz44n' })).results;
    expect(result?.part.mpn).toBe('IRLZ44NPBF');
    expect(result?.akaMpn).toBe('IRLZ44N');
    expect(result?.description).toMatch(/\S/);
    expect((await searchMpn({ q: 'IRLZ44NPBF' })).results[0]?.akaMpn).toBeNull();
  });

  it('pages with start and limit while hits counts every match', async () => {
    const all = ids(await searchMpn({ q: 'LM358' }));
    expect(all).toEqual(['1004', '1001', '1003', '1002']);
    const first = await searchMpn({ q: 'LM358', limit: 2 });
    const second = await searchMpn({ q: 'LM358', start: 2, limit: 2 });
    const past = await searchMpn({ q: 'LM358', start: 4, limit: 2 });
    expect([first.hits, second.hits, past.hits]).toEqual([4, 4, 4]);
    expect([...ids(first), ...ids(second)]).toEqual(all);
    expect(past.results).toEqual([]);
  });

  it('finds nothing for an empty q, with a warning', async () => {
    const set = await searchMpn({ q: '' });
    expect(set).toMatchObject({ hits: 0, results: [] });
    expect(set.warnings?.[0]).toContain('supSearchMpn needs a part number in q');
  });

  it('applies inStockOnly and hasDatasheetOnly', async () => {
    expect((await searchMpn({ q: 'ATMEGA328P' })).hits).toBe(1);
    expect((await searchMpn({ q: 'ATMEGA328P', inStockOnly: true })).hits).toBe(0);
    expect((await searchMpn({ q: 'USB4105' })).hits).toBe(1);
    expect((await searchMpn({ q: 'USB4105', hasDatasheetOnly: true })).hits).toBe(0);
  });

  it('applies filters on manufacturer, distributor and attributes', async () => {
    expect(ids(await searchMpn({ q: 'LM358', filters: { manufacturer_id: ['TI'] } }))).toEqual([
      '1004',
      '1001',
    ]);
    expect(ids(await searchMpn({ q: 'LM358', filters: { distributor_id: ['Farnell'] } }))).toEqual(['1003']);
    expect(ids(await searchMpn({ q: 'LM358', filters: { case_package: ['SOIC-8'] } }))).toEqual([
      '1001',
      '1002',
    ]);
  });

  it('sorts by median price, mpn and manufacturer in both directions', async () => {
    // Median prices at 1000: DR2G 0.14, DR 0.155, DT 0.2174, N 0.85 USD.
    expect(ids(await searchMpn({ q: 'LM358', sort: 'median_price_1000' }))).toEqual([
      '1002',
      '1001',
      '1003',
      '1004',
    ]);
    expect(ids(await searchMpn({ q: 'LM358', sort: 'median_price_1000', sortDir: 'desc' }))).toEqual([
      '1004',
      '1003',
      '1001',
      '1002',
    ]);
    expect(ids(await searchMpn({ q: 'LM358', sort: 'mpn' }))).toEqual(['1001', '1002', '1003', '1004']);
    const paged = await searchMpn({ q: 'LM358', sort: 'mpn', sortDir: 'desc', start: 1, limit: 2 });
    expect(ids(paged)).toEqual(['1003', '1002']);
  });

  it('answers the same query the same way every time', async () => {
    const a = await searchMpn({ q: 'LM3', sort: 'avg_avail' });
    const b = await searchMpn({ q: 'LM3', sort: 'avg_avail' });
    expect(a).toEqual(b);
    expect(a.hits).toBe(6);
  });
});

describe('prices in the asked currency', () => {
  const PRICES = `query($q: String, $currency: String!) {
    supSearchMpn(q: $q, limit: 1, currency: $currency) {
      results { part {
        medianPrice1000 { quantity price currency convertedPrice convertedCurrency conversionRate }
        sellers { company { id } offers { sku prices { quantity price currency convertedPrice convertedCurrency conversionRate } } }
      } }
    }
  }`;

  type Priced = {
    supSearchMpn: {
      results: {
        part: {
          medianPrice1000: PricePoint | null;
          sellers: { company: { id: string }; offers: { sku: string; prices: PricePoint[] }[] }[];
        };
      }[];
    };
  };

  async function offer(q: string, currency: string, sku: string) {
    const data = await query<Priced>(fixture.emu, fixture.token, PRICES, { q, currency });
    const part = data.supSearchMpn.results[0]?.part;
    const found = part?.sellers.flatMap((s) => s.offers).find((o) => o.sku === sku);
    if (!part || !found) throw new Error(`no offer ${sku}`);
    return { part, prices: found.prices };
  }

  it('converts USD prices to EUR, keeping the quoted price and currency', async () => {
    const { prices } = await offer('LM358DR', 'EUR', '595-LM358DR');
    expect(prices[0]).toEqual({
      quantity: 1,
      price: 0.41,
      currency: 'USD',
      convertedPrice: 0.3772,
      convertedCurrency: 'EUR',
      conversionRate: 0.92,
    });
    // The same offer also quotes EUR itself: no conversion for those points.
    expect(prices.find((p) => p.currency === 'EUR' && p.quantity === 1)).toMatchObject({
      price: 0.3772,
      convertedPrice: 0.3772,
      conversionRate: 1,
    });
    expect(prices.every((p) => p.convertedCurrency === 'EUR')).toBe(true);
  });

  it('converts EUR prices back to USD', async () => {
    const { prices } = await offer('GRM188R71H104KA93D', 'USD', '8820023');
    expect(prices.map((p) => [p.quantity, p.price, p.currency, p.convertedPrice])).toEqual([
      [1, 0.092, 'EUR', 0.1],
      [10, 0.046, 'EUR', 0.05],
      [100, 0.0184, 'EUR', 0.02],
      [1000, 0.0092, 'EUR', 0.01],
    ]);
    expect(prices[0]?.conversionRate).toBeCloseTo(1 / 0.92, 10);
  });

  it('gives medianPrice1000 in the asked currency', async () => {
    const usd = (await offer('LM358DR', 'USD', '595-LM358DR')).part.medianPrice1000;
    const eur = (await offer('LM358DR', 'EUR', '595-LM358DR')).part.medianPrice1000;
    expect(usd).toMatchObject({ quantity: 1000, price: 0.155, currency: 'USD', convertedCurrency: 'USD' });
    expect(eur).toMatchObject({
      quantity: 1000,
      currency: 'EUR',
      convertedCurrency: 'EUR',
      conversionRate: 1,
    });
    expect(eur?.price).toBeCloseTo(0.155 * 0.92, 3);
  });
});

describe('supSearch', () => {
  const SEARCH = `query($q: String, $filters: Map, $limit: Int, $inStockOnly: Boolean) {
    supSearch(q: $q, filters: $filters, limit: $limit, inStockOnly: $inStockOnly) {
      hits
      results { part { id } }
      appliedCategory { id name }
      appliedFilters { shortname name values displayValues unitsSymbol }
      manufacturerAgg { company { id } count }
      distributorAgg(size: 2) { company { id } count }
      categoryAgg { category { id } count }
      inStockAgg { isInStock count }
      suggestedCategories { category { id } count }
      suggestedFilters { shortname }
      specsViewAttributeGroups { name attributes { shortname } }
      specAggs(attributeNames: ["outputvoltage"]) { attribute { shortname } min max buckets { displayValue count } }
    }
  }`;

  type Search = {
    supSearch: ResultSet & {
      appliedCategory: { id: string; name: string } | null;
      appliedFilters: unknown[];
      manufacturerAgg: { company: { id: string }; count: number }[];
      distributorAgg: { company: { id: string }; count: number }[];
      categoryAgg: { category: { id: string }; count: number }[];
      inStockAgg: { isInStock: boolean; count: number }[];
      suggestedCategories: { category: { id: string }; count: number }[];
      suggestedFilters: { shortname: string }[];
      specsViewAttributeGroups: { name: string; attributes: { shortname: string }[] }[];
      specAggs: { attribute: { shortname: string }; min: number; max: number; buckets: unknown[] }[];
    };
  };

  const search = async (variables: Record<string, unknown>) =>
    (await query<Search>(fixture.emu, fixture.token, SEARCH, variables)).supSearch;

  it('searches keywords over categories, descriptions and manufacturers', async () => {
    const opAmps = await search({ q: 'op amp' });
    expect(ids(opAmps).sort()).toEqual(['1001', '1002', '1003', '1004']);
    const ti = await search({ q: 'texas instruments' });
    expect(ids(ti).sort()).toEqual(['1001', '1004', '1005']);
  });

  it('lists every part for an empty q, ten per page by default', async () => {
    const set = await search({});
    expect(set.hits).toBe(21);
    expect(set.results).toHaveLength(10);
    expect(set.inStockAgg).toEqual([
      { isInStock: true, count: 20 },
      { isInStock: false, count: 1 },
    ]);
    expect((await search({ inStockOnly: true })).hits).toBe(20);
  });

  it('lists a category with filters only, with aggregations over every hit', async () => {
    const set = await search({ filters: { category_id: ['15'] }, limit: 1 });
    expect(set.hits).toBe(4);
    expect(set.results).toHaveLength(1);
    expect(set.appliedCategory).toEqual({ id: '15', name: 'Linear Voltage Regulators' });
    expect(set.appliedFilters).toEqual([
      {
        shortname: 'category_id',
        name: 'Category',
        values: ['15'],
        displayValues: ['Linear Voltage Regulators'],
        unitsSymbol: null,
      },
    ]);
    expect(set.manufacturerAgg).toEqual([
      { company: { id: 'st' }, count: 2 },
      { company: { id: 'ams' }, count: 1 },
      { company: { id: 'onsemi' }, count: 1 },
    ]);
    expect(set.distributorAgg).toEqual([
      { company: { id: 'digikey' }, count: 2 },
      { company: { id: 'lcsc' }, count: 1 },
    ]);
    expect(set.categoryAgg).toEqual([{ category: { id: '15' }, count: 4 }]);
    expect(set.suggestedCategories).toEqual([{ category: { id: '15' }, count: 4 }]);
    expect(set.suggestedFilters.map((a) => a.shortname)).toEqual(['case_package', 'outputvoltage']);
    expect(set.specsViewAttributeGroups).toEqual([
      { name: 'Physical', attributes: [{ shortname: 'case_package' }] },
      { name: 'Technical', attributes: [{ shortname: 'outputvoltage' }] },
    ]);
    expect(set.specAggs).toEqual([
      {
        attribute: { shortname: 'outputvoltage' },
        min: 3.3,
        max: 5,
        buckets: [
          { displayValue: '3.3 V', count: 1 },
          { displayValue: '5 V', count: 1 },
        ],
      },
    ]);
  });

  it('combines keywords and numeric range filters', async () => {
    const set = await search({ q: 'regulator', filters: { outputvoltage: ['(4__6)'] } });
    expect(ids(set)).toEqual(['1021']);
  });
});
