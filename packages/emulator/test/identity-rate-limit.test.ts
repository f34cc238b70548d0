import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_APPLICATIONS } from '../src/applications.js';
import { type IdentityHarness, startIdentity, tokenRequest } from './identity-harness.js';

const { supply, both } = DEMO_APPLICATIONS;

let server: IdentityHarness;
let now = 1_700_000_000_000;
beforeAll(async () => {
  // Only the rate limiter and expiry checks read this clock; a fixed clock makes the window deterministic.
  server = await startIdentity({ tokenRateLimit: { requestsPerSecond: 2 }, now: () => now });
});
afterAll(() => server.close());

const supplyPost = {
  grant_type: 'client_credentials',
  client_id: supply.clientId,
  client_secret: supply.clientSecret,
};

describe('token endpoint rate limit', () => {
  it('answers 429 with Retry-After past 2 requests per second per client, then admits again', async () => {
    server.stats.reset();
    expect((await tokenRequest(server.url, supplyPost)).status).toBe(200);
    expect((await tokenRequest(server.url, supplyPost)).status).toBe(200);
    const limited = await tokenRequest(server.url, supplyPost);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.body).toMatchObject({ error: 'slow_down' });
    expect(limited.body.error_description).toEqual(expect.any(String));
    expect(limited.text).not.toContain(supply.clientSecret);

    // Another client has its own budget, whether it authenticates with Basic or in the form.
    const basic = await tokenRequest(
      server.url,
      { grant_type: 'client_credentials' },
      { basic: { clientId: both.clientId, clientSecret: both.clientSecret } },
    );
    expect(basic.status).toBe(200);

    now += 999;
    expect((await tokenRequest(server.url, supplyPost)).status).toBe(429);
    now += 1;
    expect((await tokenRequest(server.url, supplyPost)).status).toBe(200);

    expect(server.stats.snapshot().tokenRequests).toMatchObject({
      client_credentials: 6,
      total: 6,
      rejected: 2,
    });
  });

  it('limits a client identified only by its Basic header', async () => {
    now += 5000;
    const init = { basic: { clientId: both.clientId, clientSecret: both.clientSecret } };
    const form = { grant_type: 'client_credentials', scope: 'supply.domain' };
    expect((await tokenRequest(server.url, form, init)).status).toBe(200);
    expect((await tokenRequest(server.url, form, init)).status).toBe(200);
    const limited = await tokenRequest(server.url, form, init);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });
});
