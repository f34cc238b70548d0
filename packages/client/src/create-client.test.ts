import { inspect } from 'node:util';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { AccessToken, TokenProvider } from '@nexar/auth';
import { parse } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createNexarClient, type NexarClientOptions } from './create-client.js';
import { NexarGraphQLError, NexarHttpError, NexarNetworkError } from './errors.js';
import type { NexarRequestEvent } from './events.js';

interface SearchResult {
  supSearchMpn: { hits: number };
}
const SEARCH = parse(
  'query SearchMpn($q: String!, $limit: Int) { supSearchMpn(q: $q, limit: $limit) { hits } }',
) as TypedDocumentNode<SearchResult, { q: string; limit?: number | null }>;
const PING = parse('query Ping { ping }') as TypedDocumentNode<{ ping: string }, Record<string, never>>;
const ADD = parse('mutation Add($text: String!) { add(text: $text) }') as TypedDocumentNode<
  { add: boolean },
  { text: string }
>;

const SECRET = 'eyJhbGciOiJSUzI1NiJ9.c2VjcmV0LXRva2Vu.c2ln';
/** A token that is not a JWT: only knowing it finds it in server text. */
const OPAQUE_TOKEN: AccessToken = {
  accessToken: 'opaque-0123456789abcdef',
  expiresAt: Date.now() + 3_600_000,
  scope: ['supply.domain'],
  tokenType: 'Bearer',
};

/** A provider handing out `token-1`, `token-2`, ... and recording invalidations. */
function fakeProvider(): TokenProvider & { issued: number; invalidated: string[] } {
  let current: AccessToken | undefined;
  const provider = {
    issued: 0,
    invalidated: [] as string[],
    async getToken(): Promise<AccessToken> {
      if (!current) {
        provider.issued += 1;
        current = {
          accessToken: provider.issued === 1 ? SECRET : `token-${provider.issued}`,
          expiresAt: Date.now() + 3_600_000,
          scope: ['supply.domain'],
          tokenType: 'Bearer',
        };
      }
      return current;
    },
    invalidate(accessToken: string) {
      provider.invalidated.push(accessToken);
      if (current?.accessToken === accessToken) current = undefined;
    },
  };
  return provider;
}

type FetchInput = Parameters<typeof fetch>[0];
type Answer = (request: Request) => Response | Promise<Response>;

/** A fetch answering from a script, one entry per call (the last one repeats), recording requests. */
function scriptedFetch(...answers: Answer[]) {
  const requests: Request[] = [];
  const fetch = async (input: FetchInput, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    requests.push(request);
    const answer = answers[Math.min(requests.length - 1, answers.length - 1)];
    if (!answer) throw new Error('no scripted answer');
    return answer(request);
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

const ok = (data: unknown) => () => Response.json({ data });
const status =
  (code: number, headers: Record<string, string> = {}) =>
  () =>
    Response.json({ errors: [{ message: `HTTP ${code}` }] }, { status: code, headers });
const reset = () => {
  throw new TypeError('fetch failed', {
    cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }),
  });
};

