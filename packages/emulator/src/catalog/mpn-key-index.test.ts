import { describe, expect, it } from 'vitest';
import { MpnKeyIndex } from './mpn-key-index.js';

const KEYS = ['LM358DR', 'LM358', 'NE555P', 'TLV358', 'LM358LM358', 'GRM188R71H104KA93D'];

/** What a full scan answers: the reference the index must agree with. */
const scan = (query: string) => KEYS.flatMap((key, i) => (key.includes(query) ? [i] : []));

describe('MpnKeyIndex', () => {
  const index = new MpnKeyIndex(KEYS);

  it.each([
    'LM358',
    'LM358DR',
    'M35',
    '358',
    'NE555',
    'R71H104',
    'LM358LM',
    'X',
    'L',
    '5',
    'LM',
    '55',
    'ZZZ',
    'LM359',
  ])('finds the same keys as a scan for %s, in key order', (query) => {
    expect(index.containing(query)).toEqual(scan(query));
  });

  it('lists a key once even when a piece repeats in it', () => {
    expect(index.containing('LM3')).toEqual([0, 1, 4]);
  });

  it('answers nothing for a piece no key has', () => {
    expect(index.containing('QQQQ')).toEqual([]);
  });
});
