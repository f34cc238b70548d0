/** matchBom against the emulator's small catalog: de-duplication, batching, order, statuses, pricing. */
import { readFileSync } from 'node:fs';
import type { Emulator } from '@nexar/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BomLine, type BomLineResult, matchBom, parseBomCsv } from '../src/bom/index.js';
import type { PartsEvent } from '../src/index.js';
import { bomClient, counted, startBomEmulator } from './bom-harness.js';

let emu: Emulator;
beforeAll(async () => {
  emu = await startBomEmulator();
});
afterAll(async () => {
  await emu?.close();
});

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const offerOf = (line: BomLineResult | undefined) => (line?.pricing?.priced ? line.pricing.offer : undefined);

describe('matchBom: de-duplication and batching', () => {
  it('asks once for a part used on twenty lines, and answers all twenty', async () => {
    const variants = ['NE555P', 'ne555p', ' NE555P ', 'NE-555P', 'ne 555 p'];
    const lines: BomLine[] = Array.from({ length: 20 }, (_, i) => ({
      mpn: variants[i % variants.length] as string,
      quantity: i + 1,
      designators: [`U${i + 1}`],
    }));
    const client = bomClient(emu, { cache: false });
    const { value: result, requests, parts } = await counted(emu, () => matchBom(lines, { client }));
    expect(requests).toBe(1);
    expect(parts).toBe(1);
    expect(result.summary).toMatchObject({
      lines: 20,
      uniqueQueries: 1,
      matched: 20,
      requests: 1,
      partsUsed: 1,
    });
    expect(result.lines.map((l) => [l.index, l.part?.id, l.need])).toEqual(
      lines.map((line, i) => [i, '1005', line.quantity]),
    );
    expect(result.lines[3]?.line).toBe(lines[3]);
  });

  it('plans 250 distinct lines as 3 requests of at most 100 parts, and keeps input order', async () => {
    const known = ['NE555P', 'LM358DR', 'L7805CV', 'GRM188R71H104KA93D', 'IRLZ44NPBF'];
    const lines: BomLine[] = Array.from({ length: 250 }, (_, i) => ({
      mpn: i % 50 === 0 ? (known[i / 50] as string) : `NOPART-${i}`,
      quantity: 1,
      reference: `line-${i}`,
    }));
    const calls: PartsEvent[] = [];
    const client = bomClient(emu, { cache: false, onParts: (event) => calls.push(event) });
    const plan = await matchBom(lines, { client, dryRun: true });
    expect(plan).toMatchObject({
      uniqueQueries: 250,
      requests: 3,
      batchSizes: [100, 100, 50],
      worstCaseParts: 250,
    });

    const { value: result, requests, parts } = await counted(emu, () => matchBom(lines, { client }));
    expect(requests).toBe(3);
    expect(parts).toBe(5);
    expect(calls).toHaveLength(3);
    for (const call of calls) expect(call.parts).toBeLessThanOrEqual(100);
    expect(result.lines.map((l) => l.line.reference)).toEqual(lines.map((l) => l.reference));
    expect(result.lines.filter((l) => l.status === 'matched').map((l) => [l.index, l.part?.mpn])).toEqual([
      [0, 'NE555P'],
      [50, 'LM358DR'],
      [100, 'L7805CV'],
      [150, 'GRM188R71H104KA93D'],
      [200, 'IRLZ44NPBF'],
    ]);
    expect(result.summary).toMatchObject({ matched: 5, notFound: 245, requests: 3, partsUsed: 5 });
  });

  it('shrinks batches when more candidates per line are asked for', async () => {
    const lines = Array.from({ length: 60 }, (_, i) => ({ mpn: `NOPART-${i}`, quantity: 1 }));
    const plan = await matchBom(lines, { client: bomClient(emu), candidates: 3, dryRun: true });
    expect(plan.batchSizes).toEqual([33, 27]);
    expect(plan.worstCaseParts).toBe(180);
  });
});

