import { describe, expect, it } from 'vitest';
import { clip, count, money, table } from './format.js';

describe('format', () => {
  it('lines columns up, right-aligning the ones asked', () => {
    expect(
      table(
        ['MPN', 'Qty'],
        [
          ['NE555DR', '5'],
          ['LM358', '1,200'],
        ],
        ['left', 'right'],
      ),
    ).toBe(['MPN        Qty', '-------  -----', 'NE555DR      5', 'LM358    1,200'].join('\n'));
  });

  it('formats money with the currency, unit prices to 4 decimals', () => {
    expect(money(1234.5, 'USD')).toBe('$1,234.50');
    expect(money(0.03023, 'EUR', 4)).toBe('€0.0302');
    expect(money(0.2, 'USD', 4)).toBe('$0.20');
  });

  it('counts and clips', () => {
    expect([count(1, 'part'), count(1500, 'part')]).toEqual(['1 part', '1,500 parts']);
    expect(clip('Dual op amp', 7)).toBe('Dual o…');
    expect(clip('short', 7)).toBe('short');
  });
});
