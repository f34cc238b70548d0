import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { clientCredentials, type TokenProvider } from '@nexar/auth';
import { createNexarClient, type NexarClient, type NexarClientOptions } from '@nexar/client';
import { endpointScopedCache } from './cache/endpoint-scoped-cache.js';
import { MemoryResultCache } from './cache/memory-result-cache.js';
import { DEFAULT_CACHE_TTL_MS, isFresh, type ResultCache } from './cache/result-cache.js';
import { SharedValuePool } from './cache/settle-answer.js';
import { categoryTree } from './category-tree.js';
import { checkCountry, checkMilliseconds, checkWholeNumber } from './check-input.js';
import {
  checkMultiMatchInput,
  checkPartsByIdsInput,
  checkSearchInput,
  checkSearchMpnInput,
  checkTextInput,
} from './check-supply-input.js';
import { type FieldsOption, type FieldVariables, fieldSetName, fieldVariables } from './field-presets.js';
import {
  ApplicationUsageDocument,
  AttributesDocument,
  CategoriesDocument,
  ManufacturersDocument,
  MultiMatchDocument,
  PartsByIdsDocument,
  SearchDocument,
  SearchMpnDocument,
  SellersDocument,
  SpellingCorrectionDocument,
  SuggestDocument,
} from './generated/graphql.js';
import { InFlightRequests } from './in-flight.js';
import type { PricedInput, SearchMpnInput } from './operation-types.js';
import { type FetchPage, type PagingOptions, pageThrough, worstCaseOfPages } from './pages.js';
import type { SharedPartBudget } from './part-budget.js';
import { PartLedger, type PartsEvent } from './part-meter.js';
import type { SupplyClient, SupplyDryRun, SupplyMethodOptions } from './supply-client.js';
import {
  estimateRequest,
  type PartEstimate,
  type RequestSettings,
  type SupplyCallOptions,
  supplyRequest,
} from './supply-request.js';
import { applicationIdFor, usageErrorFrom, usageFrom } from './usage.js';
import { DEFAULT_SEARCH_LIMIT } from './worst-case.js';

export interface SupplyClientOptions extends Omit<NexarClientOptions, 'auth' | 'endpoint'> {
  /** Token provider. Default: `clientCredentials()` from the environment (NEXAR_CLIENT_ID / NEXAR_CLIENT_SECRET). */
  auth?: TokenProvider;
  /** An existing transport to send with (its own auth and settings; transport options here are then ignored). */
  client?: NexarClient;
  /** GraphQL endpoint. Default: `NEXAR_API_URL`, else https://api.nexar.com/graphql. */
  endpoint?: string;
  /** Default country of priced queries (ISO 3166 alpha-2). Default 'US'. */
  country?: string;
  /** Default currency of priced queries (ISO 4217). Default 'USD'. */
  currency?: string;
  /** Optional part fields to ask for: see `FieldPreset`. Default 'basic' (served on every plan). */
  fields?: FieldsOption;
  /** Where answers are kept: a `ResultCache`, or false for none. Default: a `MemoryResultCache`. */
  cache?: ResultCache | false;
  /** How long a cached answer is used. Default 24 hours (Nexar refreshes supply data daily). */
  cacheTtlMs?: number;
  /** A hard budget of parts for this client: calls whose worst case does not fit are refused before sending. */
  maxParts?: number;
  /** Told after every call with its parts and the client's total. */
  onParts?: (event: PartsEvent) => void;
  /** Clock in epoch milliseconds, for cache TTLs (and the transport's timings). Default `Date.now`. */
  now?: () => number;
  /** Application id for `usage()`. Default: the token provider's client id. */
  applicationId?: string;
  /**
   * A part budget shared with other clients and processes (e.g. `RedisPartBudget` from `@nexar/redis`),
   * checked besides `maxParts`: each call holds its worst case there before it is sent.
   */
  partBudget?: SharedPartBudget;
}

/** Creates a supply client. Throws at once on malformed options (or missing credentials with the default auth). */
export function createSupplyClient(options: SupplyClientOptions = {}): SupplyClient {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(
      'createSupplyClient takes an options object (or nothing), such as { maxParts: 500 }.',
    );
  }
  const {
    auth,
    client,
    endpoint,
    country = 'US',
    currency = 'USD',
    fields,
    cache,
    cacheTtlMs = DEFAULT_CACHE_TTL_MS,
    maxParts,
    onParts,
    now = Date.now,
    applicationId,
    partBudget,
    ...transportOptions
  } = options;
  checkMilliseconds('cacheTtlMs', cacheTtlMs);
  checkWholeNumber('maxParts', maxParts, 0);
  checkCountry('country', country);
  const provider = client ? undefined : (auth ?? clientCredentials());
  let nexar: NexarClient;
  if (client) nexar = endpoint ? client.withEndpoint(endpoint) : client;
  else {
    const nexarOptions: NexarClientOptions = { ...transportOptions, auth: provider as TokenProvider };
    if (endpoint !== undefined) nexarOptions.endpoint = endpoint;
    if (options.now) nexarOptions.now = options.now;
    nexar = createNexarClient(nexarOptions);
  }
  const settings: RequestSettings = {
    nexar,
    ledger: new PartLedger(maxParts),
    ...(partBudget ? { partBudget } : {}),
    cache:
      cache === false ? undefined : endpointScopedCache(cache ?? new MemoryResultCache(), nexar.endpoint),
    ttlMs: cacheTtlMs,
    now,
    onParts,
    country: country.trim().toUpperCase(),
    currency,
    fieldSet: fieldSetName(fields),
    inFlight: new InFlightRequests(),
    sharedValues: new SharedValuePool(),
  };
  return new Supply(settings, fieldVariables(fields), provider ?? auth, applicationId);
}

