import { raceAbort, sleep } from '@nexar/auth';
import type { CacheClaim, ClaimWaitOptions } from './cache-claim.js';

interface Held {
  released: Promise<void>;
  release: () => void;
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
        let release!: () => void;
        const released = new Promise<void>((resolve) => {
          release = resolve;
        });
        const entry: Held = { released, release };
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
          entry.release();
        });
      },
    };
  }

  async waitFor(keys: readonly string[], options: ClaimWaitOptions): Promise<string[]> {
    options.signal?.throwIfAborted();
    const ready = () => keys.filter((key) => !this.#held.has(key));
    const now = ready();
    if (now.length > 0 || keys.length === 0) return now;
    const releases = keys.map((key) => this.#held.get(key)?.released ?? Promise.resolve());
    const timeout = new AbortController();
    try {
      await raceAbort(
        Promise.race([
          Promise.race(releases),
          sleep(options.timeoutMs, timeout.signal).catch(() => undefined),
        ]),
        options.signal,
      );
    } finally {
      timeout.abort();
    }
    return ready();
  }
}
