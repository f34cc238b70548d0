import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { NexarClient, NexarRequestOptions } from '@nexar/client';
import { type DocumentNode, getOperationAST } from 'graphql';
import { cacheKey } from './cache/cache-key.js';
import { type CachedEntry, isFresh, type ResultCache } from './cache/result-cache.js';
import type { SharedValuePool } from './cache/settle-answer.js';
import { settleAnswer } from './cache/settle-answer.js';
import { checkMilliseconds, checkWholeNumber } from './check-input.js';
import { countParts } from './count-parts.js';
import { documentFingerprint } from './fingerprint.js';
import type { InFlightRequests } from './in-flight.js';
import { reserveParts, type SharedPartBudget } from './part-budget.js';
import { partLimitErrorFrom } from './part-limit-mapping.js';
import type { PartLedger, PartsEvent } from './part-meter.js';
import { withTypename } from './with-typename.js';
import { worstCaseParts } from './worst-case.js';

/** Options of one supply call. */
export interface SupplyCallOptions<TResult = unknown> {
  /** Cancels the call (cache lookup, waits between retries and the request). */
  signal?: AbortSignal;
  /** Per-attempt limit, overriding the client's. */
  timeoutMs?: number;
  /**
   * The most parts this call can return, checked against `maxParts` before sending. Default: worked
   * out from the document and variables (`worstCaseParts`).
   */
  worstCaseParts?: number;
  /**
   * `{ key }` caches under your own key (see `cacheKey`); `false` neither reads nor writes the cache.
   * Default: a key from the document, its variables, and the client's country, currency and field set.
   */
  cache?: { key: string } | false;
  /** Whether a successful answer may be stored (default: every one, zero-hit answers included). */
  cacheable?: (result: TResult) => boolean;
  /** Told about this call's parts, besides the client's `onParts`. */
  onParts?: (event: PartsEvent) => void;
  /** Told of each HTTP request this call puts on the wire (see the client's `onSent`). */
  onSent?: () => void;
}

/** The worst case of a call or plan, worked out without sending anything. */
export interface PartEstimate {
  operation: string;
  /** Most parts it can return; undefined when it cannot be bounded (see `worstCaseParts`). */
  worstCaseParts: number | undefined;
  /** A fresh cached answer exists: sending it now would cost nothing. */
  cached: boolean;
  /** What the `maxParts` budget has left for new calls (undefined: no budget). */
  remaining: number | undefined;
  /** Whether the call would be sent (false: it would be refused with NexarPartLimitError). */
  fits: boolean;
}

/** Everything one client's calls share. */
export interface RequestSettings {
  nexar: NexarClient;
  ledger: PartLedger;
  /** A budget shared with other clients (see `SupplyClientOptions.partBudget`). */
  partBudget?: SharedPartBudget;
  cache: ResultCache | undefined;
  ttlMs: number;
  now: () => number;
  onParts: ((event: PartsEvent) => void) | undefined;
  country: string;
  currency: string;
  fieldSet: string;
  /** Calls in flight, by cache key: identical ones share a request. */
  inFlight: InFlightRequests;
  /** Text-only values answers repeat (manufacturers, categories, specs), held once. */
  sharedValues: SharedValuePool;
}

type SendRequest = (
  document: DocumentNode,
  variables: unknown,
  options: NexarRequestOptions,
) => Promise<unknown>;

export function operationNameOf(document: DocumentNode): string {
  return getOperationAST(document)?.name?.value ?? 'anonymous operation';
}

/** The cache key a call gets when it does not pass its own. */
export function defaultCacheKey(
  settings: RequestSettings,
  document: DocumentNode,
  variables: unknown,
): string {
  const vars = (variables ?? {}) as { country?: unknown; currency?: unknown };
  return cacheKey({
    operation: `${operationNameOf(document)}#${documentFingerprint(document)}`,
    variables: variables ?? {},
    country: typeof vars.country === 'string' ? vars.country : settings.country,
    currency: typeof vars.currency === 'string' ? vars.currency : settings.currency,
    fieldSet: settings.fieldSet,
  });
}

/**
 * The one path of every supply call: cache lookup (a hit sends nothing and spends nothing), joining an
 * identical call in flight (nothing sent, nothing spent), worst-case budget check before sending, the
 * request, part counting, mapping of the API's over-limit error, and storing the successful answer.
 * Answers are deep-frozen: they are shared with the cache and with identical calls.
 */
