/** supSearch (keywords) and supSearchMpn (part numbers): filtered, sorted, paged result sets. */
import type { CatalogIndex, PartHit } from '../../catalog/index.js';
import { type PageArgs, pageOf } from './paging.js';
import { parseFilters } from './part-filters.js';
import { type SortArgs, sortHits } from './part-sort.js';
import { type PricingArgs, pricingFromArgs } from './pricing-args.js';
import type { ResultSet } from './result-set.js';

export interface SearchArgs extends PageArgs, SortArgs, PricingArgs {
  q?: string | null;
  inStockOnly?: boolean | null;
  hasDatasheetOnly?: boolean | null;
  filters?: unknown;
  rankingMethod?: string;
}

/** Nexar's default page size for supSearch and supSearchMpn. */
export const DEFAULT_SEARCH_LIMIT = 10;

type Find = (catalog: CatalogIndex, q: string, warnings: string[]) => PartHit[];

function searchField(catalog: CatalogIndex, field: string, find: Find) {
  return (_source: unknown, args: SearchArgs): ResultSet => {
    const pricing = pricingFromArgs(field, args);
    const page = pageOf(field, args, DEFAULT_SEARCH_LIMIT);
    const filters = parseFilters(catalog, field, args);
    const warnings: string[] = [];
    const found = find(catalog, args.q ?? '', warnings);
    const hits = sortHits(
      catalog,
      field,
      filters.none ? found : found.filter((hit) => filters.test(hit.part)),
      args,
      pricing.currency,
    );
    return { hits, page: hits.slice(page.start, page.start + page.limit), pricing, filters, warnings };
  };
}

/**
 * Keyword search over MPN, manufacturer, category, descriptions and specs; an
 * empty `q` lists every part the filters let through.
 */
const keywordSearch: Find = (catalog, q) => catalog.search(q);

/** Case-, space- and punctuation-insensitive MPN search: exact, then prefix, then substring matches. */
const mpnSearch: Find = (catalog, q, warnings) => {
  if (q.trim() === '') {
    warnings.push(
      'supSearchMpn needs a part number in q; an empty q matches nothing (use supSearch to list parts).',
    );
    return [];
  }
  return catalog.searchMpn(q);
};

export function searchResolvers(catalog: CatalogIndex) {
  return {
    Query: {
      supSearch: searchField(catalog, 'supSearch', keywordSearch),
      supSearchMpn: searchField(catalog, 'supSearchMpn', mpnSearch),
    },
  };
}
