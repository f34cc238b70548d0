/** SupPartResultSet and SupPartResult: a page of hits, with totals, filters and aggregations over every hit. */
import type { CatalogIndex, Part, PartHit } from '../../catalog/index.js';
import {
  bucketSize,
  categoryAgg,
  distributorAgg,
  inStockAgg,
  manufacturerAgg,
  specsViewAttributeGroups,
  suggestedCategories,
  suggestedFilters,
} from './aggregations.js';
import type { PartFilters } from './part-filters.js';
import { type PartView, type Pricing, partView } from './part-view.js';
import { type SpecAggsArgs, specAggs } from './spec-aggs.js';

export interface ResultSet {
  /** Every match, in the asked order. */
  hits: readonly PartHit[];
  /** The hits on the asked page. */
  page: readonly PartHit[];
  pricing: Pricing;
  filters: PartFilters;
  warnings: readonly string[];
}

export interface PartResult {
  part: PartView;
  akaMpn: string | null;
  description: string;
}

const partsOf = (set: ResultSet): Part[] => set.hits.map((hit) => hit.part);

export function resultSetResolvers(catalog: CatalogIndex) {
  return {
    SupPartResultSet: {
      hits: (set: ResultSet) => set.hits.length,
      results: (set: ResultSet): PartResult[] =>
        set.page.map((hit) => ({
          part: partView(hit.part, set.pricing),
          akaMpn: hit.akaMpn,
          description: hit.part.shortDescription,
        })),
      warnings: (set: ResultSet) => set.warnings,
      appliedCategory: (set: ResultSet) => set.filters.appliedCategory,
      appliedFilters: (set: ResultSet) => set.filters.applied(),
      specsViewAttributeGroups: (set: ResultSet) =>
        specsViewAttributeGroups(catalog.attributes(), partsOf(set)),
      manufacturerAgg: (set: ResultSet, args: { size: number }) =>
        manufacturerAgg(partsOf(set), bucketSize('SupPartResultSet.manufacturerAgg', args.size)),
      distributorAgg: (set: ResultSet, args: { size: number }) =>
        distributorAgg(partsOf(set), bucketSize('SupPartResultSet.distributorAgg', args.size)),
      categoryAgg: (set: ResultSet, args: { size: number }) =>
        categoryAgg(partsOf(set), bucketSize('SupPartResultSet.categoryAgg', args.size)),
      inStockAgg: (set: ResultSet) => inStockAgg(partsOf(set)),
      specAggs: (set: ResultSet, args: SpecAggsArgs) => specAggs(catalog, partsOf(set), args),
      suggestedCategories: (set: ResultSet) => suggestedCategories(partsOf(set)),
      suggestedFilters: (set: ResultSet) => suggestedFilters(partsOf(set)),
    },
  };
}
