import type { PartLedger, PartReservation } from './part-meter.js';

/**
 * A part budget shared beyond one client, e.g. by every process of a fleet (`RedisPartBudget` from
 * `@nexar/redis`). Each call holds its worst case before it is sent and settles with the real count
 * after, so clients together never spend more than the budget.
 */
export interface SharedPartBudget {
  /**
   * Holds `parts` for a call about to be sent. Throws `NexarPartLimitError` (source 'budget') when they
   * do not fit what is left.
   */
  reserve(parts: number, operation: string): Promise<SharedPartHold>;
}

export interface SharedPartHold {
  /** Frees the hold and charges the parts actually returned (0 when the call failed without data). */
  settle(parts: number): Promise<void>;
}

/** Reserves a call's worst case in the client's own ledger and in the shared budget: the returned reservation settles both. */
export async function reserveParts(
  ledger: PartLedger,
  shared: SharedPartBudget,
  worstCase: number | undefined,
  operation: string,
): Promise<PartReservation> {
  const local = ledger.reserve(worstCase, operation);
  if (worstCase === undefined) {
    local.settle(0);
    throw new TypeError(
      `${operation}: the worst-case part count of this document cannot be worked out (e.g. it asks for similarParts), so it cannot be checked against the shared part budget. Pass worstCaseParts in the call's options.`,
    );
  }
  let hold: SharedPartHold;
  try {
    hold = await shared.reserve(worstCase, operation);
  } catch (error) {
    local.settle(0);
    throw error;
  }
  let settled = false;
  return {
    settle: (parts: number) => {
      if (settled) return;
      settled = true;
      local.settle(parts);
      // The shared budget keeps its own records of a settlement it could not take (see its docs).
      hold.settle(parts).catch(() => undefined);
    },
  };
}
