import { describe, expect, it } from 'vitest';
import { type BomProgress, ProgressTracker } from './bom-progress.js';

describe('ProgressTracker', () => {
  it('reports lines, requests, parts, cache hits and an ETA from the time per batch', () => {
    let now = 1000;
    const seen: BomProgress[] = [];
    const tracker = new ProgressTracker(
      10,
      (p) => seen.push(p),
      () => now,
    );
    tracker.cached(1, 2);
    tracker.start(4);
    expect(seen.at(-1)).toEqual({
      linesDone: 2,
      linesTotal: 10,
      requests: 0,
      partsUsed: 0,
      cacheHits: 1,
      etaMs: undefined,
    });
    tracker.request();
    tracker.parts(3);
    now += 200;
    tracker.batchDone(3);
    expect(seen.at(-1)).toEqual({
      linesDone: 5,
      linesTotal: 10,
      requests: 1,
      partsUsed: 3,
      cacheHits: 1,
      etaMs: 600,
    });
    now += 200;
    tracker.batchDone(1);
    expect(seen.at(-1)?.etaMs).toBe(400);
    tracker.batchDone(2);
    tracker.batchDone(2);
    expect(seen.at(-1)).toMatchObject({ linesDone: 10, etaMs: 0 });
  });

  it('ignores a progress callback that throws', () => {
    const tracker = new ProgressTracker(
      1,
      () => {
        throw new Error('bar broke');
      },
      () => 0,
    );
    tracker.start(1);
    expect(() => tracker.batchDone(1)).not.toThrow();
    expect(tracker.snapshot().linesDone).toBe(1);
  });
});
