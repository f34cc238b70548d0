import { describe, expect, it } from 'vitest';
import { NEXAR_TOKEN_RATE_LIMITS, waitForTurn } from './rate-windows.js';

describe('waitForTurn', () => {
  it('lets requests go while every window has room', () => {
    expect(waitForTurn([], 10_000, NEXAR_TOKEN_RATE_LIMITS)).toBe(0);
    expect(waitForTurn([9_500], 10_000, NEXAR_TOKEN_RATE_LIMITS)).toBe(0);
  });

  it('waits for the oldest request of a full window to leave it', () => {
    expect(waitForTurn([9_400, 9_700], 10_000, NEXAR_TOKEN_RATE_LIMITS)).toBe(401);
    expect(waitForTurn([8_000, 9_400, 9_700], 10_000, NEXAR_TOKEN_RATE_LIMITS)).toBe(401);
  });

  it('applies the longest window that is full', () => {
    const windows = [
      { windowMs: 1_000, limit: 2 },
      { windowMs: 60_000, limit: 3 },
    ];
    expect(waitForTurn([1_000, 5_000, 9_000], 10_000, windows)).toBe(51_001);
  });
});
