/**
 * BOM recipes: what a demo board is made of, as lines that name catalog parts
 * (by part number, or by the catalog's short description for passives), so
 * every demo project's BOM reads like the board its description promises.
 */
import type { Catalog, Part } from '../catalog/catalog-types.js';

/**
 * A catalog part by exact MPN, the first part whose short description matches, or the first of
 * several choices the catalog carries (generated families differ between catalog seeds).
 */
export type PartSelector = { mpn: string } | { description: RegExp } | { anyOf: readonly PartSelector[] };

export interface RecipeLine {
  part: PartSelector;
  count: number;
}

export type Recipe = readonly RecipeLine[];

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const mpn = (partNumber: string, count = 1): RecipeLine => ({ part: { mpn: partNumber }, count });

/** The first part whose short description matches `pattern`. */
export const like = (pattern: RegExp, count = 1): RecipeLine => ({ part: { description: pattern }, count });

const SIZES = ['0603', '0805', '0402', '1206'];
const sized = (size: string, make: (size: string) => RegExp): PartSelector => ({
  anyOf: [size, ...SIZES.filter((s) => s !== size)].map((s) => ({ description: make(s) })),
});

/** A 1% chip resistor, e.g. res('10K', 4) or res('330', 2, '0805') (another size if the catalog lacks that one). */
export const res = (ohms: string, count: number, size = '0603'): RecipeLine => ({
  part: sized(size, (s) => new RegExp(`^RES ${escapeRegExp(ohms)} OHM 1% \\S+ ${s}$`)),
  count,
});

/** A ceramic capacitor, e.g. cap('0.1UF', '50V', 6). */
export const cap = (value: string, volts: string, count: number, size = '0603'): RecipeLine => ({
  part: sized(size, (s) => new RegExp(`^CAP CER ${escapeRegExp(value)} ${escapeRegExp(volts)} \\S+ ${s}$`)),
  count,
});

/** An aluminium electrolytic (bulk) capacitor of any voltage rating, e.g. bulk('100UF', 2). */
export const bulk = (value: string, count: number): RecipeLine => ({
  part: { description: new RegExp(`^CAP ALUM ${escapeRegExp(value)} 20% \\S+ SMD$`) },
  count,
});

/** A 2.54 mm pin header with `positions` pins (in two rows when `rows` is 2). */
export const header = (positions: number, count = 1, rows: 1 | 2 = 1): RecipeLine =>
  like(
    new RegExp(`^Connector Header, [^,]+, ${positions} Position, ${rows === 2 ? '2 Rows, ' : ''}2\\.54 mm`),
    count,
  );

/** A JST wire-to-board header (XH or PH) with `positions` pins. */
export const jst = (positions: number, count = 1): RecipeLine =>
  like(new RegExp(`^Connector Header, (JST )?(XH|PH)[^,]*, ${positions} Position,`), count);

function usable(part: Part): boolean {
  return part.lifecycle !== 'EOL' && part.lifecycle !== 'DISCONTINUED';
}

/** Resolves selectors against one catalog, remembering answers (MPN lookups and description scans). */
export class RecipeResolver {
  readonly #byMpn = new Map<string, Part>();
  readonly #byPattern = new Map<string, Part | null>();
  readonly #parts: readonly Part[];

  constructor(catalog: Catalog) {
    this.#parts = catalog.parts.filter(usable);
    for (const part of this.#parts) if (!this.#byMpn.has(part.mpn)) this.#byMpn.set(part.mpn, part);
  }

  /** The part a selector names, or undefined when this catalog has none (a custom, smaller catalog). */
  resolve(selector: PartSelector): Part | undefined {
    if ('mpn' in selector) return this.#byMpn.get(selector.mpn);
    if ('anyOf' in selector) {
      for (const choice of selector.anyOf) {
        const part = this.resolve(choice);
        if (part) return part;
      }
      return undefined;
    }
    const key = selector.description.source;
    if (!this.#byPattern.has(key)) {
      this.#byPattern.set(
        key,
        this.#parts.find((p) => selector.description.test(p.shortDescription)) ?? null,
      );
    }
    return this.#byPattern.get(key) ?? undefined;
  }

  /** The recipe's lines whose parts the catalog carries, in order, merged when two name the same part. */
  lines(recipe: Recipe): { part: Part; count: number }[] {
    const lines: { part: Part; count: number }[] = [];
    for (const line of recipe) {
      const part = this.resolve(line.part);
      if (!part) continue;
      const same = lines.find((l) => l.part === part);
      if (same) same.count += line.count;
      else lines.push({ part, count: line.count });
    }
    return lines;
  }
}
