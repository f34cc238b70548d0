import { clientCredentials, NexarAuthError, type TokenProvider } from '@nexar/auth';
import { type Emulator, startEmulator } from '@nexar/emulator';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createNexarClient,
  type NexarClientOptions,
  NexarGraphQLError,
  NexarHttpError,
  type NexarRequestEvent,
  NexarTimeoutError,
} from '../src/index.js';
import { MALFORMED, MIXED, type MixedResult, SEARCH_MPN } from './documents.js';

let emu: Emulator;
let auth: TokenProvider;

beforeAll(async () => {
  emu = await startEmulator({ tokenRateLimit: false, extraRegions: ['EU Central'] });
  auth = clientCredentials({ ...emu.clients.supply, identityUrl: emu.url });
});

afterEach(() => {
  emu.faults.clear();
});

afterAll(async () => {
  await emu?.close();
});

/** A client on the emulator that records events and the waits between attempts (short real waits). */
function client(overrides: Partial<NexarClientOptions> = {}) {
  const events: NexarRequestEvent[] = [];
  const waits: number[] = [];
  const nexar = createNexarClient({
    auth,
    endpoint: emu.graphqlUrl,
    retry: { baseDelayMs: 20, maxDelayMs: 100 },
    onEvent: (event) => events.push(event),
    sleep: (ms, signal) => {
      waits.push(ms);
      // Records the wait asked for but sleeps at most 100 ms, to keep the suite fast.
      return new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        setTimeout(resolve, Math.min(ms, 100));
      });
    },
    ...overrides,
  });
  return { nexar, events, waits };
}

const counts = () => emu.stats.snapshot();

