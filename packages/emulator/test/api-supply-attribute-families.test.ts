/**
 * Sort, filters and spec aggregations by Octopart attribute shortnames on the built-in catalog, over
 * loopback. Expected orders and bucket counts are worked out here from the catalog's own data (the same
 * deterministic catalog the emulator builds), not with the emulator's sort or aggregation code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAT, type Catalog, createCatalog, type Part } from '../src/catalog/index.js';
import type { Emulator } from '../src/index.js';
import { graphql, query } from './api-supply-harness.js';
import { appToken, startTestEmulator } from './emulator-harness.js';

let emu: Emulator;
let token: string;
let catalog: Catalog;

beforeAll(async () => {
  emu = await startTestEmulator({ partLimit: 100_000_000 });
  token = await appToken(emu, 'supply');
  catalog = createCatalog();
}, 120_000);
afterAll(() => emu.close());

/** Lifecycle Status as Octopart words it (the API adds it to every part with a known lifecycle). */
const LIFECYCLE_SHOWN: Partial<Record<Part['lifecycle'], string>> = {
  NEW: 'New',
  ACTIVE: 'Production',
  ACTIVE_UNCONFIRMED: 'Production',
  NRFND: 'NRND',
  EOL: 'EOL',
  DISCONTINUED: 'Obsolete',
  DISCONTINUED_UNCONFIRMED: 'Obsolete',
};

interface Value {
  display: string;
  /** The number (SI units) of a numeric spec, or null for text. */
  number: number | null;
  text: string;
}

function specValue(part: Part, shortname: string): Value | undefined {
  if (shortname === 'lifecyclestatus') {
    const shown = LIFECYCLE_SHOWN[part.lifecycle];
    return shown ? { display: shown, number: null, text: shown } : undefined;
  }
  const spec = part.specs.find((s) => s.attribute.shortname === shortname);
  if (!spec) return undefined;
  const number = spec.valueType === 'number' ? Number(spec.siValue) : null;
  return { display: spec.displayValue, number, text: spec.value };
}

/** A sort key comparable across parts: numbers by value, text case-insensitively. */
function sortKey(value: Value | undefined): number | string | null {
  if (!value) return null;
  return value.number ?? value.text.toLowerCase();
}

function compareKeys(a: number | string | null, b: number | string | null, dir: 'asc' | 'desc'): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const order = typeof a === 'number' && typeof b === 'number' ? a - b : a < b ? -1 : a > b ? 1 : 0;
  return dir === 'desc' ? -order : order;
}

function partsIn(categoryId: string | undefined): Part[] {
  return categoryId === undefined
    ? catalog.parts
    : catalog.parts.filter((part) => part.category?.id === categoryId);
}

interface SearchAnswer {
  supSearch: {
    hits: number;
    results: { part: { id: string } }[];
    specAggs: {
      attribute: { shortname: string };
      buckets: { displayValue: string; count: number }[];
      min: number | null;
      max: number | null;
    }[];
  };
}

const SEARCH = `query($filters: Map, $sort: String, $sortDir: SupSortDirection, $aggs: [String!]!) {
  supSearch(q: "", limit: 100, filters: $filters, sort: $sort, sortDir: $sortDir) {
    hits
    results { part { id } }
    specAggs(attributeNames: $aggs, size: 1000) { attribute { shortname } buckets { displayValue count } min max }
  }
}`;

async function search(variables: {
  filters?: Record<string, string[]>;
  sort?: string;
  sortDir?: 'asc' | 'desc';
  aggs?: string[];
}): Promise<SearchAnswer['supSearch']> {
  const data = await query<SearchAnswer>(emu, token, SEARCH, { aggs: [], ...variables });
  return data.supSearch;
}

/** The sort keys of a page of results, looked up in the catalog by id. */
function keysOfPage(results: { part: { id: string } }[], shortname: string) {
  const byId = new Map(catalog.parts.map((part) => [part.id, part]));
  return results.map(({ part }) => {
    const found = byId.get(part.id);
    if (!found) throw new Error(`the emulator returned part ${part.id}, which the catalog does not have`);
    return sortKey(specValue(found, shortname));
  });
}

/** Bucket counts (display value → parts) and the numeric range of one attribute over some parts. */
function expectedAgg(parts: readonly Part[], shortname: string) {
  const counts: Record<string, number> = {};
  const numbers: number[] = [];
  for (const part of parts) {
    const value = specValue(part, shortname);
    if (!value) continue;
    counts[value.display] = (counts[value.display] ?? 0) + 1;
    if (value.number !== null) numbers.push(value.number);
  }
  return {
    counts,
    min: numbers.length ? Math.min(...numbers) : null,
    max: numbers.length ? Math.max(...numbers) : null,
  };
}

