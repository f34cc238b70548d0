import { type Catalog, createCatalog } from './catalog/index.js';

/**
 * The generated catalog per seed, built once per process: emulators never change their catalog, so
 * every emulator a test file (or the sample app) starts with the same seed can share one.
 */
const bySeed = new Map<number | undefined, Catalog>();

export function defaultCatalog(seed: number | undefined): Catalog {
  let catalog = bySeed.get(seed);
  if (catalog === undefined) {
    catalog = createCatalog(seed === undefined ? {} : { seed });
    bySeed.set(seed, catalog);
  }
  return catalog;
}
