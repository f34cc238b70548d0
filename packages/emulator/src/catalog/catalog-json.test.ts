import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogFromJson } from './catalog-from-json.js';
import type { CatalogJson } from './catalog-json-format.js';
import { catalogToJson } from './catalog-to-json.js';
import { createCatalog } from './create-catalog.js';
import { DataFormatError } from './json-reader.js';
import { loadCatalogFile, SMALL_CATALOG_FIXTURE } from './load-catalog-file.js';

let fixture: CatalogJson;
beforeAll(async () => {
  const { readFile } = await import('node:fs/promises');
  fixture = JSON.parse(await readFile(SMALL_CATALOG_FIXTURE, 'utf8')) as CatalogJson;
});

type Json = Record<string, unknown>;

/** The object at a path inside parsed JSON (test data navigation). */
function at(root: unknown, ...keys: (string | number)[]): Json {
  let value = root;
  for (const key of keys) value = (value as Record<string | number, unknown>)[key];
  if (typeof value !== 'object' || value === null) throw new Error(`nothing at ${keys.join('.')}`);
  return value as Json;
}

/** A deep copy of the fixture with one change applied. */
function mutated(change: (json: Json) => void): unknown {
  const copy = structuredClone(fixture) as unknown as Json;
  change(copy);
  return copy;
}

function errorOf(value: unknown, source?: string): DataFormatError {
  try {
    catalogFromJson(value, source);
  } catch (error) {
    if (error instanceof DataFormatError) return error;
    throw error;
  }
  throw new Error('expected a DataFormatError');
}

describe('catalog JSON round trip', () => {
  it('reads back exactly what catalogToJson wrote, for a generated catalog', () => {
    const catalog = createCatalog({ seed: 5, generatedParts: 300 });
    const json = JSON.parse(JSON.stringify(catalogToJson(catalog))) as unknown;
    const back = catalogFromJson(json);
    expect(back).toEqual(catalog);
    expect(JSON.stringify(catalogToJson(back))).toBe(JSON.stringify(json));
  });

  it('fills defaults for the compact fixture and round-trips it', async () => {
    const catalog = await loadCatalogFile(SMALL_CATALOG_FIXTURE);
    expect(catalog.parts).toHaveLength(21);
    const lm358dr = catalog.parts.find((p) => p.mpn === 'LM358DR');
    expect(lm358dr?.name).toBe('Texas Instruments LM358DR');
    expect(lm358dr?.category?.path).toBe('/electronic-parts/integrated-circuits/amplifiers/op-amps');
    expect(lm358dr?.documentCollections[0]?.documents[0]).toBe(lm358dr?.bestDatasheet);
    expect(lm358dr?.sellers[0]?.country).toBe('US');
    expect(lm358dr?.sellers[0]?.offers[0]?.id).toBe('1001-0-0');
    const usb = catalog.parts.find((p) => p.mpn === 'USB4105-GF-A');
    expect(usb?.bestDatasheet).toBeNull();
    const grm = catalog.parts.find((p) => p.mpn === 'GRM188R71H104KA93D');
    expect(grm?.specs.find((s) => s.attribute.shortname === 'capacitance')?.displayValue).toBe('100 nF');
    expect(catalogFromJson(JSON.parse(JSON.stringify(catalogToJson(catalog))))).toEqual(catalog);
  });
});

