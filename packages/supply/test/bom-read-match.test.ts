/** Lines as files give them, matched on the emulator: alternates tried when the first is not found, SKUs with their seller. */
import type { Emulator } from '@nexar/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchBom, readBomCsv } from '../src/bom/index.js';
import { bomClient, counted, startBomEmulator } from './bom-harness.js';

let emu: Emulator;
beforeAll(async () => {
  emu = await startBomEmulator();
});
afterAll(async () => {
  await emu?.close();
});

describe('matchBom with what a file gave', () => {
  it('asks an alternate only for lines whose part was not found, in one follow-up request', async () => {
    const { lines } = readBomCsv(
      'MPN,Qty\n"NOSUCH-1, NE555P",1\n"LM358DR / NOSUCH-2",1\n"NOSUCH-3 | NOSUCH-4",1\n"NOSUCH-5, L7805CV",2\n',
    );
    const client = bomClient(emu, { cache: false });
    const { value: result, requests, parts } = await counted(emu, () => matchBom(lines, { client }));
    expect(result.lines.map((l) => [l.status, l.part?.mpn ?? null, l.alternate ?? null])).toEqual([
      ['matched', 'NE555P', 'NE555P'],
      ['matched', 'LM358DR', null],
      ['not-found', null, null],
      ['matched', 'L7805CV', 'L7805CV'],
    ]);
    // Round one: four first part numbers; round two: the three alternates of the lines not found.
    expect(requests).toBe(2);
    expect(result.summary.requests).toBe(2);
    expect(parts).toBe(3);
    expect(result.summary.partsUsed).toBe(3);
    expect(result.lines[3]?.need).toBe(2);
  });

  it('sends a SKU with its seller, and the result keeps the SKU it was read with', async () => {
    const { lines } = readBomCsv('Digi-Key Part Number,Quantity\n296-1014-1-ND,2\n');
    expect(lines[0]).toMatchObject({ sku: '296-1014-1-ND', seller: 'Digi-Key' });
    const result = await matchBom(lines, { client: bomClient(emu, { cache: false }) });
    expect(result.lines[0]).toMatchObject({
      status: 'matched',
      line: { sku: '296-1014-1-ND', seller: 'Digi-Key' },
    });
    expect(result.lines[0]?.part?.mpn).toBe('LM358DR');
    // The same SKU at another seller is not that part.
    const elsewhere = await matchBom([{ sku: '296-1014-1-ND', seller: 'Mouser', quantity: 1 }], {
      client: bomClient(emu, { cache: false }),
    });
    expect(elsewhere.lines[0]?.status).toBe('not-found');
  });

  it('orders whole pieces for fractional quantities', async () => {
    const result = await matchBom([{ mpn: 'NE555P', quantity: 0.25 }], {
      client: bomClient(emu, { cache: false }),
      buildQuantity: 10,
    });
    expect(result.lines[0]?.need).toBe(3);
  });
});
