import { describe, expect, expectTypeOf, it } from 'vitest';
import { bomLines } from './bom-lines.js';
import type { BomItemFragment } from './generated/graphql.js';

function item(
  id: string,
  instances: [designator: string, fitted: boolean][],
  parts: [mpn: string, maker: string, priority: number, octopartId?: string][],
  quantity = instances.filter(([, fitted]) => fitted).length,
): BomItemFragment {
  return {
    quantity,
    bomItemInstances: instances.map(([designator, isFitted]) => ({ designator, isFitted })),
    component: {
      id,
      name: `${id}-name`,
      comment: '',
      description: `${id} description`,
      manufacturerParts: parts.map(([partNumber, companyName, priority, octopartId]) => ({
        partNumber,
        companyName,
        priority,
        octopartId: octopartId ?? null,
      })),
    },
  };
}

describe('bomLines', () => {
  it('turns fitted instances into lines with the preferred part by priority', () => {
    const { lines, notFitted } = bomLines([
      item(
        'c1',
        [
          ['R1', true],
          ['R4', true],
          ['R7', true],
        ],
        [
          ['RC0603FR-0710KL', 'Yageo', 1, '111'],
          ['ERJ-3EKF1002V', 'Panasonic', 0, '222'],
        ],
      ),
    ]);
    expect(notFitted).toEqual([]);
    expect(lines).toEqual([
      {
        mpn: 'ERJ-3EKF1002V',
        manufacturer: 'Panasonic',
        quantity: 3,
        designators: ['R1', 'R4', 'R7'],
        reference: 'c1',
        description: 'c1 description',
        octopartId: '222',
        alternates: [{ mpn: 'RC0603FR-0710KL', manufacturer: 'Yageo', octopartId: '111' }],
      },
    ]);
  });

  it('keeps do-not-place instances apart, with quantity 0', () => {
    const { lines, notFitted } = bomLines([
      item(
        'c2',
        [
          ['C1', true],
          ['C2', false],
          ['C3', true],
        ],
        [['GRM155R71C104KA88D', 'Murata', 0]],
      ),
      item(
        'c3',
        [
          ['R9', false],
          ['R10', false],
        ],
        [['RC0603FR-071KL', 'Yageo', 0]],
      ),
    ]);
    expect(lines.map((l) => [l.mpn, l.quantity, l.designators])).toEqual([
      ['GRM155R71C104KA88D', 2, ['C1', 'C3']],
    ]);
    expect(notFitted.map((l) => [l.mpn, l.quantity, l.designators])).toEqual([
      ['GRM155R71C104KA88D', 0, ['C2']],
      ['RC0603FR-071KL', 0, ['R9', 'R10']],
    ]);
  });

  it('keeps custom parts: unknown to Octopart, or with no manufacturer part at all', () => {
    const { lines } = bomLines([
      item('c4', [['HS1', true]], [['ACME-HS-TO220-01', 'Acme Robotics', 0]]),
      item('c5', [['MH1', true]], []),
    ]);
    expect(lines[0]).toMatchObject({ mpn: 'ACME-HS-TO220-01', manufacturer: 'Acme Robotics', quantity: 1 });
    expect(lines[0]).not.toHaveProperty('octopartId');
    expect(lines[1]).toMatchObject({ mpn: 'c5-name', quantity: 1, designators: ['MH1'], alternates: [] });
    expect(lines[1]).not.toHaveProperty('manufacturer');
  });

  it('counts an item without instances by its quantity', () => {
    const { lines, notFitted } = bomLines([
      item('c6', [], [['LABEL-1', 'Acme', 0]], 4),
      item('c7', [], [['LABEL-2', 'Acme', 0]], 0),
    ]);
    expect(lines.map((l) => [l.mpn, l.quantity, l.designators])).toEqual([['LABEL-1', 4, []]]);
    expect(notFitted.map((l) => l.mpn)).toEqual(['LABEL-2']);
  });
});

describe('DesignBomLine', () => {
  it('fits the BOM line shape a matcher takes (mpn, manufacturer, quantity, designators, reference)', () => {
    // The shape @nexar/supply's matchBom documents; declared here, as this package does not import it.
    interface MatcherLine {
      mpn?: string;
      manufacturer?: string;
      sku?: string;
      quantity: number;
      designators?: string[];
      reference?: string;
    }
    const { lines } = bomLines([item('c8', [['U1', true]], [['LM358DR', 'Texas Instruments', 0, '42']])]);
    const accepted: MatcherLine[] = lines;
    expect(accepted).toEqual([expect.objectContaining({ mpn: 'LM358DR', quantity: 1, designators: ['U1'] })]);
    expectTypeOf(lines).toExtend<MatcherLine[]>();
  });
});
