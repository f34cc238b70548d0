/** Options and results of `matchBom`. */
import type { BomMatchPartFragment } from '../generated/graphql.js';
import type { SupplyClient } from '../supply-client.js';
import type { BomLine } from './bom-line.js';
import type { BomProgress } from './bom-progress.js';
import type { BomRerunCost, BomWarning } from './bom-warning.js';
import type { LinePricing, PricingFallback } from './choose-offer.js';
import type { BomLineStatus, ChoiceRule } from './choose-part.js';
import type { Money } from './money.js';
import type { BomClaimOptions } from './send-claimed.js';

/** A matched part as `matchBom` asks for it: manufacturer, sellers, offers, stock and price breaks. */
export type BomPart = BomMatchPartFragment;

export interface MatchBomOptions {
  /** The supply client: its part accounting, `maxParts` budget and result cache are used. */
  client: SupplyClient;
  /** Boards to build; each line needs quantity × buildQuantity (default 1). */
  buildQuantity?: number;
  /** Country for stock and pricing (default: the client's). */
  country?: string;
  /**
   * Currency of prices and totals (default: the client's). An offer's own price breaks in this currency
   * are used when it has them; an offer quoted only in other currencies is priced with the API's
   * converted prices and marked `converted: true` (never skipped).
   */
  currency?: string;
  /**
   * Candidate parts asked per distinct line (1–100, default 1). More candidates let the manufacturer
   * and stock rules choose, but each costs a part and requests hold 100 ÷ candidates lines.
   */
  candidates?: number;
  /** Requests in flight at once (1–64, default 4). */
  concurrency?: number;
  /** Retries of a failed batch, after the client's own retries (0–10, default 2), and the pause before each (default 250 ms × retry). */
  batchRetries?: number;
  batchRetryDelayMs?: number;
  /**
   * Stops the run when this many requests in a row have failed (after their retries), default 3: during
   * an outage the lines not yet asked get status `error` with one reason, instead of every request
   * being tried and retried in vain. Requests already in flight finish.
   */
  stopAfterFailedBatches?: number;
  /** When no authorised seller has the stock: accept other sellers, or part of the quantity (default: neither). */
  fallback?: PricingFallback;
  /** Read and write the client's result cache (default true when the client has one). */
  cache?: boolean;
  /**
   * With a cache that supports claims (the default memory cache, `RedisResultCache`): each uncached
   * query is claimed just before it is sent, so runs sharing the cache (a fleet of processes, or runs
   * in this process) send it once between them; the others wait for its answer and meanwhile send
   * their own. `false` sends every uncached query without claiming it.
   */
  claim?: BomClaimOptions | false;
  /** Plan only: report the requests and worst-case parts without sending anything. */
  dryRun?: boolean;
  signal?: AbortSignal;
  onProgress?: (progress: BomProgress) => void;
  /** Told before anything is sent of what the run will cost later (e.g. a cache too small for a re-run). */
  onWarning?: (warning: BomWarning) => void;
  /** Clock for the ETA (default `performance.now`). */
  now?: () => number;
}

/** One input line's answer. */
export interface BomLineResult {
  /** Position in the input (0-based). */
  index: number;
  /** The input line, as given. */
  line: BomLine;
  status: BomLineStatus;
  /** The chosen part (matched and ambiguous lines). */
  part: BomPart | undefined;
  /** How the part was chosen among the candidates. */
  chosenBy: ChoiceRule | undefined;
  /** Every part the API returned for the line (at most `candidates`); frozen, shared by the query's lines. */
  candidates: BomPart[];
  /** Matching parts the API knows of (may be more than the candidates returned). */
  hits: number;
  /** Why the line failed (status `error`). */
  error: string | undefined;
  /** Pieces needed: quantity × build quantity. */
  need: number;
  /** The best offer for the need, or why there is none; undefined for lines without a part. */
  pricing: LinePricing | undefined;
  /** Answered from the cache (no request, no part). */
  cached: boolean;
  /** The alternate part number that was found, when the line's own `mpn` was not. */
  alternate?: string;
}

export interface BomSummary {
  lines: number;
  matched: number;
  ambiguous: number;
  notFound: number;
  errors: number;
  priced: number;
  /** Lines without a price: not found, failed, or no offer that fits. */
  unpriced: number;
  /** Distinct queries after de-duplication. */
  uniqueQueries: number;
  /** Distinct queries answered from the cache. */
  cacheHits: number;
  /**
   * HTTP requests sent to the API: every retry included, attempts that failed before sending (while
   * getting a token, say) not.
   */
  requests: number;
  /** Parts the API returned to this run. */
  partsUsed: number;
}

export interface BomMatchResult {
  /** One result per input line, in input order. */
  lines: BomLineResult[];
  summary: BomSummary;
  /**
   * Sum of the priced lines' extended prices (see `summary.unpriced` for what it leaves out). Each line's
   * extended price is unit price × order quantity computed exactly in decimal and rounded half-up once to
   * the currency's minor unit; the total adds those integer minor units, so it has no float drift.
   */
  total: Money;
  currency: string;
  buildQuantity: number;
  /** Warnings given before sending (see `MatchBomOptions.onWarning`). */
  warnings: BomWarning[];
}

/** What a run would do, without sending anything (`dryRun: true`, or `planBom`). */
export interface BomPlan {
  lines: number;
  uniqueQueries: number;
  /** Distinct queries with a fresh cached answer, and the input lines they answer. */
  cachedQueries: number;
  cachedLines: number;
  /** Requests to send, and the queries in each. */
  requests: number;
  batchSizes: number[];
  /** Most parts the requests can return (the sum of their limits). */
  worstCaseParts: number;
  /** What the client's `maxParts` budget has left (undefined: no budget). */
  remaining: number | undefined;
  /** Whether the worst case fits the budget (a run that does not is refused before sending). */
  fits: boolean;
  /** What running the BOM again after this run would cost: nothing when the cache keeps every line. */
  rerun: BomRerunCost;
  /** Warnings the run would give before sending. */
  warnings: BomWarning[];
}
