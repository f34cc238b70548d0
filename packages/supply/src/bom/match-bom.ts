/**
 * `matchBom`: matches every line of a BOM with as few parts and requests as possible. Lines are
 * checked, de-duplicated, looked up in the result cache, planned into supMultiMatch batches of at
 * most 100 parts, sent with bounded concurrency, mapped back to every line in input order, and
 * priced for the build quantity.
 */
import { deepFreeze } from '../cache/deep-freeze.js';
import { NexarPartLimitError } from '../errors.js';
import { type BomCacheScope, bomQueryCacheKey, readCachedAnswers, storeAnswer } from './bom-cache.js';
import type { BomLine } from './bom-line.js';
import { ProgressTracker } from './bom-progress.js';
import { buildResult, type LineContext, type QueryOutcome, settleQuery } from './bom-result.js';
import type { BomLineResult, BomMatchResult, BomPlan, MatchBomOptions } from './bom-types.js';
import { cacheRoomFor } from './cache-room.js';
import { checkMatchBomArguments, type MatchSettings } from './check-match-options.js';
import { type BomQuery, dedupeLines } from './dedupe.js';
import { alternateQueries, settleAlternate } from './match-alternates.js';
import { NexarBomPartLimitError, STOPPED } from './nexar-bom-part-limit-error.js';
import { type BomBatch, checkCandidates, planBatches, queriesPerBatch } from './plan-batches.js';
import { checkLines } from './read/bom-json.js';
import { runPool } from './run-pool.js';
import { type BatchOutcome, sendBatch } from './send-batch.js';
import { claimingCache, sendClaimed } from './send-claimed.js';

interface Prepared {
  checked: BomLine[];
  queries: BomQuery[];
  cached: Map<string, QueryOutcome>;
  batches: BomBatch[];
  scope: BomCacheScope;
  plan: BomPlan;
}

async function prepare(
  lines: readonly BomLine[],
  options: MatchBomOptions,
  settings: MatchSettings,
): Promise<Prepared> {
  const { client } = options;
  const checked = checkLines(lines);
  const scope: BomCacheScope = {
    candidates: checkCandidates(settings.candidates),
    country: (options.country ?? client.country).toUpperCase(),
    currency: (options.currency ?? client.currency).toUpperCase(),
  };
  const queries = dedupeLines(checked);
  const useCache = options.cache !== false && client.cache !== undefined;
  const answers = useCache ? await readCachedAnswers(client, queries, scope) : new Map();
  options.signal?.throwIfAborted();
  const cached = new Map<string, QueryOutcome>();
  for (const [key, answer] of answers) cached.set(key, { answer, cached: true });
  const batches = planBatches(
    queries.filter((query) => !cached.has(query.key)),
    scope.candidates,
  );
  const room = cacheRoomFor(client, useCache, queries.length, scope.candidates, options.dryRun !== true);
  const worstCaseParts = batches.reduce((sum, batch) => sum + batch.worstCaseParts, 0);
  const remaining = client.parts.remaining;
  return {
    checked,
    queries,
    cached,
    batches,
    scope,
    plan: {
      lines: checked.length,
      uniqueQueries: queries.length,
      cachedQueries: cached.size,
      cachedLines: queries.filter((q) => cached.has(q.key)).reduce((sum, q) => sum + q.lineIndexes.length, 0),
      requests: batches.length,
      batchSizes: batches.map((batch) => batch.queries.length),
      worstCaseParts,
      remaining,
      fits: remaining === undefined || worstCaseParts <= remaining,
      rerun: room.rerun,
      warnings: room.warnings,
    },
  };
}

/** What `matchBom` would send for these lines: requests, worst-case parts and cached lines. Sends nothing. */
export async function planBom(lines: readonly BomLine[], options: MatchBomOptions): Promise<BomPlan> {
  return (await prepare(lines, options, checkMatchBomArguments(lines, options))).plan;
}

