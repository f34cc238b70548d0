import type { NexarClient } from '@nexar/client';
import { NexarGraphQLError } from '@nexar/client';
import { type DocumentNode, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MemoryResultCache } from './cache/memory-result-cache.js';
import { SharedValuePool } from './cache/settle-answer.js';
import { NexarPartLimitError } from './errors.js';
import { SearchMpnDocument } from './generated/graphql.js';
import { InFlightRequests } from './in-flight.js';
import { PartLedger, type PartsEvent } from './part-meter.js';
import { estimateRequest, type RequestSettings, supplyRequest } from './supply-request.js';

const part = (id: string) => ({ __typename: 'SupPart', id });
const answer = (ids: string[]) => ({
  supSearchMpn: { hits: ids.length, warnings: null, results: ids.map((id) => ({ part: part(id) })) },
});

/** A transport that answers from `reply` and records what it was sent. */
function setup(
  reply: (variables: Record<string, unknown>) => unknown,
  overrides: Partial<RequestSettings> = {},
) {
  const sent: { document: DocumentNode; variables: Record<string, unknown> }[] = [];
  const nexar = {
    endpoint: 'http://127.0.0.1:1/graphql',
    withEndpoint: () => nexar,
    request: async (document: DocumentNode, variables: Record<string, unknown>) => {
      sent.push({ document, variables });
      return reply(variables);
    },
  } as unknown as NexarClient;
  let clock = 1_000_000;
  const events: PartsEvent[] = [];
  const settings: RequestSettings = {
    nexar,
    ledger: new PartLedger(),
    cache: new MemoryResultCache(),
    ttlMs: 60_000,
    now: () => clock,
    onParts: (event) => events.push(event),
    country: 'US',
    currency: 'USD',
    fieldSet: 'basic',
    inFlight: new InFlightRequests(),
    sharedValues: new SharedValuePool(),
    ...overrides,
  };
  return { settings, sent, events, advance: (ms: number) => (clock += ms) };
}

