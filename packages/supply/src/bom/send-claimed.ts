/**
 * Sending with claims, for a result cache shared by many callers (a fleet on Redis, or runs in one
 * process): just before a query is sent its cache key is claimed, so one caller across the fleet sends
 * it; a caller that loses a claim waits for the winner's answer to appear in the cache while it keeps
 * sending its own queries, and sends what is still missing after the wait. Won queries are packed into
 * full batches. Nothing hangs on a claim: a claim that lapses (its holder died) or is given up without
 * an answer (its request failed) is claimed again, a wait is bounded, and a cache whose claims fail
 * (Redis down) lets the caller send the queries itself.
 */
import type { CacheClaim } from '../cache/cache-claim.js';
import type { ResultCache } from '../cache/result-cache.js';
import type { MatchAnswer } from './bom-cache.js';
import type { BomQuery } from './dedupe.js';
import type { BomBatch } from './plan-batches.js';

/** Claim timing of `matchBom` when its client's cache is shared (see `MatchBomOptions.claim`). */
export interface BomClaimOptions {
  /**
   * How long a claim outlives a caller that stopped renewing it (a process that died), in ms: another
   * caller sends the query after this. Renewed while the request is in flight. Default 10 s.
   */
  ttlMs?: number;
  /**
   * Longest wait for another caller's answer, in ms, before sending the query anyway (default 2 min:
   * longer than one request with the client's retries).
   */
  waitMs?: number;
}

export const CLAIM_DEFAULTS = Object.freeze({ ttlMs: 10_000, waitMs: 120_000 });

/** Claims of one query before it is sent regardless: a claim given up without an answer, again and again. */
const MAX_CLAIMS_PER_QUERY = 3;

export type ClaimingCache = Required<Pick<ResultCache, 'claim' | 'waitFor'>>;

/** The cache's claims, when it has them. */
export function claimingCache(cache: ResultCache | undefined): ClaimingCache | undefined {
  const { claim, waitFor } = cache ?? {};
  if (!cache || !claim || !waitFor) return undefined;
  return { claim: claim.bind(cache), waitFor: waitFor.bind(cache) };
}

export interface SendClaimedOptions {
  cache: ClaimingCache;
  ttlMs: number;
  waitMs: number;
  perBatch: number;
  candidates: number;
  concurrency: number;
  signal: AbortSignal | undefined;
  /** True once the run stops: no new batch is started, waits end. */
  stopped: () => boolean;
  keyOf: (query: BomQuery) => string;
  /** Fresh answers in the cache, by query key (a failing read is a miss). */
  read: (queries: readonly BomQuery[]) => Promise<Map<string, MatchAnswer>>;
  /** An answer another caller paid for. */
  onShared: (query: BomQuery, answer: MatchAnswer) => void;
  /** Sends a batch, settles its queries and stores their answers. Throwing stops the run. */
  send: (batch: BomBatch) => Promise<void>;
}

