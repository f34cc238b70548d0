/** Inputs and results of the typed methods, derived from the generated operation types. */
import type {
  ApplicationUsageQuery,
  AttributesQuery,
  CategoriesQuery,
  CategoriesQueryVariables,
  ManufacturersQuery,
  ManufacturersQueryVariables,
  MultiMatchQuery,
  MultiMatchQueryVariables,
  PartsByIdsQuery,
  PartsByIdsQueryVariables,
  SearchMpnQuery,
  SearchMpnQueryVariables,
  SearchQuery,
  SearchQueryVariables,
  SellersQuery,
  SellersQueryVariables,
  SpellingCorrectionQuery,
  SpellingCorrectionQueryVariables,
  SuggestQuery,
  SuggestQueryVariables,
} from './generated/graphql.js';

/** Variables the client fills in: the field preset's switches, and country / currency unless given. */
type ClientFilled = 'withSpecs' | 'withDocuments' | 'withLeadTimes' | 'country' | 'currency';

/** Country (ISO 3166 alpha-2) and currency (ISO 4217) of prices and stock; default: the client's. */
export interface PricedInput {
  country?: string;
  currency?: string;
}

export type SearchMpnInput = Omit<SearchMpnQueryVariables, ClientFilled> & PricedInput;
export type SearchInput = Omit<SearchQueryVariables, ClientFilled> & PricedInput;
export type MultiMatchInput = Omit<MultiMatchQueryVariables, ClientFilled | 'queries'> &
  PricedInput & { queries: Extract<MultiMatchQueryVariables['queries'], readonly unknown[]> };
export type PartsByIdsInput = Omit<PartsByIdsQueryVariables, ClientFilled | 'ids'> &
  PricedInput & { ids: readonly string[] };
export type SuggestInput = SuggestQueryVariables;
export type SpellingCorrectionInput = SpellingCorrectionQueryVariables;
export type CategoriesInput = CategoriesQueryVariables;
export type ManufacturersInput = ManufacturersQueryVariables;
export type SellersInput = SellersQueryVariables;
/** Search input for the page iterators: paging comes from `PagingOptions`. */
export type SearchMpnPagesInput = Omit<SearchMpnInput, 'start' | 'limit'>;
export type SearchPagesInput = Omit<SearchInput, 'start' | 'limit'>;

export type SearchMpnResult = SearchMpnQuery['supSearchMpn'];
export type SearchResult = SearchQuery['supSearch'];
/** One search hit: the part, and why it matched. */
export type SearchMpnHit = NonNullable<SearchMpnResult['results']>[number];
export type SearchHit = NonNullable<SearchResult['results']>[number];
export type MultiMatchResult = MultiMatchQuery['supMultiMatch'];
/** A part as the client's part-returning operations return it (see `SupplyPartFragment`). */
export type SupplyPartResult = NonNullable<PartsByIdsQuery['supParts'][number]>;
export type PartsByIdsResult = PartsByIdsQuery['supParts'];
export type SuggestResult = SuggestQuery['supSuggest'];
export type SpellingCorrectionResult = SpellingCorrectionQuery['supSpellingCorrection'];
export type CategoriesResult = CategoriesQuery['supCategories'];
export type Category = CategoriesResult[number];
export type ManufacturersResult = ManufacturersQuery['supManufacturers'];
export type SellersResult = SellersQuery['supSellers'];
export type AttributesResult = AttributesQuery['supAttributes'];
export type ApplicationUsageResult = ApplicationUsageQuery['admApplicationById'];

/** The application's part usage this billing period. */
export interface SupplyUsage {
  applicationId: string;
  applicationName: string;
  /** Parts returned so far this period. */
  partCounter: number;
  partLimit: number;
  /** `partLimit - partCounter`, never below 0. */
  remaining: number;
}
