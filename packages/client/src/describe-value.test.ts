import { describe, expect, it } from 'vitest';
import { describeValue } from './describe-value.js';

describe('describeValue', () => {
  it('shows what the caller passed, told apart by type', () => {
    expect(describeValue('10')).toBe("'10' (a string)");
    expect(describeValue(10)).toBe('10');
    expect(describeValue(Number.NaN)).toBe('NaN');
    expect(describeValue(-Infinity)).toBe('-Infinity');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue(true)).toBe('true (a boolean)');
    expect(describeValue([1, 2])).toBe('an array of 2');
    expect(describeValue({ q: 1 })).toBe('an object');
    expect(describeValue(2n)).toBe('2n (a bigint)');
  });

  it('cuts long strings and keeps quotes readable', () => {
    expect(describeValue('x'.repeat(100))).toBe(`'${'x'.repeat(40)}…' (a string)`);
    expect(describeValue("it's")).toBe(`'it's' (a string)`);
  });
});
