import { describe, expect, it } from 'vitest';
import { CAT } from './categories.js';
import { commonSpecs } from './common-specs.js';

describe('commonSpecs', () => {
  it('derives pins from the package, the temperature range from the category, packaging and RoHS', () => {
    expect(
      commonSpecs({
        categoryId: CAT.opAmps,
        packaging: 'reel',
        lifecycle: 'ACTIVE',
        specs: [['case_package', 'SOIC-8']],
      }),
    ).toEqual([
      ['numberofpins', 8, '8'],
      ['minoperatingtemperature', 0],
      ['maxoperatingtemperature', 70],
      ['packaging', 'Tape & Reel (TR)'],
      ['rohs', 'Compliant'],
    ]);
  });

  it('counts pins of packages named without a count, and of connectors by their positions', () => {
    const pins = (packageName: string, extra: [string, number][] = []) =>
      commonSpecs({
        categoryId: CAT.wireToBoard,
        packaging: 'bulk',
        lifecycle: 'EOL',
        specs: [['case_package', packageName], ...extra],
      }).find(([name]) => name === 'numberofpins')?.[1];
    expect(pins('SOT-23')).toBe(3);
    expect(pins('SOT-23-5')).toBe(5);
    expect(pins('SOT-223')).toBe(4);
    expect(pins('JST XH', [['numberofpositions', 6]])).toBe(6);
    expect(pins('Module')).toBeUndefined();
  });

  it("keeps a part's own values and states no RoHS compliance for parts out of production", () => {
    const specs = commonSpecs({
      categoryId: CAT.ceramicCapacitors,
      packaging: 'tray',
      lifecycle: 'DISCONTINUED',
      specs: [
        ['case_package', '0603'],
        ['maxoperatingtemperature', 85],
      ],
    });
    expect(specs.map(([name]) => name)).toEqual(['numberofpins', 'minoperatingtemperature', 'packaging']);
    expect(specs.find(([name]) => name === 'packaging')?.[1]).toBe('Tray');
  });
});
