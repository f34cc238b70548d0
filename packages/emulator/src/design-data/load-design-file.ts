/** Loads design data from a JSON file in the format of design-json-format.ts. */
import { fileURLToPath } from 'node:url';
import { readJsonFile } from '../catalog/load-json-file.js';
import { designDataFromJson } from './design-from-json.js';
import type { DesignData } from './design-types.js';

export async function loadDesignDataFile(path: string | URL): Promise<DesignData> {
  const file = typeof path === 'string' ? path : fileURLToPath(path);
  return designDataFromJson(await readJsonFile(file), file);
}