/**
 * Matches and prices a BOM. Throws `TypeError` / `RangeError` for arguments of the wrong type or out
 * of range and `NexarBomError` for bad lines (before anything is sent), `NexarPartLimitError` when the
 * plan's worst case exceeds what `maxParts` has left (before anything is sent),
 * `NexarBomPartLimitError` when the part limit is reached during the run (with the lines done so far),
 * `NexarAuthError` at the first request when no retry can get a token (a wrong client secret, a scope
 * the app lacks, a revoked login), and the signal's reason on abort. Any other failure marks only the
 * lines of its batch `error`; after `stopAfterFailedBatches` failed requests in a row the run stops
 * and the lines not asked are marked `error` too.
 */
export function matchBom(
  lines: readonly BomLine[],
  options: MatchBomOptions & { dryRun: true },
): Promise<BomPlan>;
export function matchBom(
  lines: readonly BomLine[],
  options: MatchBomOptions & { dryRun?: false | undefined },
): Promise<BomMatchResult>;
export function matchBom(
  lines: readonly BomLine[],
  options: MatchBomOptions,
): Promise<BomMatchResult | BomPlan>;
export async function matchBom(
  lines: readonly BomLine[],
  options: MatchBomOptions,
): Promise<BomMatchResult | BomPlan> {
  const settings = checkMatchBomArguments(lines, options);
  const { client, signal } = options;
  signal?.throwIfAborted();
  const { buildQuantity, concurrency } = settings;
  const prepared = await prepare(lines, options, settings);
  const { plan, batches, scope } = prepared;
  if (options.dryRun) return plan;
  for (const warning of plan.warnings) {
    try {
      options.onWarning?.(warning);
    } catch {
      // A failing hook must not fail the run; the warning is in the result too.
    }
  }
  if (!plan.fits) {
    throw new NexarPartLimitError({
      wouldCost: plan.worstCaseParts,
      remaining: plan.remaining ?? 0,
      source: 'budget',
      operation: 'matchBom',
    });
  }

  const progress = new ProgressTracker(
    plan.lines,
    options.onProgress,
    options.now ?? (() => performance.now()),
  );
  progress.cached(plan.cachedQueries, plan.cachedLines);
  progress.start(batches.length);
  const context: LineContext = {
    given: lines,
    checked: prepared.checked,
    buildQuantity,
    currency: scope.currency,
    fallback: options.fallback ?? {},
  };
  const results: (BomLineResult | undefined)[] = new Array(prepared.checked.length);
  const useCache = options.cache !== false && client.cache !== undefined;
  const settle = (query: BomQuery, outcome: QueryOutcome) => settleQuery(query, outcome, context, results);

  const breaker = new BatchBreaker(settings.stopAfterFailedBatches);
  const runBatch = async (batch: BomBatch, onAnswer = settle, alternate = false) => {
    let outcome: BatchOutcome;
    try {
      outcome = await sendBatch(batch, {
        client,
        ...scope,
        retries: settings.batchRetries,
        retryDelayMs: settings.batchRetryDelayMs,
        signal,
        onSent: () => progress.request(),
        onParts: (parts) => progress.parts(parts),
        stopped: () => breaker.open,
      });
    } catch (error) {
      if (error instanceof NexarPartLimitError) {
        const refused = `refused at the part limit: ${error.message}`;
        for (const query of batch.queries) onAnswer(query, { error: refused });
      }
      throw error;
    }
    breaker.record(outcome);
    const stores: Promise<void>[] = [];
    batch.queries.forEach((query, i) => {
      if ('error' in outcome) {
        onAnswer(query, { error: `the request for this line's batch failed: ${outcome.error}` });
        return;
      }
      // Frozen: shared read-only by the query's lines and the cache, which keeps this very object.
      const answer = deepFreeze(outcome.answers[i]);
      if (!answer) {
        onAnswer(query, { error: 'the API returned no answer for this line.' });
        return;
      }
      onAnswer(query, { answer, cached: false });
      if (useCache) stores.push(storeAnswer(client, query, answer, scope));
    });
    await Promise.all(stores);
    if (!alternate)
      progress.batchDone(batch.queries.reduce((sum, query) => sum + query.lineIndexes.length, 0));
  };

  let failure: unknown;
  const stopped = () => signal?.aborted === true || breaker.open;
  // A cache shared with other callers (a fleet on Redis, other runs here): each query is claimed before it is sent.
  const claims = useCache && options.claim !== false ? claimingCache(client.cache) : undefined;
  const sendAll = (list: readonly BomBatch[], alternate: boolean, onAnswer = settle): Promise<void> =>
    claims
      ? sendClaimed(
          list.flatMap((batch) => batch.queries),
          {
            cache: claims,
            ...settings.claim,
            perBatch: queriesPerBatch(scope.candidates),
            candidates: scope.candidates,
            concurrency,
            signal,
            stopped,
            keyOf: (query) => bomQueryCacheKey(query, scope),
            read: (queries) => readCachedAnswers(client, queries, scope),
            onShared: (query, answer) => {
              if (!alternate) progress.shared(query.lineIndexes.length);
              onAnswer(query, { answer, cached: true });
            },
            send: (batch) => runBatch(batch, onAnswer, alternate),
          },
        )
      : runPool(list.length, concurrency, (b) => runBatch(list[b] as BomBatch, onAnswer, alternate), stopped);
  const run = sendAll(batches, false).catch((error: unknown) => {
    failure = error;
  });
  // Lines answered from the cache are priced while the first requests are in flight.
  if (batches.length > 0) await new Promise((resolve) => setTimeout(resolve, 0));
  for (const query of prepared.queries) {
    const cached = prepared.cached.get(query.key);
    if (cached) settle(query, cached);
  }
  await run;
  for (let round = 0; failure === undefined && !stopped(); round++) {
    const alternates = alternateQueries(prepared.checked, results, round);
    if (alternates.length === 0) break;
    const onAnswer = (query: BomQuery, outcome: QueryOutcome) =>
      settleAlternate(query, outcome, context, results);
    const answers = useCache ? await readCachedAnswers(client, alternates, scope) : new Map();
    for (const query of alternates) {
      const answer = answers.get(query.key);
      if (answer) onAnswer(query, { answer, cached: true });
    }
    const more = planBatches(
      alternates.filter((query) => !answers.has(query.key)),
      scope.candidates,
    );
    await sendAll(more, true, onAnswer).catch((error: unknown) => {
      failure = error;
    });
  }
  if (signal?.aborted) throw signal.reason;

  const result = buildResult({
    context,
    queries: prepared.queries,
    lines: results,
    missing: breaker.reason ?? STOPPED,
    warnings: plan.warnings,
    stats: { requests: progress.requests, partsUsed: progress.partsUsed, cacheHits: progress.cacheHits },
  });
  if (failure instanceof NexarPartLimitError) throw new NexarBomPartLimitError(failure, result);
  if (failure !== undefined) throw failure;
  return result;
}

/**
 * Stops a run during an outage: after `limit` batches in a row failed, no new batch is started and
 * the lines not asked get one reason, instead of every batch being tried and retried in vain.
 */
class BatchBreaker {
  readonly #limit: number;
  #failedInARow = 0;
  reason: string | undefined;

  constructor(limit: number) {
    this.#limit = limit;
  }

  get open(): boolean {
    return this.reason !== undefined;
  }

  record(outcome: BatchOutcome): void {
    if (!('error' in outcome)) {
      this.#failedInARow = 0;
      return;
    }
    this.#failedInARow += 1;
    if (this.#failedInARow >= this.#limit && this.reason === undefined) {
      this.reason = `not asked: ${this.#failedInARow} requests in a row failed, so the run stopped (the API seems unavailable; try again later). Last failure: ${outcome.error}`;
    }
  }
}