describe('@nexar/client against the emulator', () => {
  it('round-trips a typed query', async () => {
    const { nexar, events } = client();
    const before = counts();
    const data = await nexar.request(SEARCH_MPN, { q: 'LM358', limit: 2 });
    expect(data.supSearchMpn.hits).toBeGreaterThan(0);
    const results = data.supSearchMpn.results ?? [];
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(2);
    for (const { part } of results) {
      expect(part.mpn.toUpperCase()).toContain('LM358');
      expect(typeof part.manufacturer.name).toBe('string');
    }
    const after = counts();
    expect(after.apiRequests - before.apiRequests).toBe(1);
    expect(after.partsReturned - before.partsReturned).toBe(results.length);
    expect(events.map((e) => [e.type, e.attempt, e.status])).toEqual([
      ['start', 1, undefined],
      ['end', 1, 200],
    ]);
  });

  it('rejects GraphQL errors with the partial data, without retrying', async () => {
    const { nexar } = client();
    const before = counts();
    const error = await nexar.request(MIXED, { q: 'LM358' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NexarGraphQLError);
    const graphQLError = error as NexarGraphQLError<MixedResult>;
    expect(graphQLError.operationName).toBe('Mixed');
    expect(graphQLError.code).toBe('AUTH_NOT_AUTHORIZED');
    expect(graphQLError.errors[0]?.path).toEqual(['desProjectById']);
    expect(graphQLError.data?.desProjectById).toBeNull();
    expect(graphQLError.data?.supSearchMpn.hits).toBeGreaterThan(0);
    expect(counts().apiRequests - before.apiRequests).toBe(1);
  });

  it('rejects an out-of-range argument as a GraphQL error', async () => {
    const { nexar } = client();
    const error = await nexar.request(SEARCH_MPN, { q: 'LM358', limit: 1000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NexarGraphQLError);
    expect((error as NexarGraphQLError).message).toMatch(/limit/i);
  });

  it("retries a 429 after the server's Retry-After", async () => {
    const { nexar, events, waits } = client();
    emu.faults.inject('api', { kind: 'status', status: 429, retryAfterSeconds: 1 });
    const data = await nexar.request(SEARCH_MPN, { q: 'LM358', limit: 1 });
    expect(data.supSearchMpn.hits).toBeGreaterThan(0);
    expect(waits).toEqual([1000]);
    expect(events.find((e) => e.type === 'retry')).toMatchObject({
      attempt: 1,
      status: 429,
      delayMs: 1000,
      error: { name: 'NexarHttpError' },
    });
    expect(emu.faults.pending('api')).toBe(0);
  });

  it('retries a 503, then succeeds', async () => {
    const { nexar, events } = client();
    emu.faults.inject('api', { kind: 'status', status: 503 });
    await expect(nexar.request(SEARCH_MPN, { q: 'LM358', limit: 1 })).resolves.toBeTruthy();
    expect(events.map((e) => [e.type, e.status])).toEqual([
      ['start', undefined],
      ['retry', 503],
      ['end', 200],
    ]);
  });

  it('retries a reset connection, then succeeds', async () => {
    const { nexar, events } = client();
    emu.faults.inject('api', { kind: 'reset' });
    await expect(nexar.request(SEARCH_MPN, { q: 'LM358', limit: 1 })).resolves.toBeTruthy();
    expect(events.find((e) => e.type === 'retry')?.error?.name).toBe('NexarNetworkError');
    expect(events.at(-1)).toMatchObject({ type: 'end', attempt: 2, status: 200 });
  });

  it('gets a new token once when the API answers 401 to a revoked one', async () => {
    const { nexar, events } = client();
    await nexar.request(SEARCH_MPN, { q: 'LM358', limit: 1 }); // a cached token
    emu.revokeAccessTokens();
    const before = counts();
    await expect(nexar.request(SEARCH_MPN, { q: 'LM358', limit: 1 })).resolves.toBeTruthy();
    const after = counts();
    expect(after.tokenRequests.client_credentials - before.tokenRequests.client_credentials).toBe(1);
    expect(after.apiRequests - before.apiRequests).toBe(2);
    // authFetch's refresh is inside one attempt: no retry of the client's own.
    expect(events.filter((e) => e.type === 'retry')).toEqual([]);
  });

  it('stops waiting when the caller aborts', async () => {
    const { nexar, events } = client();
    emu.faults.inject('api', { kind: 'delay', ms: 10_000 });
    const controller = new AbortController();
    const reason = new Error('no longer needed');
    const pending = nexar.request(SEARCH_MPN, { q: 'LM358' }, { signal: controller.signal });
    setTimeout(() => controller.abort(reason), 50);
    await expect(pending).rejects.toBe(reason);
    expect(events.at(-1)).toMatchObject({ type: 'end', error: { message: 'no longer needed' } });
  });

  it('times an attempt out, retries it, and gives up with NexarTimeoutError when they all time out', async () => {
    // The second attempt must finish within the limit: generous, so a loaded machine does not fail it.
    const retried = client({ timeoutMs: 1000 });
    emu.faults.inject('api', { kind: 'delay', ms: 30_000 });
    await expect(retried.nexar.request(SEARCH_MPN, { q: 'LM358', limit: 1 })).resolves.toBeTruthy();
    expect(retried.events.find((e) => e.type === 'retry')?.error?.name).toBe('NexarTimeoutError');

    const single = client({ retry: false });
    emu.faults.inject('api', { kind: 'delay', ms: 10_000 });
    const error = await single.nexar
      .request(SEARCH_MPN, { q: 'LM358', limit: 1 }, { timeoutMs: 200 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NexarTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 200, attempts: 1, operationName: 'SearchMpn' });
  });

  it('reports a hanging token endpoint as a token timeout, not a slow API, within the token bounds', async () => {
    const slowIdentity = clientCredentials({
      ...emu.clients.supply,
      identityUrl: emu.url,
      requestTimeoutMs: 400,
      retry: { maxElapsedMs: 1_000, baseDelayMs: 5, maxDelayMs: 10 },
    });
    // The API limit is shorter than the token request's: it must not cut the token request short.
    const { nexar, events } = client({ auth: slowIdentity, timeoutMs: 700 });
    emu.faults.inject('token', { kind: 'delay', ms: 5_000 }, 10);
    const before = counts();
    const started = performance.now();
    const error = await nexar.request(SEARCH_MPN, { q: 'LM358', limit: 1 }).catch((e: unknown) => e);
    const elapsed = performance.now() - started;
    expect(error).toBeInstanceOf(NexarAuthError);
    expect(error).toMatchObject({ code: 'timeout' });
    expect((error as Error).message).toContain(emu.tokenUrl);
    expect((error as Error).message).not.toContain('Raise timeoutMs');
    expect((error as Error).message).toContain('No request reached the Nexar API');
    // Not retried as if the API were slow, and no request reached the API.
    expect(events.filter((event) => event.type === 'retry')).toHaveLength(0);
    expect(counts().apiRequests).toBe(before.apiRequests);
    expect(elapsed).toBeLessThan(2_500);
  });

  it('still limits the API exchange itself once the token has arrived', async () => {
    const { nexar } = client({ retry: false, timeoutMs: 300 });
    await nexar.request(SEARCH_MPN, { q: 'LM358', limit: 1 }); // the token is cached now
    emu.faults.inject('api', { kind: 'delay', ms: 5_000 });
    const error = await nexar.request(SEARCH_MPN, { q: 'LM358', limit: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NexarTimeoutError);
  });

  it('does not retry a malformed query (HTTP 400)', async () => {
    const { nexar, events } = client();
    const before = counts();
    const error = await nexar.request(MALFORMED).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NexarHttpError);
    expect(error).toMatchObject({ status: 400, attempts: 1 });
    expect((error as NexarHttpError).errors?.[0]?.message).toMatch(/syntax/i);
    expect(counts().apiRequests - before.apiRequests).toBe(1);
    expect(events.filter((e) => e.type === 'retry')).toEqual([]);
  });

  it('bounds the attempts on a persistent 503', async () => {
    const { nexar, waits } = client({ retry: { maxAttempts: 3, baseDelayMs: 10 } });
    emu.faults.inject('api', { kind: 'status', status: 503 }, 10);
    const error = await nexar.request(SEARCH_MPN, { q: 'LM358' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NexarHttpError);
    expect(error).toMatchObject({ status: 503, attempts: 3 });
    // Each attempt consumed one queued fault.
    expect(emu.faults.pending('api')).toBe(7);
    expect(waits).toHaveLength(2);
  });

  it('sends to a regional endpoint with the same token provider', async () => {
    const { nexar } = client();
    const regional = emu.locations.find((location) => location.name === 'EU Central');
    expect(regional).toBeDefined();
    const url = regional?.apiServiceUrl ?? '';
    const before = counts();
    const viaOption = await nexar.request(SEARCH_MPN, { q: 'LM358', limit: 1 }, { endpoint: url });
    const viaClient = await nexar.withEndpoint(url).request(SEARCH_MPN, { q: 'LM358', limit: 1 });
    expect(viaOption).toEqual(viaClient);
    expect(counts().tokenRequests.total - before.tokenRequests.total).toBe(0);
  });
});
