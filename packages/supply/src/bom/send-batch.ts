/**
 * Sends one planned batch as a supMultiMatch request and maps the answers back to its queries by
 * their opaque `reference`. A batch that fails after the client's own retries is sent again, up
 * to `retries` times; errors that asking again cannot fix (a GraphQL error, the part limit, an
 * abort) are not retried, and an authentication failure that no retry can fix (a wrong client
 * secret, a scope the app lacks, a revoked login) is thrown, to stop the whole run.
 */
import { NexarAuthError } from '@nexar/auth';
import { NexarGraphQLError, redactSecrets } from '@nexar/client';
import { NexarPartLimitError } from '../errors.js';
import { BomMatchDocument } from '../generated/graphql.js';
import type { SupplyClient } from '../supply-client.js';
import type { MatchAnswer } from './bom-cache.js';
import type { BomBatch } from './plan-batches.js';

export interface SendBatchOptions {
  client: SupplyClient;
  country: string;
  currency: string;
  candidates: number;
  retries: number;
  retryDelayMs: number;
  signal: AbortSignal | undefined;
  /** Told of each HTTP request that goes on the wire (the client's retries included). */
  onSent: () => void;
  onParts: (parts: number) => void;
  /** True once the run has stopped (its circuit breaker opened): a failed batch is not sent again. */
  stopped?: () => boolean;
}

/** Answers by position in the batch, or the reason the whole batch failed. */
export type BatchOutcome = { answers: (MatchAnswer | undefined)[] } | { error: string };

/** The reference of the batch's i-th query: opaque to the API, echoed back. */
const referenceOf = (i: number) => `q${i}`;

export async function sendBatch(batch: BomBatch, options: SendBatchOptions): Promise<BatchOutcome> {
  const { client, signal } = options;
  // Keys in sorted order, as the in-flight key of the request wants them (no copy is made to sort them).
  const queries = batch.queries.map((query, i) => {
    const sent: Record<string, string | number> = { limit: options.candidates };
    if (query.manufacturer !== undefined) sent.manufacturer = query.manufacturer;
    if (query.mpn !== undefined) sent.mpn = query.mpn;
    sent.reference = referenceOf(i);
    if (query.seller !== undefined) sent.seller = query.seller;
    if (query.sku !== undefined) sent.sku = query.sku;
    return sent;
  });
  for (let attempt = 0; ; attempt++) {
    signal?.throwIfAborted();
    try {
      const data = await client.request(
        BomMatchDocument,
        { queries, country: options.country, currency: options.currency },
        {
          cache: false,
          worstCaseParts: batch.worstCaseParts,
          onSent: options.onSent,
          ...(signal ? { signal } : {}),
          onParts: (event) => options.onParts(event.parts),
        },
      );
      const byReference = new Map(data.supMultiMatch.map((match) => [match.reference, match]));
      return {
        answers: batch.queries.map((_, i) => {
          const match = byReference.get(referenceOf(i));
          return match && { hits: match.hits, parts: match.parts, error: match.error };
        }),
      };
    } catch (error) {
      if (signal?.aborted || error instanceof NexarPartLimitError) throw error;
      if (error instanceof NexarAuthError && !error.retryable) throw error;
      const reason = redactSecrets(
        error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      );
      if (error instanceof NexarGraphQLError || attempt >= options.retries || options.stopped?.()) {
        const tries = attempt + 1;
        return { error: tries > 1 ? `${reason} (batch sent ${tries} times)` : reason };
      }
      await pause(options.retryDelayMs * (attempt + 1), signal);
    }
  }
}

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
