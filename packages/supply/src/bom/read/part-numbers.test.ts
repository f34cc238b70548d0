import { describe, expect, it } from 'vitest';
import { isComponentValue, isPlaceholder, sellerOfSku, splitPartNumbers } from './part-numbers.js';

describe('part-number cells', () => {
  it('knows placeholders', () => {
    for (const cell of ['', ' ', 'ANY', 'tbd', 'N/A', '-', '?', '~', '[NoParam]', 'DNP']) {
      expect(isPlaceholder(cell), cell).toBe(true);
    }
    for (const cell of ['NE555P', 'X1', 'TBD-1234']) expect(isPlaceholder(cell), cell).toBe(false);
  });

  it('splits cells with several part numbers, not part numbers with a comma or a slash of their own', () => {
    expect(splitPartNumbers('TPS7A0533PDBVR, TLV75533PDBVR')).toEqual(['TPS7A0533PDBVR', 'TLV75533PDBVR']);
    expect(splitPartNumbers('BSS138 / 2N7002')).toEqual(['BSS138', '2N7002']);
    expect(splitPartNumbers('LM358DR; LM358PWR | LM358DGKR')).toEqual(['LM358DR', 'LM358PWR', 'LM358DGKR']);
    expect(splitPartNumbers('74HC595D,653')).toEqual(['74HC595D,653']);
    expect(splitPartNumbers('LM358DR/NOPB')).toEqual(['LM358DR/NOPB']);
    expect(splitPartNumbers('')).toEqual([]);
  });

  it('tells component values from part numbers', () => {
    for (const value of [
      '100nF',
      '10k',
      '4k7',
      '0R',
      '1uF 16V',
      '2.2nH',
      '32.768kHz',
      '10µF/25V',
      'LED',
      'Conn_01x04',
      '1%',
    ]) {
      expect(isComponentValue(value), value).toBe(true);
    }
    for (const value of ['NE555P', '1N4148', '2N7002', 'AMS1117-3.3', 'STM32F103C8T6', 'ESP32-S3-WROOM-1']) {
      expect(isComponentValue(value), value).toBe(false);
    }
  });

  it('recognises distributor part numbers by their shape', () => {
    expect(sellerOfSku('296-1395-5-ND')).toBe('Digi-Key');
    expect(sellerOfSku('C6186')).toBe('LCSC');
    expect(sellerOfSku('595-LM358P')).toBe('Mouser');
    expect(sellerOfSku('123-4567')).toBe('RS Components');
    expect(sellerOfSku('1414610')).toBe('Farnell');
    expect(sellerOfSku('54M4547')).toBe('Newark');
    expect(sellerOfSku('NE555P')).toBeUndefined();
  });
});
