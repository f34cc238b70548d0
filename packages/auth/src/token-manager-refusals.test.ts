import { describe, expect, it } from 'vitest';
import type { AuthEvent } from './auth-event.js';
import { TokenManager } from './token-manager.js';
import { createTokenSet } from './token-set.js';
import { MemoryTokenStore } from './token-store.js';

/** A manager whose fake server hands out numbered tokens, on an injected clock. */
function setup() {
  let time = 1_700_000_000_000;
  let issued = 0;
  const events: AuthEvent[] = [];
  const manager = new TokenManager({
    key: 'k',
    store: new MemoryTokenStore(),
    now: () => time,
    random: () => 0.5,
    refreshSkewSeconds: 300,
    emit: (event) => events.push(event),
    fetchTokens: async () => {
      issued += 1;
      return createTokenSet({
        accessToken: `access-${issued}`,
        issuedAt: time,
        expiresAt: time + 3_600_000,
        scope: ['supply.domain'],
      });
    },
  });
  return { manager, events, issued: () => issued, advance: (ms: number) => (time += ms) };
}

describe('TokenManager after the API refuses tokens', () => {
  it('a refused token is replaced; a refused replacement pauses new tokens for a minute, then one more is tried', async () => {
    const { manager, issued, advance, events } = setup();
    const first = await manager.getToken();
    manager.invalidate(first.accessToken);
    const second = await manager.getToken();
    expect(second.accessToken).toBe('access-2');

    manager.invalidate(second.accessToken, { replacement: true });
    for (let i = 0; i < 5; i += 1) {
      await expect(manager.getToken()).rejects.toMatchObject({ code: 'token_rejected', status: 401 });
    }
    expect(issued()).toBe(2);
    advance(59_000);
    await expect(manager.getToken()).rejects.toThrow(/no new token is requested for 1 s/);
    advance(1_000);
    expect((await manager.getToken()).accessToken).toBe('access-3');
    expect(events.filter((e) => e.type === 'token_rejected')).toEqual([
      { type: 'token_rejected', repeated: false },
      { type: 'token_rejected', repeated: true },
    ]);
  });

  it('a forced refresh is not held back, and a new login clears the pause', async () => {
    const { manager } = setup();
    const first = await manager.getToken();
    manager.invalidate(first.accessToken, { replacement: true });
    await expect(manager.getToken()).rejects.toMatchObject({ code: 'token_rejected' });
    expect((await manager.getToken({ forceRefresh: true })).accessToken).toBe('access-2');

    manager.invalidate('access-2', { replacement: true });
    await manager.replace(
      createTokenSet({ accessToken: 'login-token', issuedAt: 0, expiresAt: 9e15, scope: ['x'] }),
    );
    expect((await manager.getToken()).accessToken).toBe('login-token');
  });

  it('tells where each token came from', async () => {
    const { manager, events } = setup();
    await manager.getToken();
    await manager.getToken();
    expect(events.map((e) => (e.type === 'token' ? e.source : e.type))).toEqual(['network', 'memory']);
  });
});
