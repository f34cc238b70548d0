/**
 * `matchBom`'s arguments checked before anything is read or sent: JavaScript callers get a typed error
 * naming the argument and quoting the value as given, never a crash deep inside, nor a run that
 * retries forever on a `NaN`.
 */
import { describeValue } from '@nexar/client';
import { checkCountry, checkMilliseconds, checkWholeNumber } from '../check-input.js';
import type { MatchBomOptions } from './bom-types.js';
import { MAX_PARTS_PER_MULTI_MATCH } from './plan-batches.js';
import { CLAIM_DEFAULTS } from './send-claimed.js';

/** The numbers a run goes by, defaults filled in. */
export interface MatchSettings {
  buildQuantity: number;
  concurrency: number;
  candidates: number;
  batchRetries: number;
  batchRetryDelayMs: number;
  stopAfterFailedBatches: number;
  /** Claim timing when the client's cache is shared. */
  claim: { ttlMs: number; waitMs: number };
}

export const MATCH_DEFAULTS: Readonly<MatchSettings> = Object.freeze({
  buildQuantity: 1,
  concurrency: 4,
  candidates: 1,
  batchRetries: 2,
  batchRetryDelayMs: 250,
  stopAfterFailedBatches: 3,
  claim: CLAIM_DEFAULTS,
});

/** Upper bounds that keep a typo from flooding the API: 64 requests in flight, 10 resends of a batch. */
const MAX_CONCURRENCY = 64;
const MAX_BATCH_RETRIES = 10;

export function checkMatchBomArguments(lines: unknown, options: unknown): MatchSettings {
  if (!Array.isArray(lines)) {
    throw new TypeError(
      `matchBom needs an array of BOM lines such as [{ mpn: 'LM358', quantity: 2 }] (parseBomCsv and parseBomJson give one), got ${describeValue(lines)}.`,
    );
  }
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(
      `matchBom needs options with a supply client: matchBom(lines, { client: createSupplyClient() }), got ${describeValue(options)}.`,
    );
  }
  const given = options as MatchBomOptions;
  const client: unknown = given.client;
  if (typeof (client as { request?: unknown } | null)?.request !== 'function') {
    throw new TypeError(
      `matchBom needs options.client: a supply client from createSupplyClient(), got ${describeValue(client)}.`,
    );
  }
  checkCountry('matchBom: country', given.country);
  const number = (name: Exclude<keyof MatchSettings, 'claim'>, min: number, max?: number) =>
    checkWholeNumber(`matchBom: ${name}`, given[name], min, max) ?? MATCH_DEFAULTS[name];
  return {
    buildQuantity: number('buildQuantity', 1),
    concurrency: number('concurrency', 1, MAX_CONCURRENCY),
    candidates: number('candidates', 1, MAX_PARTS_PER_MULTI_MATCH),
    batchRetries: number('batchRetries', 0, MAX_BATCH_RETRIES),
    batchRetryDelayMs:
      checkMilliseconds('matchBom: batchRetryDelayMs', given.batchRetryDelayMs) ??
      MATCH_DEFAULTS.batchRetryDelayMs,
    stopAfterFailedBatches: number('stopAfterFailedBatches', 1),
    claim: checkClaim(given.claim),
  };
}

function checkClaim(claim: unknown): MatchSettings['claim'] {
  if (claim === undefined || claim === false) return MATCH_DEFAULTS.claim;
  if (typeof claim !== 'object' || claim === null) {
    throw new TypeError(
      `matchBom: claim must be false or an object such as { ttlMs: 10_000, waitMs: 120_000 }, got ${describeValue(claim)}.`,
    );
  }
  const given = claim as { ttlMs?: unknown; waitMs?: unknown };
  const ttlMs = checkMilliseconds('matchBom: claim.ttlMs', given.ttlMs) ?? CLAIM_DEFAULTS.ttlMs;
  if (ttlMs < 1) throw new RangeError('matchBom: claim.ttlMs must be at least 1 millisecond, got 0.');
  return {
    ttlMs,
    waitMs: checkMilliseconds('matchBom: claim.waitMs', given.waitMs) ?? CLAIM_DEFAULTS.waitMs,
  };
}