// Settings live in private fields: printing or serialising a client shows its public facts only.
class Supply implements SupplyClient {
  readonly #settings: RequestSettings;
  readonly #auth: TokenProvider | undefined;
  readonly #applicationId: string | undefined;
  readonly fieldVariables: FieldVariables;
  readonly dryRun: SupplyDryRun;

  constructor(
    settings: RequestSettings,
    fields: FieldVariables,
    auth: TokenProvider | undefined,
    applicationId: string | undefined,
  ) {
    this.#settings = settings;
    this.#auth = auth;
    this.#applicationId = applicationId;
    this.fieldVariables = Object.freeze({ ...fields });
    this.dryRun = this.#dryRun();
  }

  get parts() {
    return this.#settings.ledger;
  }
  get country() {
    return this.#settings.country;
  }
  get currency() {
    return this.#settings.currency;
  }
  get fieldSet() {
    return this.#settings.fieldSet;
  }
  get cache() {
    return this.#settings.cache;
  }
  get cacheTtlMs() {
    return this.#settings.ttlMs;
  }
  get nexar() {
    return this.#settings.nexar;
  }

  toJSON() {
    return {
      country: this.country,
      currency: this.currency,
      fieldSet: this.fieldSet,
      partsUsed: this.parts.used,
    };
  }

