import { describe, expect, it } from 'vitest';
import { NexarPartLimitError } from './errors.js';
import { reserveParts, type SharedPartBudget } from './part-budget.js';
import { PartLedger } from './part-meter.js';

function recordingBudget(limit: number): SharedPartBudget & { log: string[] } {
  const log: string[] = [];
  let held = 0;
  return {
    log,
    async reserve(parts, operation) {
      if (held + parts > limit)
        throw new NexarPartLimitError({
          wouldCost: parts,
          remaining: limit - held,
          source: 'budget',
          operation,
        });
      held += parts;
      log.push(`reserve ${parts}`);
      return {
        settle: async (used) => {
          held += used - parts;
          log.push(`settle ${used}`);
        },
      };
    },
  };
}

describe('reserveParts', () => {
  it('holds the worst case in the ledger and the shared budget, and settles both with the real count', async () => {
    const ledger = new PartLedger(100);
    const budget = recordingBudget(50);
    const reservation = await reserveParts(ledger, budget, 30, 'SearchMpn');
    expect(ledger.available()).toBe(70);
    reservation.settle(4);
    reservation.settle(9); // once only
    await Promise.resolve();
    expect(budget.log).toEqual(['reserve 30', 'settle 4']);
    expect(ledger.used).toBe(4);
    expect(ledger.available()).toBe(96);
  });

  it('a refusal of the shared budget frees the ledger and is thrown as it is', async () => {
    const ledger = new PartLedger();
    const budget = recordingBudget(10);
    await expect(reserveParts(ledger, budget, 30, 'SearchMpn')).rejects.toBeInstanceOf(NexarPartLimitError);
    expect(ledger.used).toBe(0);
  });

  it('an unbounded document is refused when a shared budget is set', async () => {
    const ledger = new PartLedger();
    await expect(reserveParts(ledger, recordingBudget(10), undefined, 'Similar')).rejects.toThrow(
      /worstCaseParts/,
    );
    expect(ledger.available()).toBeUndefined();
  });
});