describe('matchBom: statuses', () => {
  it('matched, ambiguous (with the rule that chose), not-found', async () => {
    const lines: BomLine[] = [
      { mpn: 'NE555P', quantity: 1 },
      { mpn: 'LM317T', quantity: 1 },
      { mpn: 'LM317T', manufacturer: 'ON Semiconductor', quantity: 1 },
      { mpn: 'NOSUCHPART123', quantity: 1 },
      { mpn: '74hc595d653', quantity: 1 },
      { mpn: 'IRLZ44N', quantity: 1 },
      { sku: 'C6186', quantity: 1 },
    ];
    const result = await matchBom(lines, { client: bomClient(emu) });
    expect(result.lines.map((l) => [l.status, l.part?.id, l.chosenBy, l.hits])).toEqual([
      ['matched', '1005', 'only-candidate', 1],
      ['ambiguous', '1010', 'first-result', 2], // one candidate asked for, two hits
      ['matched', '1011', 'only-candidate', 1], // the manufacturer (an alias) narrows it
      ['not-found', undefined, undefined, 0],
      ['matched', '1014', 'only-candidate', 1], // punctuation variant
      ['matched', '1017', 'only-candidate', 1], // alternative MPN
      ['matched', '1007', 'only-candidate', 1], // by SKU
    ]);
  });

  it('with more candidates: authorised stock, then manufacturer, choose among them', async () => {
    const result = await matchBom(
      [
        { mpn: 'LM317T', quantity: 1 },
        { mpn: 'LM358', manufacturer: 'TI', quantity: 1 },
        { mpn: 'LM358', quantity: 1 },
      ],
      { client: bomClient(emu), candidates: 4 },
    );
    const [lm317, lm358ti, lm358] = result.lines;
    // ST at Digi-Key has 4,000 in stock, onsemi at Mouser 2,000.
    expect(lm317).toMatchObject({ status: 'ambiguous', chosenBy: 'authorized-stock', part: { id: '1010' } });
    expect(lm317?.candidates.map((p) => p.id).sort()).toEqual(['1010', '1011']);
    // Two TI parts: the EOL one is sold by a broker only.
    expect(lm358ti).toMatchObject({
      status: 'ambiguous',
      chosenBy: 'authorized-stock',
      part: { id: '1001' },
    });
    expect(lm358).toMatchObject({ status: 'ambiguous', hits: 4, part: { id: '1001' } });
  });
});

