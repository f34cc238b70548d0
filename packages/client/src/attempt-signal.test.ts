import { describe, expect, it, vi } from 'vitest';
import { attemptSignal } from './attempt-signal.js';

describe('attemptSignal', () => {
  it("passes the caller's signal through when there is no timeout", () => {
    const caller = new AbortController().signal;
    expect(attemptSignal(caller, 0).signal).toBe(caller);
    expect(attemptSignal(undefined, 0).signal).toBeUndefined();
  });

  it('aborts with a TimeoutError when the timeout passes', () => {
    vi.useFakeTimers();
    try {
      const attempt = attemptSignal(undefined, 1000);
      vi.advanceTimersByTime(999);
      expect(attempt.signal?.aborted).toBe(false);
      vi.advanceTimersByTime(1);
      expect(attempt.signal?.aborted).toBe(true);
      expect(attempt.timedOut).toBe(true);
      expect(attempt.signal?.reason).toMatchObject({ name: 'TimeoutError' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('starts the timeout only when armed, if asked to wait', () => {
    vi.useFakeTimers();
    try {
      const attempt = attemptSignal(undefined, 1000, { armed: false });
      vi.advanceTimersByTime(5000);
      expect(attempt.signal?.aborted).toBe(false);
      attempt.arm();
      attempt.arm(); // a second call does not restart it
      vi.advanceTimersByTime(1000);
      expect(attempt.timedOut).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it("follows the caller's abort with its reason, and is not a timeout", () => {
    const caller = new AbortController();
    const attempt = attemptSignal(caller.signal, 60_000);
    const reason = new Error('stop');
    caller.abort(reason);
    expect(attempt.signal?.reason).toBe(reason);
    expect(attempt.timedOut).toBe(false);
    expect(attemptSignal(AbortSignal.abort(reason), 60_000).signal?.reason).toBe(reason);
  });

  it('releases the timer and the listener on dispose', () => {
    vi.useFakeTimers();
    try {
      const caller = new AbortController();
      const remove = vi.spyOn(caller.signal, 'removeEventListener');
      const attempt = attemptSignal(caller.signal, 1000);
      expect(vi.getTimerCount()).toBe(1);
      attempt.dispose();
      expect(vi.getTimerCount()).toBe(0);
      expect(remove).toHaveBeenCalledWith('abort', expect.any(Function));
      caller.abort();
      expect(attempt.signal?.aborted).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
