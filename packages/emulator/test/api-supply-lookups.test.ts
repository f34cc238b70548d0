import { describe, expect, it } from 'vitest';
import { query, useSupplyEmulator } from './api-supply-harness.js';

const fixture = useSupplyEmulator();

type Data = Record<string, unknown>;
const run = <T = Data>(text: string, variables: Data = {}) =>
  query<T>(fixture.emu, fixture.token, text, variables);

describe('supParts', () => {
  it('answers in the order asked, with null for unknown ids', async () => {
    const data = await run<{ supParts: ({ id: string; mpn: string } | null)[] }>(
      '{ supParts(ids: ["1005", "no-such-part", "1001"]) { id mpn } }',
    );
    expect(data.supParts).toEqual([{ id: '1005', mpn: 'NE555P' }, null, { id: '1001', mpn: 'LM358DR' }]);
  });

  it('computes stock figures and lists similar parts', async () => {
    const data = await run<{
      supParts: { totalAvail: number; avgAvail: number; similarParts: { id: string }[]; counts: Data }[];
    }>('{ supParts(ids: ["1005", "1001"]) { totalAvail avgAvail similarParts { id } counts } }');
    const [ne555, lm358] = data.supParts;
    expect([ne555?.totalAvail, ne555?.avgAvail]).toEqual([10050, 5025]);
    expect(lm358?.similarParts.map((p) => p.id)).toEqual(['1002', '1003', '1004']);
    // Two specs of its own, and its lifecycle status.
    expect(lm358?.counts).toMatchObject({ sellers: 2, offers: 3, specs: 3, images: 0 });
  });

  it('shows the lifecycle as a "Lifecycle Status" spec, as Octopart does', async () => {
    const data = await run<{
      supParts: { specs: { attribute: { shortname: string }; displayValue: string }[] }[];
    }>('{ supParts(ids: ["1004", "1001"]) { specs { attribute { shortname } displayValue } } }');
    const lifecycle = data.supParts.map(
      (part) => part.specs.find((s) => s.attribute.shortname === 'lifecyclestatus')?.displayValue,
    );
    expect(lifecycle).toEqual(['EOL', 'Production']);
  });
});

describe('SupPart.sellers and offers', () => {
  const sellers = async (id: string, args: string) => {
    const data = await run<{ supParts: { sellers: { company: { id: string } }[] }[] }>(
      `{ supParts(ids: ["${id}"]) { sellers${args} { company { id } } } }`,
    );
    return data.supParts[0]?.sellers.map((s) => s.company.id);
  };

  it('leaves brokers out by default, as Nexar does', async () => {
    expect(await sellers('1007', '')).toEqual(['lcsc']);
    expect(await sellers('1007', '(includeBrokers: true)')).toEqual(['lcsc', 'winsource']);
    expect(await sellers('1004', '')).toEqual([]);
  });

  it('honours authorizedOnly, start and limit', async () => {
    expect(await sellers('1020', '(authorizedOnly: true)')).toEqual(['digikey']);
    expect(await sellers('1005', '(start: 1)')).toEqual(['mouser']);
    expect(await sellers('1005', '(limit: 1)')).toEqual(['digikey']);
    expect(await sellers('1005', '(customPricingOnly: true)')).toEqual([]);
  });

  it('prices the asked quantities with offers(priceBreaks)', async () => {
    const data = await run<{
      supParts: {
        sellers: { offers: { sku: string; moq: number; orderMultiple: number; prices: Data[] }[] }[];
      }[];
    }>(
      '{ supParts(ids: ["1005"]) { sellers { offers(priceBreaks: [5, 100, 1000]) { sku moq orderMultiple prices { quantity price currency } } } } }',
    );
    const mouser = data.supParts[0]?.sellers.flatMap((s) => s.offers).find((o) => o.sku === '595-NE555P');
    expect(mouser).toEqual({
      sku: '595-NE555P',
      moq: 10,
      orderMultiple: 5,
      prices: [
        { quantity: 5, price: 0.5, currency: 'USD' },
        { quantity: 100, price: 0.3, currency: 'USD' },
        { quantity: 1000, price: 0.2, currency: 'USD' },
      ],
    });
  });

  it('fills the fields the catalog does not store with stable defaults', async () => {
    const data = await run<{ supParts: Data[] }>(`{ supParts(ids: ["1001"]) {
      series { id } freeSampleUrl referenceDesigns { name }
      sellers { shipsToCountries { countryCode } company { isOctocartSupported }
        offers { internalUrl multipackQuantity clickUrl } }
    } }`);
    const part = data.supParts[0] as {
      series: null;
      freeSampleUrl: null;
      referenceDesigns: unknown[];
      sellers: {
        shipsToCountries: unknown[];
        company: { isOctocartSupported: boolean };
        offers: { internalUrl: string; multipackQuantity: null }[];
      }[];
    };
    expect([part.series, part.freeSampleUrl, part.referenceDesigns]).toEqual([null, null, []]);
    expect(part.sellers.map((s) => s.company.isOctocartSupported)).toEqual([true, false]);
    expect(part.sellers.every((s) => s.shipsToCountries.length === 0)).toBe(true);
    const urls = part.sellers.flatMap((s) => s.offers.map((o) => o.internalUrl));
    expect(new Set(urls).size).toBe(3);
    expect(urls.every((url) => url.startsWith('https://'))).toBe(true);
  });
});

