/** matchBom under failures: batch retries, a batch that keeps failing, abort, the part limit and the budget. */
import type { Emulator } from '@nexar/emulator';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type BomLine, type BomMatchResult, matchBom, NexarBomPartLimitError } from '../src/bom/index.js';
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
    expect(faulty.value.summary.requests).toBe(4); // 3 batches + 1 batch retry
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
    expect(result.summary).toMatchObject({ errors: 2, requests: 5 });
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
