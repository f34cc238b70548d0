import { describe, expect, it } from 'vitest';
import { normalizeCompanyName, normalizeMpn, tokenize } from './normalize.js';

describe('normalizeMpn', () => {
  it.each([
    ['lm-358 dr', 'LM358DR'],
    ['LM358DR', 'LM358DR'],
    ['  lm358dr\t', 'LM358DR'],
    ['74HC595D,653', '74HC595D653'],
    ['B2B-XH-A(LF)(SN)', 'B2BXHALFSN'],
    ['FC-135 32.7680KA-A3', 'FC135327680KAA3'],
    ['MAX232CPE+', 'MAX232CPE'],
    ['1N4148W-7-F', '1N4148W7F'],
    ['ＬＭ３５８', 'LM358'],
    ['10µF', '10UF'],
    ['-._/#', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeMpn(input)).toBe(expected);
  });
});

describe('normalizeCompanyName', () => {
  it('ignores case, punctuation and legal suffixes', () => {
    expect(normalizeCompanyName('Texas Instruments Inc.')).toBe(normalizeCompanyName('texas instruments'));
    expect(normalizeCompanyName('Alpha & Omega Semiconductor')).toBe(
      normalizeCompanyName('Alpha and Omega Semiconductor'),
    );
    expect(normalizeCompanyName('Würth Elektronik GmbH')).toBe(normalizeCompanyName('Wurth Elektronik'));
    expect(normalizeCompanyName('Inc')).toBe('inc');
  });
});

describe('tokenize', () => {
  it('splits on separators, folds case and simple plurals, keeps decimals', () => {
    expect(tokenize('Op Amps, 3.3V (SOIC-8)')).toEqual(['op', 'amp', '3.3v', 'soic', '8']);
    expect(tokenize('Chip Resistors')).toEqual(['chip', 'resistor']);
    expect(tokenize('Texas')).toEqual(['texas']);
  });

  it('adds the joined form of hyphenated words when asked', () => {
    expect(tokenize('RC0603FR-0710KL', true)).toEqual(['rc0603fr', '0710kl', 'rc0603fr0710kl']);
  });
});
