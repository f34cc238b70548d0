import { type Emulator, startEmulator } from '@nexar/emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ClientCredentialsOptions, clientCredentials, NexarAuthError } from '../src/index.js';

let emu: Emulator;

beforeAll(async () => {
  emu = await startEmulator({ tokenRateLimit: false });
});
afterAll(async () => {
  await emu.close();
});
beforeEach(() => {
  emu.faults.clear();
});

/** A supply-app provider against the emulator; fast retries so failure paths stay quick. */
function supply(overrides: Partial<ClientCredentialsOptions> = {}) {
  return clientCredentials({
    ...emu.clients.supply,
    tokenUrl: emu.tokenUrl,
    env: {},
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
    ...overrides,
  });
}

function tokenRequests() {
  return emu.stats.snapshot().tokenRequests;
}

async function failure(promise: Promise<unknown>): Promise<NexarAuthError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(NexarAuthError);
  return error as NexarAuthError;
}

describe('client credentials against the emulator', () => {
  it('gets a supply token with client_secret_post and caches it', async () => {
    const before = tokenRequests().client_credentials;
    const provider = supply();
    const receivedAfter = Date.now();
    const token = await provider.getToken();
    expect(token.tokenType).toBe('Bearer');
    expect(token.scope).toEqual(['supply.domain']);
    expect(token.accessToken.split('.')).toHaveLength(3); // a JWT
    // Nexar's 24 hours, counted from receipt.
    expect(token.expiresAt).toBeGreaterThanOrEqual(receivedAfter + 86_400_000);
    expect(token.expiresAt).toBeLessThanOrEqual(Date.now() + 86_400_000);
    expect(await provider.getToken()).toBe(token);
    expect(tokenRequests().client_credentials - before).toBe(1);
  });

  it('also authenticates with client_secret_basic', async () => {
    const token = await supply({ authMethod: 'client_secret_basic' }).getToken();
    expect(token.scope).toEqual(['supply.domain']);
  });

  it('takes credentials and the identity URL from the environment, and options win over it', async () => {
    const env = {
      NEXAR_CLIENT_ID: emu.clients.supply.clientId,
      NEXAR_CLIENT_SECRET: emu.clients.supply.clientSecret,
      NEXAR_IDENTITY_URL: emu.url,
    };
    expect((await clientCredentials({ env }).getToken()).scope).toEqual(['supply.domain']);
    const wrong = clientCredentials({ env, clientSecret: 'not-the-secret', retry: { maxAttempts: 1 } });
    expect((await failure(wrong.getToken())).code).toBe('invalid_client');
  });

  it('names the variables to set when there are no credentials', () => {
    let error: unknown;
    try {
      clientCredentials({ env: {} });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(NexarAuthError);
    expect((error as NexarAuthError).code).toBe('missing_credentials');
    expect((error as Error).message).toContain('NEXAR_CLIENT_ID');
    expect((error as Error).message).toContain('NEXAR_CLIENT_SECRET');
  });

  it('makes exactly one token request for 1,000 concurrent callers on a cold provider', async () => {
    const provider = supply();
    const before = tokenRequests().total;
    const tokens = await Promise.all(Array.from({ length: 1000 }, () => provider.getToken()));
    expect(tokenRequests().total - before).toBe(1);
    expect(new Set(tokens.map((token) => token.accessToken)).size).toBe(1);
  });

  it('renews refreshSkewSeconds before expiry, by the injected clock', async () => {
    let now = Date.now();
    const provider = supply({ now: () => now, refreshSkewSeconds: 300 });
    const first = await provider.getToken();
    const before = tokenRequests().client_credentials;
    now = first.expiresAt - 301_000;
    expect(await provider.getToken()).toBe(first);
    expect(tokenRequests().client_credentials).toBe(before);
    now = first.expiresAt - 299_000;
    const second = await provider.getToken();
    expect(second.accessToken).not.toBe(first.accessToken);
    expect(tokenRequests().client_credentials - before).toBe(1);
  });

  it('uses a short-lived token for three quarters of its life instead of renewing it on every call', async () => {
    const shortLived = await startEmulator({ tokenRateLimit: false, accessTokenTtlSeconds: 240 });
    try {
      let now = Date.now();
      const provider = clientCredentials({
        ...shortLived.clients.supply,
        tokenUrl: shortLived.tokenUrl,
        env: {},
        now: () => now,
      });
      for (let call = 0; call < 20; call += 1) {
        await provider.getToken();
        now += 10_000;
      }
      // Calls at 0 ... 190 s: the first gets a token, the one at 180 s (60 s before expiry) renews it.
      expect(shortLived.stats.snapshot().tokenRequests.client_credentials).toBe(2);
    } finally {
      await shortLived.close();
    }
  });

  it('keeps serving the valid token when a renewal in the refresh window fails', async () => {
    let now = Date.now();
    const provider = supply({ now: () => now });
    const first = await provider.getToken();
    now = first.expiresAt - 60_000;
    emu.faults.inject('token', { kind: 'status', status: 503 }, 1);
    expect((await provider.getToken()).accessToken).toBe(first.accessToken);
    expect(emu.faults.pending('token')).toBe(0); // one attempt was made, and it failed
    // Backing off: no request now, even with a fault queued.
    emu.faults.inject('token', { kind: 'status', status: 503 }, 1);
    expect((await provider.getToken()).accessToken).toBe(first.accessToken);
    expect(emu.faults.pending('token')).toBe(1);
  });

  it('invalidate drops only the named token', async () => {
    const provider = supply();
    const first = await provider.getToken();
    provider.invalidate('an-older-token');
    expect(await provider.getToken()).toBe(first);
    provider.invalidate(first.accessToken);
    const second = await provider.getToken();
    expect(second.accessToken).not.toBe(first.accessToken);
  });

  it('picks up a rotated secret given as a function, without a new provider', async () => {
    let secret = 'the-old-revoked-secret';
    const provider = supply({ clientSecret: () => secret, retry: { maxAttempts: 1 } });
    const error = await failure(provider.getToken());
    expect(error.code).toBe('invalid_client');
    secret = emu.clients.supply.clientSecret;
    const token = await provider.getToken();
    expect(token.scope).toEqual(['supply.domain']);
  });
});

describe('token endpoint failures', () => {
  it('invalid_client: status, code and a hint to check the ID and secret, without the secret', async () => {
    const error = await failure(supply({ clientSecret: 'wrong-secret-value-123' }).getToken());
    expect(error.code).toBe('invalid_client');
    expect(error.status).toBe(401);
    expect(error.hint).toMatch(/client ID and secret/);
    expect(error.message).not.toContain('wrong-secret-value-123');
    expect(error.retryable).toBe(false);
  });

  it('invalid_scope: a design-only app cannot get a supply token, and the hint says scopes are fixed', async () => {
    const provider = clientCredentials({ ...emu.clients.design, tokenUrl: emu.tokenUrl, env: {} });
    const error = await failure(provider.getToken());
    expect(error.code).toBe('invalid_scope');
    expect(error.status).toBe(400);
    expect(error.hint).toMatch(/fixed when it is created/);
  });

  it('retries 5xx answers and succeeds', async () => {
    emu.faults.inject('token', { kind: 'status', status: 503 }, 2);
    const before = tokenRequests().client_credentials;
    const token = await supply().getToken();
    expect(token.scope).toEqual(['supply.domain']);
    expect(emu.faults.pending('token')).toBe(0);
    expect(tokenRequests().client_credentials - before).toBe(1);
  });

  it('gives up after maxAttempts on persistent 5xx', async () => {
    emu.faults.inject('token', { kind: 'status', status: 503 }, 10);
    const error = await failure(
      supply({ retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2 } }).getToken(),
    );
    expect(error.code).toBe('server_error');
    expect(error.status).toBe(503);
    expect(emu.faults.pending('token')).toBe(7);
  });

  it('reports an HTML error page by status and content type, not as a JSON crash', async () => {
    emu.faults.inject(
      'token',
      { kind: 'status', status: 500, body: '<html><body>Oops</body></html>', contentType: 'text/html' },
      1,
    );
    const error = await failure(supply({ retry: { maxAttempts: 1 } }).getToken());
    expect(error.code).toBe('server_error');
    expect(error.status).toBe(500);
    expect(error.message).toContain('HTTP 500');
    expect(error.message).toContain('text/html');
    expect(error.message).not.toMatch(/JSON\.parse|Unexpected token/);
  });

  it('does not retry a 4xx HTML page', async () => {
    emu.faults.inject(
      'token',
      { kind: 'status', status: 404, body: '<html>no</html>', contentType: 'text/html' },
      2,
    );
    const error = await failure(supply().getToken());
    expect(error.code).toBe('invalid_response');
    expect(error.status).toBe(404);
    expect(emu.faults.pending('token')).toBe(1);
  });

  it('retries a reset connection', async () => {
    emu.faults.inject('token', { kind: 'reset' }, 1);
    expect((await supply().getToken()).scope).toEqual(['supply.domain']);
    expect(emu.faults.pending('token')).toBe(0);
  });

  it('reports a network error when resets persist', async () => {
    emu.faults.inject('token', { kind: 'reset' }, 5);
    const error = await failure(supply({ retry: { maxAttempts: 2 } }).getToken());
    expect(error.code).toBe('network_error');
    expect(error.message).toContain(emu.tokenUrl);
    expect(emu.faults.pending('token')).toBe(3);
  });

  it('times out a request that gets no answer, then retries it', async () => {
    emu.faults.inject('token', { kind: 'delay', ms: 3_000 }, 1);
    const timedOut = await failure(supply({ requestTimeoutMs: 100, retry: { maxAttempts: 1 } }).getToken());
    expect(timedOut.code).toBe('timeout');
    emu.faults.inject('token', { kind: 'delay', ms: 3_000 }, 1);
    expect((await supply({ requestTimeoutMs: 1_000 }).getToken()).scope).toEqual(['supply.domain']);
  });

  it('ends a token request to a hanging endpoint within retry.maxElapsedMs, attempts included', async () => {
    emu.faults.inject('token', { kind: 'delay', ms: 5_000 }, 10);
    const started = performance.now();
    const error = await failure(supply({ requestTimeoutMs: 2_000, retry: { maxElapsedMs: 800 } }).getToken());
    const elapsed = performance.now() - started;
    expect(error.code).toBe('timeout');
    expect(error.message).toContain(emu.tokenUrl);
    expect(error.message).toMatch(/requestTimeoutMs|maxElapsedMs/);
    // The attempt is cut at the 800 ms budget instead of running its full 2 s (slack for a loaded machine).
    expect(elapsed).toBeGreaterThanOrEqual(750);
    expect(elapsed).toBeLessThan(1_600);
  });

  it("stops a caller's wait when its signal aborts", async () => {
    emu.faults.setLatency('token', 5_000);
    const controller = new AbortController();
    const waiting = supply().getToken({ signal: controller.signal });
    controller.abort(new Error('user pressed Ctrl-C'));
    await expect(waiting).rejects.toThrow('user pressed Ctrl-C');
    await expect(supply().getToken({ signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});

describe('rate limit', () => {
  it('honours 429 + Retry-After from the 2 requests per second limit', async () => {
    const limited = await startEmulator();
    try {
      const provider = clientCredentials({ ...limited.clients.supply, tokenUrl: limited.tokenUrl, env: {} });
      for (let i = 0; i < 3; i += 1) await provider.getToken({ forceRefresh: true });
      const stats = limited.stats.snapshot().tokenRequests;
      expect(stats.client_credentials).toBe(4);
      expect(stats.rejected).toBe(1);
    } finally {
      await limited.close();
    }
  });
});
