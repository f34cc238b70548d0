import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../src/index.js';
import {
  graphql,
  query,
  queryError,
  startSupplyEmulator,
  appToken as supplyAppToken,
  userToken,
} from './api-supply-harness.js';

let emu: Emulator;
let appToken: string;
let adminToken: string;
let appId: string;
beforeAll(async () => {
  emu = await startSupplyEmulator();
  appId = emu.clients.supply.clientId;
  appToken = await supplyAppToken(emu, 'supply');
  // admApplicationById needs a user's token (code flow); the application token cannot read it.
  adminToken = await userToken(emu.url, emu.clients.supply, 'openid user.access supply.domain');
});
afterAll(() => emu.close());

async function usage(): Promise<{ partCounter: number; partLimit: number }> {
  const data = await query<{
    admApplicationById: { supplyCounts: { partCounter: number; partLimit: number } };
  }>(
    emu,
    adminToken,
    'query($id: String!) { admApplicationById(id: $id) { supplyCounts { partCounter partLimit } } }',
    { id: appId },
  );
  return data.admApplicationById.supplyCounts;
}

/** Part objects in a response: every object whose __typename is SupPart, however deeply nested. */
function countParts(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, item) => n + countParts(item), 0);
  if (value === null || typeof value !== 'object') return 0;
  const own = (value as { __typename?: unknown }).__typename === 'SupPart' ? 1 : 0;
  return Object.values(value).reduce((n: number, item) => n + countParts(item), own);
}

/** Part objects inside another part object (similarParts, companionProducts' parts). */
function nestedParts(value: unknown, insidePart = false): number {
  if (Array.isArray(value)) return value.reduce((n: number, item) => n + nestedParts(item, insidePart), 0);
  if (value === null || typeof value !== 'object') return 0;
  const isPart = (value as { __typename?: unknown }).__typename === 'SupPart';
  const own = isPart && insidePart ? 1 : 0;
  return Object.values(value).reduce((n: number, item) => n + nestedParts(item, insidePart || isPart), own);
}

/** Runs a query and returns its data with the change it made to both part counters. */
async function charged(text: string) {
  const statsBefore = emu.stats.snapshot().partsReturned;
  const counterBefore = (await usage()).partCounter;
  const data = await query(emu, appToken, text);
  return {
    data,
    parts: countParts(data),
    stats: emu.stats.snapshot().partsReturned - statsBefore,
    counter: (await usage()).partCounter - counterBefore,
  };
}

describe('part accounting', () => {
  it.each([
    [
      'a page of search results',
      '{ supSearchMpn(q: "LM358", limit: 3) { hits results { part { __typename id } } } }',
      3,
    ],
    [
      'multi-match answers, including a query with no hits',
      `{ supMultiMatch(queries: [{mpn: "LM317T"}, {mpn: "NOPE-1"}, {sku: "595-NE555P"}]) {
          hits parts { __typename id } } }`,
      3,
    ],
    [
      'parts by id, unknown ids not counted',
      '{ supParts(ids: ["1001", "unknown", "1005"]) { __typename id } }',
      2,
    ],
    [
      'nested similar parts',
      '{ supParts(ids: ["1001"]) { __typename id similarParts { __typename id } } }',
      4,
    ],
    [
      'several root fields in one request',
      `{ a: supSearch(q: "regulator", limit: 2) { results { part { __typename id } } }
         b: supParts(ids: ["1009"]) { __typename mpn } }`,
      3,
    ],
  ])('charges %s: one per part object returned', async (_name, text, expected) => {
    const { parts, stats, counter } = await charged(text);
    expect(parts).toBe(expected);
    expect(stats).toBe(parts);
    expect(counter).toBe(parts);
  });

  it('charges nothing for a zero-hit answer or for fields without parts', async () => {
    for (const text of [
      '{ supSearchMpn(q: "NO-SUCH-PART-123") { hits results { part { __typename id } } } }',
      '{ supMultiMatch(queries: [{mpn: "NO-SUCH-PART-123"}]) { hits parts { __typename id } } }',
      '{ supSearchMpn(q: "LM358") { hits manufacturerAgg { count } } }',
      '{ supCategories { id } supSuggest(q: "lm3") { inPartId } supSellers { id } }',
    ]) {
      const { parts, stats, counter } = await charged(text);
      expect([parts, stats, counter]).toEqual([0, 0, 0]);
    }
  });

  it('refuses a response over the limit whole: an error, no part data, nothing charged', async () => {
    const { partLimit } = await usage();
    emu.applications.setPartUsage(appId, partLimit - 1);
    const statsBefore = emu.stats.snapshot().partsReturned;

    for (const text of [
      '{ supParts(ids: ["1001", "1005"]) { __typename id } }',
      '{ supMultiMatch(queries: [{mpn: "LM317T", limit: 2}]) { hits parts { __typename id } } }',
      // Parts spread over several fields are charged as one amount: none of them fits, none is charged.
      '{ supSearchMpn(q: "LM317T", limit: 2) { results { part { __typename id } } } }',
      '{ supMultiMatch(queries: [{mpn: "NE555P", limit: 1}, {mpn: "LM358DR", limit: 1}]) { parts { __typename id } } }',
    ]) {
      const error = await queryError(emu, appToken, text);
      expect(error.extensions?.code).toBe('PART_LIMIT_EXCEEDED');
      expect(error.message).toContain('Part limit exceeded');
      expect(error.message).toContain(`${partLimit - 1} of its ${partLimit} parts`);
      expect(countParts(error.data)).toBe(0);
    }
    expect((await usage()).partCounter).toBe(partLimit - 1);
    expect(emu.stats.snapshot().partsReturned).toBe(statsBefore);

    // The last part that fits is still served, then nothing more.
    const { parts, counter } = await charged('{ supParts(ids: ["1001"]) { __typename id } }');
    expect([parts, counter]).toEqual([1, 1]);
    const over = await queryError(emu, appToken, '{ supParts(ids: ["1005"]) { __typename id } }');
    expect(over.extensions?.code).toBe('PART_LIMIT_EXCEEDED');
    // A zero-hit answer is still an answer, not an error.
    const empty = await graphql(emu, appToken, '{ supSearchMpn(q: "NO-SUCH-PART-123") { hits } }');
    expect(empty).toMatchObject({ status: 200, errors: undefined, data: { supSearchMpn: { hits: 0 } } });
    emu.applications.setPartUsage(appId, 0);
  });
});

