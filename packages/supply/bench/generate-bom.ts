/** A reproducible BOM drawn from the benchmark's catalog: distinct parts, then repeats of some of them. */
import type { BomLine } from '../src/bom/index.js';
import { normalizeManufacturer, normalizeMpn } from '../src/bom/index.js';
import { BENCH_CATALOG_PARTS, benchCatalog } from './bench-catalog.js';

/** mulberry32: a small seeded generator, so every run draws the same BOM. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], rng: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/** How a designer might type the same MPN again: other case, spaces. */
function variant(mpn: string, rng: () => number): string {
  const r = rng();
  if (r < 0.3) return mpn.toLowerCase();
  if (r < 0.5) return ` ${mpn} `;
  return mpn;
}

let catalog: ReturnType<typeof benchCatalog>['parts'] | undefined;
const catalogParts = () => {
  catalog ??= benchCatalog(BENCH_CATALOG_PARTS).parts;
  return catalog;
};

/** `lines` BOM lines of which `repeatShare` repeat an MPN (and manufacturer) of another line. */
export function generateBom(
  lines: number,
  repeatShare: number,
  seed = 7,
): { bom: BomLine[]; unique: number } {
  const rng = random(seed);
  const unique = Math.round(lines * (1 - repeatShare));
  const seen = new Set<string>();
  const parts = shuffle(
    catalogParts().filter((part) => {
      const key = `${normalizeMpn(part.mpn)}|${normalizeManufacturer(part.manufacturer.name)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
    rng,
  ).slice(0, unique);
  if (parts.length < unique) throw new Error(`the catalog has only ${parts.length} distinct parts`);
  const line = (part: (typeof parts)[number], n: number): BomLine => ({
    mpn: variant(part.mpn, rng),
    manufacturer: part.manufacturer.name,
    quantity: 1 + Math.floor(rng() * 10),
    designators: [`X${n}`],
  });
  const bom = parts.map((part, i) => line(part, i + 1));
  for (let i = unique; i < lines; i++)
    bom.push(line(parts[Math.floor(rng() * parts.length)] as (typeof parts)[number], i + 1));
  return { bom: shuffle(bom, rng), unique };
}
