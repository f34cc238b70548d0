/** matchBom under failures: batch retries, a batch that keeps failing, abort, the part limit and the budget. */

import { clientCredentials, NexarAuthError } from '@nexar/auth';
import type { Emulator } from '@nexar/emulator';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type BomLine,
  type BomMatchResult,
  matchBom,
  NexarBomPartLimitError,
  planBom,
} from '../src/bom/index.js';
import { NexarPartLimitError } from '../src/index.js';
import { bomClient, counted, startBomEmulator } from './bom-harness.js';

let emu: Emulator;
beforeAll(async () => {
  emu = await startBomEmulator();
});
afterEach(() => {
  emu.faults.clear();
  emu.applications.setPartUsage(emu.clients.supply.clientId, 0, 1_000_000);
});
afterAll(async () => {
  await emu?.close();
});

// Six distinct parts; with 50 candidates per line a request holds two lines: three batches.
const bom: BomLine[] = ['NE555P', 'LM358DR', 'L7805CV', 'NOSUCHPART123', 'IRLZ44NPBF', 'LM317T'].map(
  (mpn, i) => ({
    mpn,
    quantity: i + 1,
  }),
);
const options = { candidates: 50, concurrency: 1, batchRetryDelayMs: 0, cache: false } as const;
const statuses = (result: BomMatchResult) => result.lines.map((l) => l.status);

describe('matchBom: a failing batch', () => {
  it('retries a batch that failed after the client retries, with results identical to a clean run', async () => {
    const clean = await matchBom(bom, { client: bomClient(emu), ...options });
    // The client makes 2 attempts: 3 answers of 503 fail the first send and the first attempt of its retry.
    emu.faults.inject('api', { kind: 'status', status: 503 }, 3);
    const faulty = await counted(emu, () => matchBom(bom, { client: bomClient(emu), ...options }));
    expect(emu.faults.pending('api')).toBe(0);
    // On the wire: 2 failed attempts, the batch retry's failed and good one, and the 2 other batches.
    expect(faulty.value.summary.requests).toBe(6);
    expect(faulty.requests).toBe(3); // the emulator counts the requests its faults did not answer
    expect(faulty.value.lines).toEqual(clean.lines);
    expect(faulty.value.total).toEqual(clean.total);
  });

  it('survives connection resets the same way', async () => {
    const clean = await matchBom(bom, { client: bomClient(emu), ...options });
    emu.faults.inject('api', { kind: 'reset' }, 2);
    const faulty = await matchBom(bom, { client: bomClient(emu), ...options });
    expect(faulty.lines).toEqual(clean.lines);
  });

  it('marks only the lines of a batch that keeps failing, losing no line', async () => {
    // 2 client attempts × (1 send + 2 batch retries) = 6 failures: the first batch gives up.
    emu.faults.inject('api', { kind: 'status', status: 503 }, 6);
    const result = await matchBom(bom, { client: bomClient(emu), ...options });
    expect(result.lines).toHaveLength(6);
    expect(statuses(result)).toEqual(['error', 'error', 'matched', 'not-found', 'matched', 'ambiguous']);
    expect(result.lines[0]?.error).toMatch(/503.*sent 3 times/);
    expect(result.summary).toMatchObject({ errors: 2, requests: 8 }); // 6 sends of the first batch, 2 others
  });
});

describe('matchBom: summary.requests', () => {
  it('counts the requests that reached the API, not attempts that failed while getting a token', async () => {
    // One token request fails (no token retries): the first send fails before anything goes out.
    const auth = clientCredentials({
      ...emu.clients.supply,
      identityUrl: emu.url,
      retry: { maxAttempts: 1 },
    });
    emu.faults.inject('token', { kind: 'status', status: 503 });
    const run = await counted(emu, () => matchBom(bom, { client: bomClient(emu, { auth }), ...options }));
    expect(emu.faults.pending('token')).toBe(0);
    expect(statuses(run.value)).toEqual([
      'matched',
      'matched',
      'matched',
      'not-found',
      'matched',
      'ambiguous',
    ]);
    expect(run.requests).toBe(3);
    expect(run.value.summary.requests).toBe(3);
  });
});