async function checkSortAndAggs(
  categoryId: string | undefined,
  sort: string,
  sortDir: 'asc' | 'desc',
  aggs: string[],
) {
  const parts = partsIn(categoryId);
  expect(parts.length).toBeGreaterThan(0);
  const filters = categoryId ? { category_id: [categoryId] } : undefined;
  const set = await search({ ...(filters ? { filters } : {}), sort, sortDir, aggs });
  expect(set.hits).toBe(parts.length);
  const expectedKeys = parts
    .map((part) => sortKey(specValue(part, sort)))
    .sort((a, b) => compareKeys(a, b, sortDir))
    .slice(0, 100);
  expect(keysOfPage(set.results, sort)).toEqual(expectedKeys);
  expect(set.specAggs.map((agg) => agg.attribute.shortname)).toEqual(aggs);
  for (const agg of set.specAggs) {
    const expected = expectedAgg(parts, agg.attribute.shortname);
    const counts = Object.fromEntries(agg.buckets.map((b) => [b.displayValue, b.count]));
    expect(counts, agg.attribute.shortname).toEqual(expected.counts);
    const listed = agg.buckets.map((b) => b.count);
    expect(listed).toEqual([...listed].sort((a, b) => b - a)); // most common first
    expect([agg.min, agg.max], agg.attribute.shortname).toEqual([expected.min, expected.max]);
  }
  return set;
}

describe('sort and spec aggregations per attribute family, on the built-in catalog', () => {
  it.each([
    [
      'chip resistors',
      CAT.chipResistors,
      'resistance',
      'desc',
      ['powerrating', 'temperaturecoefficient', 'voltagerating_dc_'],
    ],
    [
      'ceramic capacitors',
      CAT.ceramicCapacitors,
      'capacitance',
      'asc',
      ['dielectric', 'voltagerating_dc_', 'maxoperatingtemperature'],
    ],
    [
      'electrolytic capacitors',
      CAT.electrolytics,
      'ripplecurrent',
      'desc',
      ['life_hours_', 'capacitance', 'composition'],
    ],
    [
      'power inductors',
      CAT.powerInductors,
      'dcresistance_dcr_',
      'asc',
      ['inductance', 'shielding', 'saturationcurrent'],
    ],
    ['ferrite beads', CAT.ferriteBeads, 'impedance', 'desc', ['dcresistance_dcr_', 'currentrating']],
    ['crystals', CAT.crystals, 'frequency', 'asc', ['loadcapacitance', 'frequencystability', 'case_package']],
    [
      'LEDs',
      CAT.leds,
      'wavelength',
      'desc',
      ['color', 'forwardvoltage', 'luminousintensity', 'viewingangle'],
    ],
    [
      'rectifier diodes',
      CAT.rectifiers,
      'reversevoltage',
      'desc',
      ['forwardvoltage', 'forwardcurrent', 'numberofpins'],
    ],
    ['Schottky diodes', CAT.schottky, 'forwardvoltage', 'asc', ['reversevoltage', 'reverserecoverytime']],
    ['Zener diodes', CAT.zeners, 'zenervoltage', 'asc', ['maxpowerdissipation', 'tolerance']],
    [
      'BJTs',
      CAT.bjts,
      'continuouscollectorcurrent',
      'desc',
      ['polarity', 'collector_emitterbreakdownvoltage'],
    ],
    [
      'MOSFETs',
      CAT.mosfets,
      'gatecharge',
      'asc',
      ['drain_to_sourcevoltage_vdss_', 'thresholdvoltage', 'drain_to_sourceresistance_rds_on_'],
    ],
    [
      'linear regulators',
      CAT.linearRegulators,
      'quiescentcurrent',
      'asc',
      ['outputvoltage', 'maxinputvoltage', 'outputtype', 'dropoutvoltage'],
    ],
    [
      'op amps',
      CAT.opAmps,
      'slewrate',
      'desc',
      ['minsupplyvoltage', 'quiescentcurrent', 'gainbandwidthproduct'],
    ],
    [
      'microcontrollers',
      CAT.microcontrollers,
      'ramsize',
      'desc',
      ['corearchitecture', 'memorysize', 'numberofi_os', 'interface'],
    ],
    [
      'wire-to-board connectors',
      CAT.wireToBoard,
      'numberofpositions',
      'desc',
      ['pitch', 'contactplating', 'orientation', 'currentrating'],
    ],
    [
      'pin headers',
      CAT.pinHeaders,
      'numberofrows',
      'desc',
      ['numberofpositions', 'gender', 'contactplating'],
    ],
    ['USB connectors', CAT.usbConnectors, 'numberofpositions', 'asc', ['gender', 'currentrating', 'mount']],
    [
      'every part: common specs',
      undefined,
      'maxoperatingtemperature',
      'desc',
      ['packaging', 'rohs', 'lifecyclestatus', 'minoperatingtemperature'],
    ],
  ] as const)(
    '%s: sort and aggregate by their attributes',
    async (_family, categoryId, sort, sortDir, aggs) => {
      await checkSortAndAggs(categoryId, sort, sortDir, [...aggs]);
    },
    60_000,
  );

  it('sorts and aggregates by every attribute a built-in part carries', async () => {
    const carried = new Set(catalog.parts.flatMap((part) => part.specs.map((s) => s.attribute.shortname)));
    carried.add('lifecyclestatus');
    expect(carried.size).toBeGreaterThan(60);
    for (const shortname of carried) {
      const parts = catalog.parts.filter((part) => specValue(part, shortname) !== undefined);
      // Within the parts that have a value, so the first page shows the order.
      const category = parts[0]?.category?.id;
      await checkSortAndAggs(category, shortname, 'asc', [shortname]);
    }
  }, 300_000);

  it('filters on every attribute a built-in part carries, by value and by range', async () => {
    const carried = new Set(catalog.parts.flatMap((part) => part.specs.map((s) => s.attribute.shortname)));
    carried.add('lifecyclestatus');
    for (const shortname of carried) {
      const values = catalog.parts.flatMap((part) => specValue(part, shortname) ?? []);
      const [display] =
        Object.entries(expectedAgg(catalog.parts, shortname).counts).sort((a, b) => b[1] - a[1])[0] ?? [];
      if (display === undefined) throw new Error(`no value of ${shortname}`);
      const byValue = await search({ filters: { [shortname]: [display] } });
      const matching = values.filter(
        (v) =>
          v.display.toLowerCase() === display.toLowerCase() || v.text.toLowerCase() === display.toLowerCase(),
      );
      expect(byValue.hits, `${shortname} = ${display}`).toBe(matching.length);
      const numbers = values.flatMap((v) => (v.number === null ? [] : [v.number]));
      if (numbers.length === 0) continue;
      const sorted = [...numbers].sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
      const byRange = await search({ filters: { [shortname]: [`(${median}__)`] } });
      expect(byRange.hits, `${shortname} ≥ ${median}`).toBe(numbers.filter((n) => n >= median).length);
    }
  }, 300_000);
});