describe('catalog JSON validation', () => {
  it.each<[string, (json: Json) => void, string]>([
    [
      'a non-array price list',
      (j) =>
        (at(j, 'parts', 3, 'sellers', 0, 'offers') as unknown as Json[]).push({
          sku: 'X',
          inventoryLevel: 1,
          prices: 'cheap',
        }),
      'parts[3].sellers[0].offers[1].prices: expected an array, got a string',
    ],
    ['a missing part list', (j) => delete j.parts, 'parts: expected an array, got nothing'],
    ['a missing MPN', (j) => delete at(j, 'parts', 2).mpn, 'parts[2].mpn: expected a string, got nothing'],
    [
      'an empty MPN',
      (j) => Object.assign(at(j, 'parts', 2), { mpn: ' ' }),
      'parts[2].mpn: must not be empty',
    ],
    [
      'an unknown manufacturer',
      (j) => Object.assign(at(j, 'parts', 0), { manufacturer: 'acme' }),
      'parts[0].manufacturer: unknown manufacturer id "acme"',
    ],
    [
      'an unknown category',
      (j) => Object.assign(at(j, 'parts', 0), { category: '999' }),
      'parts[0].category: unknown category id "999"',
    ],
    [
      'an unknown seller',
      (j) => Object.assign(at(j, 'parts', 1, 'sellers', 0), { company: 'ebay' }),
      'parts[1].sellers[0].company: unknown seller id "ebay"',
    ],
    [
      'a missing isAuthorized',
      (j) => delete at(j, 'parts', 1, 'sellers', 0).isAuthorized,
      'parts[1].sellers[0].isAuthorized: expected a boolean',
    ],
    [
      'a negative stock',
      (j) => Object.assign(at(j, 'parts', 0, 'sellers', 0, 'offers', 0), { inventoryLevel: -1 }),
      'parts[0].sellers[0].offers[0].inventoryLevel: must be at least 0, got -1',
    ],
    [
      'a fractional quantity',
      (j) => Object.assign(at(j, 'parts', 0, 'sellers', 0, 'offers', 0, 'prices', 1), { quantity: 2.5 }),
      'parts[0].sellers[0].offers[0].prices[1].quantity: expected an integer, got 2.5',
    ],
    [
      'quantities out of order',
      (j) => Object.assign(at(j, 'parts', 0, 'sellers', 0, 'offers', 0, 'prices', 2), { quantity: 5 }),
      'parts[0].sellers[0].offers[0].prices[2].quantity: price breaks of one currency must have increasing quantities (5 after 10)',
    ],
    [
      'an unsupported currency',
      (j) => Object.assign(at(j, 'parts', 0, 'sellers', 0, 'offers', 0, 'prices', 0), { currency: 'XBT' }),
      'parts[0].sellers[0].offers[0].prices[0].currency: unsupported currency "XBT"',
    ],
    [
      'a bad update time',
      (j) => Object.assign(at(j, 'parts', 0, 'sellers', 0, 'offers', 0), { updated: 'yesterday' }),
      'parts[0].sellers[0].offers[0].updated: expected an ISO 8601 date-time, got "yesterday"',
    ],
    [
      'an unknown field',
      (j) => Object.assign(at(j, 'parts', 0, 'sellers', 0, 'offers', 0), { stock: 5 }),
      'parts[0].sellers[0].offers[0].stock: unknown field',
    ],
    [
      'a duplicate part id',
      (j) => Object.assign(at(j, 'parts', 4), { id: '1001' }),
      'parts[4].id: duplicate part id "1001" (also at parts[0].id)',
    ],
    [
      'an unknown attribute',
      (j) => Object.assign(at(j, 'parts', 0, 'specs', 0), { attribute: 'weight' }),
      'parts[0].specs[0].attribute: unknown attribute "weight"',
    ],
    [
      'a bad lifecycle',
      (j) => Object.assign(at(j, 'parts', 0), { lifecycle: 'DEAD' }),
      'parts[0].lifecycle: expected one of UNKNOWN, NEW, ACTIVE',
    ],
    [
      'a dangling parent category',
      (j) => Object.assign(at(j, 'categories', 1), { parentId: '77' }),
      'categories[1].parentId: unknown parent category id "77"',
    ],
    [
      'an unsupported version',
      (j) => Object.assign(j, { version: 2 }),
      'version: unsupported version 2 (expected 1)',
    ],
    [
      'a non-object manufacturer',
      (j) => (j.manufacturers as unknown[]).splice(1, 1, 'onsemi'),
      'manufacturers[1]: expected an object, got a string',
    ],
  ])('reports %s with its path', (_, change, message) => {
    const error = errorOf(mutated(change));
    expect(error.message).toContain(message);
  });

  it('rejects a non-object root and names the source', () => {
    const error = errorOf([], 'my-catalog.json');
    expect(error.message).toBe('my-catalog.json: (root): expected an object, got an array');
    expect(error.path).toBe('');
    expect(error.source).toBe('my-catalog.json');
  });

  it('names the file when loading invalid JSON or an invalid catalog from disk', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'catalog-'));
    const broken = join(dir, 'broken.json');
    await writeFile(broken, '{ "parts": [');
    await expect(loadCatalogFile(broken)).rejects.toThrow(`${broken}: (root): not valid JSON`);
    const invalid = join(dir, 'invalid.json');
    await writeFile(
      invalid,
      JSON.stringify({ manufacturers: [], sellers: [], parts: [{ id: '1', mpn: 'X', manufacturer: 'm' }] }),
    );
    await expect(loadCatalogFile(invalid)).rejects.toThrow(
      `${invalid}: parts[0].manufacturer: unknown manufacturer id "m"`,
    );
  });
});