describe('matchBom: an outage', () => {
  // 20 distinct lines, two per request: 10 requests.
  const many: BomLine[] = Array.from({ length: 20 }, (_, i) => ({ mpn: `OUTAGE-${i}`, quantity: 1 }));

  it('stops after stopAfterFailedBatches requests in a row failed, one reason for the lines not asked', async () => {
    emu.faults.inject('api', { kind: 'status', status: 503 }, 1000);
    const result = await matchBom(many, { client: bomClient(emu), ...options });
    const sent = 1000 - emu.faults.pending('api');
    // 3 requests × (1 send + 2 batch retries) × 2 client attempts; 60 without the breaker.
    expect(sent).toBe(18);
    expect(result.summary.requests).toBe(18);
    expect(result.lines).toHaveLength(20);
    expect(statuses(result).every((status) => status === 'error')).toBe(true);
    expect(result.lines[5]?.error).toMatch(/503.*sent 3 times/);
    const notAsked = result.lines.slice(6).map((line) => line.error);
    expect(new Set(notAsked).size).toBe(1);
    expect(notAsked[0]).toMatch(
      /^not asked: 3 requests in a row failed, so the run stopped .*Last failure: .*503/,
    );
  });

  it('with four requests in flight, sends none again once the breaker has opened', async () => {
    emu.faults.inject('api', { kind: 'status', status: 503 }, 1000);
    const result = await matchBom(many, { client: bomClient(emu), ...options, concurrency: 4 });
    const sent = 1000 - emu.faults.pending('api');
    expect(result.summary.requests).toBe(sent);
    const notAsked = result.lines.filter((line) => line.error?.startsWith('not asked')).length;
    expect(notAsked).toBeGreaterThan(0);
    // Every started request, two lines each, would cost 6 sends if all were sent again to the end;
    // those still in flight when the breaker opened stopped at their current send.
    const started = (20 - notAsked) / 2;
    expect(sent).toBeLessThan(started * 6);
  });

  it('takes the threshold as an option, and a success resets the count', async () => {
    emu.faults.inject('api', { kind: 'status', status: 503 }, 1000);
    const result = await matchBom(many, { client: bomClient(emu), ...options, stopAfterFailedBatches: 1 });
    expect(1000 - emu.faults.pending('api')).toBe(6);
    expect(result.summary.requests).toBe(6);
    emu.faults.clear();
    // Every other request fails once beyond its retries: never two in a row, so the run goes on.
    const failing = bomClient(emu, { retry: false });
    const noBatchRetries = { ...options, batchRetries: 0, stopAfterFailedBatches: 2 };
    let sends = 0;
    const flaky = await matchBom(many, {
      client: failing,
      ...noBatchRetries,
      onProgress: () => {
        sends += 1;
        if (sends % 2 === 1) emu.faults.inject('api', { kind: 'status', status: 503 });
      },
    });
    expect(flaky.summary.errors).toBe(10);
    expect(flaky.lines.filter((line) => line.error?.startsWith('not asked'))).toHaveLength(0);
  });
});

describe('matchBom: arguments checked before anything is sent', () => {
  it('refuses NaN, Infinity, negative and fractional counts, naming the option and the value', async () => {
    const client = bomClient(emu);
    const before = emu.stats.snapshot();
    await expect(matchBom(bom, { client, batchRetries: Number.NaN })).rejects.toThrow(
      new RangeError('matchBom: batchRetries must be a whole number from 0 to 10, got NaN.'),
    );
    await expect(matchBom(bom, { client, batchRetries: Number.POSITIVE_INFINITY })).rejects.toThrow(
      /batchRetries .*got Infinity\./,
    );
    await expect(matchBom(bom, { client, concurrency: 1.5 })).rejects.toThrow(/concurrency .*got 1\.5\./);
    await expect(matchBom(bom, { client, candidates: -1 })).rejects.toThrow(/candidates .*got -1\./);
    await expect(matchBom(bom, { client, batchRetryDelayMs: Number.NaN })).rejects.toThrow(
      /batchRetryDelayMs .*got NaN\./,
    );
    await expect(matchBom(bom, { client, stopAfterFailedBatches: 0 })).rejects.toThrow(
      /stopAfterFailedBatches .*got 0\./,
    );
    await expect(matchBom(bom, { client, buildQuantity: '10' as unknown as number })).rejects.toThrow(
      new TypeError("matchBom: buildQuantity must be a whole number 1 or more, got '10' (a string)."),
    );
    await expect(matchBom(bom, { client, country: 'XX' })).rejects.toThrow(/country must be an ISO 3166-1/);
    await expect(planBom(bom, { client, concurrency: Number.NaN })).rejects.toThrow(/concurrency/);
    expect(emu.stats.snapshot()).toEqual(before);
  });

  it('refuses arguments of the wrong type with a TypeError, not a crash inside', async () => {
    const client = bomClient(emu);
    const loose = matchBom as unknown as (lines: unknown, options?: unknown) => Promise<unknown>;
    await expect(loose(null, { client })).rejects.toThrow(
      /^matchBom needs an array of BOM lines .*got null\.$/,
    );
    await expect(loose('x', { client })).rejects.toThrow(/array of BOM lines .*got 'x' \(a string\)/);
    await expect(loose(bom)).rejects.toThrow(
      new TypeError(
        'matchBom needs options with a supply client: matchBom(lines, { client: createSupplyClient() }), got undefined.',
      ),
    );
    await expect(loose(bom, {})).rejects.toThrow(
      new TypeError(
        'matchBom needs options.client: a supply client from createSupplyClient(), got undefined.',
      ),
    );
    await expect(loose(bom, { client: 'x' })).rejects.toThrow(TypeError);
  });
});

