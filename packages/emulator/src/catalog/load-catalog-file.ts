/** Loads a catalog from a JSON file in the format of catalog-json-format.ts. */
import { fileURLToPath } from 'node:url';
import { catalogFromJson } from './catalog-from-json.js';
import type { Catalog } from './catalog-types.js';
import { readJsonFile } from './load-json-file.js';

export async function loadCatalogFile(path: string | URL): Promise<Catalog> {
  const file = typeof path === 'string' ? path : fileURLToPath(path);
  return catalogFromJson(await readJsonFile(file), file);
}

/** The small catalog fixture with known answers (see fixtures/README.md). */
export const SMALL_CATALOG_FIXTURE: string = fileURLToPath(
  new URL('../../fixtures/catalog.small.json', import.meta.url),
);
