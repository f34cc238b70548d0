/**
 * A bigger catalog for the search-scaling figure: the default catalog plus copies of every part under
 * other part numbers (each letter and digit shifted, so "LM358" becomes "MN469"), as a real catalog has
 * many unrelated part numbers rather than variants of the same ones.
 */
import type { Catalog, Part } from '../src/index.js';

function shifted(text: string, by: number): string {
  return text.replace(/[A-Za-z0-9]/g, (c) => {
    const code = c.charCodeAt(0);
    if (c >= '0' && c <= '9') return String.fromCharCode(48 + ((code - 48 + by) % 10));
    const base = c >= 'a' ? 97 : 65;
    return String.fromCharCode(base + ((code - base + by) % 26));
  });
}

function copyOf(part: Part, by: number): Part {
  return {
    ...part,
    id: `${part.id}-x${by}`,
    mpn: shifted(part.mpn, by),
    genericMpn: shifted(part.genericMpn, by),
    akaMpns: part.akaMpns.map((mpn) => shifted(mpn, by)),
  };
}

/** `base` with `copies` shifted copies of each part: (copies + 1) × as many parts. */
export function scaledCatalog(base: Catalog, copies: number): Catalog {
  const parts = [...base.parts];
  for (let by = 1; by <= copies; by++) for (const part of base.parts) parts.push(copyOf(part, by));
  return { ...base, parts };
}
