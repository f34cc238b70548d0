import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { NexarClient } from '@nexar/client';
import type { ResultCache } from './cache/result-cache.js';
import type { CategoryNode } from './category-tree.js';
import type { FieldVariables } from './field-presets.js';
import type {
  AttributesResult,
  CategoriesInput,
  CategoriesResult,
  Category,
  ManufacturersInput,
  ManufacturersResult,
  MultiMatchInput,
  MultiMatchResult,
  PartsByIdsInput,
  PartsByIdsResult,
  SearchHit,
  SearchInput,
  SearchMpnHit,
  SearchMpnInput,
  SearchMpnPagesInput,
  SearchMpnResult,
  SearchPagesInput,
  SearchResult,
  SellersInput,
  SellersResult,
  SpellingCorrectionInput,
  SpellingCorrectionResult,
  SuggestInput,
  SuggestResult,
  SupplyUsage,
} from './operation-types.js';
import type { PagingOptions, SupplyPage } from './pages.js';
import type { PartMeter } from './part-meter.js';
import type { PartEstimate, SupplyCallOptions } from './supply-request.js';

/** Options of the typed methods (their worst case and cacheability are worked out for them). */
export type SupplyMethodOptions = Pick<SupplyCallOptions, 'signal' | 'timeoutMs' | 'cache' | 'onParts'>;

/** The worst case of calls without sending them; each method takes the same input as the client's. */
export interface SupplyDryRun {
  searchMpn(input: SearchMpnInput, options?: SupplyMethodOptions): Promise<PartEstimate>;
  search(input?: SearchInput, options?: SupplyMethodOptions): Promise<PartEstimate>;
  multiMatch(input: MultiMatchInput, options?: SupplyMethodOptions): Promise<PartEstimate>;
  partsByIds(input: PartsByIdsInput, options?: SupplyMethodOptions): Promise<PartEstimate>;
  /** A whole iteration: every page it may ask for (`cached` is always false). */
  searchMpnPages(input: SearchMpnPagesInput, paging?: PagingOptions): Promise<PartEstimate>;
  searchPages(input: SearchPagesInput, paging?: PagingOptions): Promise<PartEstimate>;
}

/** Typed Nexar supply operations with part accounting and a result cache. */
export interface SupplyClient {
  /** Parts used by this client (`used`), and what is left of `maxParts` (`remaining`). */
  readonly parts: PartMeter;
  /** Default country and currency of priced queries. */
  readonly country: string;
  readonly currency: string;
  /** Name of the field set (`'basic'`, `'standard'`, `'full'`, or the groups), part of every cache key. */
  readonly fieldSet: string;
  /** The field preset's variables, for your own operations that spread `SupplyPart`. */
  readonly fieldVariables: FieldVariables;
  /** The result cache (undefined with `cache: false`) and its TTL. */
  readonly cache: ResultCache | undefined;
  readonly cacheTtlMs: number;
  /** The transport underneath. Calls made on it directly bypass part accounting and the cache. */
  readonly nexar: NexarClient;

  /**
   * Any supply operation (e.g. a generated document of this package, or your own) through the one
   * path every call takes: cache lookup, worst-case check against `maxParts` before sending, part
   * counting, over-limit error mapping, cache store.
   */
  request<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
    options?: SupplyCallOptions<TResult>,
  ): Promise<TResult>;
  /** What `request` would cost, without sending. */
  estimate<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
    options?: Pick<SupplyCallOptions<TResult>, 'worstCaseParts' | 'cache'>,
  ): Promise<PartEstimate>;
  /** Calls' worst cases without sending them. */
  readonly dryRun: SupplyDryRun;

  /** A fresh cached value under `key` (see `cacheKey`), or undefined; TTL applied with the client's clock. */
  getCached(key: string): Promise<unknown>;
  /** Stores a successful answer under `key`, stamped with the client's clock. */
  setCached(key: string, value: unknown): Promise<void>;

  /** Part-number search (exact, then prefix matches). Costs up to `limit` parts (default 10). */
  searchMpn(input: SearchMpnInput, options?: SupplyMethodOptions): Promise<SearchMpnResult>;
  /** Keyword search with filters, sort, `inStockOnly`, `hasDatasheetOnly`. Up to `limit` parts (default 10). */
  search(input?: SearchInput, options?: SupplyMethodOptions): Promise<SearchResult>;
  /** Many MPN / SKU lines in one request; costs up to the sum of the queries' limits (default 3 each, 100 at most). */
  multiMatch(input: MultiMatchInput, options?: SupplyMethodOptions): Promise<MultiMatchResult>;
  /** Parts by id, null for unknown ids; one part per id. */
  partsByIds(input: PartsByIdsInput, options?: SupplyMethodOptions): Promise<PartsByIdsResult>;
  /** Completions for a partial query (no parts). */
  suggest(input: SuggestInput, options?: SupplyMethodOptions): Promise<SuggestResult>;
  spellingCorrection(
    input: SpellingCorrectionInput,
    options?: SupplyMethodOptions,
  ): Promise<SpellingCorrectionResult>;
  /** Categories as a flat list. */
  categories(input?: CategoriesInput, options?: SupplyMethodOptions): Promise<CategoriesResult>;
  /** Categories linked into a tree by parentId. */
  categoryTree(input?: CategoriesInput, options?: SupplyMethodOptions): Promise<CategoryNode<Category>[]>;
  manufacturers(input?: ManufacturersInput, options?: SupplyMethodOptions): Promise<ManufacturersResult>;
  sellers(input?: SellersInput, options?: SupplyMethodOptions): Promise<SellersResult>;
  attributes(options?: SupplyMethodOptions): Promise<AttributesResult>;
  /**
   * The application's part counter and limit (never cached). Nexar serves them to a user's token only
   * (authorization code flow); with an application token this throws `NexarUsageUnavailableError`
   * (reason `user_token_required`). `applicationId` defaults to the client option, then the token
   * provider's client id.
   */
  usage(options?: { applicationId?: string; signal?: AbortSignal }): Promise<SupplyUsage>;

  /** Pages through a part-number search within Nexar's paging bounds (see `PagingOptions`). */
  searchMpnPages(
    input: SearchMpnPagesInput,
    paging?: PagingOptions,
  ): AsyncGenerator<SupplyPage<SearchMpnHit>, void, undefined>;
  /** Pages through a keyword search within Nexar's paging bounds. */
  searchPages(
    input: SearchPagesInput,
    paging?: PagingOptions,
  ): AsyncGenerator<SupplyPage<SearchHit>, void, undefined>;
}