describe('supCategories', () => {
  type Category = {
    id: string;
    parentId: string;
    name: string;
    path: string;
    numParts: number;
    ancestors: { name: string }[];
    children: { id: string }[];
    relevantAttributes: { shortname: string }[];
    blurb: unknown;
  };
  const categories = async (args: string) =>
    (
      await run<{ supCategories: Category[] }>(`{ supCategories${args} {
        id parentId name path numParts ancestors { name } children { id } relevantAttributes { shortname } blurb { name }
      } }`)
    ).supCategories;

  it('lists the whole tree without arguments', async () => {
    const all = await categories('');
    expect(all).toHaveLength(20);
    expect(all[0]).toMatchObject({
      id: '1',
      parentId: '0',
      path: '/electronic-parts',
      numParts: 21,
      ancestors: [],
    });
  });

  it('looks categories up by id and by path, with their place in the tree', async () => {
    const [opAmps, ics] = await categories('(ids: ["12", "10", "nope"])');
    expect(opAmps).toEqual({
      id: '12',
      parentId: '11',
      name: 'Op Amps',
      path: '/electronic-parts/integrated-circuits/amplifiers/op-amps',
      numParts: 4,
      ancestors: [{ name: 'Electronic Parts' }, { name: 'Integrated Circuits' }, { name: 'Amplifiers' }],
      children: [],
      relevantAttributes: [{ shortname: 'case_package' }, { shortname: 'numberofchannels' }],
      blurb: null,
    });
    expect(ics?.numParts).toBe(12);
    expect(ics?.children.map((c) => c.id)).toEqual(['11', '13', '14', '15', '16']);
    const [connectors] = await categories('(paths: ["electronic-parts/connectors/"])');
    expect(connectors?.id).toBe('40');
  });

  it('has no categories under the Application root', async () => {
    expect(await categories('(root: Application)')).toEqual([]);
  });
});

describe('supManufacturers and supSellers', () => {
  it('lists manufacturers, by id or slug, or with enough active parts', async () => {
    const ids = async (args: string) =>
      (
        await run<{ supManufacturers: { id: string }[] }>(`{ supManufacturers${args} { id } }`)
      ).supManufacturers.map((c) => c.id);
    expect(await ids('')).toHaveLength(14);
    expect(await ids('(ids: ["st", "ti", "nope"])')).toEqual(['st', 'ti']);
    expect(await ids('(slugs: ["texas-instruments"])')).toEqual(['ti']);
    // TI: LM358DR and NE555P (LM358N is EOL); onsemi 3; ST 4.
    expect(await ids('(minNumberOfActiveParts: 2)')).toEqual(['ti', 'onsemi', 'st']);
  });

  it('lists sellers with their company fields', async () => {
    const data = await run<{ supSellers: Data[] }>(
      '{ supSellers { id name aliases slug homepageUrl displayFlag isVerified isDistributorApi isOctocartSupported } }',
    );
    expect(data.supSellers).toHaveLength(5);
    expect(data.supSellers[0]).toEqual({
      id: 'digikey',
      name: 'Digi-Key',
      aliases: ['DigiKey'],
      slug: 'digi-key',
      homepageUrl: 'https://www.digikey.com',
      displayFlag: 'US',
      isVerified: true,
      isDistributorApi: true,
      isOctocartSupported: true,
    });
    const some = await run<{ supSellers: { id: string }[] }>(
      '{ supSellers(ids: ["lcsc"], slugs: ["mouser"]) { id } }',
    );
    expect(some.supSellers.map((s) => s.id)).toEqual(['lcsc', 'mouser']);
    const custom = await run<{ supSellers: unknown[] }>('{ supSellers(customPricingOnly: true) { id } }');
    expect(custom.supSellers).toEqual([]);
  });
});

describe('supSuggest, supSpellingCorrection and supAttributes', () => {
  it('completes part numbers and names', async () => {
    const data = await run<{ supSuggest: { text: string; inPartId: string; inManufacturerName: string }[] }>(
      '{ supSuggest(q: "lm31") { text inPartId inManufacturerName inCategoryId inCategoryName } }',
    );
    expect(data.supSuggest.map((s) => [s.text, s.inPartId])).toEqual([
      ['LM317T', '1010'],
      ['LM317T', '1011'],
    ]);
    const names = await run<{ supSuggest: { text: string; inCategoryId: string }[] }>(
      '{ supSuggest(q: "cap") { text inCategoryId } }',
    );
    expect(names.supSuggest).toContainEqual({ text: 'Capacitors', inCategoryId: '23' });
    const partsOnly = await run<{ supSuggest: unknown[] }>(
      '{ supSuggest(q: "cap", partNumbersOnly: true) { text } }',
    );
    expect(partsOnly.supSuggest).toEqual([]);
    const inCategory = await run<{ supSuggest: { text: string }[] }>(
      '{ supSuggest(q: "lm", categoryId: "12") { text } }',
    );
    expect(inCategory.supSuggest.map((s) => s.text).sort()).toEqual([
      'LM358DR',
      'LM358DR2G',
      'LM358DT',
      'LM358N',
    ]);
  });

  it('corrects spelling with the hit count of the correction', async () => {
    const data = await run<{ supSpellingCorrection: Data[] }>(
      '{ supSpellingCorrection(q: "resistr") { correctionString hits } }',
    );
    expect(data.supSpellingCorrection).toEqual([{ correctionString: 'resistor', hits: 1 }]);
  });

  it("lists every attribute: the catalog's 8 and the Lifecycle Status every part shows", async () => {
    const data = await run<{ supAttributes: { shortname: string; unitsSymbol: string }[] }>(
      '{ supAttributes { id name shortname shortDisplayname group valueType unitsName unitsSymbol } }',
    );
    expect(data.supAttributes).toHaveLength(9);
    expect(data.supAttributes.at(-1)).toMatchObject({
      id: '910',
      shortname: 'lifecyclestatus',
      group: 'Supply Chain',
    });
    expect(data.supAttributes.find((a) => a.shortname === 'resistance')?.unitsSymbol).toBe('Ω');
  });
});
