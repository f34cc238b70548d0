import { describe, expect, it } from 'vitest';
import { NexarPartLimitError } from './errors.js';
import { PartLedger } from './part-meter.js';

describe('PartLedger', () => {
  it('counts parts and has no remaining without a budget', () => {
    const ledger = new PartLedger();
    ledger.reserve(10, 'SearchMpn').settle(4);
    expect(ledger.used).toBe(4);
    expect(ledger.remaining).toBeUndefined();
    // Without a budget even an unbounded call goes ahead.
    ledger.reserve(undefined, 'Custom').settle(2);
    expect(ledger.used).toBe(6);
  });

  it('refuses a call whose worst case does not fit, saying what it would cost and what remains', () => {
    const ledger = new PartLedger(10);
    ledger.reserve(5, 'SearchMpn').settle(3);
    expect(ledger.remaining).toBe(7);
    let error: unknown;
    try {
      ledger.reserve(8, 'SearchMpn');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(NexarPartLimitError);
    expect(error).toMatchObject({ wouldCost: 8, remaining: 7, source: 'budget', operation: 'SearchMpn' });
    expect((error as Error).message).toContain('up to 8 parts');
    expect((error as Error).message).toContain('only 7');
    expect(ledger.used).toBe(3);
  });

  it('holds the worst case of calls in flight, so concurrent calls cannot overspend together', () => {
    const ledger = new PartLedger(10);
    const first = ledger.reserve(6, 'A');
    expect(ledger.available()).toBe(4);
    expect(() => ledger.reserve(5, 'B')).toThrow(NexarPartLimitError);
    first.settle(2);
    first.settle(2); // settling twice counts once
    expect(ledger.used).toBe(2);
    expect(ledger.available()).toBe(8);
    ledger.reserve(8, 'B');
  });

  it('refuses an unbounded call when there is a budget', () => {
    expect(() => new PartLedger(100).reserve(undefined, 'Custom')).toThrow(/worstCaseParts/);
  });

  it('checks maxParts', () => {
    expect(() => new PartLedger(-1)).toThrow(RangeError);
    expect(() => new PartLedger(1.5)).toThrow(RangeError);
  });
});
