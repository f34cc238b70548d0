import { type Emulator, startEmulator } from '@nexar/emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AuthEvent, type ClientCredentialsOptions, clientCredentials } from '../src/index.js';

let emu: Emulator;

beforeAll(async () => {
  emu = await startEmulator({ tokenRateLimit: { requestsPerSecond: 2 } });
});
afterAll(async () => {
  await emu?.close();
});
beforeEach(() => {
  emu.faults.clear();
});

/** A provider whose token requests are counted on their way to the emulator (the real one, over loopback). */
function supply(overrides: Partial<ClientCredentialsOptions> = {}) {
  const sent: string[] = [];
  const events: AuthEvent[] = [];
  const provider = clientCredentials({
    ...emu.clients.supply,
    tokenUrl: emu.tokenUrl,
    env: {},
    retry: { maxAttempts: 1 },
    fetch: (input, init) => {
      sent.push(String(input));
      return fetch(input, init);
    },
    onEvent: (event) => events.push(event),
    ...overrides,
  });
  return { provider, sent, events };
}

describe('a 429 from the token endpoint is remembered until its Retry-After passes', () => {
  it('later token requests fail fast, without reaching the endpoint', async () => {
    const { provider, sent, events } = supply();
    emu.faults.inject('token', { kind: 'status', status: 429, retryAfterSeconds: 30 });
    await expect(provider.getToken()).rejects.toMatchObject({ code: 'rate_limited', status: 429 });
    expect(sent).toHaveLength(1);

    for (let i = 0; i < 5; i += 1) {
      const error = await provider.getToken().catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'NexarAuthError', code: 'rate_limited' });
      expect((error as Error).message).toMatch(/not asking again for (29|30) s/);
      expect((error as { retryAfterMs: number }).retryAfterMs).toBeGreaterThan(28_000);
    }
    expect(sent).toHaveLength(1);
    expect(events.filter((e) => e.type === 'rate_limited')).toHaveLength(1);
    expect(events.filter((e) => e.type === 'rate_limit_honoured' && e.action === 'failed')).toHaveLength(5);
  });

  it("the emulator's real 2-per-second limit: the request after a 429 is not sent", async () => {
    const { provider, sent } = supply();
    const outcomes: string[] = [];
    // Asking as fast as it can, the provider meets the limit within a few requests; then three more.
    const ask = () =>
      provider.getToken({ forceRefresh: true }).then(
        () => 'ok',
        (e: { code: string }) => e.code,
      );
    while (outcomes.length < 20 && !outcomes.includes('rate_limited')) outcomes.push(await ask());
    for (let i = 0; i < 3; i += 1) outcomes.push(await ask());
    const firstRefusal = outcomes.indexOf('rate_limited');
    expect(firstRefusal).toBeGreaterThan(0);
    // Every request after the refusal was answered from memory: nothing more was sent.
    expect(sent).toHaveLength(firstRefusal + 1);
    expect(outcomes.slice(firstRefusal)).toEqual(outcomes.slice(firstRefusal).map(() => 'rate_limited'));
  });

  it('with whenRateLimited: "wait", a caller waits its turn and then gets a token', async () => {
    const { provider, sent, events } = supply({ whenRateLimited: 'wait' });
    emu.faults.inject('token', { kind: 'status', status: 429, retryAfterSeconds: 1 });
    await expect(provider.getToken()).rejects.toMatchObject({ code: 'rate_limited' });
    const token = await provider.getToken();
    expect(token.accessToken.length).toBeGreaterThan(20);
    expect(sent).toHaveLength(2);
    const waited = events.find((e) => e.type === 'rate_limit_honoured');
    expect(waited).toMatchObject({ action: 'waited' });
    expect((waited as { waitMs: number }).waitMs).toBeGreaterThan(0);
  });
});
