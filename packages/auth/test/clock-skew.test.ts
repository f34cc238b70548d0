import { type Emulator, startEmulator } from '@nexar/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthorizationCodeOptions, authorizationCode, NexarAuthError } from '../src/index.js';
import { followUntil } from './follow-redirects.js';

let emu: Emulator;

beforeAll(async () => {
  emu = await startEmulator({ autoLogin: true, tokenRateLimit: false });
});
afterAll(async () => {
  await emu?.close();
});

const HOUR = 3_600_000;

/** A login through the emulator's authorization endpoint with the provider's clock off by `offsetMs`. */
async function loginWithClockOff(offsetMs: number, overrides: Partial<AuthorizationCodeOptions> = {}) {
  const auth = authorizationCode({
    ...emu.clients.design,
    identityUrl: emu.url,
    redirectUri: 'http://localhost:8080/callback',
    scope: 'openid design.domain user.access',
    env: {},
    now: () => Date.now() + offsetMs,
    ...overrides,
  });
  const pending = await auth.createAuthorizationRequest();
  const callback = await followUntil(pending.url, 'http://localhost:8080');
  return auth.completeAuthorization(callback, pending);
}

describe('the ID token is checked against the provider’s clock, with a tolerance', () => {
  it('a clock a few hours ahead gives a clock_skew error that says so', async () => {
    const error = await loginWithClockOff(3 * HOUR).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NexarAuthError);
    expect(error).toMatchObject({ code: 'clock_skew' });
    expect((error as Error).message).toMatch(/this machine's clock says .* \(180 min ahead\)/);
    expect((error as Error).message).toContain('Set the system clock right');
  });

  it('a clock a few hours behind gives a clock_skew error too', async () => {
    const error = await loginWithClockOff(-3 * HOUR).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'clock_skew' });
    expect((error as Error).message).toContain('180 min behind');
  });

  it('a clock within the tolerance logs in', async () => {
    const token = await loginWithClockOff(2 * 60_000);
    expect(token.scope).toContain('design.domain');
  });

  it('a wider clockToleranceSeconds accepts a clock that far off', async () => {
    const token = await loginWithClockOff(-3 * HOUR, { clockToleranceSeconds: 4 * 3600 });
    expect(token.accessToken.length).toBeGreaterThan(20);
  });
});
