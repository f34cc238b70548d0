import { describe, expect, it } from 'vitest';
import { progressReporter } from './progress.js';

function stream(isTTY: boolean) {
  const written: string[] = [];
  const fake = { isTTY, write: (text: string) => written.push(text) > 0 };
  return { fake: fake as unknown as NodeJS.WriteStream, written };
}

const start = { linesDone: 0, linesTotal: 240, requests: 0, partsUsed: 0, cacheHits: 0, etaMs: undefined };
const half = { linesDone: 120, linesTotal: 240, requests: 2, partsUsed: 118, cacheHits: 0, etaMs: 1500 };

describe('progressReporter', () => {
  it('redraws one bar in place on a terminal, and ends its line when done', () => {
    const { fake, written } = stream(true);
    const progress = progressReporter(fake);
    progress.onProgress(start);
    progress.onProgress(half);
    progress.done();
    expect(written).toEqual([
      '\r[........................] 0/240 lines done, 0 requests, 0 parts used\x1b[K',
      '\r[############............] 120/240 lines done, 2 requests, 118 parts used, about 2 s left\x1b[K',
      '\n',
    ]);
  });

  it('writes plain lines elsewhere, from the first that says something', () => {
    const { fake, written } = stream(false);
    const progress = progressReporter(fake);
    progress.onProgress(start);
    progress.onProgress(half);
    progress.done();
    expect(written).toEqual(['120/240 lines done, 2 requests, 118 parts used, about 2 s left\n']);
  });
});
