/**
 * Identical calls in flight together share one request: the first starts it, the others wait for its
 * answer (or its error). The shared request is aborted only when every caller waiting for it has
 * aborted; one caller giving up never cancels the others' answer.
 */
import { raceAbort } from '@nexar/auth';

interface Shared {
  promise: Promise<unknown>;
  /** Callers still waiting that could still leave (those with a signal), or Infinity once one cannot. */
  holders: number;
  controller: AbortController;
}

export class InFlightRequests {
  readonly #calls = new Map<string, Shared>();

  /** Whether a call under `key` is in flight now. */
  has(key: string): boolean {
    return this.#calls.has(key);
  }

  /**
   * Starts `send` under `key`, with a signal that aborts when every waiter has left. Call `wait` for
   * the answer, also as the caller that started it.
   */
  start(key: string, send: (signal: AbortSignal) => Promise<unknown>): void {
    const controller = new AbortController();
    const shared: Shared = { promise: Promise.resolve(), holders: 0, controller };
    shared.promise = send(controller.signal).finally(() => {
      if (this.#calls.get(key) === shared) this.#calls.delete(key);
    });
    // Nobody may be left to hear about it (every waiter aborted).
    shared.promise.catch(() => {});
    this.#calls.set(key, shared);
  }

  /** The answer of the call in flight under `key`; `signal` cancels this wait only. */
  wait<T>(key: string, signal: AbortSignal | undefined): Promise<T> {
    const shared = this.#calls.get(key);
    if (!shared) return Promise.reject(new Error(`No call in flight under ${key}.`));
    const promise = shared.promise as Promise<T>;
    if (!signal) {
      shared.holders = Number.POSITIVE_INFINITY;
      return promise;
    }
    shared.holders += 1;
    // Counts this caller out when it aborts; the waiting itself is auth's raceAbort.
    const leave = () => {
      shared.holders -= 1;
      if (shared.holders === 0) {
        // Nobody wants it any more: a later identical call starts afresh.
        if (this.#calls.get(key) === shared) this.#calls.delete(key);
        shared.controller.abort(signal.reason);
      }
    };
    signal.addEventListener('abort', leave, { once: true });
    return raceAbort(promise, signal).finally(() => signal.removeEventListener('abort', leave));
  }
}
