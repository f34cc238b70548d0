import { describe, expect, it } from 'vitest';
import { graphql, queryError, useSupplyEmulator } from './api-supply-harness.js';

const fixture = useSupplyEmulator();

const SEARCH = (field: string) => `query($start: Int, $limit: Int) {
  ${field}(q: "LM358", start: $start, limit: $limit) { hits results { part { id } } }
}`;
const MATCH = `query($queries: [SupPartMatchQuery!]!) {
  supMultiMatch(queries: $queries) { reference hits parts { id } }
}`;

async function expectInvalid(text: string, variables: Record<string, unknown>, message: string) {
  const partsBefore = fixture.emu.stats.snapshot().partsReturned;
  const error = await queryError(fixture.emu, fixture.token, text, variables);
  expect(error.message).toBe(message);
  expect(error.extensions?.code).toBe('INVALID_ARGUMENT');
  expect(error.data).toBeNull();
  expect(fixture.emu.stats.snapshot().partsReturned).toBe(partsBefore);
}

describe.each(['supSearch', 'supSearchMpn'])('%s paging bounds', (field) => {
  it('accepts the largest page Nexar allows', async () => {
    const response = await graphql(fixture.emu, fixture.token, SEARCH(field), { start: 1000, limit: 100 });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ [field]: { hits: 4, results: [] } });
  });

  it.each([
    [{ limit: 0 }, 'limit must be between 1 and 100, got 0'],
    [{ limit: 101 }, 'limit must be between 1 and 100, got 101'],
    [{ start: 1001 }, 'start must be between 0 and 1000, got 1001'],
    [{ start: -1 }, 'start must be between 0 and 1000, got -1'],
  ])('rejects %o', async (variables, problem) => {
    await expectInvalid(SEARCH(field), variables, `${field}: ${problem}.`);
  });

  it('rejects start + limit over 1100', async () => {
    await expectInvalid(
      SEARCH(field),
      { start: 1001, limit: 100 },
      `${field}: start must be between 0 and 1000, got 1001; start + limit must be at most 1100, got 1001 + 100 = 1101.`,
    );
  });
});

describe('supMultiMatch bounds', () => {
  it('accepts 100 parts in total', async () => {
    const queries = Array.from({ length: 20 }, (_, i) => ({ mpn: 'NOPE', limit: 5, reference: String(i) }));
    const response = await graphql<{ supMultiMatch: unknown[] }>(fixture.emu, fixture.token, MATCH, {
      queries,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.supMultiMatch).toHaveLength(20);
  });

  it('rejects 101 parts in total, the default limit of 3 counting too', async () => {
    const queries = [...Array.from({ length: 33 }, () => ({ mpn: 'LM358' })), { mpn: 'NE555P', limit: 2 }];
    await expectInvalid(
      MATCH,
      { queries },
      'supMultiMatch: at most 100 parts can be requested in total across one supMultiMatch call, ' +
        "but the 34 queries' limits add up to 101. Split the queries over several calls or lower their limits.",
    );
  });

  it('rejects an empty queries list', async () => {
    await expectInvalid(
      MATCH,
      { queries: [] },
      'supMultiMatch: queries is empty; give at least one query (mpn, sku or mpnOrSku).',
    );
  });

  it.each([
    [{ limit: 0 }, 'queries[1].limit must be between 1 and 100, got 0'],
    [{ limit: 101 }, 'queries[1].limit must be between 1 and 100, got 101'],
    [{ start: 1001 }, 'queries[1].start must be between 0 and 1000, got 1001'],
    [
      { start: 1001, limit: 100 },
      'queries[1].start must be between 0 and 1000, got 1001; ' +
        'queries[1].start + queries[1].limit must be at most 1100, got 1001 + 100 = 1101',
    ],
  ])('rejects a query with %o, naming it', async (paging, problem) => {
    await expectInvalid(
      MATCH,
      { queries: [{ mpn: 'LM358' }, { mpn: 'NE555P', ...paging }] },
      `supMultiMatch: ${problem}.`,
    );
  });
});

describe('other invalid arguments', () => {
  it('rejects an unsupported currency', async () => {
    await expectInvalid(
      '{ supSearchMpn(q: "LM358", currency: "XBT") { hits } }',
      {},
      'supSearchMpn: currency "XBT" is not supported; use one of USD, EUR, GBP, CAD, JPY, CNY.',
    );
  });

  it('rejects an unknown sort key and an unknown filter key', async () => {
    const sort = await queryError(
      fixture.emu,
      fixture.token,
      '{ supSearch(q: "LM358", sort: "cheapest") { hits } }',
    );
    expect(sort.message).toContain(
      'supSearch: unknown sort "cheapest"; use one of mpn, manufacturer.displayname',
    );
    expect(sort.extensions?.code).toBe('INVALID_ARGUMENT');
    const filter = await queryError(
      fixture.emu,
      fixture.token,
      '{ supMultiMatch(queries: [{mpn: "LM358"}], options: {filters: {brand: ["TI"]}}) { hits } }',
    );
    expect(filter.message).toContain('supMultiMatch: unknown filters key "brand"');
    expect(filter.extensions?.code).toBe('INVALID_ARGUMENT');
  });
});
