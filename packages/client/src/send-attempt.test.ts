import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { documentInfo } from './document-info.js';
import { NexarGraphQLError, NexarHttpError, NexarNetworkError, NexarTimeoutError } from './errors.js';
import { type AttemptSetup, sendAttempt } from './send-attempt.js';

const document = parse('query SearchMpn($q: String!) { supSearchMpn(q: $q) { hits } }');
const NOW = Date.parse('2030-01-01T00:00:00Z');

type FetchInput = Parameters<typeof fetch>[0];
type FakeFetch = (input: FetchInput, init?: RequestInit) => Promise<Response>;

function setup(fetch: FakeFetch, overrides: Partial<AttemptSetup> = {}): AttemptSetup {
  return {
    fetch: fetch as typeof globalThis.fetch,
    headers: { 'user-agent': 'test' },
    endpoint: 'https://api.example.com/graphql',
    variables: { q: 'LM358' },
    info: documentInfo(document),
    attempt: 1,
    signal: undefined,
    timeoutMs: 0,
    now: () => NOW,
    ...overrides,
  };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the attempt to fail');
    },
    (error: unknown) => error,
  );
}

describe('sendAttempt', () => {
  it('posts the document, variables and operation name, and resolves with data and the status', async () => {
    let sent: { url: string; body: unknown; userAgent: string | null } | undefined;
    const report = { status: undefined as number | undefined, tokens: [] as string[] };
    const data = await sendAttempt(
      setup(async (input, init) => {
        sent = {
          url: String(input),
          body: JSON.parse(String(init?.body)),
          userAgent: new Headers(init?.headers).get('user-agent'),
        };
        return json(200, { data: { supSearchMpn: { hits: 7 } } });
      }),
      report,
    );
    expect(data).toEqual({ supSearchMpn: { hits: 7 } });
    expect(report.status).toBe(200);
    expect(sent).toMatchObject({
      url: 'https://api.example.com/graphql',
      body: { query: print(document), variables: { q: 'LM358' }, operationName: 'SearchMpn' },
      userAgent: 'test',
    });
  });

  it('turns GraphQL errors into NexarGraphQLError with the partial data', async () => {
    const errors = [
      { message: 'limit out of range', path: ['supSearchMpn'], extensions: { code: 'INVALID_ARGUMENT' } },
    ];
    const error = await failure(
      sendAttempt(
        setup(async () => json(200, { errors, data: { supSearchMpn: null, other: 1 } })),
        { status: undefined, tokens: [] },
      ),
    );
    expect(error).toBeInstanceOf(NexarGraphQLError);
    const graphQLError = error as NexarGraphQLError;
    expect(graphQLError.errors).toEqual(errors);
    expect(graphQLError.data).toEqual({ supSearchMpn: null, other: 1 });
    expect(graphQLError.operationName).toBe('SearchMpn');
    expect(graphQLError.code).toBe('INVALID_ARGUMENT');
  });

  it('turns an error status into NexarHttpError with Retry-After in seconds or as a date', async () => {
    const seconds = await failure(
      sendAttempt(
        setup(async () => json(429, { errors: [{ message: 'slow down' }] }, { 'retry-after': '3' })),
        {
          status: undefined,
          tokens: [],
        },
      ),
    );
    expect(seconds).toBeInstanceOf(NexarHttpError);
    expect(seconds).toMatchObject({ status: 429, retryAfterMs: 3000, errors: [{ message: 'slow down' }] });

    const date = new Date(NOW + 5000).toUTCString();
    const dated = await failure(
      sendAttempt(
        setup(async () => new Response('busy', { status: 503, headers: { 'retry-after': date } })),
        {
          status: undefined,
          tokens: [],
        },
      ),
    );
    expect(dated).toMatchObject({ status: 503, retryAfterMs: 5000, bodyExcerpt: 'busy' });
  });

  it('keeps a redacted excerpt of an error body that echoes the token', async () => {
    const report = { status: undefined as number | undefined, tokens: [] as string[] };
    const error = await failure(
      sendAttempt(
        setup(
          async (_input, init) => {
            const authorization = new Headers(init?.headers).get('authorization');
            return new Response(`proxy failed for ${authorization}`, { status: 502 });
          },
          { headers: { authorization: 'Bearer very-secret-token' } },
        ),
        report,
      ),
    );
    expect(report.status).toBe(502);
    expect(error).toBeInstanceOf(NexarHttpError);
    expect((error as NexarHttpError).bodyExcerpt).toBe('proxy failed for Bearer [redacted]');
    expect((error as Error).message).not.toContain('very-secret-token');
  });

  it('says so when a 2xx answer is not a GraphQL response', async () => {
    const error = await failure(
      sendAttempt(
        setup(async () => new Response('<html>login</html>', { headers: { 'content-type': 'text/html' } })),
        {
          status: undefined,
          tokens: [],
        },
      ),
    );
    expect(error).toBeInstanceOf(NexarHttpError);
    expect(error).toMatchObject({ status: 200 });
    expect((error as Error).message).toContain('(text/html) is not a GraphQL response');
  });

  it('turns a failed connection into NexarNetworkError with the system code', async () => {
    const cause = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
    const error = await failure(
      sendAttempt(
        setup(async () => {
          throw new TypeError('fetch failed', { cause });
        }),
        { status: undefined, tokens: [] },
      ),
    );
    expect(error).toBeInstanceOf(NexarNetworkError);
    expect(error).toMatchObject({ code: 'ECONNRESET' });
  });

  it('turns a connection lost in the middle of the body into NexarNetworkError', async () => {
    const report = { status: undefined as number | undefined, tokens: [] as string[] };
    const error = await failure(
      sendAttempt(
        setup(async () => {
          const body = new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('{"data":'));
              controller.error(new TypeError('terminated', { cause: { code: 'UND_ERR_SOCKET' } }));
            },
          });
          return new Response(body, { headers: { 'content-type': 'application/json' } });
        }),
        report,
      ),
    );
    expect(report.status).toBe(200);
    expect(error).toBeInstanceOf(NexarNetworkError);
    expect(error).toMatchObject({ code: 'UND_ERR_SOCKET' });
  });

  it('passes other failures of the fetch (such as the token provider’s) through unchanged', async () => {
    class ProviderError extends Error {}
    const thrown = new ProviderError('no credentials');
    const error = await failure(
      sendAttempt(
        setup(async () => {
          throw thrown;
        }),
        { status: undefined, tokens: [] },
      ),
    );
    expect(error).toBe(thrown);
  });

  it('starts the time limit when the request leaves, not while the token is on its way', async () => {
    const auth = {
      getToken: async () => {
        await new Promise((resolve) => setTimeout(resolve, 150));
        return { accessToken: 't', expiresAt: NOW + 60_000, scope: [], tokenType: 'Bearer' as const };
      },
      invalidate: () => undefined,
    };
    let authorization: string | null = null;
    const data = await sendAttempt(
      setup(
        async (_input, init) => {
          authorization = new Headers(init?.headers).get('authorization');
          return json(200, { data: { ok: true } });
        },
        { auth, timeoutMs: 100 },
      ),
      { status: undefined, tokens: [] },
    );
    expect(data).toEqual({ ok: true });
    expect(authorization).toBe('Bearer t');
  });

  it("rejects with the caller's abort reason", async () => {
    const controller = new AbortController();
    const reason = new Error('user left');
    const error = await failure(
      sendAttempt(
        setup(
          (_input, init) =>
            new Promise((_resolve, reject) => {
              init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
              controller.abort(reason);
            }),
          { signal: controller.signal, timeoutMs: 60_000 },
        ),
        { status: undefined, tokens: [] },
      ),
    );
    expect(error).toBe(reason);
  });

  it('turns the per-attempt timeout into NexarTimeoutError', async () => {
    const error = await failure(
      sendAttempt(
        setup(
          (_input, init) =>
            new Promise((_resolve, reject) => {
              init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
            }),
          { timeoutMs: 5, attempt: 2, signal: new AbortController().signal },
        ),
        { status: undefined, tokens: [] },
      ),
    );
    expect(error).toBeInstanceOf(NexarTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 5, attempts: 2 });
  });
});