describe('matchBom: pricing end to end', () => {
  const client = () => bomClient(emu);

  it('takes the right break for the build quantity, MOQ and order multiple respected', async () => {
    const shared = client();
    const ne555p = async (buildQuantity: number) =>
      offerOf((await matchBom([{ mpn: 'NE555P', quantity: 1 }], { client: shared, buildQuantity })).lines[0]);
    expect(await ne555p(1)).toMatchObject({ sku: '296-1411-5-ND', orderQuantity: 1, unitPrice: 0.6 });
    // Below Mouser's MOQ of 10, ordering 10 at the 10-piece break is cheaper than 9 at Digi-Key.
    expect(await ne555p(9)).toMatchObject({
      sku: '595-NE555P',
      orderQuantity: 10,
      breakQuantity: 10,
      excess: 1,
    });
    expect(await ne555p(10)).toMatchObject({
      sku: '595-NE555P',
      orderQuantity: 10,
      extended: { minor: 400 },
    });
    // Above the break: Mouser would round up to 15 (multiple 5); Digi-Key sells 11 at 0.45.
    expect(await ne555p(11)).toMatchObject({
      sku: '296-1411-5-ND',
      orderQuantity: 11,
      extended: { minor: 495 },
    });
    // Digi-Key has only 50.
    expect(await ne555p(100)).toMatchObject({ sku: '595-NE555P', unitPrice: 0.3, extended: { minor: 3000 } });
    expect(await ne555p(1001)).toMatchObject({
      orderQuantity: 1005,
      breakQuantity: 1000,
      extended: { minor: 20_100 },
    });
  });

  it('orders a full reel when that is cheapest, and prices a BOM total', async () => {
    const result = await matchBom(
      [
        { mpn: 'LM358DR', quantity: 1 },
        { mpn: 'NE555P', quantity: 2 },
      ],
      { client: client(), buildQuantity: 2400 },
    );
    expect(offerOf(result.lines[0])).toMatchObject({
      sku: '296-1014-2-ND',
      orderQuantity: 2500,
      excess: 100,
      unitPrice: 0.12,
      extended: { minor: 30_000 },
    });
    expect(offerOf(result.lines[1])).toMatchObject({
      sku: '595-NE555P',
      orderQuantity: 4800,
      extended: { minor: 96_000 },
    });
    expect(result.total).toEqual({ currency: 'USD', minor: 126_000, digits: 2, amount: 1260 });
    expect(result.summary).toMatchObject({ priced: 2, unpriced: 0 });
  });

  it('falls back to other sellers or partial stock only when told, and says so', async () => {
    const lines: BomLine[] = [
      { mpn: 'AMS1117-3.3', quantity: 3 },
      { mpn: 'ESP32-WROOM-32E', quantity: 2000 },
      { mpn: 'ATMEGA328P-PU', quantity: 1 },
      { mpn: 'RC0603FR-0710KL', quantity: 50 },
    ];
    const shared = client();
    const strict = await matchBom(lines, { client: shared });
    expect(strict.lines.map((l) => l.pricing?.priced)).toEqual([false, false, false, true]);
    expect(strict.summary).toMatchObject({ matched: 4, priced: 1, unpriced: 3 });
    const reason = (l: BomLineResult | undefined) => (l?.pricing?.priced === false ? l.pricing.reason : '');
    expect(reason(strict.lines[0])).toContain('fallback.nonAuthorized');
    expect(reason(strict.lines[1])).toContain('(most: 1800)');
    expect(reason(strict.lines[1])).toContain('fallback.partialStock');

    const lenient = await matchBom(lines, {
      client: shared,
      fallback: { nonAuthorized: true, partialStock: true },
    });
    expect(lenient.lines[0]?.pricing).toMatchObject({
      priced: true,
      compromises: ['non-authorized'],
      offer: { sku: 'C6186', orderQuantity: 5, extended: { minor: 45 } },
    });
    expect(lenient.lines[1]?.pricing).toMatchObject({
      priced: true,
      compromises: ['partial-stock'],
      offer: { seller: { name: 'Mouser' }, shortfall: 200 },
    });
    expect(lenient.lines[2]?.pricing?.priced).toBe(false); // no stock anywhere
    // An authorised seller with stock still wins over a cheaper unauthorised one (LCSC, MOQ 100).
    expect(offerOf(lenient.lines[3])).toMatchObject({ sku: '311-10.0KHRCT-ND', authorized: true });
    expect(lenient.lines[3]?.pricing).toMatchObject({ compromises: [] });
  });

  it('prices in EUR: own EUR breaks first, converted prices otherwise', async () => {
    const result = await matchBom(
      [
        { mpn: 'LM358DR', quantity: 25 },
        { mpn: 'L7805CV', quantity: 1 },
      ],
      { client: client(), currency: 'EUR' },
    );
    // Mouser's own EUR break at 10 (0.3128) beats Digi-Key's 0.35 USD converted (0.322).
    expect(offerOf(result.lines[0])).toMatchObject({
      sku: '595-LM358DR',
      unitPrice: 0.3128,
      converted: false,
      extended: { currency: 'EUR', minor: 782 },
    });
    // Digi-Key quotes L7805CV in USD only: 0.60 USD × 0.92.
    expect(offerOf(result.lines[1])).toMatchObject({ unitPrice: 0.552, converted: true, currency: 'EUR' });
    expect(result.total).toMatchObject({ currency: 'EUR', minor: 782 + 55 });
  });
});

describe('matchBom: from CSV exports', () => {
  it('Altium and Octopart files give the expected statuses', async () => {
    const client = bomClient(emu);
    const altium = await matchBom(parseBomCsv(fixture('altium.csv')), { client });
    expect(altium.lines.map((l) => [l.status, l.part?.id])).toEqual([
      ['matched', '1008'],
      ['matched', '1010'],
      ['matched', '1014'],
      ['matched', '1019'],
    ]);
    const octopart = await matchBom(parseBomCsv(fixture('octopart-semicolon.csv')), { client });
    expect(octopart.lines.map((l) => [l.status, l.part?.id])).toEqual([
      ['matched', '1008'],
      ['matched', '1001'],
      ['not-found', undefined],
    ]);
  });
});