describe('supplyRequest', () => {
  it('refuses a NaN worst case or timeout before the cache or the budget sees it', async () => {
    const { settings, sent } = setup(() => answer(['1']), { ledger: new PartLedger(10) });
    const variables = { q: 'LM358', limit: 5 };
    await expect(
      supplyRequest(settings, SearchMpnDocument, variables, { worstCaseParts: Number.NaN }),
    ).rejects.toThrow(new RangeError('worstCaseParts must be a whole number 0 or more, got NaN.'));
    await expect(
      supplyRequest(settings, SearchMpnDocument, variables, { timeoutMs: Number.POSITIVE_INFINITY }),
    ).rejects.toThrow(/timeoutMs must be a finite number of milliseconds .*got Infinity\./);
    await expect(
      estimateRequest(settings, SearchMpnDocument, variables, { worstCaseParts: -1 }),
    ).rejects.toThrow(/worstCaseParts .*got -1\./);
    expect(sent).toHaveLength(0);
    expect(settings.ledger.available()).toBe(10);
  });

  it('sends with __typename asked for, counts the parts and reports them', async () => {
    const { settings, sent, events } = setup(() => answer(['1', '2']));
    const data = await supplyRequest(settings, SearchMpnDocument, { q: 'LM358', limit: 5 });
    expect(data.supSearchMpn.results).toHaveLength(2);
    expect(print(sent[0]?.document as DocumentNode)).toContain('__typename');
    expect(settings.ledger.used).toBe(2);
    expect(events).toEqual([{ operation: 'SearchMpn', parts: 2, total: 2, cached: false }]);
  });

  it('answers an identical call from the cache: nothing sent, no part spent', async () => {
    const { settings, sent, events } = setup(() => answer(['1']));
    await supplyRequest(settings, SearchMpnDocument, { q: 'LM358', limit: 5 });
    const again = await supplyRequest(settings, SearchMpnDocument, { limit: 5, q: 'LM358' });
    expect(again.supSearchMpn.hits).toBe(1);
    expect(sent).toHaveLength(1);
    expect(settings.ledger.used).toBe(1);
    expect(events.at(-1)).toEqual({ operation: 'SearchMpn', parts: 0, total: 1, cached: true });
    // Other variables are another answer.
    await supplyRequest(settings, SearchMpnDocument, { q: 'LM358', limit: 6 });
    expect(sent).toHaveLength(2);
  });

  it('sends again once the TTL has passed on the injected clock', async () => {
    const { settings, sent, advance } = setup(() => answer(['1']));
    await supplyRequest(settings, SearchMpnDocument, { q: 'NE555P' });
    advance(59_999);
    await supplyRequest(settings, SearchMpnDocument, { q: 'NE555P' });
    expect(sent).toHaveLength(1);
    advance(1);
    await supplyRequest(settings, SearchMpnDocument, { q: 'NE555P' });
    expect(sent).toHaveLength(2);
  });

  it('caches a zero-hit answer, but never an error', async () => {
    let fail = true;
    const { settings, sent } = setup(() => {
      if (fail) throw new Error('503 after retries');
      return answer([]);
    });
    await expect(supplyRequest(settings, SearchMpnDocument, { q: 'NOPE' })).rejects.toThrow('503');
    fail = false;
    expect((await supplyRequest(settings, SearchMpnDocument, { q: 'NOPE' })).supSearchMpn.hits).toBe(0);
    expect((await supplyRequest(settings, SearchMpnDocument, { q: 'NOPE' })).supSearchMpn.hits).toBe(0);
    expect(sent).toHaveLength(2);
  });

  it('honours cache: false, a caller key, and cacheable', async () => {
    const { settings, sent } = setup(() => answer(['1']));
    await supplyRequest(settings, SearchMpnDocument, { q: 'A' }, { cache: false });
    await supplyRequest(settings, SearchMpnDocument, { q: 'A' }, { cache: false });
    expect(sent).toHaveLength(2);
    await supplyRequest(settings, SearchMpnDocument, { q: 'B' }, { cache: { key: 'mine' } });
    expect(await settings.cache?.get('mine')).toBeDefined();
    await supplyRequest(settings, SearchMpnDocument, { q: 'C' }, { cacheable: () => false });
    await supplyRequest(settings, SearchMpnDocument, { q: 'C' });
    expect(sent).toHaveLength(5); // the answer to C was not kept, so C is sent again
  });

  it('refuses a call over the budget before sending, and lets one that fits through', async () => {
    const { settings, sent } = setup(() => answer(['1', '2', '3']), { ledger: new PartLedger(10) });
    await expect(supplyRequest(settings, SearchMpnDocument, { q: 'A', limit: 11 })).rejects.toMatchObject({
      name: 'NexarPartLimitError',
      source: 'budget',
      wouldCost: 11,
      remaining: 10,
    });
    expect(sent).toHaveLength(0);
    await supplyRequest(settings, SearchMpnDocument, { q: 'A', limit: 10 });
    expect(settings.ledger.remaining).toBe(7);
    // A cache hit needs no budget at all.
    await supplyRequest(settings, SearchMpnDocument, { q: 'A', limit: 10 });
    expect(sent).toHaveLength(1);
  });

  it("maps the API's over-limit error and counts the parts of its partial data", async () => {
    const { settings, events } = setup(() => {
      throw new NexarGraphQLError(
        [{ message: 'Part limit exceeded', extensions: { code: 'PART_LIMIT_EXCEEDED' } }],
        { supSearchMpn: { hits: 3, results: [{ part: part('1') }] } },
        { operationName: 'SearchMpn', endpoint: 'x', attempt: 1 },
      );
    });
    const error = await supplyRequest(settings, SearchMpnDocument, { q: 'A', limit: 3 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NexarPartLimitError);
    expect(error).toMatchObject({ source: 'api', wouldCost: 3 });
    expect(settings.ledger.used).toBe(1);
    expect(events).toEqual([{ operation: 'SearchMpn', parts: 1, total: 1, cached: false }]);
    expect(await settings.cache?.get('anything')).toBeUndefined();
  });

  it('rejects at once with an aborted signal, sending nothing', async () => {
    const { settings, sent } = setup(() => answer([]));
    const controller = new AbortController();
    controller.abort(new Error('cancelled'));
    await expect(
      supplyRequest(settings, SearchMpnDocument, { q: 'A' }, { signal: controller.signal }),
    ).rejects.toThrow('cancelled');
    expect(sent).toHaveLength(0);
  });

  it('treats a failing cache as a miss and still answers', async () => {
    const broken = {
      get: async () => {
        throw new Error('disk gone');
      },
      set: async () => {
        throw new Error('disk gone');
      },
    };
    const { settings, sent } = setup(() => answer(['1']), { cache: broken });
    expect((await supplyRequest(settings, SearchMpnDocument, { q: 'A' })).supSearchMpn.hits).toBe(1);
    expect(sent).toHaveLength(1);
  });
});

describe('estimateRequest', () => {
  it('reports the worst case, whether it is cached, and whether it fits, sending nothing', async () => {
    const { settings, sent } = setup(() => answer(['1']), { ledger: new PartLedger(20) });
    expect(await estimateRequest(settings, SearchMpnDocument, { q: 'A', limit: 25 })).toEqual({
      operation: 'SearchMpn',
      worstCaseParts: 25,
      cached: false,
      remaining: 20,
      fits: false,
    });
    await supplyRequest(settings, SearchMpnDocument, { q: 'B', limit: 5 });
    expect(await estimateRequest(settings, SearchMpnDocument, { q: 'B', limit: 5 })).toMatchObject({
      cached: true,
      fits: true,
      remaining: 19,
    });
    expect(sent).toHaveLength(1);
  });
});