describe('attribute shortnames the catalog does not carry', () => {
  it('known to Octopart but on no built-in part (weight): sort keeps every part, filter matches none, aggregation is empty', async () => {
    const sorted = await search({ sort: 'weight', aggs: ['weight'] });
    expect(sorted.hits).toBe(catalog.parts.length);
    expect(sorted.specAggs).toEqual([
      { attribute: { shortname: 'weight' }, buckets: [], min: null, max: null },
    ]);
    const filtered = await search({ filters: { weight: ['(0__)'] } });
    expect(filtered.hits).toBe(0);
  });

  it('unknown: sort and filters are refused naming the shortname, an aggregation of it is left out', async () => {
    for (const variables of [{ sort: 'nosuchattribute' }, { filters: { nosuchattribute: ['1'] } }]) {
      const response = await graphql(emu, token, SEARCH, { aggs: [], ...variables });
      expect(response.data).toBeNull();
      expect(response.errors?.[0]?.extensions?.code).toBe('INVALID_ARGUMENT');
      expect(response.errors?.[0]?.message).toContain('"nosuchattribute"');
      expect(response.errors?.[0]?.message).toContain('supAttributes');
    }
    const aggs = await search({ aggs: ['nosuchattribute', 'capacitance'] });
    expect(aggs.specAggs.map((agg) => agg.attribute.shortname)).toEqual(['capacitance']);
  });

  it('supAttributes lists every shortname sort, filters and aggregations accept', async () => {
    const data = await query<{ supAttributes: { id: string; shortname: string; valueType: string }[] }>(
      emu,
      token,
      '{ supAttributes { id shortname valueType } }',
    );
    const listed = new Set(data.supAttributes.map((a) => a.shortname));
    for (const part of catalog.parts)
      for (const spec of part.specs) expect(listed).toContain(spec.attribute.shortname);
    expect(listed).toContain('lifecyclestatus');
    expect(new Set(data.supAttributes.map((a) => a.id)).size).toBe(data.supAttributes.length);
  });
});
