/**
 * supMultiMatch: many MPN / SKU lines in one call, one SupPartMatch per query in
 * query order, each with its `reference` echoed back. Paging bounds apply per
 * query, and the queries' limits may add up to at most 100 parts.
 */
import type { CatalogIndex } from '../../catalog/index.js';
import { invalidArgument } from '../api-errors.js';
import { checkMultiMatchTotal, pageOf } from './paging.js';
import { parseFilters } from './part-filters.js';
import { type PartView, partView } from './part-view.js';
import { type PricingArgs, pricingFromArgs } from './pricing-args.js';

export interface PartMatchQuery {
  mpn?: string | null;
  sku?: string | null;
  mpnOrSku?: string | null;
  manufacturer?: string | null;
  seller?: string | null;
  start: number;
  limit: number;
  reference?: string | null;
}

export interface PartMatchOptions {
  requireAuthorizedSellers?: boolean | null;
  requireStockAvailable?: boolean | null;
  filters?: unknown;
}

export interface MultiMatchArgs extends PricingArgs {
  queries: readonly PartMatchQuery[];
  options?: PartMatchOptions | null;
}

export interface PartMatch {
  reference: string | null;
  hits: number;
  parts: PartView[];
  error: string | null;
}

const FIELD = 'supMultiMatch';

/** Nexar's default `limit` of one multi-match query. */
export const DEFAULT_MATCH_LIMIT = 3;

const text = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

export function multiMatchResolvers(catalog: CatalogIndex) {
  const supMultiMatch = (_source: unknown, args: MultiMatchArgs): PartMatch[] => {
    if (args.queries.length === 0) {
      throw invalidArgument(`${FIELD}: queries is empty; give at least one query (mpn, sku or mpnOrSku).`);
    }
    const pricing = pricingFromArgs(FIELD, args);
    const pages = args.queries.map((query, i) => pageOf(FIELD, query, DEFAULT_MATCH_LIMIT, `queries[${i}].`));
    checkMultiMatchTotal(
      FIELD,
      pages.map((page) => page.limit),
    );
    const options = args.options ?? {};
    const filters = parseFilters(catalog, FIELD, { filters: options.filters });
    return args.queries.map((query, i): PartMatch => {
      const reference = query.reference ?? null;
      const mpn = text(query.mpn);
      const sku = text(query.sku);
      const mpnOrSku = text(query.mpnOrSku);
      if (!mpn && !sku && !mpnOrSku) {
        return {
          reference,
          hits: 0,
          parts: [],
          error: `queries[${i}] has no mpn, sku or mpnOrSku: give at least one to match on.`,
        };
      }
      const matched = catalog.match({
        mpn,
        sku,
        mpnOrSku,
        manufacturer: text(query.manufacturer),
        seller: text(query.seller),
        requireAuthorizedSellers: options.requireAuthorizedSellers ?? false,
        requireStockAvailable: options.requireStockAvailable ?? false,
      });
      const parts = filters.none ? matched : matched.filter((part) => filters.test(part));
      const page = pages[i] ?? { start: 0, limit: DEFAULT_MATCH_LIMIT };
      return {
        reference,
        hits: parts.length,
        parts: parts.slice(page.start, page.start + page.limit).map((part) => partView(part, pricing)),
        error: null,
      };
    });
  };
  return { Query: { supMultiMatch } };
}