export async function supplyRequest<TResult, TVariables>(
  settings: RequestSettings,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  options: SupplyCallOptions<TResult> = {},
): Promise<TResult> {
  const { signal } = options;
  signal?.throwIfAborted();
  checkCallOptions(options);
  const operation = operationNameOf(document);
  const key =
    options.cache === false
      ? undefined
      : (options.cache?.key ?? defaultCacheKey(settings, document, variables));
  const report = (parts: number, cached: boolean, shared?: boolean) => {
    const event: PartsEvent = { operation, parts, total: settings.ledger.used, cached };
    if (shared) event.shared = true;
    for (const hook of [options.onParts, settings.onParts]) {
      try {
        hook?.(event);
      } catch {
        // A failing hook must not fail the call.
      }
    }
  };

  if (key !== undefined && settings.cache) {
    const entry = await freshEntry(settings, key);
    signal?.throwIfAborted();
    if (entry) {
      report(0, true);
      return entry.value as TResult;
    }
  }
  // Identical calls in flight together share one request (keyed like the cache, also when not caching).
  const sharedKey = key ?? defaultCacheKey(settings, document, variables);
  if (settings.inFlight.has(sharedKey)) {
    const data = await settings.inFlight.wait<TResult>(sharedKey, signal);
    report(0, false, true);
    return data;
  }
  const worstCase = options.worstCaseParts ?? worstCaseParts(document, variables);
  // Only a shared budget waits (for Redis, say): without one, nothing yields here.
  const reservation = settings.partBudget
    ? await reserveParts(settings.ledger, settings.partBudget, worstCase, operation)
    : settings.ledger.reserve(worstCase, operation);
  if (settings.partBudget && settings.inFlight.has(sharedKey)) {
    // An identical call started while this one waited for the shared budget: join it instead.
    reservation.settle(0);
    const data = await settings.inFlight.wait<TResult>(sharedKey, signal);
    report(0, false, true);
    return data;
  }
  const send = settings.nexar.request.bind(settings.nexar) as unknown as SendRequest;
  settings.inFlight.start(sharedKey, async (sharedSignal) => {
    const requestOptions: NexarRequestOptions = { signal: sharedSignal };
    if (options.timeoutMs !== undefined) requestOptions.timeoutMs = options.timeoutMs;
    if (options.onSent) requestOptions.onSent = options.onSent;
    let data: TResult;
    try {
      data = (await send(withTypename(document), variables ?? {}, requestOptions)) as TResult;
    } catch (error) {
      // Partial data of a GraphQL error was returned, and charged, too.
      const parts = countParts((error as { data?: unknown } | null)?.data);
      reservation.settle(parts);
      report(parts, false);
      throw partLimitErrorFrom(error, operation, worstCase) ?? error;
    }
    // Counted, and frozen: shared read-only from here on by the cache, the callers waiting for it and
    // BOM lines.
    const parts = settleAnswer(data, settings.sharedValues);
    reservation.settle(parts);
    report(parts, false);
    if (key !== undefined && settings.cache && (options.cacheable?.(data) ?? true)) {
      try {
        await settings.cache.set(key, { value: data, storedAt: settings.now() });
      } catch {
        // The answer is good; a cache that cannot store it only costs a later request.
      }
    }
    return data;
  });
  return settings.inFlight.wait<TResult>(sharedKey, signal);
}

/** What `supplyRequest` would do, without sending. */
export async function estimateRequest<TResult, TVariables>(
  settings: RequestSettings,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  options: Pick<SupplyCallOptions<TResult>, 'worstCaseParts' | 'cache'> = {},
): Promise<PartEstimate> {
  checkCallOptions(options);
  const operation = operationNameOf(document);
  const key =
    options.cache === false
      ? undefined
      : (options.cache?.key ?? defaultCacheKey(settings, document, variables));
  const cached =
    key !== undefined && settings.cache !== undefined && (await freshEntry(settings, key)) !== undefined;
  const worstCase = options.worstCaseParts ?? worstCaseParts(document, variables);
  const remaining = settings.ledger.available();
  const fits = cached || remaining === undefined || (worstCase !== undefined && worstCase <= remaining);
  return { operation, worstCaseParts: worstCase, cached, remaining, fits };
}

/** A fresh entry, or undefined; an expired one is deleted. A failing cache counts as a miss. */
async function freshEntry(settings: RequestSettings, key: string): Promise<CachedEntry | undefined> {
  const cache = settings.cache;
  if (!cache) return undefined;
  let entry: CachedEntry | undefined;
  try {
    entry = await cache.get(key);
  } catch {
    return undefined;
  }
  if (!entry) return undefined;
  if (isFresh(entry, settings.now(), settings.ttlMs)) return entry;
  try {
    await cache.delete?.(key);
  } catch {
    // Expired entries that cannot be deleted are ignored on the next read too.
  }
  return undefined;
}

/** A call's numbers, refused before the cache or the budget sees them (a NaN would slip past both). */
function checkCallOptions(options: Pick<SupplyCallOptions, 'worstCaseParts' | 'timeoutMs'>): void {
  checkWholeNumber('worstCaseParts', options.worstCaseParts, 0);
  checkMilliseconds('timeoutMs', options.timeoutMs);
}
