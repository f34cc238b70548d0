import { describe, expect, it } from 'vitest';
import type { BomLineResult } from '../bom-types.js';
import { overageFor } from './overage.js';

const lineIn = (name: string, path: string) =>
  ({ part: { category: { id: '1', name, path } } }) as unknown as BomLineResult;

describe('overageFor', () => {
  const passives = { category: 'passive-components', percent: 2, pieces: 5 };
  it('applies the first rule whose category matches a word of the name or path', () => {
    const capacitor = lineIn('Ceramic Capacitors', '/electronic-parts/passive-components/capacitors/ceramic');
    expect(overageFor(capacitor, 100, [passives])).toBe(2 + 5);
    expect(overageFor(capacitor, 101, [{ category: 'capacitors', percent: 10 }, passives])).toBe(11);
    expect(
      overageFor(lineIn('Op Amps', '/electronic-parts/integrated-circuits/op-amps'), 100, [passives]),
    ).toBe(0);
  });

  it('a rule with no category applies to every line', () => {
    expect(overageFor(lineIn('Op Amps', '/ics'), 10, [{ pieces: 1 }])).toBe(1);
  });
});