/** Options with recorded waits (no real sleeping), events and a fixed jitter. */
function harness(fetch: typeof globalThis.fetch, overrides: Partial<NexarClientOptions> = {}) {
  const waits: number[] = [];
  const events: NexarRequestEvent[] = [];
  const auth = fakeProvider();
  const client = createNexarClient({
    auth,
    endpoint: 'https://api.example.com/graphql',
    fetch,
    random: () => 0.5,
    sleep: async (ms) => {
      waits.push(ms);
    },
    onEvent: (event) => events.push(event),
    ...overrides,
  });
  return { client, waits, events, auth };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('createNexarClient', () => {
  it('sends the typed document with a bearer token and resolves with typed data', async () => {
    const { fetch, requests } = scriptedFetch(ok({ supSearchMpn: { hits: 12 } }));
    const { client } = harness(fetch, { userAgent: 'my-app/1.0', headers: { 'x-trace': 'abc' } });
    const result = await client.request(SEARCH, { q: 'LM358', limit: 1 });
    expect(result.supSearchMpn.hits).toBe(12);
    const [request] = requests;
    expect(request?.headers.get('authorization')).toBe(`Bearer ${SECRET}`);
    expect(request?.headers.get('user-agent')).toMatch(/^my-app\/1\.0 nexar-sdk-typescript/);
    expect(request?.headers.get('x-trace')).toBe('abc');
    expect(await request?.json()).toMatchObject({
      operationName: 'SearchMpn',
      variables: { q: 'LM358', limit: 1 },
    });
  });

  it('merges header names case-insensitively and keeps one User-Agent', async () => {
    const { fetch, requests } = scriptedFetch(ok({ ping: 'pong' }));
    const { client } = harness(fetch, { headers: { 'User-Agent': 'legacy-app/3', 'X-Trace': 't1' } });
    await client.request(PING);
    expect(requests[0]?.headers.get('user-agent')).toBe('legacy-app/3 nexar-sdk-typescript (@nexar/client)');
    expect(requests[0]?.headers.get('x-trace')).toBe('t1');
  });

  it('retries 503 and a reset connection with growing jittered backoff, then succeeds', async () => {
    const { fetch, requests } = scriptedFetch(status(503), reset, ok({ ping: 'pong' }));
    const { client, waits, events } = harness(fetch, { retry: { baseDelayMs: 100, maxDelayMs: 1000 } });
    await expect(client.request(PING)).resolves.toEqual({ ping: 'pong' });
    expect(requests).toHaveLength(3);
    // random() = 0.5 of a ceiling of 100, then 200.
    expect(waits).toEqual([50, 100]);
    expect(events.map((e) => [e.type, e.attempt, e.status, e.error?.name, e.delayMs])).toEqual([
      ['start', 1, undefined, undefined, undefined],
      ['retry', 1, 503, 'NexarHttpError', 50],
      ['retry', 2, undefined, 'NexarNetworkError', 100],
      ['end', 3, 200, undefined, undefined],
    ]);
    expect(events.every((e) => e.operationName === 'Ping')).toBe(true);
  });

  it('reports attempt and request durations from the injected clock', async () => {
    let clock = 1_000;
    const { fetch } = scriptedFetch(
      () => {
        clock += 40;
        return status(503)();
      },
      () => {
        clock += 15;
        return ok({ ping: 'pong' })();
      },
    );
    const { client, events } = harness(fetch, {
      now: () => clock,
      sleep: async (ms) => {
        clock += ms;
      },
      retry: { baseDelayMs: 100 },
    });
    await client.request(PING);
    expect(events.map((e) => [e.type, e.durationMs, e.delayMs])).toEqual([
      ['start', undefined, undefined],
      ['retry', 40, 50],
      ['end', 105, undefined],
    ]);
  });

  it("waits exactly the server's Retry-After on 429", async () => {
    const { fetch } = scriptedFetch(status(429, { 'retry-after': '2' }), ok({ ping: 'pong' }));
    const { client, waits, events } = harness(fetch);
    await client.request(PING);
    expect(waits).toEqual([2000]);
    expect(events.find((e) => e.type === 'retry')?.delayMs).toBe(2000);
  });

  it('gives up at once when Retry-After is beyond the time budget', async () => {
    const { fetch, requests } = scriptedFetch(status(429, { 'retry-after': '60' }), ok({ ping: 'pong' }));
    const { client, waits } = harness(fetch, { retry: { maxElapsedMs: 10_000 } });
    const error = await client.request(PING).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NexarHttpError);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 60_000 });
    expect(requests).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('stops after maxAttempts and reports the attempts', async () => {
    const { fetch, requests } = scriptedFetch(status(503));
    const { client, events } = harness(fetch, { retry: { maxAttempts: 3 } });
    const error = await client.request(PING).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NexarHttpError);
    expect(error).toMatchObject({ status: 503, attempts: 3 });
    expect((error as Error).message).toContain('after 3 attempts');
    expect(requests).toHaveLength(3);
    expect(events.at(-1)).toMatchObject({
      type: 'end',
      attempt: 3,
      status: 503,
      error: { name: 'NexarHttpError' },
    });
  });

  it('makes a single attempt with retry: false', async () => {
    const { fetch, requests } = scriptedFetch(status(503), ok({ ping: 'pong' }));
    const { client } = harness(fetch, { retry: false });
    await expect(client.request(PING)).rejects.toBeInstanceOf(NexarHttpError);
    expect(requests).toHaveLength(1);
  });

  it('does not retry 400, 403, 500 or GraphQL errors', async () => {
    for (const answer of [
      status(400),
      status(403),
      status(500),
      () => Response.json({ errors: [{ message: 'x' }] }),
    ]) {
      const { fetch, requests } = scriptedFetch(answer, ok({ ping: 'pong' }));
      const { client } = harness(fetch);
      await expect(client.request(PING)).rejects.toThrow();
      expect(requests).toHaveLength(1);
    }
  });

  it('returns partial data with GraphQL errors', async () => {
    const { fetch } = scriptedFetch(() =>
      Response.json({ data: { supSearchMpn: null }, errors: [{ message: 'nope', path: ['supSearchMpn'] }] }),
    );
    const { client } = harness(fetch);
    const error = await client.request(SEARCH, { q: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NexarGraphQLError);
    expect(error).toMatchObject({ data: { supSearchMpn: null }, operationName: 'SearchMpn' });
  });

  it('refreshes the token once on 401 (through authFetch) without a retry of its own', async () => {
    const { fetch, requests } = scriptedFetch(status(401), ok({ ping: 'pong' }));
    const { client, auth, events } = harness(fetch);
    await expect(client.request(PING)).resolves.toEqual({ ping: 'pong' });
    expect(auth.invalidated).toEqual([SECRET]);
    expect(requests.map((r) => r.headers.get('authorization'))).toEqual([
      `Bearer ${SECRET}`,
      'Bearer token-2',
    ]);
    expect(events.map((e) => e.type)).toEqual(['start', 'end']);
  });

  it('does not retry a mutation on 503 or a reset, but does on 429', async () => {
    for (const answer of [status(503), reset]) {
      const { fetch, requests } = scriptedFetch(answer, ok({ add: true }));
      await expect(harness(fetch).client.request(ADD, { text: 'hi' })).rejects.toThrow();
      expect(requests).toHaveLength(1);
    }
    const { fetch, requests } = scriptedFetch(status(429), ok({ add: true }));
    await expect(harness(fetch).client.request(ADD, { text: 'hi' })).resolves.toEqual({ add: true });
    expect(requests).toHaveLength(2);
  });

  it('rejects with the abort reason when aborted during a backoff wait', async () => {
    const controller = new AbortController();
    const reason = new Error('cancelled');
    const { fetch, requests } = scriptedFetch(status(503));
    const { client, events } = harness(fetch, {
      sleep: (_ms, signal) =>
        new Promise((_resolve, reject) => {
          signal?.addEventListener('abort', () => reject(signal.reason));
          controller.abort(reason);
        }),
    });
    await expect(client.request(PING, undefined, { signal: controller.signal })).rejects.toBe(reason);
    expect(requests).toHaveLength(1);
    expect(events.at(-1)).toMatchObject({ type: 'end', error: { name: 'Error', message: 'cancelled' } });
  });

  it('does not send at all when the signal is already aborted', async () => {
    const { fetch, requests } = scriptedFetch(ok({ ping: 'pong' }));
    const { client } = harness(fetch);
    await expect(client.request(PING, {}, { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(requests).toHaveLength(0);
  });

  it('sends to a per-request endpoint, and withEndpoint shares auth and events', async () => {
    const { fetch, requests } = scriptedFetch(ok({ ping: 'pong' }));
    const { client, events, auth } = harness(fetch);
    await client.request(PING, {}, { endpoint: 'https://eu.example.com/graphql' });
    const regional = client.withEndpoint('https://us.example.com/graphql');
    await regional.request(PING);
    await client.request(PING);
    expect(regional.endpoint).toBe('https://us.example.com/graphql');
    expect(requests.map((r) => r.url)).toEqual([
      'https://eu.example.com/graphql',
      'https://us.example.com/graphql',
      'https://api.example.com/graphql',
    ]);
    expect(auth.issued).toBe(1);
    expect(events.filter((e) => e.type === 'end')).toHaveLength(3);
  });

  it('takes the endpoint from NEXAR_API_URL when none is given', () => {
    vi.stubEnv('NEXAR_API_URL', 'http://127.0.0.1:9/graphql');
    const client = createNexarClient({ auth: fakeProvider() });
    expect(client.endpoint).toBe('http://127.0.0.1:9/graphql');
    vi.stubEnv('NEXAR_API_URL', '');
    expect(createNexarClient({ auth: fakeProvider() }).endpoint).toBe('https://api.nexar.com/graphql');
  });

  it('refuses bad options at creation', () => {
    const auth = fakeProvider();
    expect(() => createNexarClient({} as NexarClientOptions)).toThrow(/needs `auth`/);
    expect(() => createNexarClient({ auth, endpoint: 'api.nexar.com' })).toThrow(/absolute/);
    expect(() => createNexarClient({ auth, endpoint: 'ftp://x/graphql' })).toThrow(/http or https/);
    expect(() => createNexarClient({ auth, timeoutMs: -1 })).toThrow(/timeoutMs/);
    expect(() => createNexarClient({ auth, timeoutMs: '500' as unknown as number })).toThrow(
      new TypeError(
        "timeoutMs must be a finite number of milliseconds (0 for no limit), got '500' (a string).",
      ),
    );
    expect(() => createNexarClient({ auth, retry: { maxAttempts: 0 } })).toThrow(/maxAttempts/);
  });

  it('shows no token or header value in inspect, JSON, events or errors', async () => {
    const { fetch } = scriptedFetch(
      status(503),
      (request) => new Response(`echo ${request.headers.get('authorization')}`, { status: 500 }),
    );
    const { client, events } = harness(fetch, { headers: { 'x-api-key': 'header-secret' } });
    const error = await client.request(PING).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NexarHttpError);
    const shown = [
      inspect(client, { depth: 10, showHidden: true }),
      JSON.stringify(client),
      inspect(error, { depth: 10 }),
      JSON.stringify(error),
      JSON.stringify(events),
    ].join('\n');
    expect(shown).toContain('api.example.com');
    expect(shown).not.toContain(SECRET);
    expect(shown).not.toContain('header-secret');
  });

  it('redacts the token a GraphQL error echoes, JWT or not, in message, errors and events', async () => {
    const opaque = { ...fakeProvider(), getToken: async () => OPAQUE_TOKEN };
    for (const auth of [fakeProvider(), opaque]) {
      const { fetch } = scriptedFetch((request) =>
        Response.json({
          data: null,
          errors: [
            { message: `Token ${request.headers.get('authorization')?.slice(7)} is not allowed here` },
          ],
        }),
      );
      const { client, events } = harness(fetch, { auth });
      const error = await client.request(PING).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NexarGraphQLError);
      const shown = [
        (error as Error).message,
        JSON.stringify((error as NexarGraphQLError).errors),
        JSON.stringify(error),
        JSON.stringify(events),
      ].join('\n');
      expect(shown).toContain('Token [redacted] is not allowed here');
      expect(shown).not.toContain(SECRET);
      expect(shown).not.toContain(OPAQUE_TOKEN.accessToken);
    }
  });

  it('redacts an opaque token echoed in an HTTP error body', async () => {
    const { fetch } = scriptedFetch(
      (request) =>
        new Response(`bad token ${request.headers.get('authorization')?.slice(7)}`, { status: 400 }),
    );
    const { client } = harness(fetch, { auth: { ...fakeProvider(), getToken: async () => OPAQUE_TOKEN } });
    const error = (await client.request(PING).catch((e: unknown) => e)) as NexarHttpError;
    expect(error.bodyExcerpt).toBe('bad token [redacted]');
    expect(error.message).not.toContain(OPAQUE_TOKEN.accessToken);
  });

  it('tells onSent of each request on the wire, the resend after a 401 included, not of a failed token fetch', async () => {
    const { fetch } = scriptedFetch(status(503), status(401), ok({ ping: 'pong' }));
    const { client } = harness(fetch, { retry: { maxAttempts: 2 } });
    let sent = 0;
    await client.request(PING, {}, { onSent: () => sent++ });
    expect(sent).toBe(3);

    const failing = { ...fakeProvider(), getToken: () => Promise.reject(new Error('no token today')) };
    const { client: noToken } = harness(scriptedFetch(ok({ ping: 'pong' })).fetch, { auth: failing });
    let unsent = 0;
    await expect(noToken.request(PING, {}, { onSent: () => unsent++ })).rejects.toThrow('no token today');
    expect(unsent).toBe(0);
  });

  it('ignores a throwing event hook', async () => {
    const { fetch } = scriptedFetch(ok({ ping: 'pong' }));
    const { client } = harness(fetch, {
      onEvent: () => {
        throw new Error('logger broke');
      },
    });
    await expect(client.request(PING)).resolves.toEqual({ ping: 'pong' });
  });

  it('wraps a refused connection so the caller can tell it from other failures', async () => {
    const { fetch } = scriptedFetch(() => {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }),
      });
    });
    const { client, waits } = harness(fetch, { retry: { maxAttempts: 2 } });
    const error = await client.request(PING).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NexarNetworkError);
    expect(error).toMatchObject({ code: 'ECONNREFUSED', attempts: 2 });
    expect(waits).toHaveLength(1);
  });
});
