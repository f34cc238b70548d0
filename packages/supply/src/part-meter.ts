import { NexarPartLimitError } from './errors.js';

/** Parts spent through one supply client. */
export interface PartMeter {
  /** Part objects returned so far (cache hits cost nothing). */
  readonly used: number;
  /** What is left of `maxParts` (calls in flight not deducted); undefined when there is no budget. */
  readonly remaining: number | undefined;
}

/** Told after every call: its parts (0 for a cache hit) and the client's total so far. */
export interface PartsEvent {
  operation: string;
  parts: number;
  total: number;
  /** True when the answer came from the cache (nothing was sent). */
  cached: boolean;
  /** True when an identical call in flight at the same time was sent for this one (nothing spent here). */
  shared?: boolean;
}

/** A budget slot held while a call is in flight, so concurrent calls cannot overspend together. */
export interface PartReservation {
  /** Releases the slot and records the parts actually returned. */
  settle(parts: number): void;
}

/**
 * The client's part meter: counts parts and enforces `maxParts`. Each call reserves its worst case
 * before it is sent; the reservation is replaced by the real count when the answer arrives.
 */
export class PartLedger implements PartMeter {
  readonly #maxParts: number | undefined;
  #used = 0;
  #reserved = 0;

  constructor(maxParts?: number) {
    if (maxParts !== undefined && !(Number.isInteger(maxParts) && maxParts >= 0)) {
      throw new RangeError(`maxParts must be a whole number of parts (0 or more), got ${maxParts}.`);
    }
    this.#maxParts = maxParts;
  }

  get used(): number {
    return this.#used;
  }

  get remaining(): number | undefined {
    return this.#maxParts === undefined ? undefined : Math.max(0, this.#maxParts - this.#used);
  }

  get maxParts(): number | undefined {
    return this.#maxParts;
  }

  /** Left for a new call: the budget minus parts used and parts reserved by calls in flight. */
  available(): number | undefined {
    return this.#maxParts === undefined
      ? undefined
      : Math.max(0, this.#maxParts - this.#used - this.#reserved);
  }

  /**
   * Reserves `worstCase` parts, or throws `NexarPartLimitError` (source 'budget') when they do not fit.
   * `worstCase` undefined means "not bounded": refused whenever there is a budget.
   */
  reserve(worstCase: number | undefined, operation: string): PartReservation {
    const available = this.available();
    if (available !== undefined) {
      if (worstCase === undefined) {
        throw new TypeError(
          `${operation}: the worst-case part count of this document cannot be worked out (e.g. it asks for similarParts), so it cannot be checked against maxParts. Pass worstCaseParts in the call's options.`,
        );
      }
      if (worstCase > available) {
        throw new NexarPartLimitError({
          wouldCost: worstCase,
          remaining: available,
          source: 'budget',
          operation,
        });
      }
    }
    const held = worstCase ?? 0;
    this.#reserved += held;
    let settled = false;
    return {
      settle: (parts: number) => {
        if (settled) return;
        settled = true;
        this.#reserved -= held;
        this.#used += parts;
      },
    };
  }
}
