import { describe, expect, it } from 'vitest';
import type { AuthEvent } from './auth-event.js';
import { RateLimitMemory } from './rate-limit-memory.js';

function memory(behaviour: 'fail' | 'wait') {
  let time = 1_000_000;
  const waits: number[] = [];
  const events: AuthEvent[] = [];
  const limits = new RateLimitMemory({
    now: () => time,
    behaviour,
    emit: (event) => events.push(event),
    sleep: async (ms) => {
      waits.push(ms);
      time += ms;
    },
  });
  return { limits, waits, events, advance: (ms: number) => (time += ms) };
}

describe('RateLimitMemory', () => {
  it('lets requests through until a 429, fails them until Retry-After has passed on the clock, then lets them through', async () => {
    const { limits, advance } = memory('fail');
    await expect(limits.waitTurn('https://id/connect/token')).resolves.toBeUndefined();
    limits.remember(10_000);
    advance(9_999);
    await expect(limits.waitTurn('https://id/connect/token')).rejects.toMatchObject({
      code: 'rate_limited',
      retryAfterMs: 1,
    });
    advance(1);
    await expect(limits.waitTurn('https://id/connect/token')).resolves.toBeUndefined();
  });

  it('waits out the rest of the time in "wait" mode', async () => {
    const { limits, waits, advance } = memory('wait');
    limits.remember(5_000);
    advance(2_000);
    await limits.waitTurn('u');
    expect(waits).toEqual([3_000]);
  });

  it('keeps the later of two deadlines and assumes one second without Retry-After', async () => {
    const { limits, events } = memory('fail');
    limits.remember(undefined);
    expect(limits.until).toBe(1_001_000);
    limits.remember(60_000);
    limits.remember(5_000);
    expect(limits.until).toBe(1_060_000);
    expect(events.map((e) => e.type)).toEqual(['rate_limited', 'rate_limited']);
  });
});
