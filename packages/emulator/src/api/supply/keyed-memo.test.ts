import { describe, expect, it } from 'vitest';
import { KeyedMemo } from './keyed-memo.js';

describe('KeyedMemo', () => {
  it('builds once per owner and key, and keeps owners apart', () => {
    const memo = new KeyedMemo<object, { n: number }>();
    const a = {};
    const b = {};
    let builds = 0;
    const build = () => ({ n: ++builds });
    const first = memo.get(a, 'USD', build);
    expect(memo.get(a, 'USD', build)).toBe(first);
    expect(memo.get(a, 'EUR', build)).not.toBe(first);
    expect(memo.get(b, 'USD', build)).not.toBe(first);
    expect(builds).toBe(3);
  });

  it('remembers a null value instead of building it again', () => {
    const memo = new KeyedMemo<object, null>();
    const owner = {};
    let builds = 0;
    memo.get(owner, 'k', () => {
      builds++;
      return null;
    });
    memo.get(owner, 'k', () => {
      builds++;
      return null;
    });
    expect(builds).toBe(1);
  });
});
