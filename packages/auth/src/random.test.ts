import { describe, expect, it } from 'vitest';
import { randomUrlSafe, webCryptoRandomBytes } from './random.js';

describe('randomUrlSafe', () => {
  it('encodes 32 bytes as 43 base64url characters', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 250) % 256);
    expect(randomUrlSafe(() => bytes)).toBe(Buffer.from(bytes).toString('base64url'));
    expect(randomUrlSafe(() => new Uint8Array(32).fill(0xff))).toBe(`${'_'.repeat(42)}8`);
    expect(randomUrlSafe(webCryptoRandomBytes)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('refuses a source that gives too few bytes', () => {
    expect(() => randomUrlSafe(() => new Uint8Array(16))).toThrow(RangeError);
  });

  it('differs between calls with real randomness', () => {
    expect(randomUrlSafe(webCryptoRandomBytes)).not.toBe(randomUrlSafe(webCryptoRandomBytes));
  });
});
