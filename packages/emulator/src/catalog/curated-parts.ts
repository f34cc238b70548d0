/**
 * Well-known parts with realistic data. Their offers come from a generator
 * seeded by the part itself, so they are the same whatever the catalog seed.
 */
import { CURATED_ICS } from './curated-ics.js';
import { CURATED_OTHERS } from './curated-others.js';
import type { PartBlueprint } from './part-builder.js';

export const CURATED_PARTS: readonly PartBlueprint[] = [...CURATED_ICS, ...CURATED_OTHERS];
