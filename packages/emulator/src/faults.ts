/**
 * Deterministic fault injection: a queue of faults per endpoint, each applied to the next request that
 * reaches it, plus a steady added latency. Tests say exactly which request fails and how.
 */

export type FaultTarget = 'token' | 'api';

export type Fault =
  /** Answer with this status (and body) instead of handling the request. */
  | { kind: 'status'; status: number; retryAfterSeconds?: number; body?: string; contentType?: string }
  /** Drop the connection without an answer (the client sees a reset socket). */
  | { kind: 'reset' }
  /** Wait, then handle the request normally. */
  | { kind: 'delay'; ms: number };

export interface FaultControl {
  /** Queues `fault` for the next `times` requests to `target` (default 1). */
  inject(target: FaultTarget, fault: Fault, times?: number): void;
  /** Adds `ms` of latency to every request to `target` (0 removes it). */
  setLatency(target: FaultTarget, ms: number): void;
  /** Forgets queued faults and latency. */
  clear(): void;
  /** Number of faults still queued for `target`. */
  pending(target: FaultTarget): number;
}

export class FaultQueue implements FaultControl {
  readonly #queues: Record<FaultTarget, Fault[]> = { token: [], api: [] };
  readonly #latency: Record<FaultTarget, number> = { token: 0, api: 0 };

  inject(target: FaultTarget, fault: Fault, times = 1): void {
    if (!Number.isInteger(times) || times < 1) throw new RangeError('times must be a positive integer');
    for (let i = 0; i < times; i += 1) this.#queues[target].push(fault);
  }

  setLatency(target: FaultTarget, ms: number): void {
    if (!(ms >= 0)) throw new RangeError('latency must be zero or more milliseconds');
    this.#latency[target] = ms;
  }

  clear(): void {
    this.#queues.token.length = 0;
    this.#queues.api.length = 0;
    this.#latency.token = 0;
    this.#latency.api = 0;
  }

  pending(target: FaultTarget): number {
    return this.#queues[target].length;
  }

  /** The next queued fault for `target`, removed from the queue. */
  take(target: FaultTarget): Fault | undefined {
    return this.#queues[target].shift();
  }

  latency(target: FaultTarget): number {
    return this.#latency[target];
  }
}
