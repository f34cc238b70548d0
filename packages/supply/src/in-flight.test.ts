import { describe, expect, it } from 'vitest';
import { InFlightRequests } from './in-flight.js';

describe('InFlightRequests', () => {
  it('aborts the shared request only when every waiter has aborted, then starts afresh', async () => {
    const inFlight = new InFlightRequests();
    let sharedSignal: AbortSignal | undefined;
    inFlight.start('k', (signal) => {
      sharedSignal = signal;
      return new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
    });
    const a = new AbortController();
    const b = new AbortController();
    const waitA = inFlight.wait('k', a.signal);
    const waitB = inFlight.wait('k', b.signal);
    a.abort(new Error('a'));
    await expect(waitA).rejects.toThrow('a');
    expect(sharedSignal?.aborted).toBe(false);
    b.abort(new Error('b'));
    await expect(waitB).rejects.toThrow('b');
    expect(sharedSignal?.aborted).toBe(true);
    expect(inFlight.has('k')).toBe(false);
  });

  it('never aborts for a waiter that cannot abort, and forgets the call once settled', async () => {
    const inFlight = new InFlightRequests();
    let sharedSignal: AbortSignal | undefined;
    let answer: (value: string) => void = () => {};
    inFlight.start('k', (signal) => {
      sharedSignal = signal;
      return new Promise((resolve) => {
        answer = resolve;
      });
    });
    const plain = inFlight.wait<string>('k', undefined);
    const a = new AbortController();
    const waitA = inFlight.wait('k', a.signal);
    a.abort(new Error('a'));
    await expect(waitA).rejects.toThrow('a');
    expect(sharedSignal?.aborted).toBe(false);
    answer('done');
    expect(await plain).toBe('done');
    expect(inFlight.has('k')).toBe(false);
  });
});
