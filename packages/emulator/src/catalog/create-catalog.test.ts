import { beforeAll, describe, expect, it } from 'vitest';
import { catalogToJson } from './catalog-to-json.js';
import type { Catalog, Part } from './catalog-types.js';
import { createCatalog, DEFAULT_GENERATED_PARTS, generatedPartCapacity } from './create-catalog.js';
import { CURATED_PARTS } from './curated-parts.js';
import { convertPrice } from './currency.js';
import { normalizeMpn } from './normalize.js';

let catalog: Catalog;
beforeAll(() => {
  catalog = createCatalog();
});

const byMpn = (mpn: string): Part[] => catalog.parts.filter((p) => normalizeMpn(p.mpn) === normalizeMpn(mpn));
const offers = (part: Part) => part.sellers.flatMap((s) => s.offers);

describe('createCatalog determinism', () => {
  it('gives byte-identical JSON for the same seed and a different catalog for another seed', () => {
    const json = JSON.stringify(catalogToJson(catalog));
    expect(JSON.stringify(catalogToJson(createCatalog({ seed: 1 })))).toBe(json);
    const other = createCatalog({ seed: 2 });
    expect(JSON.stringify(catalogToJson(other))).not.toBe(json);
    const mpns = (c: Catalog) => new Set(c.parts.map((p) => p.id));
    const overlap = [...mpns(other)].filter((id) => mpns(catalog).has(id)).length;
    expect(overlap).toBeLessThan(catalog.parts.length);
  });

  it('keeps curated parts identical whatever the seed', () => {
    const other = createCatalog({ seed: 99, generatedParts: 0 });
    const curated = catalog.parts.slice(0, CURATED_PARTS.length);
    expect(JSON.stringify(catalogToJson({ ...other, parts: curated }))).toBe(
      JSON.stringify(catalogToJson(other)),
    );
  });

  it('honours generatedParts and rejects impossible counts', () => {
    expect(createCatalog({ generatedParts: 10 }).parts).toHaveLength(CURATED_PARTS.length + 10);
    expect(() => createCatalog({ generatedParts: generatedPartCapacity() + 1 })).toThrow(RangeError);
    expect(() => createCatalog({ generatedParts: -1 })).toThrow(/generatedParts/);
  });
});

