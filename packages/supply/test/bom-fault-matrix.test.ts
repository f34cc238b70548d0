/**
 * The fault matrix: every kind of failure the emulator can put between the SDK and the API, on one
 * request in five, on a 1,000-line BOM. Each run must give exactly the lines of a clean run: no line
 * lost, none marked failed, the same parts and prices. Retry-After, backoff and timeouts are kept
 * short through options so the matrix stays quick.
 */
import type { Emulator, Fault } from '@nexar/emulator';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type BomLine, type BomMatchResult, type MatchBomOptions, matchBom } from '../src/bom/index.js';
import type { SupplyClientOptions } from '../src/index.js';
import { bomClient, startBomEmulator } from './bom-harness.js';

let emu: Emulator;
let clean: BomMatchResult;

// Catalog parts on one line in four (some repeated, with other quantities), unknown parts elsewhere:
// about 760 distinct queries, 8 requests of 100.
const KNOWN = [
  'NE555P',
  'LM358DR',
  'L7805CV',
  'GRM188R71H104KA93D',
  'IRLZ44NPBF',
  'LM317T',
  '1N4148',
  'AO3400A',
];
const bom: BomLine[] = Array.from({ length: 1000 }, (_, i) => ({
  mpn: i % 4 === 0 ? (KNOWN[(i / 4) % KNOWN.length] as string) : `MATRIX-NOPART-${i}`,
  quantity: (i % 7) + 1,
}));

const runOptions = { cache: false, batchRetries: 4, batchRetryDelayMs: 10 } as const;
const clientOptions: SupplyClientOptions = {
  cache: false,
  retry: { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 20, maxElapsedMs: 20_000 },
};

/**
 * What happens to one request in five on its way to the API, and what the run needs for it: a
 * revocation refuses every request in flight, so that kind runs one request at a time.
 */
type Trouble = ({ inject: Fault } | { revokeTokens: true }) & {
  client?: SupplyClientOptions;
  run?: Pick<MatchBomOptions, 'concurrency'>;
  /** Slows a request down without failing it: nothing is sent again. */
  slowOnly?: true;
};

const HTML = '<html><body><h1>502 Bad Gateway</h1></body></html>';
const KINDS: [string, Trouble][] = [
  ['429 with Retry-After', { inject: { kind: 'status', status: 429, retryAfterSeconds: 1 } }],
  ['502', { inject: { kind: 'status', status: 502 } }],
  ['503', { inject: { kind: 'status', status: 503 } }],
  [
    'a 502 page from a proxy (not JSON)',
    { inject: { kind: 'status', status: 502, contentType: 'text/html', body: HTML } },
  ],
  [
    'a 200 that is not JSON',
    { inject: { kind: 'status', status: 200, contentType: 'text/html', body: HTML } },
  ],
  ['a reset connection', { inject: { kind: 'reset' } }],
  ['latency', { inject: { kind: 'delay', ms: 150 }, slowOnly: true }],
  ['no answer within the timeout', { inject: { kind: 'delay', ms: 1_500 }, client: { timeoutMs: 1_000 } }],
  ['401: the access token revoked', { revokeTokens: true, run: { concurrency: 1 } }],
];

/** Puts `trouble` in front of every fifth request that goes on the wire (retries and resends included). */
function troubledFetch(trouble: (n: number) => Trouble | undefined): {
  fetch: typeof fetch;
  troubles: () => number;
} {
  let sent = 0;
  let troubles = 0;
  const wire: typeof fetch = (input, init) => {
    sent += 1;
    const now = trouble(sent);
    if (now) {
      troubles += 1;
      if ('revokeTokens' in now) emu.revokeAccessTokens();
      else emu.faults.inject('api', now.inject);
    }
    return fetch(input, init);
  };
  return { fetch: wire, troubles: () => troubles };
}

const everyFifth = (what: Trouble) => (n: number) => (n % 5 === 0 ? what : undefined);

beforeAll(async () => {
  emu = await startBomEmulator();
  clean = await matchBom(bom, { client: bomClient(emu, clientOptions), ...runOptions });
});
afterEach(() => {
  emu.faults.clear();
});
afterAll(async () => {
  await emu?.close();
});

function expectSameAsClean(result: BomMatchResult, reference: BomMatchResult = clean): void {
  expect(result.lines).toHaveLength(1000);
  expect(result.lines.filter((line) => line.status === 'error')).toEqual([]);
  expect(result.lines).toEqual(reference.lines);
  expect(result.total).toEqual(reference.total);
  const { requests: _faulty, ...summary } = result.summary;
  const { requests: _clean, ...cleanSummary } = reference.summary;
  expect(summary).toEqual(cleanSummary);
}

describe('matchBom under faults on one request in five (1,000 lines)', () => {
  it('the clean run answers every line', () => {
    expect(clean.summary).toMatchObject({ lines: 1000, errors: 0, requests: 8 });
    expect(clean.summary.priced).toBeGreaterThan(200);
    expect(clean.summary.notFound).toBeGreaterThan(700);
  });

  it.each(KINDS)('%s', async (_kind, trouble) => {
    const { fetch, troubles } = troubledFetch(everyFifth(trouble));
    const result = await matchBom(bom, {
      client: bomClient(emu, { ...clientOptions, ...trouble.client, fetch }),
      ...runOptions,
      ...trouble.run,
    });
    expect(troubles()).toBeGreaterThanOrEqual(1);
    expectSameAsClean(result);
    // Failed requests were sent again (the counts include them); a slow one was only waited for.
    if (trouble.slowOnly) expect(result.summary.requests).toBe(clean.summary.requests);
    else expect(result.summary.requests).toBeGreaterThan(clean.summary.requests);
  });

  it('every kind mixed, one request in five, four in flight at once', async () => {
    const troubles = KINDS.map(([, trouble]) => trouble).filter((trouble) => !trouble.client);
    let k = 0;
    const { fetch, troubles: count } = troubledFetch((n) =>
      n % 5 === 0 ? troubles[k++ % troubles.length] : undefined,
    );
    // Enough requests for every kind to come up: five candidates per line, 38 requests of 20 lines.
    const mixed = { ...runOptions, candidates: 5, concurrency: 4 };
    const reference = await matchBom(bom, { client: bomClient(emu, clientOptions), ...mixed });
    expect(reference.summary).toMatchObject({ errors: 0, requests: 38 });
    const result = await matchBom(bom, { client: bomClient(emu, { ...clientOptions, fetch }), ...mixed });
    expect(count()).toBeGreaterThanOrEqual(troubles.length);
    expectSameAsClean(result, reference);
  });
});
