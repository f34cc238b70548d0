import { describe, expect, it } from 'vitest';
import { runPool } from './run-pool.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('runPool', () => {
  it('never runs more than the concurrency at once, and runs every task once', async () => {
    let running = 0;
    let peak = 0;
    const done: number[] = [];
    await runPool(10, 3, async (i) => {
      running++;
      peak = Math.max(peak, running);
      await tick();
      done.push(i);
      running--;
    });
    expect(peak).toBe(3);
    expect([...done].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('stops starting tasks after a failure, waits for running ones, then rethrows', async () => {
    const started: number[] = [];
    let settled = 0;
    const run = runPool(10, 2, async (i) => {
      started.push(i);
      await tick();
      settled++;
      if (i === 1) throw new Error('boom');
    });
    await expect(run).rejects.toThrow('boom');
    expect(started.length).toBeLessThan(10);
    expect(settled).toBe(started.length);
  });

  it('stops starting tasks when told', async () => {
    const started: number[] = [];
    await runPool(
      10,
      1,
      async (i) => {
        started.push(i);
      },
      () => started.length >= 4,
    );
    expect(started).toEqual([0, 1, 2, 3]);
  });
});
