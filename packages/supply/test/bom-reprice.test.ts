/** Pricing without asking again: a matched BOM at other build quantities, and one part's best offer. */
import type { Emulator } from '@nexar/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BomLine, chooseOffer, matchBom, repriceBom } from '../src/bom/index.js';
import { bomClient, counted, startBomEmulator } from './bom-harness.js';

let emu: Emulator;
beforeAll(async () => {
  emu = await startBomEmulator();
});
afterAll(async () => {
  await emu?.close();
});

const lines: BomLine[] = [
  { mpn: 'NE555P', quantity: 2, designators: ['U1', 'U2'] },
  { mpn: 'GRM188R71H104KA93D', quantity: 12 },
  { mpn: 'LM358DR', quantity: 1 },
  { mpn: 'NO-SUCH-PART-42', quantity: 1 },
];

describe('repriceBom', () => {
  it('prices a matched BOM for other build quantities exactly as matching at them would, sending nothing', async () => {
    const once = await matchBom(lines, { client: bomClient(emu, { cache: false }), buildQuantity: 1 });
    for (const buildQuantity of [10, 250, 5000]) {
      const {
        value: repriced,
        requests,
        parts,
      } = await counted(emu, async () => repriceBom(once, { buildQuantity }));
      expect([requests, parts]).toEqual([0, 0]);
      const direct = await matchBom(lines, { client: bomClient(emu, { cache: false }), buildQuantity });
      expect(repriced.total).toEqual(direct.total);
      expect(repriced.lines.map((line) => [line.status, line.need, line.pricing])).toEqual(
        direct.lines.map((line) => [line.status, line.need, line.pricing]),
      );
      expect(repriced.summary).toMatchObject({ priced: direct.summary.priced, requests: 0, partsUsed: 0 });
    }
  });

  it('refuses a build quantity that is not a whole number of boards', async () => {
    const once = await matchBom(lines.slice(0, 1), { client: bomClient(emu) });
    expect(() => repriceBom(once, { buildQuantity: 0.5 })).toThrow(/whole number of boards/);
  });
});

describe('chooseOffer', () => {
  it("picks the best offer from a search result's sellers, as matchBom would for the same need", async () => {
    const supply = bomClient(emu);
    const found = await supply.searchMpn({ q: 'NE555P', limit: 1 });
    const part = found.results?.[0]?.part;
    if (!part) throw new Error('NE555P not found');
    const pricing = chooseOffer(part.sellers, 100, 'USD');
    const matched = await matchBom([{ mpn: 'NE555P', quantity: 100 }], { client: supply });
    expect(pricing).toEqual(matched.lines[0]?.pricing);
    expect(pricing.priced).toBe(true);
  });
});
