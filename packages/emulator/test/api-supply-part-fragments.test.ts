/**
 * Parts served from serialised fragments answer exactly as graphql-js does: two emulators with the
 * same catalog, one on the default executor (graphql-jit with part fragments) and one on graphql-js,
 * get the same requests again and again, and every body, status and part count must be the same. The
 * fragments are per part, selection, country and currency; faults, latency and the part limit still
 * apply to answers made of them.
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FragmentCache } from '../src/api/part-fragments/fragment-cache.js';
import { SplicedJson } from '../src/api/part-fragments/spliced-json.js';
import { loadCatalogFile, SMALL_CATALOG_FIXTURE } from '../src/catalog/index.js';
import type { Emulator } from '../src/index.js';
import { appToken, startTestEmulator } from './emulator-harness.js';

const BOM_MATCH = readFileSync(
  new URL('../../supply/src/operations/bom-match.graphql', import.meta.url),
  'utf8',
);

interface Twin {
  emulator: Emulator;
  token: string;
}

interface Request {
  query: string;
  variables?: Record<string, unknown>;
  accept?: string;
}

async function startTwin(executor: 'jit' | 'graphql-js'): Promise<Twin> {
  const emulator = await startTestEmulator({
    catalog: SMALL_CATALOG_FIXTURE,
    executor,
    partLimit: 1_000_000,
  });
  return { emulator, token: await appToken(emulator, 'supply') };
}

async function send(twin: Twin, request: Request): Promise<string> {
  const response = await fetch(twin.emulator.graphqlUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: request.accept ?? 'application/json',
      authorization: `Bearer ${twin.token}`,
    },
    body: JSON.stringify({ query: request.query, variables: request.variables }),
  });
  return `${response.status} ${response.headers.get('content-length')} ${await response.text()}`;
}

const usedParts = (twin: Twin) =>
  twin.emulator.applications.byClientId(twin.emulator.clients.supply.clientId)?.partCounter;

let lines: { mpn: string; manufacturer: string; reference: string; limit: number }[];
let fragments: Twin;
let whole: Twin;

beforeAll(async () => {
  const catalog = await loadCatalogFile(SMALL_CATALOG_FIXTURE);
  lines = catalog.parts.slice(0, 40).map((part, i) => ({
    mpn: part.mpn,
    manufacturer: part.manufacturer.name,
    reference: `r${i}`,
    limit: 2,
  }));
  [fragments, whole] = await Promise.all([startTwin('jit'), startTwin('graphql-js')]);
}, 120_000);

afterAll(async () => {
  await Promise.all([fragments?.emulator.close(), whole?.emulator.close()]);
});

afterEach(() => {
  vi.restoreAllMocks();
  fragments.emulator.faults.clear();
});

/**
 * Sends each request to both emulators, in order, and expects the same answers and part counts. An
 * answer nulled by an error is compared without counts: graphql-js stops resolving at the error and
 * graphql-jit does not, so they count different parts for it with or without fragments.
 */
async function expectSameAnswers(requests: Request[], { counts = true } = {}): Promise<void> {
  for (const request of requests) {
    const [served, expected] = await Promise.all([send(fragments, request), send(whole, request)]);
    expect(served).toBe(expected);
    if (!counts) continue;
    expect(fragments.emulator.stats.partsReturned).toBe(whole.emulator.stats.partsReturned);
    expect(usedParts(fragments)).toBe(usedParts(whole));
  }
}