describe('createCatalog content', () => {
  it('has at least 3,000 distinct parts with unique ids', () => {
    expect(catalog.parts.length).toBe(CURATED_PARTS.length + DEFAULT_GENERATED_PARTS);
    expect(catalog.parts.length).toBeGreaterThanOrEqual(3000);
    expect(new Set(catalog.parts.map((p) => p.id)).size).toBe(catalog.parts.length);
    const keys = new Set(catalog.parts.map((p) => `${p.manufacturer.id}|${normalizeMpn(p.mpn)}`));
    expect(keys.size).toBe(catalog.parts.length);
  });

  it('contains the curated well-known parts', () => {
    for (const mpn of [
      'LM358DR',
      'LM358P',
      'NE555P',
      'ATMEGA328P-PU',
      'ATMEGA328P-AU',
      'STM32F103C8T6',
      'ESP32-WROOM-32E',
      'L7805CV',
      '1N4148',
      '2N2222A',
      'BC547B',
      'IRLZ44NPBF',
      'AMS1117-3.3',
      'CH340G',
      'TL072CP',
      'LM317T',
      'SN74HC595N',
      'FT232RL',
      'MAX232DR',
      'NRF24L01P-R7',
      'USB4105-GF-A',
      'GRM188R71H104KA93D',
      'RC0603FR-0710KL',
    ]) {
      expect(byMpn(mpn).length, mpn).toBeGreaterThan(0);
    }
    const lm358 = catalog.parts.filter((p) => p.genericMpn === 'LM358');
    expect(new Set(lm358.map((p) => p.manufacturer.name)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(byMpn('LM317T').map((p) => p.manufacturer.name))).toEqual(
      new Set(['STMicroelectronics', 'onsemi']),
    );
    const sku = byMpn('LM358P')[0]?.sellers.find((s) => s.company.name === 'Digi-Key')?.offers[0]?.sku;
    expect(sku).toBe('296-1395-5-ND');
  });

  it('quotes prices that fall as quantity rises, per offer and currency', () => {
    let checked = 0;
    for (const part of catalog.parts) {
      for (const offer of offers(part)) {
        expect(offer.prices.length, part.mpn).toBeGreaterThan(0);
        for (const currency of new Set(offer.prices.map((p) => p.currency))) {
          const list = offer.prices.filter((p) => p.currency === currency);
          for (let i = 1; i < list.length; i++) {
            expect(list[i]?.quantity).toBeGreaterThan(list[i - 1]?.quantity ?? 0);
            expect(list[i]?.price).toBeLessThan(list[i - 1]?.price ?? 0);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it('prices Mouser offers in USD and EUR at the fixed rate, and EU sellers in EUR', () => {
    const mouser = catalog.parts
      .flatMap((p) => p.sellers.filter((s) => s.company.name === 'Mouser'))
      .flatMap((s) => s.offers);
    expect(mouser.length).toBeGreaterThan(100);
    for (const offer of mouser.slice(0, 200)) {
      const usd = offer.prices.filter((p) => p.currency === 'USD');
      const eur = offer.prices.filter((p) => p.currency === 'EUR');
      expect(eur.map((p) => p.quantity)).toEqual(usd.map((p) => p.quantity));
      eur.forEach((p, i) => {
        expect(p.price).toBeCloseTo(convertPrice(usd[i]?.price ?? 0, 'USD', 'EUR'), 6);
      });
    }
    const farnell = catalog.parts
      .flatMap((p) => p.sellers.filter((s) => s.company.name === 'Farnell'))
      .flatMap((s) => s.offers);
    expect(farnell.every((o) => o.prices.every((p) => p.currency === 'EUR'))).toBe(true);
  });

  it('respects MOQ and order multiples in reel offers and price breaks', () => {
    const all = catalog.parts.flatMap(offers);
    const reels = all.filter((o) => o.packaging === 'Tape & Reel');
    expect(reels.length).toBeGreaterThan(100);
    for (const offer of reels) {
      expect(offer.moq).toBe(offer.factoryPackQuantity);
      expect(offer.orderMultiple).toBe(offer.moq);
      expect(offer.inventoryLevel % (offer.orderMultiple ?? 1)).toBe(0);
    }
    for (const offer of all) {
      expect(offer.prices[0]?.quantity).toBeGreaterThanOrEqual(offer.moq ?? 1);
      for (const p of offer.prices) expect(p.quantity % (offer.orderMultiple ?? 1)).toBe(0);
    }
    expect(all.some((o) => (o.moq ?? 1) > 1 && o.packaging === 'Cut Tape')).toBe(true);
    expect(new Set(all.map((o) => o.packaging))).toEqual(
      new Set(['Cut Tape', 'Tape & Reel', 'Tube', 'Tray', 'Bulk']),
    );
  });

  it('gives generated parts 2 to 6 sellers, specs and a mix of awkward market situations', () => {
    const generated = catalog.parts.slice(CURATED_PARTS.length);
    for (const part of generated) {
      expect(part.sellers.length).toBeGreaterThanOrEqual(2);
      expect(part.sellers.length).toBeLessThanOrEqual(6);
      expect(part.specs.length).toBeGreaterThanOrEqual(3);
    }
    const share = (predicate: (p: Part) => boolean) => generated.filter(predicate).length / generated.length;
    const noStock = share((p) => offers(p).every((o) => o.inventoryLevel === 0));
    const noDatasheet = share((p) => p.bestDatasheet === null);
    const unauthorizedOnly = share((p) => p.sellers.every((s) => !s.isAuthorized));
    const obsolete = share((p) => p.lifecycle === 'EOL' || p.lifecycle === 'DISCONTINUED');
    for (const value of [noStock, noDatasheet, unauthorizedOnly, obsolete]) {
      expect(value).toBeGreaterThan(0.01);
      expect(value).toBeLessThan(0.15);
    }
    const stock = generated.flatMap(offers).map((o) => o.inventoryLevel);
    expect(Math.max(...stock)).toBeGreaterThan(100_000);
  });

  it('keeps each seller SKU unique and links every part to known companies and categories', () => {
    const skus = new Set<string>();
    for (const part of catalog.parts) {
      expect(catalog.manufacturers).toContain(part.manufacturer);
      expect(part.category && catalog.categories).toContain(part.category);
      for (const seller of part.sellers) {
        expect(catalog.sellers).toContain(seller.company);
        for (const offer of seller.offers) {
          const key = `${seller.company.id}|${offer.sku}`;
          expect(skus.has(key), key).toBe(false);
          skus.add(key);
          expect(offer.clickUrl).toMatch(/^https:\/\/octopart\.example\.com\//);
          expect(Number.isNaN(Date.parse(offer.updated))).toBe(false);
        }
      }
    }
    const op = catalog.categories.find((c) => c.name === 'Op Amps');
    expect(op?.path).toBe('/electronic-parts/integrated-circuits/amplifiers/op-amps');
  });
});