describe('matchBom: an authentication failure no retry can fix', () => {
  it('stops at the first request with NexarAuthError, asking for a token once', async () => {
    const auth = clientCredentials({
      ...emu.clients.supply,
      clientSecret: 'wrong-secret',
      identityUrl: emu.url,
    });
    const many = Array.from({ length: 20 }, (_, i) => ({ mpn: `AUTH-${i}`, quantity: 1 }));
    const before = emu.stats.snapshot();
    const error = await matchBom(many, {
      client: bomClient(emu, { auth }),
      ...options,
      concurrency: 4,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NexarAuthError);
    expect(error).toMatchObject({ code: 'invalid_client' });
    const after = emu.stats.snapshot();
    expect(after.tokenRequests.total - before.tokenRequests.total).toBe(1);
    expect(after.apiRequests - before.apiRequests).toBe(0);
    expect((error as Error).message).not.toContain('wrong-secret');
  });

  it('keeps retrying a token endpoint that is only failing for now', async () => {
    const auth = clientCredentials({
      ...emu.clients.supply,
      identityUrl: emu.url,
      retry: { maxAttempts: 1 },
    });
    emu.faults.inject('token', { kind: 'status', status: 503 }, 2);
    const result = await matchBom(bom, { client: bomClient(emu, { auth }), ...options });
    expect(result.summary.errors).toBe(0);
  });
});

describe('matchBom: a token echoed in a server error', () => {
  it('never reaches a line reason', async () => {
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';
    const body = JSON.stringify({ errors: [{ message: `token ${jwt} is not accepted here` }] });
    emu.faults.inject('api', { kind: 'status', status: 200, body });
    const result = await matchBom(bom, { client: bomClient(emu), ...options });
    expect(result.lines[0]?.error).toContain('token [redacted] is not accepted here');
    expect(JSON.stringify(result)).not.toContain(jwt);
  });
});

describe('matchBom: abort', () => {
  it('stops starting batches and rejects with the reason', async () => {
    const controller = new AbortController();
    const reason = new Error('user cancelled');
    const before = emu.stats.snapshot().apiRequests;
    const run = matchBom(bom, {
      client: bomClient(emu),
      ...options,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.linesDone > 0) controller.abort(reason);
      },
    });
    await expect(run).rejects.toBe(reason);
    expect(emu.stats.snapshot().apiRequests - before).toBe(1); // of 3 batches
  });

  it('cancels a request in flight', async () => {
    const controller = new AbortController();
    emu.faults.inject('api', { kind: 'delay', ms: 20_000 });
    const client = bomClient(emu, {
      onEvent: (event) => {
        if (event.type === 'start') controller.abort(new Error('stop now'));
      },
    });
    await expect(matchBom(bom, { client, ...options, signal: controller.signal })).rejects.toThrow(
      'stop now',
    );
  });

  it('sends nothing when already aborted', async () => {
    const before = emu.stats.snapshot();
    await expect(
      matchBom(bom, { client: bomClient(emu), signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(emu.stats.snapshot()).toEqual(before);
  });
});

describe('matchBom: part limits', () => {
  it("stops at the API's over-limit error with the lines done so far", async () => {
    const { clientId } = emu.clients.supply;
    const result = matchBom(bom, {
      client: bomClient(emu),
      ...options,
      onProgress: (p) => {
        if (p.linesDone === 2) emu.applications.setPartUsage(clientId, 1000, 1000);
      },
    });
    const error = await result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NexarBomPartLimitError);
    expect(error).toBeInstanceOf(NexarPartLimitError);
    const stopped = error as NexarBomPartLimitError;
    expect(stopped.source).toBe('api');
    expect(statuses(stopped.result)).toEqual(['matched', 'matched', 'error', 'error', 'error', 'error']);
    expect(stopped.result.lines[2]?.error).toContain('refused at the part limit');
    expect(stopped.result.lines[4]?.error).toContain('not asked');
    expect(stopped.message).toContain('2 of 6 lines answered');
  });

  it('refuses a plan whose worst case exceeds what maxParts has left, before sending', async () => {
    const client = bomClient(emu, { maxParts: 5 });
    const plan = await matchBom(bom, { client, dryRun: true });
    expect(plan).toMatchObject({ requests: 1, worstCaseParts: 6, remaining: 5, fits: false });
    const run = counted(emu, () => matchBom(bom, { client }));
    await expect(run).rejects.toMatchObject({
      name: 'NexarPartLimitError',
      source: 'budget',
      wouldCost: 6,
      remaining: 5,
    });
    expect(client.parts.used).toBe(0);
    const fits = await matchBom(bom.slice(0, 5), { client });
    expect(fits.summary.partsUsed).toBe(client.parts.used);
  });

  it('a dry run sends nothing', async () => {
    const run = await counted(emu, () => matchBom(bom, { client: bomClient(emu), dryRun: true }));
    expect(run.requests).toBe(0);
    expect(run.value).toEqual({
      lines: 6,
      uniqueQueries: 6,
      cachedQueries: 0,
      cachedLines: 0,
      requests: 1,
      batchSizes: [6],
      worstCaseParts: 6,
      remaining: undefined,
      fits: true,
      rerun: { requests: 0, worstCaseParts: 0 },
      warnings: [],
    });
  });
});