describe('part fragments', () => {
  it('answer the SDK’s BOM match byte for byte, request after request, in each country and currency', async () => {
    const placeholders = vi.spyOn(SplicedJson.prototype, 'placeholder');
    const kept = vi.spyOn(FragmentCache.prototype, 'set');
    const pricings = [
      { country: 'US', currency: 'USD' },
      { country: 'DE', currency: 'EUR' },
      { country: 'GB', currency: 'GBP' },
      { country: 'US', currency: 'EUR' },
    ];
    const round = pricings.map((pricing) => ({
      query: BOM_MATCH,
      variables: { queries: lines, ...pricing },
    }));
    await expectSameAnswers([...round, ...round]);
    // Compiled on the second request: from then on, every part was a placeholder for a fragment.
    expect(placeholders.mock.calls.length).toBeGreaterThan(0);
    const built = kept.mock.calls.length;
    expect(built).toBeGreaterThan(0);
    await expectSameAnswers(round);
    // The third round is made of kept fragments only: one per part, selection and pricing.
    expect(kept.mock.calls.length).toBe(built);
  });

  it('count parts nested in a kept fragment on every use', async () => {
    const nested = {
      query: `query($queries: [SupPartMatchQuery!]!) {
        supMultiMatch(queries: $queries) { hits parts { id mpn similarParts { id mpn } } }
      }`,
      variables: { queries: lines.slice(0, 10) },
    };
    const before = fragments.emulator.stats.partsReturned;
    await expectSameAnswers([nested, nested, nested, nested]);
    expect(fragments.emulator.stats.partsReturned - before).toBeGreaterThan(4 * 10);
  });

  it('answer merged part fields, literal arguments and directives as graphql-js does', async () => {
    const merged = {
      query: `query($queries: [SupPartMatchQuery!]!) {
        supMultiMatch(queries: $queries, currency: "EUR") {
          parts { id }
          ... on SupPartMatch { parts { mpn sellers(authorizedOnly: true) { company { name } } } }
          parts { ...Offers __typename }
        }
      }
      fragment Offers on SupPart { sellers { offers(priceBreaks: [1, 10]) { prices { quantity convertedPrice } } } }`,
      variables: { queries: lines.slice(5, 25) },
    };
    const directives = {
      query: `{ supSearchMpn(q: "${lines[0]?.mpn}", currency: "GBP") {
        results { part { mpn @include(if: true) id @skip(if: true) counts medianPrice1000 { price } } }
      } }`,
    };
    await expectSameAnswers([merged, merged, merged, directives, directives, directives]);
  });

  it('give way to whole execution when a part’s selection fails, and keep errors beside parts as graphql-js does', async () => {
    const queries = lines.slice(0, 8);
    const failingPart = {
      query: `query($queries: [SupPartMatchQuery!]!) {
        supMultiMatch(queries: $queries) { reference parts { mpn sellers(start: -1) { isAuthorized } } }
      }`,
      variables: { queries },
    };
    // The supply token has no design scope: that root field fails, the parts beside it are answered.
    const failingNeighbour = {
      query: `query($queries: [SupPartMatchQuery!]!) {
        supMultiMatch(queries: $queries) { reference parts { mpn sellers { company { name } } } }
        desProjects(workspaceUrl: "nowhere") { totalCount }
      }`,
      variables: { queries },
    };
    const countsBefore = [fragments, whole].map((twin) => twin.emulator.stats.partsReturned);
    await expectSameAnswers([failingPart, failingPart, failingPart], { counts: false });
    expect(await send(whole, failingPart)).toMatch(/"errors".*"data":null/);
    // Counted alike again from here.
    for (const [i, twin] of [fragments, whole].entries()) {
      twin.emulator.stats.partsReturned = countsBefore[i] ?? 0;
      twin.emulator.applications.setPartUsage(twin.emulator.clients.supply.clientId, 0);
    }
    await expectSameAnswers([failingNeighbour, failingNeighbour, failingNeighbour]);
    const [answer] = await Promise.all([send(fragments, failingNeighbour), send(whole, failingNeighbour)]);
    expect(answer).toMatch(/"errors".*"desProjects":null/);
  });

  it('leave variables inside a part’s selection to each request', async () => {
    const query = `query($queries: [SupPartMatchQuery!]!, $authorized: Boolean) {
      supMultiMatch(queries: $queries) { parts { mpn sellers(authorizedOnly: $authorized) { company { name } } } }
    }`;
    const queries = lines.slice(0, 15);
    await expectSameAnswers(
      [true, false, true, undefined, false].map((authorized) => ({
        query,
        variables: { queries, authorized },
      })),
    );
  });

  it('give way to whole execution for parts the schema generates', async () => {
    const generated = { query: '{ supPartGroupById(id: "group-1") { name parts { id mpn } } }' };
    await expectSameAnswers([generated, generated, generated]);
  });

  it('are written the same in event streams', async () => {
    const streamed = {
      query: BOM_MATCH,
      variables: { queries: lines.slice(0, 5), country: 'US', currency: 'USD' },
      accept: 'text/event-stream',
    };
    await expectSameAnswers([streamed, streamed, streamed]);
  });

  it('never skip an injected fault or the added latency', async () => {
    const request = { query: BOM_MATCH, variables: { queries: lines, country: 'DE', currency: 'EUR' } };
    await expectSameAnswers([request, request]);
    const answer = await send(fragments, request);
    fragments.emulator.faults.inject('api', { kind: 'status', status: 503 });
    expect(await send(fragments, request)).toMatch(/^503 /);
    fragments.emulator.faults.setLatency('api', 200);
    const started = performance.now();
    expect(await send(fragments, request)).toBe(answer);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });
});

describe('part fragments and the part limit', () => {
  let limited: Twin;
  let limitedWhole: Twin;
  beforeAll(async () => {
    [limited, limitedWhole] = await Promise.all([startTwin('jit'), startTwin('graphql-js')]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([limited?.emulator.close(), limitedWhole?.emulator.close()]);
  });

  it('an answer of kept fragments over the limit is refused whole and charges nothing', async () => {
    const request = {
      query: BOM_MATCH,
      variables: { queries: lines, country: 'US', currency: 'USD' },
    };
    const [first, expected] = await Promise.all([send(limited, request), send(limitedWhole, request)]);
    expect(first).toBe(expected);
    // Room for three more answers and a half.
    const perAnswer = usedParts(limited) ?? 0;
    expect(perAnswer).toBeGreaterThan(0);
    for (const twin of [limited, limitedWhole]) {
      twin.emulator.applications.setPartUsage(
        twin.emulator.clients.supply.clientId,
        perAnswer,
        perAnswer * 4.5,
      );
    }
    let answered = 0;
    for (let i = 0; i < 10; i++) {
      const [served, expected] = await Promise.all([send(limited, request), send(limitedWhole, request)]);
      expect(served).toBe(expected);
      expect(usedParts(limited)).toBe(usedParts(limitedWhole));
      if (served.includes('Part limit exceeded')) break;
      answered += 1;
    }
    // Compiled with fresh fragments, then from kept ones, until the limit.
    expect(answered).toBe(3);
    const counter = usedParts(limited);
    expect(await send(limited, request)).toContain('Part limit exceeded');
    expect(usedParts(limited)).toBe(counter);
  });
});
