import { describe, expect, it } from 'vitest';
import { query, useSupplyEmulator } from './api-supply-harness.js';

interface PartMatch {
  reference: string | null;
  hits: number;
  error: string | null;
  parts: { id: string; mpn: string }[];
}

const fixture = useSupplyEmulator();

const MATCH = `query($queries: [SupPartMatchQuery!]!, $options: SupPartMatchOptions) {
  supMultiMatch(queries: $queries, options: $options) { reference hits error parts { id mpn } }
}`;

async function match(
  queries: Record<string, unknown>[],
  options?: Record<string, unknown>,
): Promise<PartMatch[]> {
  return (
    await query<{ supMultiMatch: PartMatch[] }>(fixture.emu, fixture.token, MATCH, { queries, options })
  ).supMultiMatch;
}

const ids = (m: PartMatch | undefined) => m?.parts.map((part) => part.id);

describe('supMultiMatch', () => {
  it('answers every query in order, echoing its reference', async () => {
    const answers = await match([
      { mpn: 'ne555p', reference: 'line-7' },
      { mpn: 'NOPE-123', reference: 'line-2' },
      { mpn: 'lm317t', reference: 'line-9' },
      { mpn: 'GRM188R71H104KA93D' },
    ]);
    expect(answers.map((a) => [a.reference, a.hits, ids(a)])).toEqual([
      ['line-7', 1, ['1005']],
      ['line-2', 0, []],
      ['line-9', 2, ['1010', '1011']],
      [null, 1, ['1008']],
    ]);
    expect(answers.every((a) => a.error === null)).toBe(true);
  });

  it('honours each query’s start and limit (default 3) while hits counts every match', async () => {
    const [byDefault, one, second] = await match([
      { mpn: 'LM358' },
      { mpn: 'LM358', limit: 1 },
      { mpn: 'LM358', start: 1, limit: 1 },
    ]);
    expect(byDefault?.hits).toBe(4);
    expect(ids(byDefault)).toEqual(['1004', '1001', '1003']);
    expect([one?.hits, ids(one)]).toEqual([4, ['1004']]);
    expect([second?.hits, ids(second)]).toEqual([4, ['1001']]);
  });

  it('matches exactly before falling back to MPN prefixes, and on alternative MPNs', async () => {
    const [exact, prefix, aka] = await match([{ mpn: 'LM358DR' }, { mpn: 'lm358d' }, { mpn: 'IRLZ44N' }]);
    expect(ids(exact)).toEqual(['1001']);
    expect(ids(prefix)).toEqual(['1001', '1003', '1002']);
    expect(ids(aka)).toEqual(['1017']);
  });

  it('matches SKUs, and mpnOrSku on either', async () => {
    const answers = await match([
      { sku: '595-NE555P' },
      { sku: '296 1014 2 nd' },
      { mpnOrSku: 'C6186' },
      { mpnOrSku: 'L7805CV' },
    ]);
    expect(answers.map(ids)).toEqual([['1005'], ['1001'], ['1007'], ['1021']]);
  });

  it('narrows by manufacturer (id, name or alias) and by seller', async () => {
    const answers = await match([
      { mpn: 'LM317T', manufacturer: 'ON Semiconductor' },
      { mpn: 'LM317T', manufacturer: 'st' },
      { mpn: '1N4148', manufacturer: 'Vishay Semiconductors' },
      { mpn: 'LM317T', manufacturer: 'Unknown Maker' },
      { mpn: 'LM317T', seller: 'Mouser' },
      { sku: '296-1014-1-ND', seller: 'DigiKey' },
      { sku: '296-1014-1-ND', seller: 'Mouser' },
    ]);
    expect(answers.map(ids)).toEqual([['1011'], ['1010'], ['1013'], [], ['1011'], ['1001'], []]);
  });

  it('applies requireAuthorizedSellers and requireStockAvailable to every query', async () => {
    const queries = [{ mpn: 'AMS1117-3.3' }, { mpn: 'ATMEGA328P-PU' }, { mpn: 'NE555P' }];
    expect((await match(queries)).map((a) => a.hits)).toEqual([1, 1, 1]);
    expect((await match(queries, { requireAuthorizedSellers: true })).map((a) => a.hits)).toEqual([0, 1, 1]);
    expect((await match(queries, { requireStockAvailable: true })).map((a) => a.hits)).toEqual([1, 0, 1]);
  });

  it('applies the options’ filters', async () => {
    const [byDistributor, byCase] = await match([{ mpn: 'LM358' }, { mpn: 'LM358' }], {
      filters: { distributor_id: ['Farnell', 'Win Source'] },
    });
    expect(ids(byDistributor)).toEqual(['1004', '1003']);
    expect(byCase?.hits).toBe(2);
  });

  it('answers a query without mpn, sku or mpnOrSku with its own error, the others normally', async () => {
    const answers = await match([
      { mpn: 'NE555P', reference: 'ok' },
      { manufacturer: 'TI', reference: 'bad' },
      { mpn: '   ', reference: 'blank' },
    ]);
    expect(answers[0]).toMatchObject({ reference: 'ok', hits: 1, error: null });
    expect(answers[1]).toEqual({
      reference: 'bad',
      hits: 0,
      parts: [],
      error: 'queries[1] has no mpn, sku or mpnOrSku: give at least one to match on.',
    });
    expect(answers[2]?.error).toContain('queries[2] has no mpn');
  });
});
