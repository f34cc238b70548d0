import { describe, expect, it } from 'vitest';
import { TokenRateLimiter } from './token-rate-limiter.js';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('TokenRateLimiter', () => {
  it('admits up to the limit per second, then asks the client to retry', () => {
    const time = clock();
    const limiter = new TokenRateLimiter(2, time.now);
    expect(limiter.admit('a')).toEqual({ admitted: true });
    expect(limiter.admit('a')).toEqual({ admitted: true });
    expect(limiter.admit('a')).toEqual({ admitted: false, retryAfterSeconds: 1 });
  });

  it('counts each client separately', () => {
    const limiter = new TokenRateLimiter(1, clock().now);
    expect(limiter.admit('a').admitted).toBe(true);
    expect(limiter.admit('b').admitted).toBe(true);
    expect(limiter.admit('a').admitted).toBe(false);
  });

  it('uses a sliding window: a slot frees exactly one second after the oldest admission', () => {
    const time = clock();
    const limiter = new TokenRateLimiter(2, time.now);
    limiter.admit('a');
    time.advance(600);
    limiter.admit('a');
    time.advance(399);
    expect(limiter.admit('a').admitted).toBe(false);
    time.advance(1);
    expect(limiter.admit('a').admitted).toBe(true);
    // The second admission (at +600) is still inside the window, and so is the new one.
    expect(limiter.admit('a').admitted).toBe(false);
  });

  it('does not count refused requests against the client', () => {
    const time = clock();
    const limiter = new TokenRateLimiter(1, time.now);
    limiter.admit('a');
    for (let i = 0; i < 5; i += 1) expect(limiter.admit('a').admitted).toBe(false);
    time.advance(1000);
    expect(limiter.admit('a').admitted).toBe(true);
  });

  it('rejects a limit that is not a positive integer', () => {
    expect(() => new TokenRateLimiter(0)).toThrow(RangeError);
    expect(() => new TokenRateLimiter(1.5)).toThrow(RangeError);
  });
});
