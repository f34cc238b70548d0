/** supCategories, supManufacturers, supSellers and the SupCategory / SupCompany types. */
import type { CatalogIndex, Category, Company, PartLifeCycle } from '../../catalog/index.js';

interface CategoriesArgs {
  ids?: readonly string[] | null;
  paths?: readonly string[] | null;
  root: 'ElectronicParts' | 'Application';
}

interface ManufacturersArgs {
  ids?: readonly string[] | null;
  slugs?: readonly string[] | null;
  minNumberOfActiveParts?: number | null;
}

interface SellersArgs {
  ids?: readonly string[] | null;
  slugs?: readonly string[] | null;
  customPricingOnly: boolean;
}

const ACTIVE: ReadonlySet<PartLifeCycle> = new Set(['NEW', 'ACTIVE', 'ACTIVE_UNCONFIRMED']);

/** `/electronic-parts/x/` and `electronic-parts/X` name the same path. */
function normalizePath(path: string): string {
  return `/${path
    .trim()
    .toLowerCase()
    .replace(/^\/+|\/+$/g, '')}`;
}

/** All of `list` when no selector is given; else the items each selector names, in the order asked, once each. */
function select<T>(
  list: readonly T[],
  selectors: (readonly [keys: readonly string[] | null | undefined, find: (key: string) => T | undefined])[],
): T[] {
  if (selectors.every(([keys]) => keys == null)) return [...list];
  const out = new Set<T>();
  for (const [keys, find] of selectors) {
    for (const key of keys ?? []) {
      const item = find(key);
      if (item !== undefined) out.add(item);
    }
  }
  return [...out];
}

export function catalogListResolvers(catalog: CatalogIndex) {
  let activeParts: Map<Company, number> | undefined;
  let customPricing: Set<Company> | undefined;
  const sellerSet = new Set(catalog.sellers());
  const bySlug = (companies: readonly Company[]) => (slug: string) =>
    companies.find((company) => company.slug === slug.trim().toLowerCase());

  const activeCount = (company: Company): number => {
    if (activeParts === undefined) {
      activeParts = new Map();
      for (const part of catalog.parts) {
        if (ACTIVE.has(part.lifecycle))
          activeParts.set(part.manufacturer, (activeParts.get(part.manufacturer) ?? 0) + 1);
      }
    }
    return activeParts.get(company) ?? 0;
  };
  const offersCustomPricing = (company: Company): boolean => {
    if (customPricing === undefined) {
      customPricing = new Set();
      for (const part of catalog.parts) {
        for (const seller of part.sellers)
          if (seller.offers.some((o) => o.isCustomPricing)) customPricing.add(seller.company);
      }
    }
    return customPricing.has(company);
  };

  return {
    Query: {
      /** The catalog holds electronic parts only: the Application root has no categories. */
      supCategories: (_source: unknown, args: CategoriesArgs): Category[] => {
        if (args.root === 'Application') return [];
        const all = catalog.categories();
        return select(all, [
          [args.ids, (id) => catalog.categoryById(id)],
          [args.paths, (path) => all.find((c) => normalizePath(c.path) === normalizePath(path))],
        ]);
      },
      supManufacturers: (_source: unknown, args: ManufacturersArgs): Company[] => {
        const all = catalog.manufacturers();
        const min = args.minNumberOfActiveParts ?? 0;
        return select(all, [
          [args.ids, (id) => catalog.manufacturerById(id)],
          [args.slugs, bySlug(all)],
        ]).filter((company) => min <= 0 || activeCount(company) >= min);
      },
      supSellers: (_source: unknown, args: SellersArgs): Company[] => {
        const all = catalog.sellers();
        return select(all, [
          [args.ids, (id) => catalog.sellerById(id)],
          [args.slugs, bySlug(all)],
        ]).filter((company) => !args.customPricingOnly || offersCustomPricing(company));
      },
    },
    SupCategory: {
      numParts: (category: Category) => catalog.categoryPartCount(category.id),
      ancestors: (category: Category) => catalog.categoryAncestors(category.id),
      children: (category: Category) => catalog.categoryChildren(category.id),
      relevantAttributes: (category: Category) => catalog.categoryRelevantAttributes(category.id),
      blurb: () => null,
    },
    SupCompany: {
      // Octocart (Octopart's cart) works with the sellers that have a live API integration.
      isOctocartSupported: (company: Company) => sellerSet.has(company) && company.isDistributorApi,
    },
  };
}
