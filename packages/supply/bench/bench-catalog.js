// Plain JavaScript (the emulator process runs without a TypeScript loader): the benchmark's catalog.
// The default catalog holds about 3,250 distinct parts; a 50,000-line BOM needs 35,000. Copies of the
// default parts under other MPNs (`LM358DR-B2`) with their own ids make up the rest, each with the
// sellers, offers and prices of its original, so every BOM line costs the emulator and the client what
// a real part would.
import { createCatalog } from '@nexar/emulator';

/** A catalog of the default catalog's parts plus copies, at least `parts` parts in all. */
export function benchCatalog(parts) {
  const base = createCatalog();
  const copies = [];
  for (let k = 2; base.parts.length + copies.length < parts; k++) {
    for (const part of base.parts) {
      const mpn = `${part.mpn}-B${k}`;
      copies.push({
        ...part,
        id: `${part.id}${String(k).padStart(2, '0')}`,
        name: `${part.manufacturer.name} ${mpn}`,
        mpn,
        genericMpn: mpn,
        akaMpns: [],
        slug: `${part.slug}-b${k}`,
        octopartUrl: `${part.octopartUrl}-b${k}`,
      });
    }
  }
  return { ...base, parts: [...base.parts, ...copies] };
}

/** Parts the benchmark's catalog holds: enough for its largest BOM. */
export const BENCH_CATALOG_PARTS = 36_000;
