import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../src/index.js';
import { appToken, graphql, startTestEmulator } from './emulator-harness.js';

const TYPENAME = '{ __typename }';

describe('fault injection', () => {
  let emulator: Emulator;
  let token: string;
  beforeAll(async () => {
    emulator = await startTestEmulator();
    token = await appToken(emulator);
  });
  afterEach(() => emulator.faults.clear());
  afterAll(() => emulator.close());

  it('answers the next API requests with 429 and Retry-After, then serves again', async () => {
    emulator.faults.inject('api', { kind: 'status', status: 429, retryAfterSeconds: 3 }, 2);
    const first = await graphql(emulator.graphqlUrl, TYPENAME, { token });
    const second = await graphql(emulator.graphqlUrl, TYPENAME, { token });
    const third = await graphql(emulator.graphqlUrl, TYPENAME, { token });
    expect([first.status, second.status, third.status]).toEqual([429, 429, 200]);
    expect(first.headers.get('retry-after')).toBe('3');
    expect(emulator.faults.pending('api')).toBe(0);
  });

  it.each([502, 503])('answers the API with %i once', async (status) => {
    emulator.faults.inject('api', { kind: 'status', status });
    expect((await graphql(emulator.graphqlUrl, TYPENAME, { token })).status).toBe(status);
    expect((await graphql(emulator.graphqlUrl, TYPENAME, { token })).status).toBe(200);
  });

  it('resets the connection without an answer', async () => {
    emulator.faults.inject('api', { kind: 'reset' });
    await expect(graphql(emulator.graphqlUrl, TYPENAME, { token })).rejects.toThrow(/fetch failed/);
    expect((await graphql(emulator.graphqlUrl, TYPENAME, { token })).status).toBe(200);
  });

  it('delays a request: a client that gives up first sees a timeout, the next request is served', async () => {
    emulator.faults.inject('api', { kind: 'delay', ms: 5_000 });
    const slow = fetch(emulator.graphqlUrl, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: TYPENAME }),
      signal: AbortSignal.timeout(200),
    });
    await expect(slow).rejects.toThrow(/aborted|timeout/i);
    expect((await graphql(emulator.graphqlUrl, TYPENAME, { token })).status).toBe(200);
  });

  it('fails the token endpoint with 503, then with an HTML page, then issues tokens again', async () => {
    emulator.faults.inject('token', { kind: 'status', status: 503 });
    emulator.faults.inject('token', {
      kind: 'status',
      status: 502,
      body: '<html><body>Bad gateway</body></html>',
      contentType: 'text/html',
    });
    const request = () =>
      fetch(emulator.tokenUrl, {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: emulator.clients.supply.clientId,
          client_secret: emulator.clients.supply.clientSecret,
        }),
      });
    const unavailable = await request();
    expect(unavailable.status).toBe(503);
    expect(((await unavailable.json()) as { error: string }).error).toBe('server_error');
    const html = await request();
    expect([html.status, html.headers.get('content-type')]).toEqual([502, 'text/html']);
    expect(await html.text()).toContain('Bad gateway');
    expect((await request()).status).toBe(200);
  });

  it('leaves the API alone when only the token endpoint has faults queued', async () => {
    emulator.faults.inject('token', { kind: 'status', status: 500 });
    expect((await graphql(emulator.graphqlUrl, TYPENAME, { token })).status).toBe(200);
    expect(emulator.faults.pending('token')).toBe(1);
  });

  it('rejects a non-positive repeat count', () => {
    expect(() => emulator.faults.inject('api', { kind: 'reset' }, 0)).toThrow(RangeError);
  });
});

describe('control endpoints for tests in other processes', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.close());

  const control = (path: string, method = 'GET', body?: unknown) =>
    fetch(`${emulator.url}/_emulator/${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
    });

  it('queues a fault over HTTP and clears it', async () => {
    const token = await appToken(emulator);
    const queued = await control('faults', 'POST', {
      target: 'api',
      fault: { kind: 'status', status: 503 },
      times: 2,
    });
    expect(await queued.json()).toEqual({ pending: 2 });
    expect((await graphql(emulator.graphqlUrl, TYPENAME, { token })).status).toBe(503);
    await control('faults', 'DELETE');
    expect((await graphql(emulator.graphqlUrl, TYPENAME, { token })).status).toBe(200);
  });

  it('reports stats and revokes access tokens', async () => {
    const token = await appToken(emulator);
    const stats = (await (await control('stats')).json()) as {
      tokenRequests: { client_credentials: number };
    };
    expect(stats.tokenRequests.client_credentials).toBeGreaterThanOrEqual(1);
    await control('revoke-access-tokens', 'POST');
    expect((await graphql(emulator.graphqlUrl, TYPENAME, { token })).status).toBe(401);
  });

  it('sets an application part usage', async () => {
    const { clientId } = emulator.clients.supply;
    const answer = await control('part-usage', 'POST', { clientId, partCounter: 990, partLimit: 1000 });
    expect(answer.status).toBe(200);
    expect(emulator.applications.byClientId(clientId)?.partCounter).toBe(990);
  });

  it('answers bad requests with 400 and unknown endpoints with 404, saying what to send', async () => {
    const bad = await control('faults', 'POST', { target: 'nowhere' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/target must be/);
    const missing = await control('part-usage', 'POST', { clientId: 1 });
    expect(missing.status).toBe(400);
    expect((await control('nothing-here')).status).toBe(404);
  });
});