describe('part accounting of nested parts and of answers with errors', () => {
  /** Like `charged`, for answers that may carry errors next to their data. */
  async function chargedAnyway(text: string) {
    const statsBefore = emu.stats.snapshot().partsReturned;
    const counterBefore = (await usage()).partCounter;
    const response = await graphql(emu, appToken, text);
    return {
      response,
      parts: countParts(response.data),
      stats: emu.stats.snapshot().partsReturned - statsBefore,
      counter: (await usage()).partCounter - counterBefore,
    };
  }

  it.each([
    [
      'similar parts and companion products of search results',
      `{ supSearchMpn(q: "LM358", limit: 2) { results { part { __typename id
          similarParts { __typename id } companionProducts { part { __typename id } } } } } }`,
    ],
    [
      'similar parts of similar parts, in multi-match answers',
      `{ supMultiMatch(queries: [{mpn: "LM317T", limit: 2}]) { parts { __typename id
          similarParts { __typename id similarParts { __typename id } } } } }`,
    ],
    [
      'the same part twice (aliases), with its similar parts each time',
      `{ a: supParts(ids: ["1001"]) { __typename id similarParts { __typename id } }
         b: supParts(ids: ["1001"]) { __typename id similarParts { __typename id } } }`,
    ],
  ])('charges %s: every SupPart object the answer holds', async (_name, text) => {
    // Twice: the second run is compiled (graphql-jit) and must count the same.
    for (const _run of [1, 2]) {
      const { response, parts, stats, counter } = await chargedAnyway(text);
      expect(response.errors).toBeUndefined();
      expect(nestedParts(response.data)).toBeGreaterThan(0);
      expect(stats).toBe(parts);
      expect(counter).toBe(parts);
    }
  });

  it.each([
    [
      'parts an error nulled out (a failing field inside each part)',
      '{ supParts(ids: ["1001", "1005"]) { __typename id sellers(limit: -1) { company { name } } } }',
      0,
    ],
    [
      'only the parts left when one root field fails',
      `{ a: supParts(ids: ["1001", "1005"]) { __typename id }
         b: supParts(ids: ["1001"]) { __typename id sellers(limit: -1) { company { name } } } }`,
      2,
    ],
    [
      'nothing of a part whose similar part failed (the null climbs to the part)',
      '{ supParts(ids: ["1001"]) { __typename id similarParts { __typename id sellers(limit: -1) { company { name } } } } }',
      0,
    ],
    [
      'nothing of a page of results whose offers failed',
      '{ supSearchMpn(q: "LM358", limit: 3) { results { part { __typename id sellers { offers(priceBreaks: [-1]) { sku } } } } } }',
      0,
    ],
  ])('charges %s', async (_name, text, expected) => {
    for (const _run of [1, 2]) {
      const { response, parts, stats, counter } = await chargedAnyway(text);
      expect(response.errors?.[0]?.extensions?.code).toBe('INVALID_ARGUMENT');
      expect(parts).toBe(expected);
      expect(stats).toBe(parts);
      expect(counter).toBe(parts);
    }
  });
});

describe('scopes', () => {
  it('refuses supply fields to a design-only token, naming supply.domain, and charges nothing', async () => {
    const designToken = await userToken(emu.url, emu.clients.design, 'openid design.domain user.access');
    const statsBefore = emu.stats.snapshot().partsReturned;
    const error = await queryError(
      emu,
      designToken,
      '{ supSearchMpn(q: "LM358") { results { part { id } } } }',
    );
    expect(error.message).toContain('supply.domain');
    expect(error.extensions?.code).toBe('AUTH_NOT_AUTHORIZED');
    expect(emu.stats.snapshot().partsReturned).toBe(statsBefore);
  });

  it('lets only a user token read the usage', async () => {
    const error = await queryError(emu, appToken, `{ admApplicationById(id: "${appId}") { id } }`);
    expect(error.message).toContain("needs a user's token");
  });
});
