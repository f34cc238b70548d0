import { describe, expect, it } from 'vitest';
import { parseRetryAfter, type RetryOptions, retryWithBackoff } from './retry.js';
import { sleep } from './sleep.js';

/** A fake clock whose sleep advances time instantly and records each wait. */
function fakeTime(start = 1_000_000) {
  let time = start;
  const waits: number[] = [];
  return {
    waits,
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
    sleep: async (ms: number, signal?: AbortSignal) => {
      signal?.throwIfAborted();
      waits.push(ms);
      time += ms;
    },
  };
}

function options(clock: ReturnType<typeof fakeTime>, overrides: Partial<RetryOptions> = {}): RetryOptions {
  return {
    maxAttempts: 5,
    maxElapsedMs: 60_000,
    baseDelayMs: 100,
    maxDelayMs: 1_000,
    shouldRetry: () => true,
    random: () => 0.5,
    now: clock.now,
    sleep: clock.sleep,
    ...overrides,
  };
}

describe('retryWithBackoff', () => {
  it('returns the first success and passes the attempt number', async () => {
    const clock = fakeTime();
    const seen: number[] = [];
    const result = await retryWithBackoff(async (n) => {
      seen.push(n);
      if (n < 3) throw new Error(`fail ${n}`);
      return `ok on ${n}`;
    }, options(clock));
    expect(result).toBe('ok on 3');
    expect(seen).toEqual([1, 2, 3]);
  });

  it('draws full-jitter exponential delays capped by maxDelayMs', async () => {
    const clock = fakeTime();
    const draws = [0.5, 0.25, 0.999, 0.5, 0.5, 0.5];
    await expect(
      retryWithBackoff(
        async () => {
          throw new Error('down');
        },
        options(clock, { maxAttempts: 6, random: () => draws.shift() ?? 0 }),
      ),
    ).rejects.toThrow('down');
    // ceilings: 100, 200, 400, 800, 1000 (capped); waits are floor(draw * ceiling)
    expect(clock.waits).toEqual([50, 50, 399, 400, 500]);
  });

  it('stops after maxAttempts and rethrows the last error', async () => {
    const clock = fakeTime();
    let calls = 0;
    await expect(
      retryWithBackoff(
        async (n) => {
          calls += 1;
          throw new Error(`attempt ${n}`);
        },
        options(clock, { maxAttempts: 3 }),
      ),
    ).rejects.toThrow('attempt 3');
    expect(calls).toBe(3);
    expect(clock.waits).toHaveLength(2);
  });

  it('does not retry when shouldRetry says no, and passes the error and attempt', async () => {
    const clock = fakeTime();
    const asked: [unknown, number][] = [];
    const fatal = new Error('fatal');
    await expect(
      retryWithBackoff(
        async () => {
          throw fatal;
        },
        options(clock, {
          shouldRetry: (error, n) => {
            asked.push([error, n]);
            return false;
          },
        }),
      ),
    ).rejects.toBe(fatal);
    expect(asked).toEqual([[fatal, 1]]);
    expect(clock.waits).toEqual([]);
  });

  it('waits exactly the Retry-After the decision carries', async () => {
    const clock = fakeTime();
    await retryWithBackoff(
      async (n) => {
        if (n === 1) throw new Error('429');
        return n;
      },
      options(clock, { shouldRetry: () => ({ retryAfterMs: 2_000 }) }),
    );
    expect(clock.waits).toEqual([2_000]);
  });

  it('gives up at once when Retry-After exceeds the remaining budget', async () => {
    const clock = fakeTime();
    let calls = 0;
    await expect(
      retryWithBackoff(
        async () => {
          calls += 1;
          throw new Error('429');
        },
        options(clock, { maxElapsedMs: 5_000, shouldRetry: () => ({ retryAfterMs: 10_000 }) }),
      ),
    ).rejects.toThrow('429');
    expect(calls).toBe(1);
    expect(clock.waits).toEqual([]);
  });

  it('bounds the total time: a wait never outlasts the budget and no attempt starts after it', async () => {
    const clock = fakeTime();
    let calls = 0;
    await expect(
      retryWithBackoff(
        async () => {
          calls += 1;
          clock.advance(400); // each attempt itself takes 400 ms
          throw new Error('slow failure');
        },
        options(clock, { maxAttempts: 100, maxElapsedMs: 1_000, baseDelayMs: 1_000, random: () => 0.99 }),
      ),
    ).rejects.toThrow('slow failure');
    // attempt 1 ends at 400 (wait capped to the 600 left), attempt 2 ends at 1400: budget spent.
    expect(clock.waits).toEqual([600]);
    expect(calls).toBe(2);
  });

  it('rejects with the abort reason during a wait and makes no further attempt', async () => {
    const controller = new AbortController();
    let calls = 0;
    const promise = retryWithBackoff(
      async () => {
        calls += 1;
        throw new Error('down');
      },
      {
        maxAttempts: 5,
        maxElapsedMs: 60_000,
        baseDelayMs: 60_000,
        maxDelayMs: 60_000,
        shouldRetry: () => true,
        random: () => 0.99,
        signal: controller.signal,
        onRetry: () => queueMicrotask(() => controller.abort(new Error('user gave up'))),
      },
    );
    await expect(promise).rejects.toThrow('user gave up');
    expect(calls).toBe(1);
  });

  it('does not start when the signal is already aborted', async () => {
    const clock = fakeTime();
    let calls = 0;
    const reason = new Error('already');
    await expect(
      retryWithBackoff(
        async () => {
          calls += 1;
          return 1;
        },
        options(clock, { signal: AbortSignal.abort(reason) }),
      ),
    ).rejects.toBe(reason);
    expect(calls).toBe(0);
  });

  it('reports each wait through onRetry', async () => {
    const clock = fakeTime();
    const retries: [number, number][] = [];
    await retryWithBackoff(
      async (n) => {
        if (n < 3) throw new Error('x');
        return n;
      },
      options(clock, { onRetry: ({ attempt, delayMs }) => retries.push([attempt, delayMs]) }),
    );
    expect(retries).toEqual([
      [1, 50],
      [2, 100],
    ]);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2024-05-01T12:00:00Z');

  it('reads delay-seconds', () => {
    expect(parseRetryAfter('3', now)).toBe(3_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP date relative to now, never negative', () => {
    expect(parseRetryAfter('Wed, 01 May 2024 12:00:05 GMT', now)).toBe(5_000);
    expect(parseRetryAfter('Wed, 01 May 2024 11:59:00 GMT', now)).toBe(0);
  });

  it('ignores absent and unreadable values', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('-1', now)).toBeUndefined();
    expect(parseRetryAfter('1.5', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});

describe('sleep', () => {
  it('resolves after the delay', async () => {
    await expect(sleep(1)).resolves.toBeUndefined();
  });

  it('rejects with the reason when aborted mid-wait', async () => {
    const controller = new AbortController();
    const waiting = sleep(60_000, controller.signal);
    const reason = new Error('stop');
    controller.abort(reason);
    await expect(waiting).rejects.toBe(reason);
  });

  it('rejects at once on an aborted signal', async () => {
    await expect(sleep(60_000, AbortSignal.abort())).rejects.toMatchObject({ name: 'AbortError' });
  });
});