  request<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
    options?: SupplyCallOptions<TResult>,
  ): Promise<TResult> {
    return supplyRequest(this.#settings, document, variables, options);
  }

  estimate<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
    options?: Pick<SupplyCallOptions<TResult>, 'worstCaseParts' | 'cache'>,
  ): Promise<PartEstimate> {
    return estimateRequest(this.#settings, document, variables, options);
  }

  async getCached(key: string): Promise<unknown> {
    const cache = this.#settings.cache;
    if (!cache) return undefined;
    const entry = await cache.get(key);
    return entry && isFresh(entry, this.#settings.now(), this.#settings.ttlMs) ? entry.value : undefined;
  }

  async setCached(key: string, value: unknown): Promise<void> {
    await this.#settings.cache?.set(key, { value, storedAt: this.#settings.now() });
  }

  /** Priced variables: the preset's switches, and the client's country / currency unless given. */
  #priced<T extends PricedInput>(input: T) {
    return {
      ...input,
      country: input.country?.trim().toUpperCase() ?? this.#settings.country,
      currency: input.currency ?? this.#settings.currency,
      ...this.fieldVariables,
    };
  }

  async searchMpn(input: SearchMpnInput, options?: SupplyMethodOptions) {
    checkSearchMpnInput(input);
    const data = await this.request(SearchMpnDocument, this.#priced(input), {
      ...options,
      worstCaseParts: input.limit ?? DEFAULT_SEARCH_LIMIT,
    });
    return data.supSearchMpn;
  }

  async search(input: Parameters<SupplyClient['search']>[0] = {}, options?: SupplyMethodOptions) {
    checkSearchInput(input);
    const data = await this.request(SearchDocument, this.#priced(input), {
      ...options,
      worstCaseParts: input.limit ?? DEFAULT_SEARCH_LIMIT,
    });
    return data.supSearch;
  }

  async multiMatch(input: Parameters<SupplyClient['multiMatch']>[0], options?: SupplyMethodOptions) {
    const worstCaseParts = checkMultiMatchInput(input);
    const data = await this.request(MultiMatchDocument, this.#priced(input), {
      ...options,
      worstCaseParts,
      // A line the API could not answer is an error, not a result to keep.
      cacheable: (result) => result.supMultiMatch.every((match) => match.error == null),
    });
    return data.supMultiMatch;
  }

  async partsByIds(input: Parameters<SupplyClient['partsByIds']>[0], options?: SupplyMethodOptions) {
    checkPartsByIdsInput(input);
    if (input.ids.length === 0) return [];
    const data = await this.request(
      PartsByIdsDocument,
      { ...this.#priced(input), ids: [...input.ids] },
      { ...options, worstCaseParts: input.ids.length },
    );
    return data.supParts;
  }

  async suggest(input: Parameters<SupplyClient['suggest']>[0], options?: SupplyMethodOptions) {
    checkTextInput('suggest', input);
    return (await this.request(SuggestDocument, input, { ...options, worstCaseParts: 0 })).supSuggest;
  }

  async spellingCorrection(
    input: Parameters<SupplyClient['spellingCorrection']>[0],
    options?: SupplyMethodOptions,
  ) {
    checkTextInput('spellingCorrection', input);
    const data = await this.request(SpellingCorrectionDocument, input, { ...options, worstCaseParts: 0 });
    return data.supSpellingCorrection;
  }

  async categories(input: Parameters<SupplyClient['categories']>[0] = {}, options?: SupplyMethodOptions) {
    return (await this.request(CategoriesDocument, input, { ...options, worstCaseParts: 0 })).supCategories;
  }

  async categoryTree(input: Parameters<SupplyClient['categories']>[0] = {}, options?: SupplyMethodOptions) {
    return categoryTree(await this.categories(input, options));
  }

  async manufacturers(
    input: Parameters<SupplyClient['manufacturers']>[0] = {},
    options?: SupplyMethodOptions,
  ) {
    const data = await this.request(ManufacturersDocument, input, { ...options, worstCaseParts: 0 });
    return data.supManufacturers;
  }

  async sellers(input: Parameters<SupplyClient['sellers']>[0] = {}, options?: SupplyMethodOptions) {
    return (await this.request(SellersDocument, input, { ...options, worstCaseParts: 0 })).supSellers;
  }

  async attributes(options?: SupplyMethodOptions) {
    return (await this.request(AttributesDocument, {}, { ...options, worstCaseParts: 0 })).supAttributes;
  }

  async usage(options: { applicationId?: string; signal?: AbortSignal } = {}) {
    const id = applicationIdFor(options.applicationId, this.#applicationId, this.#auth);
    const callOptions: SupplyCallOptions = { cache: false, worstCaseParts: 0 };
    if (options.signal) callOptions.signal = options.signal;
    try {
      return usageFrom(id, await this.request(ApplicationUsageDocument, { id }, callOptions));
    } catch (error) {
      throw usageErrorFrom(error) ?? error;
    }
  }

  searchMpnPages(input: Parameters<SupplyClient['searchMpnPages']>[0], paging: PagingOptions = {}) {
    const fetchPage: FetchPage<Awaited<ReturnType<SupplyClient['searchMpn']>>> = (page, signal) =>
      this.searchMpn({ ...input, ...page }, signal ? { signal } : undefined);
    return pageThrough(fetchPage, paging);
  }

  searchPages(input: Parameters<SupplyClient['searchPages']>[0], paging: PagingOptions = {}) {
    const fetchPage: FetchPage<Awaited<ReturnType<SupplyClient['search']>>> = (page, signal) =>
      this.search({ ...input, ...page }, signal ? { signal } : undefined);
    return pageThrough(fetchPage, paging);
  }

  #dryRun(): SupplyDryRun {
    const estimateOf = async <TResult, TVariables>(
      document: TypedDocumentNode<TResult, TVariables>,
      variables: TVariables,
      worstCaseParts: number,
      options?: SupplyMethodOptions,
    ) => {
      const estimateOptions: Pick<SupplyCallOptions, 'worstCaseParts' | 'cache'> = { worstCaseParts };
      if (options?.cache !== undefined) estimateOptions.cache = options.cache;
      return this.estimate(document, variables, estimateOptions);
    };
    const pagesEstimate = (operation: string, paging: PagingOptions = {}): PartEstimate => {
      const worstCaseParts = worstCaseOfPages(paging);
      const remaining = this.#settings.ledger.available();
      return {
        operation,
        worstCaseParts,
        cached: false,
        remaining,
        fits: remaining === undefined || worstCaseParts <= remaining,
      };
    };
    return {
      searchMpn: (input, options) => {
        checkSearchMpnInput(input);
        return estimateOf(
          SearchMpnDocument,
          this.#priced(input),
          input.limit ?? DEFAULT_SEARCH_LIMIT,
          options,
        );
      },
      search: (input = {}, options) => {
        checkSearchInput(input);
        return estimateOf(SearchDocument, this.#priced(input), input.limit ?? DEFAULT_SEARCH_LIMIT, options);
      },
      multiMatch: (input, options) => {
        const worstCaseParts = checkMultiMatchInput(input);
        return estimateOf(MultiMatchDocument, this.#priced(input), worstCaseParts, options);
      },
      partsByIds: (input, options) => {
        checkPartsByIdsInput(input);
        return estimateOf(
          PartsByIdsDocument,
          { ...this.#priced(input), ids: [...input.ids] },
          input.ids.length,
          options,
        );
      },
      searchMpnPages: async (_input, paging) => pagesEstimate('SearchMpn', paging),
      searchPages: async (_input, paging) => pagesEstimate('Search', paging),
    };
  }
}
