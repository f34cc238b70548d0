import { describe, expect, it } from 'vitest';
import { boardFeature, fitColumnOf, isSummaryRow, notFittedReason, toolError } from './row-policy.js';

const none = new Map();
const noDescription = new Set<number>();

describe('row policy', () => {
  it('finds do-not-place markers in any column', () => {
    const headers = ['Ref', 'Value', 'MPN'];
    expect(notFittedReason(['C1', 'DNP', ''], headers, none, noDescription)).toBe('"DNP" in column "Value"');
    expect(notFittedReason(['C1', '10u DNF', 'X'], headers, none, noDescription)).toMatch(/Value/);
    expect(notFittedReason(['C1', 'NC', 'X'], headers, none, noDescription)).toMatch(/"NC"/);
    expect(notFittedReason(['C1', 'do not populate', 'X'], headers, none, noDescription)).toBeDefined();
    expect(notFittedReason(['C1', '100nF', 'NP0-CAP'], headers, none, noDescription)).toBeUndefined();
    // Free text may mention markers without meaning this row.
    expect(notFittedReason(['SW1', 'switch NO/NC', 'X'], headers, none, noDescription)).toBeUndefined();
  });

  it('reads fitted and do-not-place columns', () => {
    expect(fitColumnOf('fitted')).toBe('fitted');
    expect(fitColumnOf('populate')).toBe('fitted');
    expect(fitColumnOf('dnp')).toBe('not-fitted');
    expect(fitColumnOf('excludefrombom')).toBe('not-fitted');
    expect(fitColumnOf('placed')).toBeUndefined();
    const fit = new Map([[1, 'fitted' as const]]);
    expect(notFittedReason(['C1', 'No', 'X'], ['Ref', 'Fitted', 'MPN'], fit, noDescription)).toBe(
      '"No" in column "Fitted"',
    );
    expect(notFittedReason(['C1', 'Yes', 'X'], ['Ref', 'Fitted', 'MPN'], fit, noDescription)).toBeUndefined();
  });

  it('knows board features', () => {
    expect(boardFeature('Fiducial | FID1', ['FID1'])).toBe('fiducial');
    expect(boardFeature('MountingHole_3.2mm_M3', ['H1'])).toBe('mounting hole');
    expect(boardFeature('', ['TP1', 'TP2'])).toBe('test point');
    expect(boardFeature('LOGO | OSHW', ['G1'])).toBe('logo');
    expect(boardFeature('', ['PCB1'])).toBe('PCB');
    expect(boardFeature('NE555P', ['U1'])).toBeUndefined();
  });

  it('knows tool errors and summary lines', () => {
    expect(toolError(['U9', '#N/A'])).toBe('#N/A');
    expect(toolError(['Error: no footprint'])).toBe('Error: no footprint');
    expect(toolError(['U1', 'NE555P'])).toBeUndefined();
    expect(isSummaryRow(['Component Count:', '12'])).toBe(true);
    expect(isSummaryRow(['', '', 'Total', '', '35.12'])).toBe(true);
    expect(isSummaryRow(['R1', '10k:'])).toBe(false);
  });
});
