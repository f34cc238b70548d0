import { describe, expect, it } from 'vitest';
import { deepFreeze, isDeepFrozen } from './deep-freeze.js';

describe('deepFreeze', () => {
  it('freezes every level in place and remembers it', () => {
    const value = { hits: 1, parts: [{ mpn: 'NE555P', sellers: [{ offers: [] as unknown[] }] }] };
    expect(isDeepFrozen(value)).toBe(false);
    expect(deepFreeze(value)).toBe(value);
    expect(isDeepFrozen(value)).toBe(true);
    expect(Object.isFrozen(value.parts[0]?.sellers[0]?.offers)).toBe(true);
    expect(() => {
      (value.parts[0] as { mpn: string }).mpn = 'changed';
    }).toThrow(TypeError);
  });

  it('stops at values it froze before, and counts plain values as frozen', () => {
    const inner = deepFreeze({ a: [1] });
    const outer = deepFreeze({ inner, more: { b: 2 } });
    expect(Object.isFrozen(outer.more)).toBe(true);
    expect(isDeepFrozen(7)).toBe(true);
    expect(isDeepFrozen(null)).toBe(true);
    // Frozen by someone else: not known to be frozen all the way down.
    expect(isDeepFrozen(Object.freeze({ x: {} }))).toBe(false);
  });
});
