import type { AuthEventListener } from './auth-event.js';
import { NexarAuthError } from './errors.js';
import { sleep as abortableSleep } from './sleep.js';

/** What a token request does while an earlier 429's `Retry-After` is running. */
export type RateLimitBehaviour = 'fail' | 'wait';

/** Used when a 429 carries no (readable) Retry-After. */
const DEFAULT_RETRY_AFTER_MS = 1_000;

/**
 * Remembers the token endpoint's last 429 until its `Retry-After` has passed, so that later token
 * requests of the same provider fail at once (or wait their turn) instead of hammering an endpoint
 * that already said no. Times come from the provider's clock.
 */
export class RateLimitMemory {
  #until = 0;
  readonly #now: () => number;
  readonly #behaviour: RateLimitBehaviour;
  readonly #emit: AuthEventListener;
  readonly #sleep: (ms: number, signal?: AbortSignal) => Promise<void>;

  constructor(options: {
    now: () => number;
    behaviour: RateLimitBehaviour;
    emit: AuthEventListener;
    sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  }) {
    this.#now = options.now;
    this.#behaviour = options.behaviour;
    this.#emit = options.emit;
    this.#sleep = options.sleep ?? abortableSleep;
  }

  /** Epoch ms before which no token request is sent (0 when none is pending). */
  get until(): number {
    return this.#until;
  }

  /** Records a 429 answered at `now` with the given Retry-After. */
  remember(retryAfterMs: number | undefined): void {
    const wait = retryAfterMs ?? DEFAULT_RETRY_AFTER_MS;
    const until = this.#now() + wait;
    if (until <= this.#until) return;
    this.#until = until;
    this.#emit({ type: 'rate_limited', retryAfterMs: wait, until });
  }

  /** Resolves when a request may be sent; rejects with `rate_limited` in `fail` mode while one is pending. */
  async waitTurn(tokenUrl: string, signal?: AbortSignal): Promise<void> {
    const waitMs = this.#until - this.#now();
    if (waitMs <= 0) return;
    if (this.#behaviour === 'wait') {
      this.#emit({ type: 'rate_limit_honoured', action: 'waited', waitMs });
      await this.#sleep(waitMs, signal);
      return;
    }
    this.#emit({ type: 'rate_limit_honoured', action: 'failed', waitMs });
    const seconds = Math.ceil(waitMs / 1000);
    throw new NexarAuthError(
      'rate_limited',
      `The token endpoint ${tokenUrl} asked for no requests until ${new Date(this.#until).toISOString()} (HTTP 429); not asking again for ${seconds} s.`,
      {
        retryAfterMs: waitMs,
        hint: 'Try again after that time, or create the provider with whenRateLimited: "wait" to wait for it. Share one provider (and its token store) instead of asking for a token per task.',
      },
    );
  }
}
