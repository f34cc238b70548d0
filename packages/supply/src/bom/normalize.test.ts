import { describe, expect, it } from 'vitest';
import { normalizeManufacturer, normalizeMpn, sameManufacturer } from './normalize.js';

describe('normalizeMpn', () => {
  it('ignores case, whitespace and punctuation variants', () => {
    for (const variant of ['lm358dr', 'LM358-DR', ' LM358 DR ', 'LM358.DR', 'ＬＭ３５８ＤＲ']) {
      expect(normalizeMpn(variant)).toBe('LM358DR');
    }
    expect(normalizeMpn('74HC595D,653')).toBe(normalizeMpn('74hc595d653'));
    expect(normalizeMpn('B2B-XH-A(LF)(SN)')).toBe('B2BXHALFSN');
    expect(normalizeMpn('10µF')).toBe('10UF');
  });

  it('keeps different part numbers apart', () => {
    expect(normalizeMpn('LM358DR')).not.toBe(normalizeMpn('LM358DT'));
  });
});

describe('normalizeManufacturer and sameManufacturer', () => {
  it('drops case, punctuation and legal suffixes', () => {
    expect(normalizeManufacturer('Texas Instruments Inc.')).toBe('texasinstruments');
    expect(normalizeManufacturer('TEXAS-INSTRUMENTS')).toBe('texasinstruments');
    expect(normalizeManufacturer('Würth Elektronik GmbH')).toBe('wurthelektronik');
  });

  it('matches a company by name or alias', () => {
    const ti = { name: 'Texas Instruments', aliases: ['TI', 'Texas Instruments Inc.'] };
    expect(sameManufacturer('ti', ti)).toBe(true);
    expect(sameManufacturer('texas instruments, inc', ti)).toBe(true);
    expect(sameManufacturer('STMicroelectronics', ti)).toBe(false);
    expect(sameManufacturer('', ti)).toBe(false);
  });
});
