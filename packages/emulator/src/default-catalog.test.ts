import { describe, expect, it } from 'vitest';
import { catalogToJson, createCatalog } from './catalog/index.js';
import { defaultCatalog } from './default-catalog.js';

describe('defaultCatalog', () => {
  it("is the generator's catalog for the seed, part for part, id for id, price for price", () => {
    expect(JSON.stringify(catalogToJson(defaultCatalog(undefined)))).toBe(
      JSON.stringify(catalogToJson(createCatalog())),
    );
    expect(JSON.stringify(catalogToJson(defaultCatalog(7)))).toBe(
      JSON.stringify(catalogToJson(createCatalog({ seed: 7 }))),
    );
  });

  it('is built once per seed and process', () => {
    expect(defaultCatalog(undefined)).toBe(defaultCatalog(undefined));
    expect(defaultCatalog(7)).not.toBe(defaultCatalog(undefined));
  });
});
