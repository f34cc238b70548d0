/**
 * The built-in catalog: curated well-known parts plus parts drawn from
 * generated families with a seeded PRNG. The same options always give the
 * same catalog, byte for byte once serialised.
 */
import { createBuildContext } from './build-context.js';
import type { Catalog, Part } from './catalog-types.js';
import { CURATED_PARTS } from './curated-parts.js';
import { generatedPool } from './generated-pool.js';
import { normalizeMpn } from './normalize.js';
import type { Availability } from './offers.js';
import { buildPart, type PartBlueprint } from './part-builder.js';
import { mulberry32, type Rng, rngFor } from './prng.js';

export const DEFAULT_CATALOG_SEED = 1;
export const DEFAULT_GENERATED_PARTS = 3200;

export interface CreateCatalogOptions {
  /** PRNG seed for the generated parts (curated parts do not depend on it). Default 1. */
  seed?: number;
  /** How many generated parts to add to the curated ones. Default 3200. */
  generatedParts?: number;
}

function partKey(bp: PartBlueprint): string {
  return `${bp.manufacturerId}|${normalizeMpn(bp.mpn)}`;
}

/** Market situation of a generated part: most are ordinary, a few are awkward on purpose. */
function withMarket(bp: PartBlueprint, rng: Rng): PartBlueprint {
  const roll = rng.next();
  let availability: Availability = 'normal';
  let lifecycle = bp.lifecycle;
  if (roll < 0.06) availability = 'no-stock';
  else if (roll < 0.11) availability = 'unauthorized-only';
  else if (roll < 0.15) {
    availability = 'obsolete';
    lifecycle = rng.chance(0.5) ? 'EOL' : 'DISCONTINUED';
  } else if (roll < 0.18) lifecycle = 'NRFND';
  return {
    ...bp,
    availability,
    ...(lifecycle ? { lifecycle } : {}),
    hasDatasheet: bp.hasDatasheet ?? rng.chance(0.95),
  };
}

/** Number of distinct generated parts available (the most `generatedParts` can be). */
export function generatedPartCapacity(): number {
  const curated = new Set(CURATED_PARTS.map(partKey));
  return new Set(
    generatedPool()
      .map(partKey)
      .filter((key) => !curated.has(key)),
  ).size;
}

export function createCatalog(options: CreateCatalogOptions = {}): Catalog {
  const seed = options.seed ?? DEFAULT_CATALOG_SEED;
  const wanted = options.generatedParts ?? DEFAULT_GENERATED_PARTS;
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  const ctx = createBuildContext();
  const parts: Part[] = [];
  const seen = new Set<string>();
  for (const bp of CURATED_PARTS) {
    const key = partKey(bp);
    if (seen.has(key)) throw new Error(`Duplicate curated part ${bp.mpn}`);
    seen.add(key);
    parts.push(buildPart(bp, rngFor('curated', key), ctx));
  }
  const pool = generatedPool().filter((bp) => {
    const key = partKey(bp);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (!Number.isInteger(wanted) || wanted < 0 || wanted > pool.length) {
    throw new RangeError(`generatedParts must be an integer from 0 to ${pool.length}, got ${wanted}`);
  }
  const chosen = new Set(
    mulberry32(seed)
      .shuffle(pool.map((_, i) => i))
      .slice(0, wanted),
  );
  pool.forEach((bp, i) => {
    if (!chosen.has(i)) return;
    const rng = rngFor(seed, partKey(bp));
    parts.push(buildPart(withMarket(bp, rng), rng, ctx));
  });
  return {
    manufacturers: [...ctx.manufacturers.values()].map((entry) => entry.company),
    sellers: [...ctx.sellers.values()].map((entry) => entry.company),
    categories: [...ctx.categories.values()],
    attributes: [...ctx.attributes.values()],
    parts,
  };
}
