import { describe, expect, it } from 'vitest';
import { countParts } from '../count-parts.js';
import { isDeepFrozen } from './deep-freeze.js';
import { SharedValuePool, settleAnswer } from './settle-answer.js';

const part = (id: string, price: number) => ({
  __typename: 'SupPart',
  id,
  manufacturer: { id: '370', name: 'Texas Instruments', aliases: ['TI'] },
  specs: [{ attribute: { shortname: 'case_package' }, value: 'SOIC-8', displayValue: 'SOIC-8' }],
  sellers: [
    {
      company: { id: '459', name: 'Digi-Key' },
      isAuthorized: true,
      offers: [{ id: `o${id}`, inventoryLevel: 10, prices: [{ quantity: 1, currency: 'USD', price }] }],
    },
  ],
  similarParts: [{ __typename: 'SupPart', id: `${id}-s`, mpn: 'LM358' }],
});

describe('settleAnswer', () => {
  it('counts part objects as countParts does, nested ones included', () => {
    const data = { a: [part('1', 0.5), part('2', 0.6)], b: { part: part('3', 0.7) } };
    const expected = countParts(structuredClone(data));
    expect(settleAnswer(data, new SharedValuePool())).toBe(expected);
    expect(expected).toBe(6);
  });

  it('freezes everything, and the root counts as deep-frozen', () => {
    const data = { parts: [part('1', 0.5)] };
    settleAnswer(data, new SharedValuePool());
    expect(isDeepFrozen(data)).toBe(true);
    const offer = data.parts[0]?.sellers[0]?.offers[0];
    expect(Object.isFrozen(offer?.prices[0])).toBe(true);
    expect(() => {
      (offer as { inventoryLevel: number }).inventoryLevel = 0;
    }).toThrow(TypeError);
  });

  it('shares text-only values across answers and keeps their content', () => {
    const pool = new SharedValuePool();
    const first = { parts: [part('1', 0.5)] };
    const second = { parts: [part('2', 0.6)] };
    const copy = structuredClone(second);
    settleAnswer(first, pool);
    settleAnswer(second, pool);
    const [a, b] = [first.parts[0], second.parts[0]];
    expect(b?.manufacturer).toBe(a?.manufacturer);
    expect(b?.specs[0]).toBe(a?.specs[0]);
    expect(b?.sellers[0]?.company).toBe(a?.sellers[0]?.company);
    // Objects with numbers (offers, prices) are each answer's own.
    expect(b?.sellers[0]?.offers[0]).not.toBe(a?.sellers[0]?.offers[0]);
    expect(second).toEqual(copy);
  });

  it('does not share values that differ only in field names or kinds', () => {
    const pool = new SharedValuePool();
    const data = {
      x: [
        { name: 'a', id: 'b' },
        { id: 'a', name: 'b' },
        { id: 'ab', name: '' },
        { id: null },
        { id: 'null' },
        { id: true },
      ],
    };
    const copy = structuredClone(data);
    settleAnswer(data, pool);
    expect(data).toEqual(copy);
    expect(new Set(data.x).size).toBe(6);
  });

  it('stays bounded: a full pool starts afresh', () => {
    const pool = new SharedValuePool(3);
    settleAnswer({ x: [{ n: 'a' }, { n: 'b' }, { n: 'c' }, { n: 'd' }] }, pool);
    expect(pool.size).toBeLessThanOrEqual(3);
  });
});

describe('SharedValuePool', () => {
  it('keeps a value whose hash collides with a different pooled one as it is', () => {
    const pool = new SharedValuePool();
    const first = { name: 'a' };
    const other = { name: 'b' };
    expect(pool.share(7, first)).toBe(first);
    expect(pool.share(7, other)).toBe(other);
    expect(pool.share(7, { name: 'a' })).toBe(first);
    expect(pool.share(7, { name: 'a', extra: null })).not.toBe(first);
  });
});
