import { raceAbort, sleep } from '@nexar/auth';
import type { CacheClaim, ClaimWaitOptions } from './cache-claim.js';

/** A held key: the callbacks of its waiters (made only when someone waits, so a lone run stays cheap). */
interface Held {
  wake: (() => void)[];
}

/**
 * Claims on the keys of a cache in this process. Its holder cannot die without its waiters, so a claim
 * lasts until it is released (the caller always releases once the answers are stored or sending failed);
 * waiters are woken by the release itself, not by polling.
 */
export class MemoryClaims {
  readonly #held = new Map<string, Held>();

  /** Claims `keys`; `hasAnswer` tells which already have an answer (they are not claimed). */
  claim(keys: readonly string[], hasAnswer: (key: string) => boolean): CacheClaim {
    const won: string[] = [];
    const answered: string[] = [];
    const held: string[] = [];
    const mine: Held[] = [];
    for (const key of keys) {
      if (this.#held.has(key)) held.push(key);
      else if (hasAnswer(key)) answered.push(key);
      else {
        const entry: Held = { wake: [] };
        this.#held.set(key, entry);
        mine.push(entry);
        won.push(key);
      }
    }
    return {
      won,
      answered,
      held,
      release: async () => {
        won.forEach((key, i) => {
          const entry = mine[i] as Held;
          if (this.#held.get(key) === entry) this.#held.delete(key);
          for (const wake of entry.wake) wake();
        });
      },
    };
  }

  async waitFor(keys: readonly string[], options: ClaimWaitOptions): Promise<string[]> {
    options.signal?.throwIfAborted();
    const ready = () => keys.filter((key) => !this.#held.has(key));
    const now = ready();
    if (now.length > 0 || keys.length === 0) return now;
    const timeout = new AbortController();
    const released = new Promise<void>((resolve) => {
      for (const key of keys) this.#held.get(key)?.wake.push(resolve);
    });
    try {
      await raceAbort(
        Promise.race([released, sleep(options.timeoutMs, timeout.signal).catch(() => undefined)]),
        options.signal,
      );
    } finally {
      timeout.abort();
    }
    return ready();
  }
}
