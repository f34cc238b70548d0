/** Shared lookups and uniqueness registries while a catalog is being generated. */
import { builtInAttributes } from './attributes.js';
import type { Attribute, Category, Company, Spec } from './catalog-types.js';
import { builtInCategories } from './categories.js';
import {
  MANUFACTURER_DEFS,
  type ManufacturerDef,
  manufacturerCompany,
  SELLER_DEFS,
  type SellerDef,
  sellerCompany,
} from './companies.js';
import { hash32 } from './prng.js';

export interface BuildContext {
  manufacturers: Map<string, { def: ManufacturerDef; company: Company }>;
  sellers: Map<string, { def: SellerDef; company: Company }>;
  categories: Map<string, Category>;
  attributes: Map<string, Attribute>;
  /** Specs already built, by attribute, value and display: parts with the same value share one object. */
  specs: Map<string, Spec>;
  /** Epoch milliseconds that offer `updated` times count back from. */
  baseTime: number;
  /** Claims a unique id: tries `candidate(0)`, `candidate(1)`, ... until one is free in `scope`. */
  claim(scope: string, candidate: (attempt: number) => string): string;
}

/** Offers look refreshed within the three days before this instant. */
export const CATALOG_BASE_TIME = Date.UTC(2026, 1, 1, 6, 0, 0);

export function createBuildContext(): BuildContext {
  const used = new Map<string, Set<string>>();
  return {
    manufacturers: new Map(
      MANUFACTURER_DEFS.map((def) => [def.id, { def, company: manufacturerCompany(def) }]),
    ),
    sellers: new Map(SELLER_DEFS.map((def) => [def.id, { def, company: sellerCompany(def) }])),
    categories: new Map(builtInCategories().map((category) => [category.id, category])),
    attributes: new Map(builtInAttributes().map((attribute) => [attribute.shortname, attribute])),
    specs: new Map(),
    baseTime: CATALOG_BASE_TIME,
    claim(scope, candidate) {
      let set = used.get(scope);
      if (set === undefined) {
        set = new Set();
        used.set(scope, set);
      }
      for (let attempt = 0; ; attempt++) {
        const value = candidate(attempt);
        if (!set.has(value)) {
          set.add(value);
          return value;
        }
      }
    },
  };
}

/** A number in [min, max) derived from a key: stable SKUs and ids that do not depend on order. */
export function stableNumber(key: string, min: number, max: number): number {
  return min + (hash32(key) % (max - min));
}