/** Sends `queries` (none cached when read) as described above; rejects with the first failure of a send. */
export async function sendClaimed(queries: readonly BomQuery[], options: SendClaimedOptions): Promise<void> {
  const { cache, perBatch } = options;
  const pending = [...queries];
  const claims = new Map<BomQuery, number>();
  const watches = new Set<Promise<void>>();
  const quit = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, quit.signal]) : quit.signal;
  let failure: { error: unknown } | undefined;
  // Idle workers wait here for queries to come back from the cache or for the last watch to end.
  const idle = new Set<() => void>();
  const changed = () => {
    for (const wake of idle) wake();
    idle.clear();
  };
  signal.addEventListener('abort', changed, { once: true });
  const done = () => failure !== undefined || signal.aborted || options.stopped();

  // Queries back from the cache without an answer (given up, lapsed, or a stale entry) are claimed again.
  const requeue = (missing: readonly BomQuery[]) => {
    if (missing.length === 0) return;
    pending.push(...missing);
    changed();
  };
  const readBack = async (ready: readonly BomQuery[]) => {
    const answers = await options.read(ready);
    const missing: BomQuery[] = [];
    for (const query of ready) {
      const answer = answers.get(query.key);
      if (answer) options.onShared(query, answer);
      else missing.push(query);
    }
    requeue(missing);
  };
  const watch = async (held: BomQuery[]) => {
    const byKey = new Map(held.map((query) => [options.keyOf(query), query]));
    const deadline = Date.now() + options.waitMs;
    while (byKey.size > 0 && !done()) {
      const left = deadline - Date.now();
      let ready: string[];
      try {
        ready = left > 0 ? await cache.waitFor([...byKey.keys()], { timeoutMs: left, signal }) : [];
      } catch {
        // Aborted (the run stopped), or the cache failed: whatever is left is sent by this caller.
        ready = signal.aborted ? [] : [...byKey.keys()];
      }
      if (ready.length === 0) {
        if (signal.aborted) return;
        // Waited long enough: send what is still missing, unclaimed.
        const late = [...byKey.values()];
        for (const query of late) claims.set(query, MAX_CLAIMS_PER_QUERY);
        byKey.clear();
        await readBack(late);
        return;
      }
      const back = ready.flatMap((key) => {
        const query = byKey.get(key);
        byKey.delete(key);
        return query ? [query] : [];
      });
      await readBack(back);
    }
  };
  const follow = (held: BomQuery[]) => {
    if (held.length === 0) return;
    const task: Promise<void> = watch(held)
      .catch((error: unknown) => {
        failure ??= { error };
      })
      .finally(() => {
        watches.delete(task);
        changed();
      });
    watches.add(task);
  };

  // Takes queries off the queue and claims them until a batch is full or the queue is empty.
  const nextBatch = async (): Promise<{ batch: BomQuery[]; held: CacheClaim[] }> => {
    const batch: BomQuery[] = [];
    const held: CacheClaim[] = [];
    while (batch.length < perBatch && pending.length > 0 && !done()) {
      const chunk = pending.splice(0, perBatch - batch.length);
      const unclaimed = chunk.filter((query) => (claims.get(query) ?? 0) >= MAX_CLAIMS_PER_QUERY);
      batch.push(...unclaimed);
      const toClaim = chunk.filter((query) => (claims.get(query) ?? 0) < MAX_CLAIMS_PER_QUERY);
      if (toClaim.length === 0) continue;
      for (const query of toClaim) claims.set(query, (claims.get(query) ?? 0) + 1);
      const byKey = new Map(toClaim.map((query) => [options.keyOf(query), query]));
      let claim: CacheClaim;
      try {
        claim = await cache.claim([...byKey.keys()], options.ttlMs);
      } catch {
        // Claims unavailable: this caller sends them itself.
        batch.push(...toClaim);
        continue;
      }
      const pick = (keys: readonly string[]) => keys.flatMap((key) => byKey.get(key) ?? []);
      if (claim.won.length > 0) held.push(claim);
      batch.push(...pick(claim.won));
      follow(pick(claim.held));
      const answered = pick(claim.answered);
      if (answered.length > 0) await readBack(answered);
    }
    return { batch, held };
  };

  let claiming = 0;
  const worker = async (): Promise<void> => {
    while (!done()) {
      claiming += 1;
      const { batch, held } = await nextBatch().finally(() => {
        claiming -= 1;
      });
      try {
        if (batch.length > 0 && !done()) {
          await options.send({ queries: batch, worstCaseParts: batch.length * options.candidates });
        } else if (batch.length === 0) {
          if (pending.length > 0) continue;
          // Nothing to send now: done unless queries may still come back from a watch or a claim.
          if (watches.size === 0 && claiming === 0) break;
          await new Promise<void>((resolve) => idle.add(resolve));
        }
      } catch (error) {
        failure ??= { error };
      } finally {
        // Stored (or failed): waiters move on now rather than when the claims lapse.
        await Promise.all(held.map((claim) => claim.release()));
        changed();
      }
    }
    // The run stopped (failure, abort, circuit breaker): end the watches and wake idle workers.
    if (done()) quit.abort();
    changed();
  };

  try {
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker));
  } finally {
    quit.abort();
    await Promise.all([...watches]);
  }
  if (failure) throw failure.error;
}
